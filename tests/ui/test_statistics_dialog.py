"""The statistics window opened from the real main window's menu over a small demo office."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QComboBox, QPushButton, QTableView

from desktop_app.app import create_main_window, wait_until_settled
from desktop_app.models import db
from desktop_app.services.case_list import filter_choices
from desktop_app.services.office.workspace import close_workspace
from desktop_app.views.reporting.statistics_dialog import StatisticsDialog


@pytest.fixture
def main(qtbot, demo_template, tmp_path):
    data_dir = shutil.copytree(demo_template, tmp_path / "data")
    filter_choices.clear_choice_cache()
    window = create_main_window(data_dir)
    wait_until_settled(window)  # the case list loads in the background
    qtbot.addWidget(window)
    window.resize(1400, 850)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.is_settled, timeout=10_000)
    yield window
    window.close()
    close_workspace(window.session.workspace)


def test_statistics_from_the_menu_rows_chart_filter_and_export(qtbot, main, tmp_path):
    from PySide6.QtGui import QAction

    action = main.findChild(QAction, "actionStatistics")
    assert action is not None and action.text()
    action.trigger()
    dialog = main.findChild(StatisticsDialog, "statisticsDialog")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    qtbot.waitUntil(lambda: dialog.stats is not None and not dialog.busy, timeout=10_000)
    total = db.execute_sql('SELECT count(*) FROM "case" WHERE trashed = 0').fetchone()[0]
    assert dialog.stats.total == total
    table = dialog.findChild(QTableView, "statisticsTable_status")
    statuses = db.execute_sql('SELECT count(DISTINCT status_id) FROM "case" WHERE trashed = 0').fetchone()[0]
    assert table.model().rowCount() == statuses > 1
    assert sum(row.count for row in table.model().rows) == total
    assert str(total) in dialog.summary.text().replace("\u202f", "").replace(",", "").replace(".", "")
    # the cancellations tab: reasons, amounts, the chart follows the tab
    dialog.tabs.setCurrentIndex(4)
    cancel = dialog.findChild(QTableView, "statisticsTable_cancellation")
    assert cancel.model().rowCount() >= 2 and cancel.model().columnCount() == 4
    assert cancel.model().index(0, 3).data()
    assert [bar[1] for bar in dialog.chart.bars] == [row.count for row in cancel.model().rows][:15]
    dialog.grab().save(str(tmp_path / "statistics.png"))
    # one work area
    combo = dialog.findChild(QComboBox, "statisticsWorkArea")
    qtbot.waitUntil(lambda: combo.count() > 1)
    combo.setCurrentIndex(1)
    area = combo.currentData()
    qtbot.waitUntil(lambda: not dialog.busy and {r.key for r in dialog.models["work_area"].rows} == {area},
                    timeout=10_000)
    expected = db.execute_sql('SELECT count(*) FROM "case" WHERE trashed = 0 AND work_area_id = ?',
                              (area,)).fetchone()[0]
    assert dialog.stats.total == expected
    # export the selected tab
    with qtbot.waitSignal(dialog.sig_exported, timeout=10_000) as exported:
        dialog.export(str(tmp_path / "reasons.csv"))
    out = exported.args[0]
    assert out is not None and out.exists()
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) == dialog.models["cancellation"].rowCount() + 1
    assert dialog.findChild(QPushButton, "statisticsExport").isEnabled()

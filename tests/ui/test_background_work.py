"""The one background-work module: latest-wins reads, jobs that all report, long jobs with progress
and Cancel, failures on the GUI thread and in the log."""

from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from desktop_app.errors import UserError
from desktop_app.views.common.background import JobControl, JobRunner, LatestTask, LongJob, Workers


@pytest.fixture
def workers(qapp):
    made = Workers()
    yield made
    made.shutdown(5000)


def settle(workers: Workers) -> None:
    """Every started job has ended and its queued report has been delivered."""
    assert workers.wait(5000)
    QApplication.processEvents()


def test_only_the_latest_request_reports(qtbot, workers):
    task = LatestTask(workers, uses_database=False)
    release = threading.Event()
    results = []
    task.sig_finished.connect(results.append)

    def slow():
        release.wait(5)
        return "stale"

    task.run(slow)
    task.run(lambda: "fresh")
    assert task.busy
    qtbot.waitUntil(lambda: results == ["fresh"], timeout=5000)
    release.set()
    settle(workers)
    assert results == ["fresh"] and not task.busy


def test_failures_come_back_as_exceptions_on_the_gui_thread_and_bugs_are_logged(qtbot, workers, caplog):
    task = LatestTask(workers, uses_database=False)
    threads = []
    task.sig_failed.connect(lambda exc: threads.append(QThread.currentThread()))
    with caplog.at_level(logging.INFO, logger="desktop_app.views.common.background"):
        with qtbot.waitSignal(task.sig_failed, timeout=5000) as failed:
            task.run(lambda: 1 / 0)
        with qtbot.waitSignal(task.sig_failed, timeout=5000) as refused:
            task.run(lambda: (_ for _ in ()).throw(UserError("Field {field}: wrong.", field="city")))
    assert isinstance(failed.args[0], ZeroDivisionError) and isinstance(refused.args[0], UserError)
    assert threads == [QApplication.instance().thread()] * 2
    levels = {record.levelno for record in caplog.records if record.exc_info}
    assert levels == {logging.ERROR}  # the bug, with its traceback; the refusal is not an error
    assert any("refused: Field city: wrong." in record.getMessage() for record in caplog.records)


def test_cancel_drops_a_running_request(workers):
    task = LatestTask(workers, uses_database=False)
    results = []
    task.sig_finished.connect(results.append)
    task.run(lambda: "late")
    task.cancel()
    settle(workers)
    assert results == [] and not task.busy


def test_every_job_reports_to_its_own_callbacks(qtbot, workers):
    runner = JobRunner(workers)
    done, failed = [], []
    gate = threading.Event()
    runner.run(lambda: gate.wait(5) and "first", done.append, failed.append, uses_database=False)
    runner.run(lambda: "second", done.append, failed.append, uses_database=False)
    runner.run(lambda: 1 / 0, done.append, failed.append, uses_database=False)
    assert runner.busy
    with qtbot.waitSignal(runner.sig_idle, timeout=5000):
        gate.set()
    assert sorted(done) == ["first", "second"] and len(failed) == 1 and not runner.busy


def test_a_long_job_reports_progress_and_stops_on_cancel(qtbot, workers):
    job = LongJob(workers, uses_database=False)
    progress: list[tuple[int, int, str]] = []
    job.sig_progress.connect(lambda *args: progress.append(args))
    started, results = threading.Event(), []
    job.sig_finished.connect(results.append)

    def work(control: JobControl) -> int:
        done = 0
        for done in range(1, 1000):
            control.progress(done, 1000, f"file {done}")
            started.set()
            if control.cancelled():
                return done
            threading.Event().wait(0.002)
        return done

    assert job.start(work)
    assert not job.start(work)  # one at a time
    assert started.wait(5)
    with qtbot.waitSignal(job.sig_finished, timeout=5000):
        job.cancel()
    assert results and results[0] < 999 and not job.busy
    qtbot.waitUntil(lambda: bool(progress))
    assert progress[0] == (1, 1000, "file 1")
    assert all(total == 1000 for _done, total, _label in progress)


def test_a_failed_long_job_reports_its_exception(qtbot, workers):
    job = LongJob(workers, uses_database=False)
    with qtbot.waitSignal(job.sig_failed, timeout=5000) as failed:
        job.start(lambda control: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    assert isinstance(failed.args[0], OSError) and not job.busy


def test_a_long_job_never_takes_a_quick_thread(qtbot, workers):
    """Long work runs on its own pool: a read still runs while every long thread is taken."""
    gate = threading.Event()
    jobs = [LongJob(workers, uses_database=False) for _ in range(workers.long.maxThreadCount())]
    for job in jobs:
        job.start(lambda control: gate.wait(5))
    task = LatestTask(workers, uses_database=False)
    with qtbot.waitSignal(task.sig_finished, timeout=2000) as read:
        task.run(lambda: "read")
    assert read.args == ["read"] and all(job.busy for job in jobs)
    gate.set()
    settle(workers)

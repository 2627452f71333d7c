"""The preview dock: the current document as the clerk would read it, rendered off the GUI thread.

PDF and multi-page TIFF with page navigation, zoom and fit; other images; plain text;
Word documents and e-mails as simple read-only HTML; and a friendly panel, with "Open
with the system viewer", for what cannot be shown. Selection changes are debounced; each
render is one background request and only the latest one counts, so a slow render of a
document the clerk already left is dropped when it arrives. Turning a page or zooming
renders only that page, from the document's bytes kept by the previous result.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QFont, QKeySequence, QPixmap, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views.common import formatting, icons
from desktop_app.views.common.background import LatestTask, Workers
from desktop_app.views.common.session import Session
from desktop_app.views.preview.preview_render import (
    FIT_PAGE,
    FIT_WIDTH,
    MAX_ZOOM,
    MIN_ZOOM,
    ZOOM,
    PagedSource,
    PreviewResult,
    View,
    render_page,
    render_preview,
)

DEBOUNCE_MS = 120
PAGE_DEBOUNCE_MS = 40  # holding PgDn renders the page it stops on, not every page on the way
SHOW_LOADING_AFTER_MS = 300
MIN_RENDER_WIDTH = 200
MAX_RENDER_WIDTH = 2400
RERENDER_CHANGE = 0.15  # relative size change of the pane that re-renders a fitted page
ZOOM_STEPS = (0.1, 0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0)
ZOOM_CHOICES = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)


def _message_page(parent: QWidget, name: str, glyph: str) -> tuple[QWidget, QLabel, QLabel, QVBoxLayout]:
    """A centred icon, a headline and an explanation: the empty, loading and failure states."""
    page = QWidget(parent, objectName=name)
    icon = QLabel(page)
    icon.setPixmap(icons.pixmap(glyph, "#9e9e9e", 48))
    icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
    headline = QLabel(page)
    headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
    headline.setWordWrap(True)
    font = QFont(headline.font())
    font.setBold(True)
    headline.setFont(font)
    body = QLabel(page)
    body.setAlignment(Qt.AlignmentFlag.AlignCenter)
    body.setWordWrap(True)
    body.setTextFormat(Qt.TextFormat.PlainText)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(16, 8, 16, 8)
    layout.addStretch(1)
    layout.addWidget(icon)
    layout.addWidget(headline)
    layout.addWidget(body)
    layout.addStretch(2)
    return page, headline, body, layout


class _SafeBrowser(QTextBrowser):
    """A read-only HTML view that loads nothing: no files, no network, no links followed."""

    def loadResource(self, kind: int, name) -> object:
        return None


class PreviewPane(QWidget):
    sig_preview_finished = Signal(object, str)
    """(document id or None, what is shown: "empty", "image", "text", "rich" or "unavailable")."""
    sig_open_externally = Signal(int)
    """The clerk asks to open this document with the system's own viewer."""

    def __init__(self, session: Session, workers: Workers, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._document_id: int | None = None
        self._source: PagedSource | None = None  # the current document's bytes, for page turns and zoom
        self._view = View()
        self._zoom = 1.0  # the zoom of the image on show
        self._page_count = 0
        self._shown_kind = "empty"
        self._rendered_size = QSize()
        self._task = LatestTask(workers, self)
        self._task.sig_finished.connect(self._on_rendered)
        self._task.sig_failed.connect(self._on_failed)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start_render)
        self._loading_timer = QTimer(self, singleShot=True, interval=SHOW_LOADING_AFTER_MS)
        self._loading_timer.timeout.connect(self._show_loading)
        self._build_ui()
        self._update_tools()

    # -- layout ---------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        self.caption = QLabel(self, objectName="previewCaption")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.toolbar = self._build_toolbar()
        self.open_action = QAction(icons.icon("fa5s.external-link-alt"), self.tr("Open with the system viewer"),
                                   self, objectName="previewOpenExternallyAction")
        self.open_action.triggered.connect(self.open_externally)
        self.open_tool = open_tool = QToolButton(self, objectName="previewOpenTool")
        open_tool.setDefaultAction(self.open_action)
        open_tool.setAutoRaise(True)
        open_tool.setIconSize(QSize(16, 16))
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.caption, 1)
        header.addWidget(open_tool)
        self.notice = QLabel(self, objectName="previewNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("QLabel { background: #fff8e1; color: #5d4037; padding: 4px 6px; }")
        self.stack = QStackedWidget(self, objectName="previewStack")

        self.empty_page, self._empty_headline, self._empty_body, _ = _message_page(
            self.stack, "previewEmpty", "fa5s.file-alt")
        self._empty_headline.setText(self.tr("Select a document"))
        self._empty_body.setText(self.tr("It is shown here."))
        self.loading_page, loading_headline, _, _ = _message_page(self.stack, "previewLoading",
                                                                  "fa5s.hourglass-half")
        loading_headline.setText(self.tr("Loading the preview…"))
        self.unavailable_page, unavailable_headline, self.reason_label, layout = _message_page(
            self.stack, "previewUnavailable", "fa5s.eye-slash")
        unavailable_headline.setText(self.tr("Cannot show this file here"))
        self.open_button = QPushButton(self.tr("Open with the system viewer"), self.unavailable_page,
                                       objectName="previewOpenExternally")
        self.open_button.setIcon(icons.icon("fa5s.external-link-alt"))
        self.open_button.clicked.connect(self.open_externally)
        layout.insertWidget(layout.count() - 1, self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)

        self.image_label = QLabel(objectName="previewImage")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_page = QScrollArea(self.stack, objectName="previewImagePage")
        self.image_page.setWidget(self.image_label)
        self.image_page.setWidgetResizable(True)
        self.image_page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.image_page.viewport().installEventFilter(self)

        self.text_page = QPlainTextEdit(self.stack, objectName="previewText")
        self.text_page.setReadOnly(True)
        self.rich_page = _SafeBrowser(self.stack, objectName="previewRich")
        self.rich_page.setOpenLinks(False)
        self.rich_page.setOpenExternalLinks(False)
        self.rich_page.setReadOnly(True)

        for page in (self.empty_page, self.loading_page, self.image_page, self.text_page, self.rich_page,
                     self.unavailable_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.notice)
        layout.addWidget(self.stack, 1)
        self.caption.hide()
        self.notice.hide()

    def _action(self, toolbar: QToolBar, name: str, glyph: str, text: str, slot, *keys) -> QAction:
        action = QAction(icons.icon(glyph), text, self, objectName=name)
        action.triggered.connect(slot)
        if keys:
            sequences: list[QKeySequence] = []
            for key in keys:  # a standard key may already be one of the extra ones on this platform
                for sequence in (QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey)
                                 else [QKeySequence(key)]):
                    if not sequence.isEmpty() and sequence not in sequences:
                        sequences.append(sequence)
            action.setShortcuts(sequences)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shown = action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(self.tr("{action} ({keys})").format(action=text, keys=shown))
        self.addAction(action)  # the shortcut works wherever the focus is inside the pane
        toolbar.addAction(action)
        return action

    def _build_toolbar(self) -> QToolBar:
        bar = QToolBar(self, objectName="previewToolBar")
        bar.setIconSize(QSize(16, 16))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.previous_action = self._action(bar, "previewPreviousPage", "fa5s.chevron-up", self.tr("Previous page"),
                                            self.previous_page, QKeySequence.StandardKey.MoveToPreviousPage)
        self.page_box = QSpinBox(bar, objectName="previewPageBox")
        self.page_box.setKeyboardTracking(False)
        self.page_box.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        self.page_box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.page_box.setToolTip(self.tr("Page number: type a page and press Enter"))
        self.page_box.valueChanged.connect(lambda value: self.go_to_page(value - 1))
        self.page_box_action = bar.addWidget(self.page_box)
        self.next_action = self._action(bar, "previewNextPage", "fa5s.chevron-down", self.tr("Next page"),
                                        self.next_page, QKeySequence.StandardKey.MoveToNextPage)
        self.page_separator = bar.addSeparator()
        self.zoom_out_action = self._action(bar, "previewZoomOut", "fa5s.search-minus", self.tr("Zoom out"),
                                            self.zoom_out, QKeySequence.StandardKey.ZoomOut, "Ctrl+-")
        self.zoom_box = QComboBox(bar, objectName="previewZoomBox")
        self.zoom_box.setEditable(True)
        self.zoom_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.zoom_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.zoom_box.setToolTip(self.tr("Zoom: choose or type a percentage"))
        for zoom in ZOOM_CHOICES:
            self.zoom_box.addItem(self._percent(zoom), zoom)
        self.zoom_box.activated.connect(self._on_zoom_chosen)
        self.zoom_box.lineEdit().editingFinished.connect(self._on_zoom_typed)
        self.zoom_box_action = bar.addWidget(self.zoom_box)
        self.zoom_in_action = self._action(bar, "previewZoomIn", "fa5s.search-plus", self.tr("Zoom in"),
                                           self.zoom_in, QKeySequence.StandardKey.ZoomIn, "Ctrl+=", "Ctrl++")
        self.fit_width_action = self._action(bar, "previewFitWidth", "fa5s.arrows-alt-h", self.tr("Fit width"),
                                             self.fit_width, "Ctrl+0")
        self.fit_page_action = self._action(bar, "previewFitPage", "fa5s.expand", self.tr("Fit page"),
                                            self.fit_page, "Ctrl+9")
        for action in (self.fit_width_action, self.fit_page_action):
            action.setCheckable(True)
        self._page_tools = (self.previous_action, self.page_box_action, self.next_action, self.page_separator)
        self._zoom_tools = (self.zoom_out_action, self.zoom_box_action, self.zoom_in_action,
                            self.fit_width_action, self.fit_page_action)
        return bar

    def _percent(self, zoom: float) -> str:
        return self.tr("{percent}%").format(percent=round(zoom * 100))

    # -- state ----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._debounce.isActive() or self._task.busy

    @property
    def document_id(self) -> int | None:
        return self._document_id

    @property
    def page_name(self) -> str:
        """The objectName of the page on show (tests and the screenshot read it)."""
        return self.stack.currentWidget().objectName()

    @property
    def current_page(self) -> int:
        """The page on show, 0-based."""
        return self._view.page

    @property
    def page_count(self) -> int:
        return self._page_count

    @property
    def zoom(self) -> float:
        """The zoom of the image on show (1.0 is 100 %), fit modes included."""
        return self._zoom

    @property
    def fit_mode(self) -> str:
        return self._view.fit

    def show_document(self, document_id: int | None) -> None:
        """Previews a document after a short pause; None shows the empty state at once."""
        if document_id is None:
            self.show_empty(self.tr("Select a document"), self.tr("It is shown here."))
            return
        self._source = None  # read again: the document may have a new version since
        if document_id != self._document_id:
            self._view = View(fit=self._view.fit if self._view.fit != ZOOM else FIT_WIDTH)
        self._document_id = document_id
        self._debounce.start(DEBOUNCE_MS)

    def show_empty(self, headline: str, explanation: str) -> None:
        self._document_id = None
        self._source = None
        self._debounce.stop()
        self._loading_timer.stop()
        self._task.cancel()
        self.caption.hide()
        self.notice.hide()
        self._empty_headline.setText(headline)
        self._empty_body.setText(explanation)
        self._set_page(self.empty_page, "empty")
        self.sig_preview_finished.emit(None, "empty")

    # -- page, zoom and fit -----------------------------------------------------------------------
    @Slot()
    def previous_page(self) -> None:
        self.go_to_page(self._view.page - 1)

    @Slot()
    def next_page(self) -> None:
        self.go_to_page(self._view.page + 1)

    def go_to_page(self, page: int) -> None:
        """Shows another page (0-based) of the current PDF or TIFF; only that page is rendered."""
        if self._source is None or self._document_id is None:
            return
        page = max(0, min(page, self._page_count - 1))
        if page == self._view.page:
            return
        self._change_view(View(page, self._view.fit, self._view.zoom), PAGE_DEBOUNCE_MS)

    @Slot()
    def zoom_in(self) -> None:
        self.set_zoom(next((step for step in ZOOM_STEPS if step > self._zoom * 1.01), MAX_ZOOM))

    @Slot()
    def zoom_out(self) -> None:
        self.set_zoom(next((step for step in reversed(ZOOM_STEPS) if step < self._zoom * 0.99), MIN_ZOOM))

    def set_zoom(self, zoom: float) -> None:
        """Shows the page at a fixed zoom (1.0 is 100 %, the printed size for a PDF)."""
        zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._change_view(View(self._view.page, ZOOM, zoom), 0)

    @Slot()
    def fit_width(self) -> None:
        self._change_view(View(self._view.page, FIT_WIDTH), 0)

    @Slot()
    def fit_page(self) -> None:
        self._change_view(View(self._view.page, FIT_PAGE), 0)

    def _change_view(self, view: View, delay: int) -> None:
        if self._source is None or self._document_id is None:
            self._update_tools()
            return
        self._view = view
        self._update_tools()
        self._debounce.start(delay)

    @Slot(int)
    def _on_zoom_chosen(self, index: int) -> None:
        zoom = self.zoom_box.itemData(index)
        if zoom:
            self.set_zoom(float(zoom))

    @Slot()
    def _on_zoom_typed(self) -> None:
        match = re.search(r"\d+(?:[.,]\d+)?", self.zoom_box.currentText())
        if match is None:
            self.zoom_box.setEditText(self._percent(self._zoom))
            return
        zoom = float(match.group().replace(",", ".")) / 100
        if abs(zoom - self._zoom) > 0.005:
            self.set_zoom(zoom)

    @Slot()
    def open_externally(self) -> None:
        if self._document_id is not None:
            self.sig_open_externally.emit(self._document_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl + wheel over the page zooms; the plain wheel scrolls as usual."""
        if (event.type() == QEvent.Type.Wheel and self._source is not None
                and isinstance(event, QWheelEvent)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            delta = event.angleDelta().y()
            if delta > 0:
                self.zoom_in()
            elif delta < 0:
                self.zoom_out()
            return True
        return super().eventFilter(watched, event)

    # -- rendering --------------------------------------------------------------------------------
    def _target_size(self) -> QSize:
        """The image page's inner size in device pixels (from the stack: a hidden page is not laid out)."""
        ratio = self.devicePixelRatioF()
        frame = 2 * self.image_page.frameWidth()
        width = self.stack.width() - frame - self.image_page.verticalScrollBar().sizeHint().width()
        height = self.stack.height() - frame
        width = min(MAX_RENDER_WIDTH, max(MIN_RENDER_WIDTH, int(width * ratio)))
        return QSize(width, max(MIN_RENDER_WIDTH, int(height * ratio)))

    @Slot()
    def _start_render(self) -> None:
        if self._document_id is None:
            return
        view = View(self._view.page, self._view.fit, self._view.zoom, self.devicePixelRatioF())
        if self._source is not None and self._source.document_id == self._document_id:
            self._task.run(functools.partial(render_page, self._session, self._source, self._target_size(), view))
            return  # the page on show stays until the next one is ready
        self._task.run(functools.partial(render_preview, self._session, self._document_id,
                                         self._target_size(), view))
        self._loading_timer.start()

    @Slot()
    def _show_loading(self) -> None:
        if self._task.busy:
            self.toolbar.hide()
            self.notice.hide()
            self.stack.setCurrentWidget(self.loading_page)

    # -- results ----------------------------------------------------------------------------------
    @Slot(object)
    def _on_rendered(self, result: PreviewResult) -> None:
        if result.document_id != self._document_id or self._debounce.isActive():
            return  # the clerk has moved on; the newer request will report
        self._loading_timer.stop()
        self._source = result.source
        self._page_count = result.source.page_count if result.source else 0
        if result.source is not None:
            self._view = View(result.page, self._view.fit, result.zoom if self._view.fit == ZOOM else 1.0)
        self._zoom = result.zoom
        if result.notice:
            self.notice.setText(result.notice)
        self.notice.setVisible(bool(result.notice))
        if result.kind == "image" and result.image is not None:
            self._rendered_size = self.stack.size()
            pixmap = QPixmap.fromImage(result.image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            same_page = self.stack.currentWidget() is self.image_page and self._shown_kind == "image"
            self.image_label.setPixmap(pixmap)
            self._set_page(self.image_page, "image")
            if not same_page:
                self.image_page.verticalScrollBar().setValue(0)
        elif result.kind == "text":
            self.text_page.setPlainText(result.text)
            self._set_page(self.text_page, "text")
        elif result.kind == "rich":
            self.rich_page.setHtml(result.html)
            self._set_page(self.rich_page, "rich")
        else:
            self.reason_label.setText(result.reason)
            self._set_page(self.unavailable_page, "unavailable")
        self._set_caption(result)
        self.sig_preview_finished.emit(result.document_id, result.kind)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        if self._debounce.isActive():
            return
        self._loading_timer.stop()
        self._source = None
        self.caption.hide()
        self.notice.hide()
        self.reason_label.setText(formatting.error_text(exc))
        self._set_page(self.unavailable_page, "unavailable")
        self.sig_preview_finished.emit(self._document_id, "unavailable")

    def _set_page(self, page: QWidget, kind: str) -> None:
        self._shown_kind = kind
        self.stack.setCurrentWidget(page)
        self._update_tools()

    def _update_tools(self) -> None:
        """Shows the tools that apply to what is on show: pages and zoom for PDF and images only."""
        kind = self._shown_kind
        paged = kind in ("image", "unavailable") and self._source is not None  # a bad page of a good PDF
        self.toolbar.setVisible(paged)
        multi_page = paged and (self._page_count > 1 or self._source.format == "pdf")
        for action in self._page_tools:
            action.setVisible(multi_page)
        for action in self._zoom_tools:
            action.setVisible(paged)
        page = self._view.page
        self.previous_action.setEnabled(multi_page and page > 0)
        self.next_action.setEnabled(multi_page and page < self._page_count - 1)
        self.page_box.setEnabled(multi_page and self._page_count > 1)
        self.zoom_in_action.setEnabled(paged and self._zoom < MAX_ZOOM * 0.99)
        self.zoom_out_action.setEnabled(paged and self._zoom > MIN_ZOOM * 1.01)
        self.fit_width_action.setEnabled(paged)
        self.fit_page_action.setEnabled(paged)
        self.fit_width_action.setChecked(paged and self._view.fit == FIT_WIDTH)
        self.fit_page_action.setChecked(paged and self._view.fit == FIT_PAGE)
        self.open_action.setEnabled(self._document_id is not None)
        self.open_tool.setVisible(kind in ("image", "text", "rich"))  # the failure panel has its own button
        blocked = self.page_box.blockSignals(True)
        self.page_box.setRange(1, max(1, self._page_count))
        self.page_box.setSuffix(self.tr(" / {pages}").format(pages=max(1, self._page_count)))
        self.page_box.setValue(page + 1)
        self.page_box.blockSignals(blocked)
        if not self.zoom_box.lineEdit().hasFocus():
            self.zoom_box.setEditText(self._percent(self._zoom))

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A fitted page rendered for a much narrower or wider pane is rendered again at the new size."""
        super().resizeEvent(event)
        if (self._document_id is None or self.stack.currentWidget() is not self.image_page
                or self._view.fit == ZOOM or not self._rendered_size.isValid()):
            return
        old, new = self._rendered_size, self.stack.size()
        changed = abs(new.width() - old.width()) > RERENDER_CHANGE * max(old.width(), 1)
        if self._view.fit == FIT_PAGE:
            changed = changed or abs(new.height() - old.height()) > RERENDER_CHANGE * max(old.height(), 1)
        if changed:
            self._debounce.start(DEBOUNCE_MS)

    def _set_caption(self, result: PreviewResult) -> None:
        if not result.title:
            self.caption.hide()
            return
        text = result.title
        if self._page_count > 1:
            text = self.tr("{title} — page {page} of {pages}").format(
                title=result.title, page=result.page + 1, pages=self._page_count)
        self.caption.setText(text)
        self.caption.setToolTip(text)
        self.caption.show()

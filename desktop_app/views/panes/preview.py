"""The preview dock: the current document's first page, image or text, rendered off the GUI thread.

Selection changes are debounced; each render is one background request tagged with an
id, so a slow render of a document the clerk already left is dropped when it arrives.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QSize, Qt, QThreadPool, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.views import formatting, icons
from desktop_app.views.preview_render import PreviewResult, render_preview
from desktop_app.views.session import Session
from desktop_app.views.tasks import LatestTask

DEBOUNCE_MS = 120
SHOW_LOADING_AFTER_MS = 300
MIN_RENDER_WIDTH = 400
MAX_RENDER_WIDTH = 2400
RERENDER_CHANGE = 0.15  # relative width change of the pane that re-renders the page


def _message_page(parent: QWidget, name: str, glyph: str) -> tuple[QWidget, QLabel, QLabel]:
    """A centred icon, a headline and an explanation: the empty, loading and failure states."""
    page = QWidget(parent, objectName=name)
    icon = QLabel(page)
    icon.setPixmap(icons.pixmap(glyph, "#9e9e9e", 48))
    icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
    headline = QLabel(page)
    headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
    font = QFont(headline.font())
    font.setBold(True)
    headline.setFont(font)
    body = QLabel(page)
    body.setAlignment(Qt.AlignmentFlag.AlignCenter)
    body.setWordWrap(True)
    body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout = QVBoxLayout(page)
    layout.addStretch(1)
    layout.addWidget(icon)
    layout.addWidget(headline)
    layout.addWidget(body)
    layout.addStretch(2)
    return page, headline, body


class PreviewPane(QWidget):
    sig_preview_finished = Signal(object, str)
    """(document id or None, what is shown: "empty", "image", "text" or "unavailable")."""

    def __init__(self, session: Session, pool: QThreadPool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._document_id: int | None = None
        self._rendered_width = 0
        self._task = LatestTask(pool, self)
        self._task.sig_finished.connect(self._on_rendered)
        self._task.sig_failed.connect(self._on_failed)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start_render)
        self._loading_timer = QTimer(self, singleShot=True, interval=SHOW_LOADING_AFTER_MS)
        self._loading_timer.timeout.connect(self._show_loading)
        self._build_ui()

    def _build_ui(self) -> None:
        self.caption = QLabel(self, objectName="previewCaption")
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.stack = QStackedWidget(self, objectName="previewStack")

        self.empty_page, self._empty_headline, self._empty_body = _message_page(self.stack, "previewEmpty",
                                                                                "fa5s.file-alt")
        self._empty_headline.setText(self.tr("Select a document"))
        self._empty_body.setText(self.tr("Its first page is shown here."))
        self.loading_page, loading_headline, _ = _message_page(self.stack, "previewLoading", "fa5s.hourglass-half")
        loading_headline.setText(self.tr("Loading the preview…"))
        self.unavailable_page, unavailable_headline, self.reason_label = _message_page(
            self.stack, "previewUnavailable", "fa5s.eye-slash")
        unavailable_headline.setText(self.tr("Cannot preview this file"))

        self.image_label = QLabel(objectName="previewImage")
        self.image_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.image_page = QScrollArea(self.stack, objectName="previewImagePage")
        self.image_page.setWidget(self.image_label)
        self.image_page.setWidgetResizable(True)
        self.image_page.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)

        self.text_page = QPlainTextEdit(self.stack, objectName="previewText")
        self.text_page.setReadOnly(True)

        for page in (self.empty_page, self.loading_page, self.image_page, self.text_page,
                     self.unavailable_page):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.stack, 1)
        self.caption.hide()

    # -- state ----------------------------------------------------------------------------
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

    def show_document(self, document_id: int | None) -> None:
        """Previews a document after a short pause; None shows the empty state at once."""
        if document_id is None:
            self.show_empty(self.tr("Select a document"), self.tr("Its first page is shown here."))
            return
        self._document_id = document_id
        self._debounce.start()

    def show_empty(self, headline: str, explanation: str) -> None:
        self._document_id = None
        self._debounce.stop()
        self._loading_timer.stop()
        self._task.cancel()
        self.caption.hide()
        self._empty_headline.setText(headline)
        self._empty_body.setText(explanation)
        self.stack.setCurrentWidget(self.empty_page)
        self.sig_preview_finished.emit(None, "empty")

    def _target_size(self) -> QSize:
        """The image page's inner size in device pixels (from the stack: a hidden page is not laid out)."""
        ratio = self.devicePixelRatioF()
        frame = 2 * self.image_page.frameWidth()
        width = self.stack.width() - frame - self.image_page.verticalScrollBar().sizeHint().width()
        height = self.stack.height() - frame
        width = min(MAX_RENDER_WIDTH, max(MIN_RENDER_WIDTH, int(width * ratio)))
        return QSize(width, max(1, int(height * ratio)))

    @Slot()
    def _start_render(self) -> None:
        if self._document_id is None:
            return
        self._task.run(functools.partial(render_preview, self._session, self._document_id, self._target_size()))
        self._loading_timer.start()

    @Slot()
    def _show_loading(self) -> None:
        if self._task.busy:
            self.stack.setCurrentWidget(self.loading_page)

    # -- results --------------------------------------------------------------------------
    @Slot(object)
    def _on_rendered(self, result: PreviewResult) -> None:
        self._loading_timer.stop()
        if result.document_id != self._document_id or self._debounce.isActive():
            return  # the clerk has moved on; the newer request will report
        self._set_caption(result)
        if result.kind == "image" and result.image is not None:
            self._rendered_width = self.stack.width()
            pixmap = QPixmap.fromImage(result.image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            self.image_label.setPixmap(pixmap)
            self.stack.setCurrentWidget(self.image_page)
            self.image_page.verticalScrollBar().setValue(0)
        elif result.kind == "text":
            self.text_page.setPlainText(result.text)
            self.stack.setCurrentWidget(self.text_page)
        else:
            self.reason_label.setText(result.reason)
            self.stack.setCurrentWidget(self.unavailable_page)
        self.sig_preview_finished.emit(result.document_id, result.kind)

    @Slot(object)
    def _on_failed(self, exc: BaseException) -> None:
        self._loading_timer.stop()
        if self._debounce.isActive():
            return
        self.caption.hide()
        self.reason_label.setText(formatting.error_text(exc))
        self.stack.setCurrentWidget(self.unavailable_page)
        self.sig_preview_finished.emit(self._document_id, "unavailable")

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A page rendered for a much narrower or wider pane is rendered again at the new width."""
        super().resizeEvent(event)
        if (self._document_id is not None and self.stack.currentWidget() is self.image_page
                and abs(self.stack.width() - self._rendered_width) > RERENDER_CHANGE * self._rendered_width):
            self._debounce.start()

    def _set_caption(self, result: PreviewResult) -> None:
        if not result.title:
            self.caption.hide()
            return
        text = result.title
        if result.page_count and result.page_count > 1:
            text = self.tr("{title} — page 1 of {pages}").format(title=result.title, pages=result.page_count)
        self.caption.setText(text)
        self.caption.show()

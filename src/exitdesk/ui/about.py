"""About: version, where the vault lives, and how it is protected."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from exitdesk import APP_NAME, __version__
from exitdesk.app.session import Session
from exitdesk.ui.capture_block import CaptureGuard
from exitdesk.ui.policy_text import policy_rows
from exitdesk.ui.retranslate import RetranslateMixin
from exitdesk.ui.vault.first_run import binding_sentence
from exitdesk.ui.widgets import icon


class AboutPanel(RetranslateMixin, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutPanel")
        self._session: Session | None = None
        self._capture: CaptureGuard | None = None
        self.logo = QLabel(self)
        self.logo.setPixmap(icon("app").pixmap(64, 64))
        self.text = QLabel(self)
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.setOpenExternalLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.logo)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.retranslateUi()

    def set_session(self, session: Session | None) -> None:
        self._session = session
        self.retranslateUi()

    def set_capture_guard(self, guard: CaptureGuard | None) -> None:
        self._capture = guard
        self.retranslateUi()

    def showEvent(self, event: QShowEvent) -> None:
        # The block's state can change in Settings while this page is hidden.
        self.retranslateUi()
        super().showEvent(event)

    def retranslateUi(self) -> None:
        lines = [
            f"<h2>{APP_NAME} {html.escape(__version__)}</h2>",
            "<p>"
            + html.escape(
                self.tr(
                    "An offline, encrypted case tool for Exit Programme workers. It makes no "
                    "network connections."
                )
            )
            + "</p>",
        ]
        session = self._session
        if session is not None and not session.is_locked:
            info = session.encryption_info()
            kdf = info.kdf
            rows = [
                (self.tr("Vault folder"), str(session.directory)),
                (
                    self.tr("Encryption"),
                    self.tr("SQLCipher {v}, AES-256 with page authentication").format(
                        v=info.cipher_version
                    ),
                ),
                (
                    self.tr("Key derivation"),
                    self.tr("Argon2id, {mib} MiB, {t} passes, {p} lanes").format(
                        mib=kdf.memory_kib // 1024, t=kdf.iterations, p=kdf.lanes
                    ),
                ),
                (self.tr("Device binding"), binding_sentence(info.binding, "")),
                *policy_rows(session.policy.current()),
            ]
            if self._capture is not None:
                rows.append((self.tr("Screen capture"), self._capture.describe()))
            lines.append("<table cellspacing='6'>")
            for label, value in rows:
                lines.append(
                    f"<tr><td><b>{html.escape(label)}</b></td><td>{html.escape(value)}</td></tr>"
                )
            lines.append("</table>")
        self.text.setText("\n".join(lines))
        self.text.setAccessibleName(self.tr("About ExitDesk"))


class AboutDialog(QDialog):
    def __init__(
        self,
        session: Session | None,
        parent: QWidget | None = None,
        *,
        capture: CaptureGuard | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = AboutPanel(self)
        self.panel.set_capture_guard(capture)
        self.panel.set_session(session)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("About ExitDesk"))

"""File dialogs leave no trace of where case files went: no history, no last-visited folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QTimer
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from exitdesk.ui.widgets import _chosen


def test_a_dialog_forgets_the_folders_it_saw(qtbot: QtBot, tmp_path: Path) -> None:
    secret = tmp_path / "Kettu case files"
    secret.mkdir()
    dialog = QFileDialog(None, "Save", str(secret))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([str(secret)])
    target = secret / "bundle-0a1b2c3d.exitbundle"
    dialog.selectFile(str(target))
    QTimer.singleShot(0, dialog.accept)

    chosen = _chosen(dialog)

    assert chosen is not None and chosen.name == target.name
    # Qt always lists the folder shown now; after the dialog that is only the home folder.
    home = Path(QDir.homePath())
    assert [Path(h) for h in dialog.history()] == [home]
    assert Path(dialog.directory().absolutePath()) == home
    assert not any("Kettu" in url.toString() for url in dialog.sidebarUrls())


def test_a_cancelled_dialog_forgets_too(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = QFileDialog(None, "Open", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setHistory([str(tmp_path)])
    QTimer.singleShot(0, dialog.reject)
    assert _chosen(dialog) is None
    assert [Path(h) for h in dialog.history()] == [Path(QDir.homePath())]

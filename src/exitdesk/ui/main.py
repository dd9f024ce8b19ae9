"""Starts the window: the application object, its name, icon and language, then the shell."""

from __future__ import annotations

import logging
import os
import sys
import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from exitdesk import APP_NAME, __version__

log = logging.getLogger("exitdesk.ui")

LAUNCH_TIMING_ENV = "EXITDESK_TIMING"


def run_gui() -> int:
    started = time.perf_counter()
    # Rounding the scale factor to a step (e.g. 1.0/2.0) blurs SVG icons at 150%; pass it on.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("exitdesk")

    from exitdesk.app.locations import vaults_root
    from exitdesk.app.options import Options
    from exitdesk.ui.i18n import Translations
    from exitdesk.ui.settings import LANGUAGE, THEME, Settings
    from exitdesk.ui.shell import Shell
    from exitdesk.ui.tasks import TaskRunner
    from exitdesk.ui.theme import apply_theme
    from exitdesk.ui.widgets import icon

    app.setWindowIcon(icon("app"))
    settings = Settings.user()
    apply_theme(settings.get(THEME), app)
    translations = Translations(app)
    translations.set_language(settings.get(LANGUAGE))
    runner = TaskRunner(app)
    shell = Shell(
        settings,
        translations,
        runner,
        vaults_root=vaults_root(),
        options=Options.from_environment(),
    )
    app.aboutToQuit.connect(shell.shutdown)
    shell.start()
    if os.environ.get(LAUNCH_TIMING_ENV):
        # Measured once the first screen is up; prints only a duration.
        app.processEvents()
        sys.stderr.write(f"first screen after {time.perf_counter() - started:.3f} s\n")
    try:
        return app.exec()
    finally:
        runner.shutdown()

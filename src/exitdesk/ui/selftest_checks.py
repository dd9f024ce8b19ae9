"""The self-test checks only the window's toolkit can run (Qt loading our translations), given
to ``exitdesk.diagnostics`` as a check provider so the core never imports Qt."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from exitdesk.diagnostics import Check, CheckContext, CheckFailed

TRANSLATION_LANGUAGES = ("fi", "sv")


def check_translations(folder: Path | None = None) -> str:
    """Load the shipped Finnish and Swedish catalogues with Qt's own loader, and report which
    of Qt's catalogues (standard buttons) load too."""
    # Imported here rather than at the top: a build with a broken or missing Qt must fail this
    # one check with a plain line, while every other check still runs and reports.
    try:
        from PySide6.QtCore import QLibraryInfo, QTranslator
    except ImportError as error:
        raise CheckFailed(f"Qt (PySide6) cannot be loaded: {error}") from None
    if folder is None:
        folder = Path(str(resources.files("exitdesk").joinpath("resources", "i18n")))
    ours: list[str] = []
    for language in TRANSLATION_LANGUAGES:
        catalogue = folder / f"exitdesk_{language}.qm"
        if not catalogue.is_file():
            continue
        translator = QTranslator()
        if not translator.load(str(catalogue)) or translator.isEmpty():
            raise CheckFailed(f"the {language} translation ({catalogue.name}) does not load")
        ours.append(language)
    # Qt's catalogues are a nicety (English buttons otherwise), so they are reported, not required.
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = [
        lang for lang in TRANSLATION_LANGUAGES if QTranslator().load(f"qtbase_{lang}", qt_dir)
    ]
    shipped = ", ".join(ours) if ours else "none shipped (English only)"
    return f"ExitDesk: {shipped}; Qt: {', '.join(qt_own) or 'none'}"


def _translations(ctx: CheckContext) -> str:
    return check_translations()


def qt_checks() -> tuple[Check, ...]:
    """The window's contribution to the self-test (a ``CheckProvider``)."""
    return (Check("translations", _translations, needs_vault=False),)

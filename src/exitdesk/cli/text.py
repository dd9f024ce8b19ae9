"""The CLI's sentences to people, as templates marked for translation in the "Cli" context,
told in the reader's language.

The language is chosen once per run (``--language``, else the locale variables) and looked up
in the Qt-free catalogues built from the same ``.ts`` sources as the window's
(``exitdesk.app.translations``). A translated template is filled with the same named values as
the English one; one whose placeholders do not fit falls back to English. Table rows and ids are
not sentences and are printed as they are.
"""

from __future__ import annotations

import sys
from typing import TextIO

from exitdesk.app.translations import CLI_CONTEXT, Catalogue
from exitdesk.domain.messages import ERRORS_CONTEXT, UserMessage

# One catalogue per process, chosen at start-up by ``use_language``; English until then.
_chosen: list[Catalogue] = [Catalogue()]


def use_language(language: str) -> None:
    _chosen[0] = Catalogue.load(language)


def catalogue() -> Catalogue:
    return _chosen[0]


def tr(template: str, /, **params: object) -> str:
    """A "Cli" sentence in the chosen language, filled with ``params``."""
    if not params:
        return catalogue().text(CLI_CONTEXT, template)
    return catalogue().format(CLI_CONTEXT, template, **params)


def tr_error(template: str, /, **params: object) -> str:
    """An "Errors" sentence (shared with the core and the window) in the chosen language."""
    if not params:
        return catalogue().text(ERRORS_CONTEXT, template)
    return catalogue().format(ERRORS_CONTEXT, template, **params)


def message(error: UserMessage) -> str:
    """A core error in the chosen language."""
    return catalogue().message(error)


def say(template: str, /, *, file: TextIO | None = None, **params: object) -> None:
    """Print one sentence: ``template`` in the chosen language, filled with ``params``."""
    print(tr(template, **params), file=file if file is not None else sys.stdout)

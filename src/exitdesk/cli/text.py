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
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from exitdesk.app.reminder import reminder_line
from exitdesk.app.translations import CLI_CONTEXT, Catalogue
from exitdesk.domain.display import shown_lines
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


def remind(*texts: str | None) -> None:
    """After a save: one line on stderr when the free texts just written read like they record
    offences or name other people. Advice only; the save has already happened."""
    line = reminder_line(*(t for t in texts if t))
    if line is not None:
        print(tr_error(line), file=sys.stderr)


class _ShownSafely:
    """A text stream that writes through :func:`shown_lines`: bidi controls, zero-width and
    other invisible characters in anything the CLI prints (names, aliases, notes, file names
    from a bundle or a folder) appear as visible ``\\uXXXX`` escapes. In ``--json`` output
    the escape is JSON's own, so the value reads back unchanged."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(shown_lines(text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@contextmanager
def shown_safely() -> Iterator[None]:
    """For the length of one command, everything printed to stdout and stderr is made safe
    to look at (see ``exitdesk.domain.display``)."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _ShownSafely(out), _ShownSafely(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err

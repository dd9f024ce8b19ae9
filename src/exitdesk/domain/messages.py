"""Messages the core shows to people, marked for Qt's translation tools without importing Qt.

The core writes each message as a template in plain English and raises it with its parameters.
The CLI prints the English sentence; the window looks the template up in the "Errors" context
of its Qt catalogue and fills in the same parameters. ``pyside6-lupdate`` finds the templates
because they are written as ``QT_TRANSLATE_NOOP("Errors", "...")`` calls, the name it looks for.
"""

from __future__ import annotations

ERRORS_CONTEXT = "Errors"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; returns it unchanged."""
    return text


class Phrase(str):
    """A message parameter that is itself marked text (a field's words, a validator's rule):
    shown in the reader's language wherever the template around it is translated."""

    context: str

    def __new__(cls, text: str, context: str) -> Phrase:
        phrase = super().__new__(cls, text)
        phrase.context = context
        return phrase


class UserMessage(Exception):
    """An error whose text is a template plus named parameters, so that it can be shown in the
    reader's language. ``str(error)`` is the English sentence."""

    def __init__(self, template: str = "", /, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)

"""The reader's language without Qt: the CLI speaks Finnish and Swedish from the same ``.ts``
sources as the window.

``tools/update_translations.py`` writes, beside each ``.qm``, a JSON form of the contexts the
core and the CLI use (``exitdesk_<lang>.json``: context -> English source -> translation, only
finished translations). It ships inside the package like the ``.qm`` files; a test keeps the two
forms in step.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources

from exitdesk.domain.messages import ERRORS_CONTEXT, Phrase, UserMessage
from exitdesk.domain.validation import FIELDS_CONTEXT

LANGUAGES = ("en", "fi", "sv")
# The contexts the Qt-free catalogue carries: the core's errors, the CLI's own lines, and the
# words for enum values (lifecycle stages, categories) that messages name mid-sentence, and the
# words for fields that validation messages name, and the words of the PDFs the CLI writes
# (the statistics charts, the purge certificate).
CLI_CONTEXT = "Cli"
CONTEXTS = (
    ERRORS_CONTEXT,
    CLI_CONTEXT,
    "DomainText",
    FIELDS_CONTEXT,
    "Policy",
    "Statistics",
    "Retention",
)
# POSIX precedence for the language of messages; LANGUAGE (a GNU list) wins when a locale is set.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


def language_from_environment(environ: Mapping[str, str]) -> str:
    """``fi``, ``sv`` or ``en`` from the locale variables, as gettext reads them."""
    locale = ""
    for name in _LOCALE_VARIABLES:
        if environ.get(name):
            locale = environ[name]
            break
    if locale in ("", "C", "POSIX") or locale.startswith(("C.", "POSIX.")):
        return "en"
    candidates = [*environ.get("LANGUAGE", "").split(":"), locale]
    for candidate in candidates:
        code = candidate.split(".")[0].split("@")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


@dataclass(frozen=True)
class Catalogue:
    """Translations for one language; English is the empty catalogue."""

    language: str = "en"
    entries: Mapping[str, Mapping[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, language: str) -> Catalogue:
        """The packaged catalogue for ``language``; English if there is none."""
        if language not in LANGUAGES or language == "en":
            return cls()
        source = resources.files("exitdesk").joinpath(
            "resources", "i18n", f"exitdesk_{language}.json"
        )
        try:
            data = json.loads(source.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        entries = {
            str(context): {str(k): str(v) for k, v in texts.items()}
            for context, texts in data.items()
            if isinstance(texts, dict)
        }
        return cls(language, entries)

    def text(self, context: str, source: str) -> str:
        """``source`` in this language, or unchanged where it has no translation."""
        return self.entries.get(context, {}).get(source, source)

    def format(self, context: str, template: str, **params: object) -> str:
        """A translated template filled with ``params``; English if the translation's
        placeholders do not fit."""
        try:
            return self.text(context, template).format(**params)
        except (KeyError, IndexError, ValueError):
            return template.format(**params)

    def message(self, error: UserMessage) -> str:
        """The core's error in this language, with the same parameters as the English one
        (marked parameters, such as a field's words, in this language too)."""
        if not error.template:
            return str(error)
        params = {
            key: self.text(value.context, value) if isinstance(value, Phrase) else value
            for key, value in error.params.items()
        }
        return self.format(ERRORS_CONTEXT, error.template, **params)

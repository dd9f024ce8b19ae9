"""The CLI's Qt-free catalogues: the locale picks the language, the core's errors come out in
it with their parameters, and anything untranslatable falls back to the English sentence."""

from __future__ import annotations

import pytest

from exitdesk.app.errors import NotFoundError
from exitdesk.app.translations import Catalogue, language_from_environment
from exitdesk.domain.messages import QT_TRANSLATE_NOOP, UserMessage


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "fi_FI.UTF-8"}, "fi"),
        ({"LANG": "sv_SE.UTF-8"}, "sv"),
        ({"LANG": "fi_FI.UTF-8", "LC_MESSAGES": "sv_FI.UTF-8"}, "sv"),
        ({"LANG": "sv_SE.UTF-8", "LC_MESSAGES": "sv_SE", "LC_ALL": "fi_FI"}, "fi"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "fi"}, "en"),  # gettext ignores LANGUAGE under C
        ({"LANG": "en_GB.UTF-8", "LANGUAGE": "sv:fi"}, "sv"),
        ({"LANG": "de_DE.UTF-8"}, "en"),
        ({"LC_ALL": "sv_FI@euro"}, "sv"),
    ],
)
def test_the_language_follows_the_locale_variables(environ: dict[str, str], expected: str) -> None:
    assert language_from_environment(environ) == expected


def test_a_core_error_is_told_in_finnish_and_swedish_with_its_parameters() -> None:
    error = NotFoundError(
        QT_TRANSLATE_NOOP("Errors", "participant {participant_id} does not exist"),
        participant_id=42,
    )
    assert str(error) == "participant 42 does not exist"
    assert Catalogue.load("fi").message(error) == "osallistujaa 42 ei ole"
    sv = Catalogue.load("sv").message(error)
    assert "42" in sv and sv != str(error)
    assert Catalogue.load("en").message(error) == "participant 42 does not exist"


def test_an_unknown_template_or_a_broken_translation_falls_back_to_english() -> None:
    unknown = UserMessage("nothing like this is in any catalogue ({n})", n=3)
    assert Catalogue.load("fi").message(unknown) == "nothing like this is in any catalogue (3)"
    broken = Catalogue("fi", {"Errors": {"{a} and {b}": "{a} ja {c}"}})
    assert broken.message(UserMessage("{a} and {b}", a=1, b=2)) == "1 and 2"
    assert Catalogue.load("de").language == "en"

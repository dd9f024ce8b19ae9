"""Pydantic's validation errors as one plain sentence that names the field in words.

pydantic words its own rules for developers ("birth_year: Input should be less than or equal to
2100"); a worker gets "the birth year must be 2100 or less". The sentence is a translatable
template, the field's words a parameter marked in the "Fields" context.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from exitdesk.domain.errors import DomainError
from exitdesk.domain.messages import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, Phrase

FIELDS_CONTEXT = "Fields"

# The model fields a person can type into, in words.
FIELD_WORDS: dict[str, str] = {
    "alias": QT_TRANSLATE_NOOP("Fields", "the alias"),
    "legal_name": QT_TRANSLATE_NOOP("Fields", "the legal name"),
    "birth_year": QT_TRANSLATE_NOOP("Fields", "the birth year"),
    "contact": QT_TRANSLATE_NOOP("Fields", "the contact details"),
    "institution": QT_TRANSLATE_NOOP("Fields", "the institution"),
    "release_date": QT_TRANSLATE_NOOP("Fields", "the release date"),
    "parties": QT_TRANSLATE_NOOP("Fields", "the parties"),
    "text": QT_TRANSLATE_NOOP("Fields", "the note text"),
    "expires_at": QT_TRANSLATE_NOOP("Fields", "the expiry date"),
    "on": QT_TRANSLATE_NOOP("Fields", "the date"),
    "summary": QT_TRANSLATE_NOOP("Fields", "the summary"),
    "next_steps": QT_TRANSLATE_NOOP("Fields", "the next steps"),
    "description": QT_TRANSLATE_NOOP("Fields", "the description"),
    "owner_party_id": QT_TRANSLATE_NOOP("Fields", "the owner party"),
    "party_id": QT_TRANSLATE_NOOP("Fields", "the party"),
    "score": QT_TRANSLATE_NOOP("Fields", "the rating"),
    "due": QT_TRANSLATE_NOOP("Fields", "the due date"),
    "note": QT_TRANSLATE_NOOP("Fields", "the note"),
    "review_on": QT_TRANSLATE_NOOP("Fields", "the review date"),
    "assessed_on": QT_TRANSLATE_NOOP("Fields", "the assessment date"),
    "purpose": QT_TRANSLATE_NOOP("Fields", "the purpose"),
    "witness": QT_TRANSLATE_NOOP("Fields", "the witness"),
    "guardian": QT_TRANSLATE_NOOP("Fields", "the guardian"),
    "name": QT_TRANSLATE_NOOP("Fields", "the name"),
    "categories": QT_TRANSLATE_NOOP("Fields", "the data categories"),
    "recipients": QT_TRANSLATE_NOOP("Fields", "the recipients"),
    "domain": QT_TRANSLATE_NOOP("Fields", "the life domain"),
    "status": QT_TRANSLATE_NOOP("Fields", "the status"),
    "level": QT_TRANSLATE_NOOP("Fields", "the safety level"),
    "relation": QT_TRANSLATE_NOOP("Fields", "the relation"),
    "mode": QT_TRANSLATE_NOOP("Fields", "the meeting mode"),
    "method": QT_TRANSLATE_NOOP("Fields", "the method"),
    "state": QT_TRANSLATE_NOOP("Fields", "the lifecycle state"),
    "limit": QT_TRANSLATE_NOOP("Fields", "the page size"),
    "offset": QT_TRANSLATE_NOOP("Fields", "the page start"),
}
_SOME_VALUE = QT_TRANSLATE_NOOP("Fields", "a value")

_AT_LEAST = QT_TRANSLATE_NOOP("Errors", "{field} must be {limit} or more")
_AT_MOST = QT_TRANSLATE_NOOP("Errors", "{field} must be {limit} or less")
_ABOVE = QT_TRANSLATE_NOOP("Errors", "{field} must be more than {limit}")
_BELOW = QT_TRANSLATE_NOOP("Errors", "{field} must be less than {limit}")
_EMPTY = QT_TRANSLATE_NOOP("Errors", "{field} cannot be empty")
_SHORT = QT_TRANSLATE_NOOP("Errors", "{field} must be at least {limit} characters long")
_LONG = QT_TRANSLATE_NOOP("Errors", "{field} can be at most {limit} characters long")
_NONE_GIVEN = QT_TRANSLATE_NOOP("Errors", "{field} needs at least one entry")
_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Errors", "{field} must be a whole number")
_A_DATE = QT_TRANSLATE_NOOP("Errors", "{field} must be a date such as 2025-03-31")
_ONE_OF = QT_TRANSLATE_NOOP("Errors", "{field} must be one of {choices}")
_FORM = QT_TRANSLATE_NOOP("Errors", "{field} is not in the expected form")
_INVALID = QT_TRANSLATE_NOOP("Errors", "{field} is not valid")
# A validator's own sentence (already a marked template where it is raised) is shown as written.
_RULE = QT_TRANSLATE_NOOP("Errors", "{rule}")


def field_words(location: tuple[int | str, ...]) -> Phrase:
    """The words for the innermost named field of a pydantic error location."""
    for part in reversed(location):
        if isinstance(part, str) and part in FIELD_WORDS:
            return Phrase(FIELD_WORDS[part], FIELDS_CONTEXT)
    return Phrase(_SOME_VALUE, FIELDS_CONTEXT)


def plain_validation_error(exc: ValidationError) -> DomainError:
    """The first problem of ``exc`` as a plain, translatable sentence; never the raw text."""
    errors = exc.errors()
    if not errors:
        return DomainError(_INVALID, field=field_words(()))
    first = errors[0]
    kind = str(first.get("type", ""))
    context: dict[str, Any] = dict(first.get("ctx") or {})
    field = field_words(tuple(first.get("loc", ())))
    if kind in ("value_error", "assertion_error"):
        rule = str(first.get("msg", "")).removeprefix("Value error, ")
        rule = rule.removeprefix("Assertion failed, ")
        return DomainError(_RULE, rule=Phrase(rule, ERRORS_CONTEXT))
    if kind == "greater_than_equal":
        return DomainError(_AT_LEAST, field=field, limit=context.get("ge", ""))
    if kind == "less_than_equal":
        return DomainError(_AT_MOST, field=field, limit=context.get("le", ""))
    if kind == "greater_than":
        return DomainError(_ABOVE, field=field, limit=context.get("gt", ""))
    if kind == "less_than":
        return DomainError(_BELOW, field=field, limit=context.get("lt", ""))
    if kind == "string_too_short":
        if context.get("min_length") == 1:
            return DomainError(_EMPTY, field=field)
        return DomainError(_SHORT, field=field, limit=context.get("min_length", ""))
    if kind == "string_too_long":
        return DomainError(_LONG, field=field, limit=context.get("max_length", ""))
    if kind == "too_short":
        return DomainError(_NONE_GIVEN, field=field)
    if kind.startswith(("int_", "float_")):
        return DomainError(_WHOLE_NUMBER, field=field)
    if kind.startswith(("date_", "datetime_")):
        return DomainError(_A_DATE, field=field)
    if kind == "enum":
        return DomainError(_ONE_OF, field=field, choices=str(context.get("expected", "")))
    if kind == "string_pattern_mismatch":
        return DomainError(_FORM, field=field)
    return DomainError(_INVALID, field=field)

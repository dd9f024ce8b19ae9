"""Every free-text field of the casework records reaches the offence reminder."""

from __future__ import annotations

import importlib
import pkgutil
import types
import typing
from datetime import UTC, date, datetime
from uuid import uuid4

from pydantic import BaseModel

import exitdesk.domain
from exitdesk.domain import (
    Consent,
    ConsentMethod,
    ConsentRecipient,
    DataCategory,
    Goal,
    LifeDomain,
    Meeting,
    Note,
    PersonAtRisk,
    PlanAction,
    Relation,
    SafetyAssessment,
    SafetyLevel,
    SecurityArrangement,
)
from exitdesk.domain.free_text import free_texts

NOW = datetime(2026, 11, 22, tzinfo=UTC)

# (model, field) pairs that are free text, and read by the reminder.
FREE_TEXT = {
    ("Note", "text"),
    ("Meeting", "summary"),
    ("Meeting", "next_steps"),
    ("Goal", "description"),
    ("PlanAction", "description"),
    ("SafetyAssessment", "summary"),
    ("PersonAtRisk", "note"),
    ("SecurityArrangement", "description"),
    ("Consent", "purpose"),
}
# Text fields that hold what they are named for: names, codes, identifiers, search input.
NOT_FREE_TEXT = {
    ("Participant", "alias"),
    ("Participant", "legal_name"),
    ("Participant", "contact"),
    ("Participant", "institution"),
    ("Consent", "witness"),
    ("Consent", "guardian"),
    ("Consent", "recorded_by"),
    ("ConsentRecipient", "label"),
    ("ConsentRecipient", "party_id"),
    ("ConsentRecipient", "contact_fingerprint"),
    ("Worker", "name"),
    ("DataPolicy", "party_id"),
    ("PurgeCertificate", "vault_party"),
    ("PurgeCertificate", "policy_summary"),
    ("DueItem", "label"),
    ("TargetGroupAssessment", "needs_support_by"),
    ("Worker", "party_id"),
    ("EndedBy", "party_id"),
    ("Party", "id"),
    ("Party", "name"),
    ("Goal", "owner_party_id"),
    ("PlanAction", "owner_party_id"),
    ("SecurityArrangement", "owner_party_id"),
    ("ParticipantQuery", "text"),
    ("ParticipantSummary", "alias"),
    ("ParticipantSummary", "legal_name"),
    # The knowledge library is published guidance, not casework about a participant.
    ("KnowledgeEntry", "id"),
    ("KnowledgeEntry", "source"),
    ("KnowledgeEntry", "source_date"),
    ("EntryText", "title"),
    ("EntryText", "summary"),
    ("EntryText", "check"),
}


def _is_text(annotation: object) -> bool:
    if annotation is str:
        return True
    # str | None is text; a set of party codes is not.
    if typing.get_origin(annotation) in (typing.Union, types.UnionType, typing.Annotated):
        return any(_is_text(arg) for arg in typing.get_args(annotation))
    return False


def _text_fields() -> set[tuple[str, str]]:
    found: set[tuple[str, str]] = set()
    for info in pkgutil.iter_modules(exitdesk.domain.__path__):
        module = importlib.import_module(f"exitdesk.domain.{info.name}")
        for value in vars(module).values():
            if (
                isinstance(value, type)
                and issubclass(value, BaseModel)
                and value.__module__ == module.__name__
            ):
                for name, field in value.model_fields.items():
                    if _is_text(field.annotation):
                        found.add((value.__name__, name))
    return found


def test_every_text_field_of_the_domain_is_classified() -> None:
    # A new text field must be added to one of the two sets above, and free text to free_texts.
    assert _text_fields() == FREE_TEXT | NOT_FREE_TEXT


def test_free_texts_reads_every_free_text_field() -> None:
    action = PlanAction(description="action text", owner_party_id="fi-rise")
    records = [
        Note(text="note text", created_at=NOW),
        Meeting(on=date(2026, 1, 2), summary="summary text", next_steps="next text"),
        Goal(domain=LifeDomain.HOUSING, description="goal text", owner_party_id="fi-rise",
             actions=(action,)),
        SafetyAssessment(
            assessed_on=date(2026, 1, 2), level=SafetyLevel.LOW, summary="safety text",
            persons_at_risk=(PersonAtRisk(relation=Relation.CHILD, note="person text"),),
            arrangements=(SecurityArrangement(description="arrangement text",
                                              owner_party_id="fi-rise"),),
        ),
        Consent(
            participant_uid=uuid4(),
            recipients=(ConsentRecipient(party_id="fi-rise", label="Rise"),),
            categories=frozenset({DataCategory.PLAN}), purpose="purpose text",
            valid_from=NOW, valid_until=datetime(2027, 1, 1, tzinfo=UTC),
            method=ConsentMethod.PAPER_FORM, recorded_by="Aino", recorded_at=NOW,
        ),
    ]  # fmt: skip
    texts = {t for record in records for t in free_texts(record)}
    assert {t.split()[0] for t in texts} == {
        "note", "summary", "next", "goal", "action", "safety", "person", "arrangement",
        "purpose",
    }  # fmt: skip
    assert free_texts(Meeting(on=date(2026, 1, 2))) == ()

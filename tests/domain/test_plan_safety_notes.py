"""Plan ratings, safety review dates, the gentle note reminder, parties and passphrases."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from exitdesk.app.reminder import note_hints
from exitdesk.domain import (
    PRESETS,
    Country,
    FixedClock,
    Goal,
    LifeDomain,
    ProgressRating,
    SafetyAssessment,
    SafetyLevel,
    SecurityArrangement,
    party_by_id,
)
from exitdesk.domain.notes import NoteHint
from exitdesk.domain.passphrase import PassphraseHint, assess

CLOCK = FixedClock(datetime(2026, 11, 22, tzinfo=UTC))


def test_ratings_stay_in_date_order_and_a_same_day_rating_replaces() -> None:
    goal = Goal(domain=LifeDomain.HOUSING, description="Own flat", owner_party_id="fi-rise")
    goal = goal.rated(ProgressRating(on=date(2026, 3, 1), score=6))
    goal = goal.rated(ProgressRating(on=date(2026, 1, 1), score=2))
    goal = goal.rated(ProgressRating(on=date(2026, 3, 1), score=7))
    assert [(r.on.month, r.score) for r in goal.ratings] == [(1, 2), (3, 7)]
    latest = goal.latest_rating()
    assert latest is not None and latest.score == 7


def test_rating_outside_zero_to_ten_is_refused() -> None:
    with pytest.raises(ValueError):
        ProgressRating(on=date(2026, 1, 1), score=11)


def test_overdue_review_and_arrangements_follow_the_clock() -> None:
    assessment = SafetyAssessment(
        assessed_on=date(2026, 10, 1),
        level=SafetyLevel.HIGH,
        review_on=date(2026, 11, 21),
        urgent=True,
        arrangements=(
            SecurityArrangement(
                description="Move", owner_party_id="fi-rise", due=date(2026, 11, 1)
            ),
            SecurityArrangement(
                description="Phone", owner_party_id="fi-krp", due=date(2026, 11, 1), done=True
            ),
            SecurityArrangement(
                description="Later", owner_party_id="fi-rise", due=date(2026, 12, 1)
            ),
        ),
    )
    assert assessment.review_overdue(CLOCK)
    assert [a.description for a in assessment.overdue_arrangements(CLOCK)] == ["Move"]
    assert not assessment.review_overdue(FixedClock(datetime(2026, 11, 21, tzinfo=UTC)))


@pytest.mark.parametrize(
    "text",
    ["He said he robbed a shop last year", "Kertoi ryöstöstä", "Berättade om ett rån"],
)
def test_notes_that_describe_offences_get_a_gentle_reminder(text: str) -> None:
    assert NoteHint.OFFENCE_WORDS in note_hints(text)


def test_a_plain_support_note_gets_no_reminder() -> None:
    assert note_hints("Discussed housing options and a job training course.") == frozenset()


def test_a_full_name_mid_sentence_hints_at_a_third_party() -> None:
    assert NoteHint.THIRD_PARTY_NAMES in note_hints("Met with Mikko Virtanen about the move.")


def test_presets_hold_the_programme_parties_and_aggredi_keeps_minimal_records() -> None:
    assert {p.id for p in PRESETS[Country.FINLAND]} == {"fi-rise", "fi-aggredi", "fi-krp"}
    assert len(PRESETS[Country.SWEDEN]) == 5
    assert party_by_id("fi-aggredi").minimal_record
    assert not party_by_id("fi-rise").minimal_record
    with pytest.raises(KeyError, match="unknown party"):
        party_by_id("fi-nope")


def test_passphrase_strength_rejects_short_and_common_and_accepts_long_words() -> None:
    assert PassphraseHint.TOO_SHORT in assess("Short1!").hints
    assert not assess("salasana12345").acceptable
    assert assess("correct horse battery staple").acceptable
    # NFC: the same passphrase typed with a decomposed ä is equally strong.
    assert assess("kylmä kahvi aamulla").bits == assess("kylma\u0308 kahvi aamulla").bits

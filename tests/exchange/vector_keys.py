"""Fixed, published test identities and clock for the exchange tests and vectors. These keys
are public test data; never use them for anything real."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from uuid import UUID

from exitdesk.domain import (
    Consent,
    ConsentMethod,
    ConsentRecipient,
    DataCategory,
    LifecycleState,
    Meeting,
    MeetingMethod,
    Participant,
)
from exitdesk.domain.clock import FixedClock
from exitdesk.exchange import BundleRecord, RecordType
from exitdesk.exchange.identity import Identity, PublicIdentity

VECTOR_TIME = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)

_SECRETS = {
    "rise": (
        "Anna Virtanen",
        "fi-rise",
        bytes(range(1, 33)),
        "AGE-SECRET-KEY-1MVDFYK8PM3DE5RL9HMQ2ZSCCH5EREJA0WCWW6ZAMJJZMCMXJA2YSUKJEW6",
    ),
    "aggredi": (
        "Björn Ek",
        "fi-aggredi",
        bytes(range(101, 133)),
        "AGE-SECRET-KEY-17HFX566CKLC4Q34LGDNDGYUXZYVD7GXPPSZTT7DQ2W3JTN6T4V7QTYL9AF",
    ),
    "police": (
        "Kaisa Korhonen",
        "fi-krp",
        bytes(range(201, 233)),
        "AGE-SECRET-KEY-1S90EV06JZR2T07CMGUQRRZHXCFQ375M6YAUQCRMVNAEPDQUQZ3FQWL2FQ6",
    ),
    "social": (
        "Sara Lind",
        "se-socialtjanst",
        bytes(32 * [7]),
        "AGE-SECRET-KEY-14ZD7MDXSPZKS2ZNWD679C2XN7CKERZ2GU8WCMRAPWRQJCV6ED30SH82VDL",
    ),
}


def fixed_identity(who: str) -> Identity:
    name, party, seed, age_secret = _SECRETS[who]
    return Identity.from_secrets(name, party, seed, age_secret)


def fixed_clock() -> FixedClock:
    return FixedClock(VECTOR_TIME)


# ---- sample case data, fixed so the vectors are reproducible ----------------------------------

PARTICIPANT_UID = UUID("5d0c1f9e-7a0b-4c55-9d43-2f1e8a6b9c01")
CONSENT_UID = UUID("0b7e4b8a-1c2d-4e5f-8a9b-0c1d2e3f4a5b")


def sample_consent(
    recipients: list[PublicIdentity],
    *,
    categories: frozenset[DataCategory] = frozenset(
        {DataCategory.IDENTITY, DataCategory.STATUS, DataCategory.MEETINGS}
    ),
    valid_for: timedelta = timedelta(days=90),
    participant_uid: UUID = PARTICIPANT_UID,
) -> Consent:
    return Consent(
        uid=CONSENT_UID,
        participant_uid=participant_uid,
        recipients=tuple(
            ConsentRecipient(party_id=r.party_id, contact_fingerprint=r.fingerprint, label=r.name)
            for r in recipients
        ),
        categories=categories,
        purpose="Continue after-care support after release",
        valid_from=VECTOR_TIME - timedelta(days=1),
        valid_until=VECTOR_TIME - timedelta(days=1) + valid_for,
        method=ConsentMethod.VERBAL_WITNESSED,
        witness="Liisa Mäkelä",
        recorded_by="Anna Virtanen",
        recorded_at=VECTOR_TIME - timedelta(days=1),
    )


def sample_participant_record() -> BundleRecord:
    participant = Participant(
        uid=PARTICIPANT_UID,
        alias="Harri",
        birth_year=1990,
        parties=frozenset({"fi-rise", "fi-aggredi"}),
        state=LifecycleState.ENQUIRY,
        created_at=VECTOR_TIME - timedelta(days=30),
    )
    dumped = participant.model_dump(mode="json")
    # A frozenset dumps in hash order, which changes between runs; sort it for stable vectors.
    dumped["parties"] = sorted(dumped["parties"])
    return BundleRecord.from_object(
        participant.uid, RecordType.PARTICIPANT, DataCategory.IDENTITY, dumped
    )


def sample_meeting_records(count: int) -> list[BundleRecord]:
    records = []
    for i in range(count):
        meeting = Meeting(
            uid=UUID(int=0x1000 + i),
            on=date(2026, 1, 1) + timedelta(days=i),
            method=MeetingMethod.STRUCTURED,
            summary=f"Talked about housing options and next steps, meeting {i}. " * 4,
            next_steps="Call the housing office; bring the forms next time.",
        )
        records.append(
            BundleRecord.from_object(
                meeting.uid,
                RecordType.MEETING,
                DataCategory.MEETINGS,
                meeting.model_dump(mode="json"),
            )
        )
    return records


VECTOR_BUNDLE_ID = "00112233445566778899aabbccddeeff"

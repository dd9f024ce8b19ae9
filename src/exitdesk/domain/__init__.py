"""The programme's vocabulary and rules: pydantic models, no Qt, no SQL, no I/O."""

from exitdesk.domain.clock import Clock, FixedClock, system_clock
from exitdesk.domain.consent import (
    Consent,
    ConsentMethod,
    ConsentRecipient,
    DataCategory,
    check_participant_choices,
    validate_new_consent,
)
from exitdesk.domain.errors import (
    ConsentScopeError,
    DomainError,
    TransitionError,
    UnknownPartyError,
)
from exitdesk.domain.meeting import Meeting, MeetingMethod, MeetingMode
from exitdesk.domain.participant import (
    ALLOWED_TRANSITIONS,
    ContactRoute,
    EndedBy,
    LifecycleEvent,
    LifecycleState,
    Note,
    Participant,
    Worker,
    check_birth_year,
)
from exitdesk.domain.parties import ALL_PARTIES, PRESETS, Country, Party, PartyKind, party_by_id
from exitdesk.domain.plan import Goal, LifeDomain, PlanAction, PlanStatus, ProgressRating
from exitdesk.domain.safety import (
    PersonAtRisk,
    Relation,
    SafetyAssessment,
    SafetyLevel,
    SecurityArrangement,
)

__all__ = [
    "ALLOWED_TRANSITIONS",
    "ALL_PARTIES",
    "PRESETS",
    "Clock",
    "Consent",
    "ConsentMethod",
    "ConsentRecipient",
    "ConsentScopeError",
    "ContactRoute",
    "Country",
    "DataCategory",
    "DomainError",
    "EndedBy",
    "FixedClock",
    "Goal",
    "LifeDomain",
    "LifecycleEvent",
    "LifecycleState",
    "Meeting",
    "MeetingMethod",
    "MeetingMode",
    "Note",
    "Participant",
    "Party",
    "PartyKind",
    "PersonAtRisk",
    "PlanAction",
    "PlanStatus",
    "ProgressRating",
    "Relation",
    "SafetyAssessment",
    "SafetyLevel",
    "SecurityArrangement",
    "TransitionError",
    "UnknownPartyError",
    "Worker",
    "check_birth_year",
    "check_participant_choices",
    "party_by_id",
    "system_clock",
    "validate_new_consent",
]

"""The parties of the Exit Programme, as data, with the Finnish and Swedish presets."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from exitdesk.domain.errors import UnknownPartyError
from exitdesk.domain.messages import QT_TRANSLATE_NOOP


class Country(StrEnum):
    FINLAND = "FI"
    SWEDEN = "SE"


class PartyKind(StrEnum):
    PRISON_PROBATION = "prison_probation"
    NGO = "ngo"
    POLICE = "police"
    WELFARE_AUTHORITY = "welfare_authority"
    INSTITUTIONAL_CARE = "institutional_care"
    SOCIAL_SERVICES = "social_services"


class Party(BaseModel):
    """An organisation taking part in the programme. ``name`` is the English name; the window
    shows each organisation's official name in the reader's language ("Parties" catalogue).

    ``minimal_record`` parties (Aggredi: "does not record any information about you") keep no case
    notes; the services refuse to store notes for a worker of such a party.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=r"^[a-z]{2}-[a-z0-9-]{2,40}$")
    country: Country
    name: str = Field(min_length=2, max_length=120)
    kind: PartyKind
    minimal_record: bool = False


FINLAND: tuple[Party, ...] = (
    Party(
        id="fi-rise",
        country=Country.FINLAND,
        name=QT_TRANSLATE_NOOP("Parties", "Prison and Probation Service of Finland"),
        kind=PartyKind.PRISON_PROBATION,
    ),
    Party(
        id="fi-aggredi",
        country=Country.FINLAND,
        name=QT_TRANSLATE_NOOP("Parties", "Aggredi (HelsinkiMissio)"),
        kind=PartyKind.NGO,
        minimal_record=True,
    ),
    Party(
        id="fi-krp",
        country=Country.FINLAND,
        name=QT_TRANSLATE_NOOP("Parties", "National Bureau of Investigation"),
        kind=PartyKind.POLICE,
    ),
)

SWEDEN: tuple[Party, ...] = (
    Party(
        id="se-socialstyrelsen",
        country=Country.SWEDEN,
        name=QT_TRANSLATE_NOOP("Parties", "National Board of Health and Welfare"),
        kind=PartyKind.WELFARE_AUTHORITY,
    ),
    Party(
        id="se-polisen",
        country=Country.SWEDEN,
        name=QT_TRANSLATE_NOOP("Parties", "Swedish Police"),
        kind=PartyKind.POLICE,
    ),
    Party(
        id="se-kriminalvarden",
        country=Country.SWEDEN,
        name=QT_TRANSLATE_NOOP("Parties", "Swedish Prison and Probation Service"),
        kind=PartyKind.PRISON_PROBATION,
    ),
    Party(
        id="se-sis",
        country=Country.SWEDEN,
        name=QT_TRANSLATE_NOOP("Parties", "National Board of Institutional Care"),
        kind=PartyKind.INSTITUTIONAL_CARE,
    ),
    Party(
        id="se-socialtjanst",
        country=Country.SWEDEN,
        name=QT_TRANSLATE_NOOP("Parties", "Municipal social services"),
        kind=PartyKind.SOCIAL_SERVICES,
    ),
)

PRESETS: dict[Country, tuple[Party, ...]] = {Country.FINLAND: FINLAND, Country.SWEDEN: SWEDEN}
ALL_PARTIES: dict[str, Party] = {p.id: p for p in FINLAND + SWEDEN}


def party_by_id(party_id: str) -> Party:
    """The preset party with this id; ``UnknownPartyError`` (a ``KeyError``) naming the valid
    ids if there is none."""
    try:
        return ALL_PARTIES[party_id]
    except KeyError:
        raise UnknownPartyError(
            QT_TRANSLATE_NOOP("Errors", "unknown party '{party_id}'; the valid ids are {known}"),
            party_id=party_id,
            known=", ".join(sorted(ALL_PARTIES)),
        ) from None

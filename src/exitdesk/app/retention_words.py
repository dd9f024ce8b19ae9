"""The words of a purge certificate (title, lines, the policy in short) as templates in the
"Retention" context, looked up in the reader's language by whoever prints or writes them: the
CLI with its Qt-free catalogue. Counts, the party's id and the time only; never personal data."""

from __future__ import annotations

from collections.abc import Callable

from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.domain.policy import DataPolicy
from exitdesk.domain.retention import PurgeCertificate, RetentionCategory

CONTEXT = "Retention"
# (context, source) -> the text in the reader's language
Lookup = Callable[[str, str], str]

TITLE = QT_TRANSLATE_NOOP("Retention", "ExitDesk purge certificate")
_PURGED_AT = QT_TRANSLATE_NOOP("Retention", "Purged at: {when}")
_PARTY = QT_TRANSLATE_NOOP("Retention", "Vault party: {party}")
_POLICY = QT_TRANSLATE_NOOP("Retention", "Policy: {policy}")
_SUMMARY = QT_TRANSLATE_NOOP(
    "Retention",
    "{record}; enquiries {enquiry_days} days; ended cases {ended_days} days; notes {notes}; "
    "{dropped} field(s) never stored",
)
_MINIMAL = QT_TRANSLATE_NOOP("Retention", "minimal record")
_FULL = QT_TRANSLATE_NOOP("Retention", "full record")
_OWN_EXPIRY = QT_TRANSLATE_NOOP("Retention", "own expiry")
_DAYS = QT_TRANSLATE_NOOP("Retention", "{days} days")
_CATEGORIES = {
    RetentionCategory.ENQUIRIES: QT_TRANSLATE_NOOP("Retention", "Enquiries that never started"),
    RetentionCategory.ENDED_CASES: QT_TRANSLATE_NOOP("Retention", "Ended cases"),
    RetentionCategory.NOTES: QT_TRANSLATE_NOOP("Retention", "Expired notes"),
}
_COUNT = QT_TRANSLATE_NOOP("Retention", "{category}: {count} record(s)")
_TOTAL = QT_TRANSLATE_NOOP("Retention", "Total: {count} record(s)")
_HOW = QT_TRANSLATE_NOOP(
    "Retention",
    "Deleted with secure delete; WAL checkpointed (TRUNCATE): {checkpointed}; database "
    "vacuumed: {vacuumed}.",
)
_YES = QT_TRANSLATE_NOOP("Retention", "yes")
_NO = QT_TRANSLATE_NOOP("Retention", "no")
_NO_PERSONAL_DATA = QT_TRANSLATE_NOOP("Retention", "This certificate holds no personal data.")
# Every sentence of the certificate, for tests that look for English left in a translation.
TEMPLATES = (TITLE, _PURGED_AT, _PARTY, _POLICY, _SUMMARY, _COUNT, _TOTAL, _HOW,
             _NO_PERSONAL_DATA, *_CATEGORIES.values())  # fmt: skip


def english(_context: str, source: str) -> str:
    return source


def _filled(lookup: Lookup, template: str, **params: object) -> str:
    """The template in the reader's language; English if its placeholders do not fit."""
    try:
        return lookup(CONTEXT, template).format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def policy_text(lookup: Lookup, policy: DataPolicy) -> str:
    """The policy in one line: what kind of record, how long each kind is kept, how many
    fields are never stored."""
    notes = (
        lookup(CONTEXT, _OWN_EXPIRY)
        if policy.note_days is None
        else _filled(lookup, _DAYS, days=policy.note_days)
    )
    return _filled(
        lookup,
        _SUMMARY,
        record=lookup(CONTEXT, _MINIMAL if policy.minimal_record else _FULL),
        enquiry_days=policy.enquiry_days,
        ended_days=policy.ended_case_days,
        notes=notes,
        dropped=len(policy.drops),
    )


def certificate_lines(lookup: Lookup, certificate: PurgeCertificate) -> list[str]:
    """The certificate's title and lines in the reader's language (the title first)."""

    def yes_no(value: bool) -> str:
        return lookup(CONTEXT, _YES if value else _NO)

    out = [
        lookup(CONTEXT, TITLE),
        _filled(lookup, _PURGED_AT, when=certificate.purged_at.isoformat(timespec="seconds")),
        _filled(lookup, _PARTY, party=certificate.vault_party),
        _filled(lookup, _POLICY, policy=policy_text(lookup, certificate.policy)),
    ]
    for category in RetentionCategory:
        out.append(
            _filled(
                lookup,
                _COUNT,
                category=lookup(CONTEXT, _CATEGORIES[category]),
                count=certificate.counts.get(category, 0),
            )
        )
    out.append(_filled(lookup, _TOTAL, count=certificate.total))
    out.append(
        _filled(
            lookup,
            _HOW,
            checkpointed=yes_no(certificate.checkpointed),
            vacuumed=yes_no(certificate.vacuumed),
        )
    )
    out.append(lookup(CONTEXT, _NO_PERSONAL_DATA))
    return out

"""The knowledge library as the worker uses it: the entries shipped with ExitDesk, newer versions
installed from signed knowledge packs (previewed, versioned, audited, rollback-able), offline
search, and building a pack for colleagues."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from uuid import NAMESPACE_URL, UUID, uuid5

from pydantic import ValidationError

from exitdesk.app.errors import InputError
from exitdesk.app.exchange.contacts import contact_or_fail, contact_view, sendable
from exitdesk.app.exchange.export import send_bundle
from exitdesk.app.exchange.importing import open_and_verify
from exitdesk.app.session import Session
from exitdesk.domain.knowledge import Change, KnowledgeEntry, changes, parse_entry, search
from exitdesk.domain.messages import QT_TRANSLATE_NOOP
from exitdesk.exchange import BundleKind, BundleRecord, OpenedBundle, RecordType
from exitdesk.vault.exchange_store import (
    BundleLogEntry,
    BundleLogRepository,
    Connection,
    ContactRepository,
    SequenceRepository,
    StoredContact,
)
from exitdesk.vault.repositories.knowledge import KnowledgeVersion, KnowledgeVersionRepository

_ENTRY_NAMESPACE = uuid5(NAMESPACE_URL, "https://exitdesk.invalid/knowledge")
# A pack is a handful of entries; more would be a mistake or an attack on memory.
MAX_PACK_ENTRIES = 500


@dataclass(frozen=True)
class Library:
    version: int  # 0: as shipped with ExitDesk
    entries: tuple[KnowledgeEntry, ...]


@dataclass(frozen=True)
class PackPreview:
    sender: str
    bundle_id: str
    next_version: int
    changes: tuple[Change, ...]


def _damaged() -> InputError:
    return InputError(
        QT_TRANSLATE_NOOP(
            "Errors", "the knowledge library shipped with ExitDesk is damaged; reinstall ExitDesk"
        )
    )


@cache
def shipped_library() -> tuple[KnowledgeEntry, ...]:
    """Version 0: the entries in the package's ``resources/knowledge`` folder."""
    folder = resources.files("exitdesk").joinpath("resources", "knowledge")
    found: list[KnowledgeEntry] = []
    try:
        for item in sorted(folder.iterdir(), key=lambda p: p.name):
            if item.name.endswith(".toml"):
                found.append(parse_entry(tomllib.loads(item.read_text(encoding="utf-8"))))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValidationError) as exc:
        raise _damaged() from exc
    return tuple(found)


def _entries_json(entries: Sequence[KnowledgeEntry]) -> str:
    return json.dumps([e.model_dump(mode="json") for e in entries], ensure_ascii=False)


def _library_from(version: KnowledgeVersion | None) -> Library:
    if version is None:
        return Library(0, shipped_library())
    try:
        stored = [parse_entry(item) for item in json.loads(version.entries)]
    except (ValueError, TypeError, ValidationError) as exc:
        raise _damaged() from exc
    return Library(version.version, tuple(stored))


def current_library(session: Session) -> Library:
    with session.vault.reading() as conn:
        return _library_from(KnowledgeVersionRepository(conn).current())


def search_library(session: Session, query: str) -> list[KnowledgeEntry]:
    """Offline search over the installed library, every language at once."""
    return search(current_library(session).entries, query)


def versions(session: Session) -> list[KnowledgeVersion]:
    with session.vault.reading() as conn:
        return KnowledgeVersionRepository(conn).all()


# -- receiving a pack ----------------------------------------------------------------------
def _pack_entries(opened: OpenedBundle) -> list[KnowledgeEntry]:
    if opened.kind is not BundleKind.KNOWLEDGE_PACK:
        raise InputError(
            QT_TRANSLATE_NOOP("Errors", "this bundle is not a knowledge pack; nothing was changed")
        )
    others = sorted(
        {r.type.value for r in opened.records if r.type is not RecordType.KNOWLEDGE_ENTRY}
    )
    if others:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "a knowledge pack may carry only library entries, this one carries {record_type} records; nothing was changed",  # noqa: E501
            ),
            record_type=", ".join(others),
        )
    if not opened.records or len(opened.records) > MAX_PACK_ENTRIES:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "this knowledge pack carries no entries or too many; nothing was changed"
            )
        )
    entries: list[KnowledgeEntry] = []
    for record in opened.records:
        try:
            entry = parse_entry(record.object())
        except (ValueError, ValidationError):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "an entry in this knowledge pack is not valid; nothing was changed"
                )
            ) from None
        if record.id != str(entry_uid(entry.id)):
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "an entry in this knowledge pack is not valid; nothing was changed"
                )
            )
        entries.append(entry)
    return entries


def _plan(
    session: Session, conn: Connection, opened: OpenedBundle, sender: StoredContact
) -> tuple[PackPreview, list[KnowledgeEntry]]:
    incoming = _pack_entries(opened)
    if BundleLogRepository(conn).seen(opened.bundle_id):
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors", "this bundle was already imported (its id has been seen before)"
            )
        )
    me = session.context.identity
    last = SequenceRepository(conn).last(sender.fingerprint, me.fingerprint)
    if opened.my_sequence <= last:
        raise InputError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "this bundle is older than one already imported from the same sender (number {number}, last was {last})",  # noqa: E501
            ),
            number=opened.my_sequence,
            last=last,
        )
    repo = KnowledgeVersionRepository(conn)
    current = _library_from(repo.current())
    merged = {e.id: e for e in current.entries}
    merged.update({e.id: e for e in incoming})
    new = sorted(merged.values(), key=lambda e: e.id)
    latest = max((v.version for v in repo.all()), default=0)
    preview = PackPreview(
        sender=contact_view(session.context, sender).label,
        bundle_id=opened.bundle_id,
        next_version=latest + 1,
        changes=tuple(changes(current.entries, new)),
    )
    return preview, new


def preview_pack(session: Session, data: bytes) -> PackPreview:
    """Verify a knowledge pack completely and list what it would change; writes nothing."""
    opened, sender = open_and_verify(session.context, data)
    with session.vault.reading() as conn:
        return _plan(session, conn, opened, sender)[0]


def install_pack(session: Session, data: bytes) -> PackPreview:
    """Install a verified pack as a new library version in one audited transaction."""
    ctx = session.context
    opened, _ = open_and_verify(ctx, data)
    with ctx.vault.transaction() as conn:
        sender = ContactRepository(conn).by_fingerprint(opened.sender.fingerprint)
        if sender is None or not sender.verified:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors", "the sender's keys were revoked or replaced; nothing was imported"
                )
            )
        preview, new = _plan(session, conn, opened, sender)
        now = ctx.clock()
        SequenceRepository(conn).record(
            sender.fingerprint, ctx.identity.fingerprint, opened.my_sequence
        )
        BundleLogRepository(conn).add(
            BundleLogEntry(
                bundle_id=opened.bundle_id,
                direction="in",
                kind=BundleKind.KNOWLEDGE_PACK.value,
                contact_id=sender.id,
                consent_uid=None,
                participant_uid=None,
                sequence=opened.my_sequence,
                at=now,
                record_count=len(opened.records),
                base_bundle_id=None,
                acknowledged_at=None,
            )
        )
        version = KnowledgeVersionRepository(conn).add(
            now, opened.bundle_id, sender.fingerprint, _entries_json(new)
        )
        ctx.audit(
            conn,
            "knowledge.install",
            str(version),
            bundle=opened.bundle_id,
            changes=len(preview.changes),
            from_=sender.fingerprint[:32],
        )
    return preview


def roll_back(session: Session) -> int:
    """Undo the newest installed version; returns the version now in use (0: as shipped)."""
    ctx = session.context
    with ctx.vault.transaction() as conn:
        repo = KnowledgeVersionRepository(conn)
        current = repo.current()
        if current is None:
            raise InputError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "the library is as shipped with ExitDesk; there is nothing to roll back",
                )
            )
        repo.roll_back(current.version, ctx.clock())
        now_current = repo.current()
        in_use = 0 if now_current is None else now_current.version
        ctx.audit(conn, "knowledge.rollback", str(current.version), now=in_use)
    return in_use


# -- sending a pack ------------------------------------------------------------------------
def entry_uid(entry_id: str) -> UUID:
    """The stable record id of a library entry in a pack."""
    return uuid5(_ENTRY_NAMESPACE, entry_id)


def read_entry_files(paths: Sequence[Path]) -> list[KnowledgeEntry]:
    """Entries from TOML files written like those in ``resources/knowledge``."""
    entries: list[KnowledgeEntry] = []
    for path in paths:
        try:
            entries.append(parse_entry(tomllib.loads(path.read_text(encoding="utf-8"))))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, ValidationError):
            raise InputError(
                QT_TRANSLATE_NOOP("Errors", "{file} is not a valid library entry"), file=path.name
            ) from None
    return entries


def send_pack(
    session: Session, entries: Sequence[KnowledgeEntry], contact_ids: Sequence[int], out: Path
) -> str:
    """Write a signed knowledge pack with ``entries`` for verified contacts; returns its id."""
    if not entries or len(entries) > MAX_PACK_ENTRIES:
        raise InputError(QT_TRANSLATE_NOOP("Errors", "a knowledge pack carries 1 to 500 entries"))
    ctx = session.context
    records = [
        BundleRecord.from_object(
            entry_uid(e.id), RecordType.KNOWLEDGE_ENTRY, None, e.model_dump(mode="json")
        )
        for e in entries
    ]
    with ctx.vault.transaction() as conn:
        contacts = ContactRepository(conn)
        recipients = [contact_or_fail(contacts, i) for i in contact_ids]
        for contact in recipients:
            sendable(ctx, contact)
        bundle_id = send_bundle(
            ctx,
            conn,
            recipients,
            BundleKind.KNOWLEDGE_PACK,
            records,
            out,
            participant_uid=None,
            consent_uid=None,
        )
        ctx.audit(conn, "knowledge.send", bundle_id, entries=len(records))
    return bundle_id

"""The knowledge library: sourced entries in three languages, offline search with inflected
forms, and updates only from a signed pack of library entries by a verified contact, previewed,
versioned, audited and rolled back; every other pack is refused with nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from exitdesk.app.errors import InputError
from exitdesk.app.knowledge import (
    current_library,
    entry_uid,
    install_pack,
    preview_pack,
    roll_back,
    search_library,
    send_pack,
    shipped_library,
)
from exitdesk.domain.knowledge import ChangeKind, EntryText, KnowledgeEntry, Topic
from exitdesk.exchange import BundleError, BundleKind, BundleRecord, RecordType, build_bundle
from tests.app.conftest import MakeParty, Party, befriend

NEW_WORD = "Kvarnstenskaffe"


def _entry(entry_id: str, word: str) -> KnowledgeEntry:
    text = EntryText(
        title=f"Guidance {word}",
        summary=f"A summary that mentions {word} and says what to do.",
        check="Check the current text before relying on this.",
    )
    return KnowledgeEntry(id=entry_id, topic=Topic.GUIDELINE, source="Test source, section 1",
                          source_date="2026-11-01", en=text, fi=text, sv=text)  # fmt: skip


@pytest.fixture
def pair(make_party: MakeParty) -> tuple[Party, Party]:
    return make_party("Coordinator", "se-socialstyrelsen"), make_party("Worker", "fi-rise")


def test_every_shipped_entry_names_its_source_and_date_and_says_to_check_in_three_languages() -> (
    None
):
    entries = shipped_library()
    assert len(entries) >= 10
    assert {e.topic for e in entries} == set(Topic)
    for entry in entries:
        assert entry.source and entry.source_date
        assert "check" in entry.en.check and "tarkista" in entry.fi.check
        assert "kontrollera" in entry.sv.check
        assert len({entry.en.summary, entry.fi.summary, entry.sv.summary}) == 3
    sources = " ".join(e.source for e in entries)
    for statute in ("621/1999", "1050/2018", "2009:400"):
        assert statute in sources


def test_search_finds_entries_in_every_language_and_in_inflected_forms(pair) -> None:  # type: ignore[no-untyped-def]
    _coordinator, worker = pair
    found = lambda q: [e.id for e in search_library(worker.session, q)]  # noqa: E731
    assert "se-secrecy-act" in found("sekretessbrytande")
    assert "motivational-interviewing" in found("motivoivassa haastattelussa")
    assert "fi-openness-act" in found("salassapidosta")
    assert "fi-data-protection-act" in found("tietosuojalain")
    assert found("ambivalence")[0] == "motivational-interviewing"
    assert found("zzzqqq") == []


def test_a_pack_from_a_verified_contact_is_previewed_installed_and_rolled_back(  # type: ignore[no-untyped-def]
    pair, tmp_path: Path
) -> None:
    coordinator, worker = pair
    worker_at_c, _ = befriend(coordinator, worker)
    shipped = {e.id: e for e in shipped_library()}
    changed = shipped["motivational-interviewing"].model_copy(update={"source_date": "2024"})
    pack = tmp_path / "pack.bundle"
    send_pack(coordinator.session, [changed, _entry("new-guidance", NEW_WORD)], [worker_at_c], pack)

    before = worker.dump()
    preview = preview_pack(worker.session, pack.read_bytes())
    assert worker.dump() == before, "a preview writes nothing"
    assert preview.next_version == 1 and "Coordinator" in preview.sender
    assert [(c.entry_id, c.kind) for c in preview.changes] == [
        ("motivational-interviewing", ChangeKind.CHANGED),
        ("new-guidance", ChangeKind.ADDED),
    ]

    install_pack(worker.session, pack.read_bytes())
    library = current_library(worker.session)
    assert library.version == 1 and len(library.entries) == len(shipped) + 1
    assert [e.id for e in search_library(worker.session, NEW_WORD)] == ["new-guidance"]
    with pytest.raises(InputError, match="already imported"):
        install_pack(worker.session, pack.read_bytes())

    assert roll_back(worker.session) == 0
    assert current_library(worker.session).entries == shipped_library()
    assert search_library(worker.session, NEW_WORD) == []
    with pytest.raises(InputError, match="nothing to roll back"):
        roll_back(worker.session)
    actions = [e.action for e in worker.session.audit_entries()]
    assert "knowledge.install" in actions and "knowledge.rollback" in actions
    assert worker.session.check().ok


def _refused(party: Party, data: bytes, error: type[Exception], words: str) -> None:
    before = party.dump()
    with pytest.raises(error) as caught:
        install_pack(party.session, data)
    assert words in str(caught.value)
    assert party.dump() == before
    assert current_library(party.session).version == 0


def test_a_pack_with_a_bad_signature_is_refused_with_nothing_changed(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    coordinator, worker = pair
    worker_at_c, _ = befriend(coordinator, worker)
    pack = tmp_path / "pack.bundle"
    send_pack(coordinator.session, [_entry("x-entry", NEW_WORD)], [worker_at_c], pack)
    data = bytearray(pack.read_bytes())
    data[-40] ^= 0x01
    before = worker.dump()
    with pytest.raises(BundleError):
        install_pack(worker.session, bytes(data))
    assert worker.dump() == before


def test_a_pack_from_an_unverified_contact_is_refused_with_nothing_changed(  # type: ignore[no-untyped-def]
    pair, tmp_path: Path
) -> None:
    coordinator, worker = pair
    worker_at_c, _ = befriend(coordinator, worker, verify=False)
    coordinator.exchange.verify_contact(
        worker_at_c, coordinator.exchange.contacts()[0].safety_number
    )
    pack = tmp_path / "pack.bundle"
    send_pack(coordinator.session, [_entry("x-entry", NEW_WORD)], [worker_at_c], pack)
    _refused(worker, pack.read_bytes(), InputError, "not verified")


def test_a_pack_carrying_a_participant_record_is_refused_with_nothing_changed(pair) -> None:  # type: ignore[no-untyped-def]
    coordinator, worker = pair
    worker_at_c, _ = befriend(coordinator, worker)
    me = coordinator.session.context.identity
    recipient = worker.session.context.identity.public
    entry = _entry("x-entry", NEW_WORD)
    records = [
        BundleRecord.from_object(
            entry_uid(entry.id), RecordType.KNOWLEDGE_ENTRY, None, entry.model_dump(mode="json")
        ),
        BundleRecord.from_object(
            entry_uid("person"),
            RecordType.PARTICIPANT,
            None,
            {"alias": "Kettu", "legal_name": "Someone Real"},
        ),
    ]
    data = build_bundle(me, [recipient], BundleKind.KNOWLEDGE_PACK, records, consent=None,
                        withdrawal=None, sequences={recipient.fingerprint: 1},
                        participant_uid=None, clock=coordinator.session.clock)  # fmt: skip
    assert worker_at_c
    _refused(worker, data, InputError, "only library entries")

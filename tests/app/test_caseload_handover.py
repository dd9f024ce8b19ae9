"""Issue 15: a whole caseload handed over at once, and many bundles imported at once. Each case
is still its own bundle under its participant's own consent; the batch is one transaction in
which each bundle is whole or not at all, applied in each sender's own order."""

from __future__ import annotations

from pathlib import Path

import pytest

from exitdesk.app.exchange import importing
from exitdesk.domain.views import ParticipantQuery
from exitdesk.vault.errors import DiskFullError
from tests.app.conftest import MakeParty, Party, befriend, rich_participant
from tests.app.test_notices_and_handover import _flush, _grant


def _caseload(make_party: MakeParty, cases: int) -> tuple[Party, Party, int, list[int], int]:
    """Aino holds ``cases`` participants whose consent names Bertta and one whose does not."""
    s = make_party("Aino", "fi-rise")
    r = make_party("Bertta", "fi-rise")
    r_at_s, _ = befriend(s, r)
    ids = []
    for _ in range(cases):
        p = rich_participant(s, meetings=2)
        assert p.id is not None
        _grant(s, p.id, [r_at_s])
        ids.append(p.id)
    kept = s.session.add_participant("Karhu", birth_year=1985)
    assert kept.id is not None
    return s, r, r_at_s, ids, kept.id


def _exported(sender: Party, contact: int, ids: list[int], folder: Path) -> list[Path]:
    """A case bundle of each participant to ``contact``, exported in order (files 0, 1, …)."""
    paths = [folder / f"{n}.exitbundle" for n in range(len(ids))]
    for pid, out in zip(ids, paths, strict=True):
        sender.exchange.export(pid, contact, out)
    return paths


def _bundles(paths: list[Path]) -> list[tuple[str, bytes]]:
    return [(p.name, p.read_bytes()) for p in paths]


def test_a_caseload_goes_case_by_case_under_each_consent_and_leaves_on_the_acks(
    make_party: MakeParty, tmp_path: Path
) -> None:
    s, r, r_at_s, ids, kept = _caseload(make_party, 3)
    folder = tmp_path / "caseload"
    folder.mkdir()

    done = s.exchange.send_caseload(r_at_s, folder)

    assert sorted(pid for pid, _ in done.sent) == sorted(ids)
    assert [pid for pid, _ in done.not_sent] == [kept]
    (reason,) = [str(exc) for _, exc in done.not_sent]
    assert "no live consent" in reason
    files = sorted(folder.iterdir())
    assert len(files) == 3 and all(f.name.startswith("bundle-") for f in files)
    # Nothing leaves the sender before the acknowledgements.
    assert s.session.count(ParticipantQuery()) == 4

    items = r.exchange.import_bundles(_bundles(files))
    assert [i.refused for i in items] == [None, None, None]
    assert r.session.count(ParticipantQuery()) == 3
    acks = _flush(r, tmp_path / "acks")
    assert len(acks) == 3

    completed = s.exchange.import_bundles(_bundles(acks))
    assert [i.refused for i in completed] == [None, None, None]
    assert [x.id for x in s.session.summaries(ParticipantQuery())] == [kept]
    # A second caseload finds only the case that could not go.
    again = s.exchange.send_caseload(r_at_s, tmp_path / "caseload")
    assert again.sent == () and [pid for pid, _ in again.not_sent] == [kept]


def test_bundles_given_out_of_order_are_imported_in_the_senders_order(
    make_party: MakeParty, tmp_path: Path
) -> None:
    s, r, r_at_s, ids, _ = _caseload(make_party, 3)
    paths = _exported(s, r_at_s, ids, tmp_path)
    # Neutral file names say nothing of their order: listed by name, the newest may come first.
    items = r.exchange.import_bundles(_bundles(paths[::-1]))
    assert [i.refused for i in items] == [None, None, None]
    assert r.session.count(ParticipantQuery()) == 3
    warnings = [w for i in items if i.result for w in i.result.plan.warnings]
    assert warnings == []


def test_a_refused_bundle_leaves_the_others_and_changes_nothing_itself(
    make_party: MakeParty, tmp_path: Path
) -> None:
    s, r, r_at_s, ids, _ = _caseload(make_party, 2)
    first, second = _exported(s, r_at_s, ids, tmp_path)
    r.exchange.import_bundle(first.read_bytes())
    tampered = bytearray(second.read_bytes())
    tampered[len(tampered) // 2] ^= 1
    before = r.dump()

    items = r.exchange.import_bundles(
        [("again", first.read_bytes()), ("tampered", bytes(tampered))]
    )

    assert [i.result for i in items] == [None, None]
    assert "already imported" in str(items[0].refused)
    assert items[1].refused is not None
    assert r.dump() == before


def test_a_refusal_in_the_middle_of_a_batch_undoes_only_that_bundle(
    make_party: MakeParty, tmp_path: Path
) -> None:
    s, r, r_at_s, ids, _ = _caseload(make_party, 3)
    paths = _exported(s, r_at_s, ids, tmp_path)
    # The first bundle was imported already: given again between two new ones, it is
    # refused after they were planned around it, and only it.
    r.exchange.import_bundle(paths[0].read_bytes())
    items = r.exchange.import_bundles(_bundles([paths[1], paths[0], paths[2]]))
    assert items[0].refused is None and items[2].refused is None
    assert "already imported" in str(items[1].refused)
    assert r.session.count(ParticipantQuery()) == 3
    # Each imported bundle has its own log row and audit entry, the refused one none more.
    with r.session.vault.reading() as conn:
        logged = conn.execute("SELECT count(*) FROM bundle_log WHERE direction = 'in'").fetchone()
    assert logged[0] == 3
    imports = [e for e in r.session.audit_entries() if e.action == "exchange.import"]
    assert len(imports) == 3
    assert r.session.check().ok


def test_a_fault_during_a_batch_imports_nothing_at_all(
    make_party: MakeParty, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s, r, r_at_s, ids, _ = _caseload(make_party, 3)
    paths = _exported(s, r_at_s, ids, tmp_path)
    real = importing.apply_import
    calls = []

    def full_disk_on_the_third(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) == 3:
            raise DiskFullError("the disk is full; nothing was written")
        return real(*args, **kwargs)

    from exitdesk.app.exchange import batch

    monkeypatch.setattr(batch, "apply_import", full_disk_on_the_third)
    before = r.dump()
    with pytest.raises(DiskFullError):
        r.exchange.import_bundles(_bundles(paths))
    assert r.dump() == before


def test_a_file_that_cannot_be_written_undoes_the_whole_caseload(
    make_party: MakeParty, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    s, _, r_at_s, ids, _ = _caseload(make_party, 3)
    folder = tmp_path / "caseload"
    folder.mkdir()
    from exitdesk.app.exchange import export

    real = export.write_outgoing_file
    written: list[Path] = []

    def fails_on_the_third(path: Path, data: bytes, **kwargs: bool) -> Path:
        if len(written) == 2:
            raise OSError(28, "No space left on device", str(path))
        written.append(real(path, data, **kwargs))
        return path

    monkeypatch.setattr(export, "write_outgoing_file", fails_on_the_third)
    before = Party(s.session, s.directory).dump()
    with pytest.raises(OSError):
        s.exchange.send_caseload(r_at_s, folder)
    assert len(written) == 2
    assert list(folder.iterdir()) == []
    after = s.dump()
    assert after == before
    # Each case can still be handed over afterwards.
    monkeypatch.setattr(export, "write_outgoing_file", real)
    assert len(s.exchange.send_caseload(r_at_s, folder, ids).sent) == 3


def test_files_written_into_one_folder_never_replace_one_another(
    make_party: MakeParty, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Neutral names are 8 random hex digits: among a thousand files two can be the same, and
    the second would silently have replaced the first (a case logged as sent, its file gone)."""
    s, r, r_at_s, ids, _ = _caseload(make_party, 3)
    from exitdesk.app.exchange import files

    names = iter(["0000aaaa", "0000aaaa", "0000bbbb", "0000bbbb", "0000cccc"] * 4)
    real = files.secrets.token_hex
    # Only the file names' draws (4 bytes); bundle ids and the rest stay random.
    monkeypatch.setattr(
        files.secrets, "token_hex", lambda n=None: next(names) if n == 4 else real(n)
    )
    folder = tmp_path / "caseload"
    folder.mkdir()

    done = s.exchange.send_caseload(r_at_s, folder, ids)

    assert len(done.sent) == 3
    assert len({sent.path for _, sent in done.sent}) == 3
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        sent.path.name for _, sent in done.sent
    )
    items = r.exchange.import_bundles(_bundles(sorted(folder.iterdir())))
    assert [i.refused for i in items] == [None, None, None]
    acks = r.exchange.write_outbox(tmp_path)
    assert len(set(acks)) == 3 and all(a.exists() for a in acks)

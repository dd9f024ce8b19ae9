"""An import that deletes or overwrites anything checkpoints the WAL before it returns (old
content stays readable in WAL frames until then); one that only adds records has nothing to
clear and skips the checkpoint's fsyncs."""

from __future__ import annotations

from pathlib import Path

import pytest

from exitdesk.domain import DataCategory
from exitdesk.vault.layout import db_path
from tests.app.conftest import MakeParty, consented_case


def test_only_an_import_that_overwrites_checkpoints(
    make_party: MakeParty, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b, b_at_a, _, p = consented_case(make_party, [DataCategory.IDENTITY, DataCategory.STATUS])
    assert p.id is not None
    vault = b.session.vault
    real_checkpoint = vault.checkpoint
    checkpoints: list[int] = []

    def counted() -> None:
        checkpoints.append(1)
        real_checkpoint()

    monkeypatch.setattr(vault, "checkpoint", counted)

    first = tmp_path / "1.exitbundle"
    a.exchange.export(p.id, b_at_a, first)
    pid = b.exchange.import_bundle(first.read_bytes()).participant_id
    assert checkpoints == []  # a new participant: rows added, nothing overwritten

    a.session.update_participant(
        a.session.participant(p.id).model_copy(update={"institution": "Elsewhere"})
    )
    second = tmp_path / "2.exitbundle"
    a.exchange.export(p.id, b_at_a, second)
    b.exchange.import_bundle(second.read_bytes())
    assert checkpoints == [1]
    assert b.session.participant(pid).institution == "Elsewhere"
    wal = db_path(b.directory).with_name(db_path(b.directory).name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0

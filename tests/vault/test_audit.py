"""The audit log: append-only, hash-chained, signed head; tampering is found and named."""

from __future__ import annotations

from datetime import timedelta

import pytest

from exitdesk.domain import FixedClock
from exitdesk.vault import CreatedVault, audit


def _add(created: CreatedVault, clock: FixedClock, n: int) -> None:
    for i in range(n):
        clock.advance(timedelta(minutes=1))
        with created.vault.transaction() as conn:
            audit.append(
                conn,
                "participant.open",
                f"uid-{i}",
                {"count": i, "urgent": i % 2 == 0},
                clock=clock,
            )


def test_creation_is_audited_and_the_chain_verifies(created: CreatedVault) -> None:
    with created.vault.reading() as conn:
        (entry,) = audit.entries(conn)
    assert entry.seq == 1 and entry.action == "vault.created"
    assert entry.detail["binding"] == "bound"
    report = created.vault.check()
    assert report.ok and report.problems == [] and report.audit_entries == 1


def test_update_and_delete_are_refused_by_the_database(created: CreatedVault) -> None:
    for sql in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(Exception, match="append-only"), created.vault.transaction() as conn:
            conn.execute(sql)
    assert created.vault.check().ok


def test_a_changed_row_is_named_by_check(created: CreatedVault, clock: FixedClock) -> None:
    _add(created, clock, 4)
    with created.vault.transaction() as conn:
        conn.execute("DROP TRIGGER audit_log_no_update")
        conn.execute("UPDATE audit_log SET detail_json = '{\"count\":99}' WHERE seq = 3")
    report = created.vault.check()
    assert not report.ok
    assert "audit log entry 3 was changed after it was written" in report.problems
    with created.vault.reading() as conn:
        chain = audit.verify(conn, created.vault.signing_key.public_key())
    assert chain.first_bad_seq == 3


def test_removed_last_rows_are_caught_by_the_signed_head(
    created: CreatedVault, clock: FixedClock
) -> None:
    _add(created, clock, 3)
    with created.vault.transaction() as conn:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE seq = 4")
    report = created.vault.check()
    assert not report.ok
    assert any("signed audit head covers 4 entries" in p for p in report.problems)


def test_a_removed_middle_row_is_named(created: CreatedVault, clock: FixedClock) -> None:
    _add(created, clock, 3)
    with created.vault.transaction() as conn:
        conn.execute("DROP TRIGGER audit_log_no_delete")
        conn.execute("DELETE FROM audit_log WHERE seq = 2")
    report = created.vault.check()
    assert "audit log entry 2 is missing" in report.problems


def test_a_forged_head_fails_the_signature(created: CreatedVault, clock: FixedClock) -> None:
    _add(created, clock, 2)
    with created.vault.transaction() as conn:
        conn.execute("UPDATE meta SET value = '2' WHERE key = 'audit_head_seq'")
    report = created.vault.check()
    assert any("signature does not verify" in p for p in report.problems)


def test_entries_filter_and_page(created: CreatedVault, clock: FixedClock) -> None:
    start = clock()
    _add(created, clock, 5)
    with created.vault.reading() as conn:
        newest = audit.entries(conn, action="participant.open", limit=2)
        assert [e.subject for e in newest] == ["uid-4", "uid-3"]
        assert [e.subject for e in audit.entries(conn, "participant.open", limit=2, offset=2)] == [
            "uid-2",
            "uid-1",
        ]
        window = audit.entries(
            conn, since=start + timedelta(minutes=2), until=start + timedelta(minutes=4)
        )
        assert [e.subject for e in window] == ["uid-2", "uid-1"]
        assert newest[0].detail == {"count": 4, "urgent": True}
        assert newest[0].at == start + timedelta(minutes=5)


@pytest.mark.parametrize(
    ("subject", "detail"),
    [
        ("Matti Meikäläinen", None),  # a name is not an opaque id
        ("uid-1", {"name": "Matti Meikäläinen"}),  # prose with spaces
        ("uid-1", {"Name": "x"}),  # keys are lower-case identifiers
        ("uid-1", {"nested": {"a": 1}}),  # no structures
        ("uid-1", {f"k{i}": i for i in range(17)}),  # small
    ],
)
def test_personal_data_shaped_input_is_refused(
    created: CreatedVault, subject: str, detail: dict[str, object] | None
) -> None:
    with pytest.raises(ValueError), created.vault.transaction() as conn:
        audit.append(conn, "participant.open", subject, detail)  # type: ignore[arg-type]
    with created.vault.reading() as conn:
        assert len(audit.entries(conn)) == 1

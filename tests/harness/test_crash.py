"""CI's quick run of the crash harness: 50 SIGKILLs at random moments of real vault writes
(``tools/crash_harness.py --runs N`` runs thousands), and the harness's import check shown able
to fail."""

from __future__ import annotations

from pathlib import Path

import pytest

from exitdesk.app.session import Session, open_vault
from tests.harness.crash import (
    PASSPHRASES,
    options,
    prepare,
    remember_key_derivations,
    run_kills,
)
from tests.harness.crash_import import (
    ImportCounts,
    Pool,
    check_imports,
    import_next,
    import_state,
)

CI_KILLS = 50


def test_fifty_kills_lose_nothing_reported_saved_and_leave_nothing_half_written(
    tmp_path: Path,
) -> None:
    summary = run_kills(tmp_path, CI_KILLS, seed=20261201)
    assert summary.kills == CI_KILLS
    assert summary.problems == []
    # Not vacuous: the children really wrote between the kills.
    assert summary.operations_done >= CI_KILLS // 5
    assert summary.imports.done >= 1


# -- the import check can fail: a half-imported bundle is named, a whole or absent one is not --


def _receiver(tmp_path: Path) -> tuple[Session, Pool]:
    remember_key_derivations()
    layout, pool = prepare(tmp_path)
    return open_vault(layout.vault, PASSPHRASES[0], options(layout.state)), pool


def test_an_import_reported_done_is_checked_whole_and_its_retry_refused(tmp_path: Path) -> None:
    session, pool = _receiver(tmp_path)
    with session:
        import_next(session, pool.bundles[0])
        counts = ImportCounts()
        alias = pool.bundles[0].alias
        assert check_imports(session, pool, [0], {alias}, [], counts) == []
        assert (counts.done, pool.next) == (1, 1)


def test_an_import_cut_short_and_absent_is_retried_whole(tmp_path: Path) -> None:
    session, pool = _receiver(tmp_path)
    with session:
        counts = ImportCounts()
        assert check_imports(session, pool, [], set(), [0], counts) == []
        assert (counts.cut, counts.cut_absent) == (1, 1)
        assert import_state(session, pool, pool.bundles[0]).whole


def test_a_batch_cut_short_and_absent_is_retried_whole(tmp_path: Path) -> None:
    session, pool = _receiver(tmp_path)
    with session:
        counts = ImportCounts()
        assert check_imports(session, pool, [], set(), [0, 1, 2], counts) == []
        assert (counts.cut, counts.cut_absent, pool.next) == (1, 1, 3)
        assert all(import_state(session, pool, pool.bundles[i]).whole for i in range(3))


def test_a_batch_cut_short_and_there_in_part_is_reported(tmp_path: Path) -> None:
    """A batch is one transaction: a kill may leave all of it or none, never its first file."""
    session, pool = _receiver(tmp_path)
    with session:
        import_next(session, pool.bundles[0])
        problems = check_imports(session, pool, [], set(), [0, 1], ImportCounts())
        assert problems == ["a batch import cut short is there in part"]


@pytest.mark.parametrize(
    "damage",
    [
        "DELETE FROM bundle_log WHERE bundle_id = :bundle",
        "DELETE FROM meetings WHERE participant_id ="
        " (SELECT id FROM participants WHERE alias = :alias)",
    ],
    ids=["participant-without-its-bundle", "participant-without-its-meetings"],
)
def test_a_half_imported_bundle_is_reported(tmp_path: Path, damage: str) -> None:
    session, pool = _receiver(tmp_path)
    item = pool.bundles[0]
    with session:
        import_next(session, item)
        with session.vault.transaction() as conn:
            conn.execute(damage, {"bundle": item.bundle_id, "alias": item.alias})
        cut = check_imports(session, pool, [], set(), [0], ImportCounts())
        assert len(cut) == 1 and cut[0].startswith("an import cut short is half there")
        done = check_imports(session, pool, [0], {item.alias}, [], ImportCounts())
        assert "an import reported done is not wholly there" in done or (
            "an import reported done is not in the exchange log" in done
        )

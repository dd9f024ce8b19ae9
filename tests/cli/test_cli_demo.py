"""``exitdesk demo`` as a worker runs it: the same seed twice on one vault adds a second set."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run


def test_demo_with_the_same_seed_twice_adds_a_fresh_set_and_the_vault_stays_intact(
    run: Run, vault: Path
) -> None:
    first = run("demo", "--vault", vault, "--participants", "15", "--seed", "3")
    assert first.code == 0, first.err
    second = run("demo", "--vault", vault, "--participants", "15", "--seed", "3")
    assert second.code == 0, second.err
    assert second.out.strip() == "Added 15 synthetic participants"
    rows = json.loads(run("participant", "list", "--vault", vault, "--json").out)
    assert len(rows) == 30
    assert len({row["uid"] for row in rows}) == 30
    assert run("check", "--vault", vault).code == 0

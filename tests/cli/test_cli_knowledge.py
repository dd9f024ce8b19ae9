"""The knowledge library from the command line: offline search in the reader's language, and a
signed pack written by one vault, previewed, installed and rolled back in another."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run, make_vault

ENTRY = """id = "local-guidance"
topic = "guideline"
source = "Regional coordination memo, section 2"
source_date = "2026-11"

[en]
title = "Local guidance on housing"
summary = "Housing offices in the region accept referrals marked Kvarnsten from exit workers."
check = "Check the current memo before relying on this."

[fi]
title = "Paikallinen ohje asumisesta"
summary = "Alueen asuntotoimistot ottavat vastaan Kvarnsten-merkityt ohjaukset exit-työntekijöiltä."
check = "Tarkista voimassa oleva muistio ennen kuin nojaat tähän."

[sv]
title = "Lokal vägledning om boende"
summary = "Bostadskontoren i regionen tar emot remisser märkta Kvarnsten från avhopparhandläggare."
check = "Kontrollera den gällande promemorian innan du stöder dig på detta."
"""


def _ok(result: object) -> str:
    assert result.code == 0, result.err  # type: ignore[attr-defined]
    return result.out  # type: ignore[attr-defined, no-any-return]


def _number(out: str) -> str:
    return next(line.split(": ", 1)[1] for line in out.splitlines() if "Safety number" in line)


def test_search_pack_install_and_rollback(run: Run, tmp_path: Path) -> None:
    coordinator = make_vault(run, tmp_path / "c", "Cecilia Coordinator", "se-socialstyrelsen")
    worker = make_vault(run, tmp_path / "w", "Aino Worker", "fi-rise")
    found = json.loads(_ok(run("--language", "fi", "knowledge", "search", "--vault", worker,
                               "salassapidosta", "--json")))  # fmt: skip
    assert "fi-openness-act" in [e["id"] for e in found]
    assert all("tarkista" in e["check"] for e in found)

    (tmp_path / "c.card").write_text(_ok(run("identity", "--vault", coordinator)))
    (tmp_path / "w.card").write_text(_ok(run("identity", "--vault", worker)))
    number = _number(_ok(run("contact", "add", "--vault", coordinator, tmp_path / "w.card")))
    _ok(run("contact", "verify", "--vault", coordinator, "1", *number.split()))
    _ok(run("contact", "add", "--vault", worker, tmp_path / "c.card"))
    entry = tmp_path / "local-guidance.toml"
    entry.write_text(ENTRY, encoding="utf-8")
    pack = tmp_path / "pack.exitbundle"
    _ok(run("knowledge", "pack", "send", "--vault", coordinator, entry, "--to", "1", "--out", pack))

    unverified = run("knowledge", "pack", "install", "--vault", worker, pack)
    assert "not verified" in unverified.one_line_error()
    _ok(run("contact", "verify", "--vault", worker, "1", *number.split()))
    preview = _ok(run("knowledge", "pack", "preview", "--vault", worker, pack))
    assert "added" in preview and "local-guidance" in preview
    assert (
        json.loads(_ok(run("knowledge", "search", "--vault", worker, "Kvarnsten", "--json"))) == []
    )
    _ok(run("knowledge", "pack", "install", "--vault", worker, pack))
    hits = json.loads(_ok(run("--language", "sv", "knowledge", "search", "--vault", worker,
                              "Kvarnsten", "--json")))  # fmt: skip
    assert [(h["id"], h["title"]) for h in hits] == [
        ("local-guidance", "Lokal vägledning om boende")
    ]
    assert "back at version 0" in _ok(run("knowledge", "rollback", "--vault", worker))
    assert (
        json.loads(_ok(run("knowledge", "search", "--vault", worker, "Kvarnsten", "--json"))) == []
    )
    history = json.loads(_ok(run("knowledge", "history", "--vault", worker, "--json")))
    assert history["current"] == 0 and history["versions"][0]["rolled_back_at"] is not None

"""`exitdesk report access`: the participant's access report as a PDF in the reader's language
and as JSON, holding that participant's records and nothing of anyone else."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.conftest import Run

OTHER = "Plokijuhygå Mnbvcxzlkj"


def test_the_access_report_is_written_as_pdf_and_json(
    run: Run, vault: Path, tmp_path: Path
) -> None:
    pid = run("participant", "add", "--vault", vault, "--alias", "Kettu",
              "--note", "Asunnon haku alkoi").out.strip()  # fmt: skip
    other = run("participant", "add", "--vault", vault, "--alias", "Ilves", "--legal-name", OTHER,
                "--note", OTHER).out.strip()  # fmt: skip
    assert pid and other and pid != other
    run("meeting", "add", "--vault", vault, "--participant", pid, "--on", "2026-11-03",
        "--summary", "Työpaikasta")  # fmt: skip

    shown = run("report", "access", "--vault", vault, "--participant", pid, "--json")
    assert shown.code == 0, shown.err
    report = json.loads(shown.out)
    assert report["participant"]["record"]["alias"] == "Kettu"
    assert report["participant"]["received"] is None
    assert report["participant"]["receipts"] == [] and report["lifecycle_receipts"] == []
    assert [n["record"]["text"] for n in report["notes"]] == ["Asunnon haku alkoi"]
    assert [m["record"]["summary"] for m in report["meetings"]] == ["Työpaikasta"]
    assert report["shares"] == [] and report["purges"] == []
    assert OTHER not in shown.out and "Ilves" not in shown.out

    out = tmp_path / "raportti"
    written = run("--language", "fi", "report", "access", "--vault", vault, "--participant", pid,
                  "--out", out)  # fmt: skip
    assert written.code == 0, written.err
    assert "ei ole salattu" in written.out
    assert (tmp_path / "raportti.pdf").read_bytes().startswith(b"%PDF")

    missing = run("report", "access", "--vault", vault, "--participant", pid)
    assert "--out" in missing.one_line_error()
    unknown = run("report", "access", "--vault", vault, "--participant", "999", "--json")
    assert "no participant 999" in unknown.one_line_error()

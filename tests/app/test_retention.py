"""Retention with proof: preview counts what the policy says is due, purge deletes it for real
(nothing findable on the decrypted database and WAL pages after a check) and the certificate
holds no personal data."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from exitdesk.app.retention import write_certificate
from exitdesk.app.retention_words import TEMPLATES
from exitdesk.app.text_pdf import text_pdf
from exitdesk.app.translations import Catalogue
from exitdesk.domain import EndedBy, FixedClock, LifecycleState
from exitdesk.domain.retention import RetentionCategory
from tests.app.conftest import MakeParty
from tests.support.text_pdf_reader import text_lines
from tests.support.vault_pages import pages_with

ENQUIRY = "Kanariaenquiry"
ENDED = "Kanariaended"
NAME = "Kanarialegal Purge-7Q3Z"
NOTE = "Kanarianote housing in Tampere"
KEPT = "Kanariakept"


def test_preview_purge_and_certificate(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path
) -> None:
    s = make_party("Aino", "fi-rise").session
    s.add_participant(ENQUIRY)
    ended = s.add_participant(ENDED, legal_name=NAME, birth_year=1990)
    assert ended.id is not None
    s.add_note(ended.id, NOTE)
    s.change_lifecycle(ended.id, LifecycleState.ENDED, EndedBy(participant=True))
    kept = s.add_participant(KEPT, birth_year=1991)
    assert kept.id is not None
    s.add_note(kept.id, NOTE + " expiring", expires_at=clock() + timedelta(days=3))

    first = s.retention.preview()
    assert first.total == 0
    assert first.next_due is not None
    assert first.next_due.date() == (clock() + timedelta(days=3)).date()

    clock.advance(timedelta(days=100))
    assert s.retention.preview().counts() == {
        RetentionCategory.ENQUIRIES: 1,
        RetentionCategory.ENDED_CASES: 0,
        RetentionCategory.NOTES: 1,
    }
    clock.advance(timedelta(days=700))
    preview = s.retention.preview()
    assert preview.counts() == {
        RetentionCategory.ENQUIRIES: 1,
        RetentionCategory.ENDED_CASES: 1,
        RetentionCategory.NOTES: 1,
    }
    assert {item.label for item in preview.items} == {ENQUIRY, ENDED, KEPT}
    assert pages_with(s, NAME) >= 1, "the scan finds the canary before the purge"

    certificate = s.retention.purge()
    assert certificate.total == 3 and certificate.checkpointed and certificate.vacuumed
    assert s.retention.preview().total == 0
    assert [p.alias for p in s.summaries(_everyone())] == [KEPT]
    assert s.notes(kept.id) == []
    assert s.check().ok
    for canary in (ENQUIRY, ENDED, NAME, NOTE):
        assert pages_with(s, canary) == 0, canary
    assert pages_with(s, KEPT) >= 1
    entries = s.audit_entries("retention.purge")
    assert len(entries) == 1

    text = "\n".join(certificate.lines())
    for canary in (ENQUIRY, ENDED, NAME, NOTE, KEPT, str(ended.uid)):
        assert canary not in text
    assert "ended_cases: 1 record(s)" in text and "fi-rise" in text
    pdf = text_pdf("ExitDesk purge certificate", certificate.lines())
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    assert b"ended_cases: 1 record\\(s\\)" in pdf
    for canary in (ENQUIRY, ENDED, NAME, NOTE, KEPT):
        assert canary.encode() not in pdf


def english_fragments() -> list[str]:
    """The fixed words of every English sentence of the certificate (between placeholders)."""
    pieces = (p.strip(" ;:.") for t in TEMPLATES for p in re.split(r"\{\w+\}", t))
    return [p for p in pieces if len(p) >= 4]


def english_left(text: str) -> list[str]:
    """The English fragments found in ``text`` as whole words ("Total" is not in "Totalt")."""
    return [f for f in english_fragments() if re.search(rf"\b{re.escape(f)}(?!\w)", text)]


def test_a_finnish_certificate_speaks_finnish_and_holds_no_personal_data(
    make_party: MakeParty, clock: FixedClock, tmp_path: Path
) -> None:
    s = make_party("Aino", "fi-rise").session
    ended = s.add_participant(ENDED, legal_name=NAME, birth_year=1990)
    assert ended.id is not None
    s.add_note(ended.id, NOTE)
    s.change_lifecycle(ended.id, LifecycleState.ENDED, EndedBy(participant=True))
    s.add_participant(ENQUIRY)
    clock.advance(timedelta(days=800))
    certificate = s.retention.purge()
    assert certificate.total == 2  # the enquiry, and the ended case with its note

    target = tmp_path / "todistus.pdf"
    write_certificate(certificate, target, Catalogue.load("fi").text)
    lines = text_lines(target.read_bytes())
    text = "\n".join(lines)
    assert lines[0] == "ExitDesk – todistus tietojen poistosta"
    for finnish in ("Holvin organisaatio: fi-rise", "Päättyneet asiakkuudet: poistettuja "
                    "tietueita 1", "Yhteensä poistettuja tietueita: 2", "päivää",
                    "tietokanta tiivistetty (VACUUM): kyllä",
                    "Tämä todistus ei sisällä henkilötietoja."):  # fmt: skip
        assert finnish in text
    assert english_left(text) == []
    for canary in (ENQUIRY, ENDED, NAME, NOTE, str(ended.uid)):
        assert canary not in text
        assert canary.encode("cp1252") not in target.read_bytes()

    english = tmp_path / "certificate.pdf"
    write_certificate(certificate, english)
    assert "Ended cases: 1 record(s)" in text_lines(english.read_bytes())


def test_the_text_pdf_has_a_valid_cross_reference_table() -> None:
    pdf = text_pdf("Title (with) \\ specials", ["Åland and ordinary text", "line two"])
    start = int(pdf.rsplit(b"startxref\n", 1)[1].split(b"\n")[0])
    assert pdf[start:].startswith(b"xref\n0 6\n")
    rows = pdf[start:].split(b"\n")[3:8]
    for number, row in enumerate(rows, start=1):
        offset = int(row[:10])
        assert pdf[offset:].startswith(f"{number} 0 obj".encode())
    assert b"(Title \\(with\\) \\\\ specials)" in pdf
    assert "(Åland".encode("cp1252") in pdf


def _everyone():  # type: ignore[no-untyped-def]
    from exitdesk.domain.views import ParticipantQuery

    return ParticipantQuery()

"""Monitoring statistics between real vaults: a vault publishes only suppressed tables (CSV and
a PDF), sends exact counts to a verified coordinator in a signed bundle, and the coordinator's
combination equals the sum of the inputs before suppression. A bundle with a bad signature,
from an unverified contact, or carrying more than the tables is refused with nothing changed."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from exitdesk.app.errors import InputError
from exitdesk.app.statistics import (
    Period,
    combine_statistics,
    period,
    publish_vault_statistics,
    send_statistics,
    vault_statistics,
)
from exitdesk.app.statistics_pdf import ChartText
from exitdesk.app.statistics_words import chart_text
from exitdesk.domain import EndedBy, LifecycleState
from exitdesk.domain.messages import UserMessage
from exitdesk.domain.policy import PolicyField
from exitdesk.domain.statistics import Dimension, ExactTables, combine, to_dict
from exitdesk.domain.statistics_csv import to_csv
from exitdesk.domain.suppression import Mark, publish
from exitdesk.exchange import (
    BundleKind,
    BundleRecord,
    Limits,
    RecordType,
    build_bundle,
    decrypt_bundle,
    encrypt_container,
)
from exitdesk.exchange.container import read_frame
from tests.app.conftest import DISTINCTIVE, MakeParty, Party, befriend, start_active_support

WHEN = Period(date(2026, 1, 1), date(2026, 11, 22))


def _english(_: Period | ExactTables) -> ChartText:
    return chart_text(lambda context, source: source, WHEN.first, WHEN.last)


def _caseload(party: Party, active: int, ended: int) -> None:
    s = party.session
    keeps_name = s.policy.current().keeps(PolicyField.LEGAL_NAME)
    legal_name = DISTINCTIVE if keeps_name else None
    for i in range(active + ended):
        # A birth year opens the case at assessment; a minimal-record vault keeps no legal name.
        p = s.add_participant(f"P{i}", legal_name=legal_name, birth_year=1990)
        assert p.id is not None and p.state is LifecycleState.ASSESSMENT
        start_active_support(party, p.id)
        if i >= active:
            s.change_lifecycle(p.id, LifecycleState.ENDED, EndedBy(participant=True))


@pytest.fixture
def coordinator_and_two(make_party: MakeParty) -> tuple[Party, Party, Party]:
    coordinator = make_party("Cecilia", "fi-krp")
    aino, bertta = make_party("Aino", "fi-rise"), make_party("Bertta", "fi-aggredi")
    _caseload(aino, active=7, ended=3)
    _caseload(bertta, active=3, ended=4)
    return coordinator, aino, bertta


def _sent(sender: Party, coordinator: Party, path: Path) -> Path:
    at_sender, _ = befriend(sender, coordinator)
    send_statistics(sender.session.context, at_sender, WHEN, path)
    return path


def test_a_vault_publishes_only_suppressed_tables_as_csv_and_a_pdf(
    make_party: MakeParty, tmp_path: Path
) -> None:
    aino = make_party("Aino", "fi-rise")
    _caseload(aino, active=7, ended=2)
    exact = vault_statistics(aino.session.context, WHEN)
    assert exact.margin(Dimension.STAGE)["active"] == 7
    _, files = publish_vault_statistics(aino.session.context, WHEN, tmp_path / "o", _english)
    expected = to_csv(publish(exact))
    assert {f.name for f in files} == {*expected, "statistics.pdf"}
    for name, text in expected.items():
        assert (tmp_path / "o" / name).read_text(encoding="utf-8") == text
    # Two ended participations are fewer than five: never printed as a number.
    assert "ended_by_participant,-,<5" in expected["stage_by_duration.csv"]
    pdf = (tmp_path / "o" / "statistics.pdf").read_bytes()
    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    # Every cross-reference points at its object: a reader can open the file.
    start = int(re.findall(rb"startxref\n(\d+)", pdf)[-1])
    offsets = [int(m) for m in re.findall(rb"(\d{10}) 00000 n", pdf[start:])]
    for number, offset in enumerate(offsets, start=1):
        assert pdf[offset:].startswith(b"%d 0 obj" % number)
    assert b"(Participants by lifecycle state)" in pdf and b"(<5)" in pdf
    assert DISTINCTIVE.encode("cp1252") not in pdf and b"P1" not in pdf


def test_combined_statistics_equal_the_sum_of_the_inputs_before_suppression(
    coordinator_and_two: tuple[Party, Party, Party], tmp_path: Path
) -> None:
    coordinator, aino, bertta = coordinator_and_two
    files = [
        _sent(aino, coordinator, tmp_path / "a.exitbundle"),
        _sent(bertta, coordinator, tmp_path / "b.exitbundle"),
    ]
    inputs = [vault_statistics(p.session.context, WHEN) for p in (aino, bertta)]
    combined, published, written = combine_statistics(
        coordinator.session.context, files, tmp_path / "national", _english
    )
    assert to_dict(combined) == to_dict(combine(inputs))
    for key in combined.counts:
        for cell, n in combined.counts[key].items():
            assert n == sum(part.counts[key].get(cell, 0) for part in inputs)
    assert combined.total == 17
    # Small counts of each vault add up: 3 and 4 ended participations are each "<5" in their
    # own vault, 7 together are not (a number, or "x" if it protects another cell).
    for part in inputs:
        assert publish(part).margin(Dimension.STAGE)["ended_by_participant"] is Mark.SMALL
    assert published.margin(Dimension.STAGE)["ended_by_participant"] is not Mark.SMALL
    assert "ended_by_participant,<5" not in (tmp_path / "national" / "stage.csv").read_text()
    assert {f.name for f in written} >= {"stage.csv", "statistics.pdf"}
    assert published == publish(combined)


def _refused_with_nothing_changed(coordinator: Party, files: list[Path], tmp_path: Path) -> str:
    before = coordinator.dump()
    out = tmp_path / "refused"
    with pytest.raises(UserMessage) as refused:
        combine_statistics(coordinator.session.context, files, out, _english)
    assert coordinator.dump() == before
    assert not out.exists()
    return str(refused.value)


def test_a_statistics_bundle_with_a_bad_signature_is_refused_with_nothing_changed(
    coordinator_and_two: tuple[Party, Party, Party], tmp_path: Path
) -> None:
    coordinator, aino, bertta = coordinator_and_two
    good = _sent(aino, coordinator, tmp_path / "a.exitbundle")
    other = _sent(bertta, coordinator, tmp_path / "b.exitbundle")
    me = coordinator.session.context.identity
    inner = bytearray(decrypt_bundle(good.read_bytes(), me))
    # One bit of the sender's signature flipped: the manifest and records are intact.
    at = inner.index(read_frame(bytes(inner), Limits()).signature)
    inner[at] ^= 0x01
    forged = tmp_path / "forged.exitbundle"
    forged.write_bytes(encrypt_container(bytes(inner), aino.session.context.identity, [me.public]))
    reason = _refused_with_nothing_changed(coordinator, [other, forged], tmp_path)
    assert "changed after it was sent" in reason


def test_a_statistics_bundle_from_an_unverified_contact_is_refused_with_nothing_changed(
    coordinator_and_two: tuple[Party, Party, Party], tmp_path: Path
) -> None:
    coordinator, aino, bertta = coordinator_and_two
    verified = _sent(aino, coordinator, tmp_path / "a.exitbundle")
    at_bertta, _ = befriend(bertta, coordinator, verify=False)
    # Bertta cannot even send to an unverified contact; forge her bundle as the format allows.
    unverified = tmp_path / "b.exitbundle"
    me = coordinator.session.context.identity
    exact = vault_statistics(bertta.session.context, WHEN)
    unverified.write_bytes(
        build_bundle(
            bertta.session.context.identity,
            [me.public],
            BundleKind.STATISTICS,
            [BundleRecord.from_object(_UID, RecordType.STATISTICS, None, to_dict(exact))],  # type: ignore[arg-type]
            consent=None,
            withdrawal=None,
            sequences={me.fingerprint: 1},
            participant_uid=None,
            clock=bertta.session.context.clock,
        )
    )
    with pytest.raises(InputError):
        send_statistics(bertta.session.context, at_bertta, WHEN, tmp_path / "never.exitbundle")
    reason = _refused_with_nothing_changed(coordinator, [verified, unverified], tmp_path)
    assert "not verified" in reason


_UID = "0b6f3c1e-8a52-4d6e-9f0a-3c2b1d4e5f60"


def test_a_statistics_bundle_carrying_more_than_the_tables_is_refused(
    coordinator_and_two: tuple[Party, Party, Party], tmp_path: Path
) -> None:
    coordinator, aino, _ = coordinator_and_two
    befriend(aino, coordinator)
    me = coordinator.session.context.identity
    sender = aino.session.context.identity
    exact = to_dict(vault_statistics(aino.session.context, WHEN))
    smuggled = tmp_path / "smuggled.exitbundle"
    smuggled.write_bytes(
        build_bundle(
            sender,
            [me.public],
            BundleKind.STATISTICS,
            [
                BundleRecord.from_object(
                    _UID, RecordType.STATISTICS, None, {**exact, "aliases": ["Kettu"]}
                )
            ],
            consent=None,
            withdrawal=None,
            sequences={me.fingerprint: 1},
            participant_uid=None,
            clock=aino.session.context.clock,
        )
    )
    _refused_with_nothing_changed(coordinator, [smuggled], tmp_path)
    # Nor does the format let a statistics bundle carry a second record of any kind.
    with pytest.raises(ValueError, match="exactly one statistics record"):
        build_bundle(
            sender,
            [me.public],
            BundleKind.STATISTICS,
            [
                BundleRecord.from_object(_UID, RecordType.STATISTICS, None, exact),  # type: ignore[arg-type]
                BundleRecord.from_object(
                    "1b6f3c1e-8a52-4d6e-9f0a-3c2b1d4e5f60", RecordType.NOTE, None, {"text": "x"}
                ),
            ],
            consent=None,
            withdrawal=None,
            sequences={me.fingerprint: 1},
            participant_uid=None,
            clock=aino.session.context.clock,
        )


def test_the_same_sender_twice_is_refused_so_nothing_is_counted_twice(
    coordinator_and_two: tuple[Party, Party, Party], tmp_path: Path
) -> None:
    coordinator, aino, _ = coordinator_and_two
    first = _sent(aino, coordinator, tmp_path / "a.exitbundle")
    at_coordinator = 1
    send_statistics(aino.session.context, at_coordinator, WHEN, tmp_path / "a2.exitbundle")
    reason = _refused_with_nothing_changed(
        coordinator, [first, tmp_path / "a2.exitbundle"], tmp_path
    )
    assert "already given" in reason


def test_the_period_is_checked(make_party: MakeParty) -> None:
    ctx = make_party("Aino", "fi-rise").session.context
    assert period(ctx, None, None) == Period(date(2022, 1, 1), date(2026, 11, 22))
    for first, last in ((date(2026, 5, 1), date(2026, 4, 1)), (None, date(2027, 1, 1))):
        with pytest.raises(InputError):
            period(ctx, first, last)

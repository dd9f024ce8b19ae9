"""Safety numbers: the same 60 digits on both sides, different for different keys."""

from __future__ import annotations

import importlib

import pytest

from exitdesk.exchange.errors import SafetyNumberError
from exitdesk.exchange.identity import Identity
from exitdesk.exchange.safety_number import (
    format_safety_number,
    parse_safety_number,
    safety_number,
    safety_number_qr_matrix,
    safety_number_qr_svg,
)


def test_same_on_both_sides_and_60_digits(rise: Identity, aggredi: Identity) -> None:
    number = safety_number(rise.public, aggredi.public)
    assert number == safety_number(aggredi.public, rise.public)
    assert len(number) == 60 and number.isdigit()


def test_a_different_key_gives_a_different_number(
    rise: Identity, aggredi: Identity, police: Identity
) -> None:
    assert safety_number(rise.public, aggredi.public) != safety_number(
        police.public, aggredi.public
    )
    impostor = Identity.generate(aggredi.name, aggredi.party_id)
    assert safety_number(rise.public, aggredi.public) != safety_number(rise.public, impostor.public)


def test_formatted_in_twelve_groups_of_five_and_parsed_back(
    rise: Identity, aggredi: Identity
) -> None:
    number = safety_number(rise.public, aggredi.public)
    text = format_safety_number(number)
    groups = text.split(" ")
    assert len(groups) == 12 and all(len(g) == 5 for g in groups)
    assert parse_safety_number(text) == number
    assert parse_safety_number(number) == number
    assert format_safety_number(number, groups_per_line=4).count("\n") == 2


@pytest.mark.parametrize("bad", ["", "1" * 59, "1" * 61, "1" * 59 + "a", "١" * 60])
def test_parse_refuses_anything_but_60_digits(bad: str) -> None:
    with pytest.raises(SafetyNumberError):
        parse_safety_number(bad)


def test_qr_code_encodes_the_number(rise: Identity, aggredi: Identity) -> None:
    number = safety_number(rise.public, aggredi.public)
    svg = safety_number_qr_svg(number)
    assert svg.startswith("<svg") and svg.rstrip().endswith("</svg>")
    matrix = safety_number_qr_matrix(number)
    assert len(matrix) == len(matrix[0]) >= 21
    other = safety_number_qr_matrix("0" * 60)
    assert matrix != other


def test_a_key_seen_before_costs_no_hashing_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every export and import shows the contact's number; 5,200 SHA-512s per key each time
    # were a third of a 200-meeting exchange.
    module = importlib.import_module("exitdesk.exchange.safety_number")
    one, other = Identity.generate("Aino", "fi-rise"), Identity.generate("Bo", "fi-aggredi")
    calls = 0
    real = module.hashlib.sha512

    def counting(data: bytes) -> object:
        nonlocal calls
        calls += 1
        return real(data)

    monkeypatch.setattr(module.hashlib, "sha512", counting)
    first = safety_number(one.public, other.public)
    assert calls == 2 * 5200
    assert safety_number(other.public, one.public) == first
    assert calls == 2 * 5200

"""The demo generator's word lists, read from the JSON files under ``resources/demo/``."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from exitdesk.domain.plan import LifeDomain

RESOURCE_FOLDER = ("resources", "demo")


class WordListError(Exception):
    """A demo word-list file is missing or malformed: the installation is incomplete."""


@dataclass(frozen=True)
class WordLists:
    """Every phrase the demo picks from. The order inside each list is part of the output: a
    seed reproduces its data only while the lists stay exactly as they are."""

    finnish_first: tuple[str, ...]
    finnish_last: tuple[str, ...]
    swedish_first: tuple[str, ...]
    swedish_last: tuple[str, ...]
    aliases: tuple[str, ...]
    finnish_institutions: tuple[str, ...]
    swedish_institutions: tuple[str, ...]
    swedish_youth_homes: tuple[str, ...]
    goals: dict[LifeDomain, tuple[str, ...]]
    actions: tuple[str, ...]
    openers: tuple[str, ...]
    topics: tuple[str, ...]
    middles: tuple[str, ...]
    next_steps: tuple[str, ...]
    notes: tuple[str, ...]
    arrangements: tuple[str, ...]
    risk_notes: tuple[str | None, ...]
    safety_summaries: tuple[str, ...]
    purposes: tuple[str, ...]


def _read(name: str) -> dict[str, Any]:
    path = resources.files("exitdesk").joinpath(*RESOURCE_FOLDER, name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise WordListError(f"the demo word list {name} cannot be read") from error
    if not isinstance(data, dict):
        raise WordListError(f"the demo word list {name} is not a JSON object")
    return data


def _strings(data: dict[str, Any], key: str, *, nullable: bool = False) -> tuple[Any, ...]:
    value = data.get(key)
    allowed = (str, type(None)) if nullable else (str,)
    if not isinstance(value, list) or not value or not all(isinstance(v, allowed) for v in value):
        raise WordListError(f"the demo word list '{key}' must be a non-empty list of text")
    return tuple(value)


def _goals(data: dict[str, Any]) -> dict[LifeDomain, tuple[str, ...]]:
    raw = data.get("goals")
    if not isinstance(raw, dict) or set(raw) != {d.value for d in LifeDomain}:
        raise WordListError("the demo goals must name every life domain exactly once")
    return {LifeDomain(key): _strings(raw, key) for key in raw}


@cache
def load_word_lists() -> WordLists:
    """Read and check the word lists once per process."""
    names, places, casework = _read("names.json"), _read("places.json"), _read("casework.json")
    return WordLists(
        finnish_first=_strings(names, "finnish_first"),
        finnish_last=_strings(names, "finnish_last"),
        swedish_first=_strings(names, "swedish_first"),
        swedish_last=_strings(names, "swedish_last"),
        aliases=_strings(names, "aliases"),
        finnish_institutions=_strings(places, "finnish_institutions"),
        swedish_institutions=_strings(places, "swedish_institutions"),
        swedish_youth_homes=_strings(places, "swedish_youth_homes"),
        goals=_goals(casework),
        actions=_strings(casework, "actions"),
        openers=_strings(casework, "openers"),
        topics=_strings(casework, "topics"),
        middles=_strings(casework, "middles"),
        next_steps=_strings(casework, "next_steps"),
        notes=_strings(casework, "notes"),
        arrangements=_strings(casework, "arrangements"),
        risk_notes=_strings(casework, "risk_notes", nullable=True),
        safety_summaries=_strings(casework, "safety_summaries"),
        purposes=_strings(casework, "purposes"),
    )

"""Precision and recall of the offence reminder on the labelled sentences, per language.

The sentences are in tests/domain/data/reminder_<lang>.tsv (format in the README there). Each
sentence carries the reminders it deserves (offence, name, both or none); a reminder counts as
a true positive only when it is the expected kind, so flagging a name as an offence is both a
false positive and a miss.

    python tools/measure_hints.py               # all sentences, the dev and the held-out test part
    python tools/measure_hints.py --errors dev  # also list what the dev part gets wrong
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from exitdesk.app.reminder import note_hints
from exitdesk.domain.notes import NoteHint

DATA = Path(__file__).resolve().parent.parent / "tests" / "domain" / "data"
LANGUAGES = ("en", "fi", "sv")
SPLITS = ("dev", "test")
LABELS = {
    "none": frozenset(),
    "offence": frozenset({NoteHint.OFFENCE_WORDS}),
    "name": frozenset({NoteHint.THIRD_PARTY_NAMES}),
    "both": frozenset({NoteHint.OFFENCE_WORDS, NoteHint.THIRD_PARTY_NAMES}),
}

Hinter = Callable[[str], frozenset[NoteHint]]


@dataclass(frozen=True)
class Case:
    split: str
    expected: frozenset[NoteHint]
    text: str


@dataclass(frozen=True)
class Score:
    true_positives: int
    false_positives: int
    false_negatives: int
    sentences: int

    @property
    def precision(self) -> float:
        flagged = self.true_positives + self.false_positives
        return self.true_positives / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0


def load_cases(language: str) -> list[Case]:
    cases = []
    path = DATA / f"reminder_{language}.tsv"
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        split, label, text = line.split("\t")
        if split not in SPLITS or label not in LABELS:
            raise ValueError(f"{path.name}:{number}: unknown split or label")
        cases.append(Case(split, LABELS[label], text))
    return cases


def score(cases: Iterable[Case], hinter: Hinter = note_hints) -> Score:
    tp = fp = fn = n = 0
    for case in cases:
        found = hinter(case.text)
        tp += len(found & case.expected)
        fp += len(found - case.expected)
        fn += len(case.expected - found)
        n += 1
    return Score(tp, fp, fn, n)


def errors(cases: Iterable[Case], hinter: Hinter = note_hints) -> list[str]:
    lines = []
    for case in cases:
        found = hinter(case.text)
        if found != case.expected:
            wanted = ",".join(sorted(case.expected)) or "-"
            got = ",".join(sorted(found)) or "-"
            lines.append(f"  wanted {wanted:32} got {got:32} {case.text}")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", choices=SPLITS, help="list the misjudged sentences")
    args = parser.parse_args(argv)
    out = sys.stdout
    out.write(f"{'lang':5}{'part':6}{'sentences':>10}{'precision':>11}{'recall':>8}\n")
    for language in LANGUAGES:
        cases = load_cases(language)
        parts = {"all": cases, **{s: [c for c in cases if c.split == s] for s in SPLITS}}
        for part, chosen in parts.items():
            result = score(chosen)
            out.write(
                f"{language:5}{part:6}{result.sentences:>10}"
                f"{result.precision:>11.3f}{result.recall:>8.3f}\n"
            )
        if args.errors:
            out.writelines(
                f"{line}\n" for line in errors(c for c in cases if c.split == args.errors)
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())

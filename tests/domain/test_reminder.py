"""The offence reminder's rules on small hand-made word lists, and on the shipped ones."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from exitdesk.app.reminder import HINT_LANGUAGES, lexicons, note_hints, read_lexicon, reminder_line
from exitdesk.domain.hint_patterns import HintListError, Lexicon, WordPattern
from exitdesk.domain.notes import NoteHint
from exitdesk.domain.reminder import find_hints, likely_languages

OFFENCE = frozenset({NoteHint.OFFENCE_WORDS})
NAMES = frozenset({NoteHint.THIRD_PARTY_NAMES})


def _lexicon(code: str = "xx", **sections: dict[str, list[str]]) -> Lexicon:
    return Lexicon.from_mapping(code, sections)


# -- the two defects of the old word list ---------------------------------------------------


def test_dealing_cocaine_for_the_gang_is_flagged() -> None:
    assert note_hints("He dealt cocaine for the gang.") == OFFENCE


def test_laser_is_not_a_weapon() -> None:
    # The old list matched "ase" (Finnish: weapon) inside any word.
    assert note_hints("Discussed the laser treatment for his tattoo.") == frozenset()


# -- patterns --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "word", "matches"),
    [
        ("ase~", "ase", True),
        ("ase~", "aseita", True),
        ("ase~", "asema", False),
        ("ase~", "laser", False),
        ("huume*", "huumeiden", True),
        ("*brott~", "narkotikabrottet", True),
        ("*brott~", "brottslighet", False),
        ("*lang*", "knarklangning", True),
        ("rån", "från", False),
        ("*rån", "från", True),
    ],
)
def test_patterns_keep_to_word_boundaries(pattern: str, word: str, matches: bool) -> None:
    endings = frozenset({"", "en", "et", "ita", "n"})
    assert WordPattern.parse(pattern).matches(word, endings) is matches


@pytest.mark.parametrize("bad", ["", "*", "a*b", "two words"])
def test_an_unreadable_pattern_is_refused(bad: str) -> None:
    with pytest.raises(HintListError, match="damaged"):
        WordPattern.parse(bad)


def test_a_list_of_the_wrong_shape_is_refused() -> None:
    with pytest.raises(HintListError):
        Lexicon.from_mapping("xx", {"offence": {"words": "murder"}})
    with pytest.raises(HintListError):
        Lexicon.from_mapping("xx", {"offence": ["murder"]})


# -- combinations: contraband, trade and group words only count together --------------------

TOY = _lexicon(
    offence={
        "words": ["robbed"],
        "contraband": ["cocaine"],
        "trade": ["sold", "ran"],
        "group": ["gang"],
        "not_offence": ["ran away"],
    },
    names={"not_names": ["monday"], "first_names": ["jamie"], "relations": ["brother"]},
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He robbed a shop.", OFFENCE),
        ("He sold cocaine.", OFFENCE),
        ("He stays off cocaine.", frozenset()),
        ("He sold his car.", frozenset()),
        ("He left the gang.", frozenset()),
        ("He ran errands for the gang.", OFFENCE),
        ("He ran away from the gang.", frozenset()),
        # Trade and contraband in different sentences are two topics.
        ("He sold his car. He stays off cocaine.", frozenset()),
    ],
)
def test_trade_words_count_only_with_contraband_or_a_group(
    text: str, expected: frozenset[NoteHint]
) -> None:
    assert find_hints(text, [TOY]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We met Mikko at the office.", NAMES),
        ("Met with Mikko Virtanen about the move.", NAMES),
        ("Jamie called twice.", NAMES),
        ("Mikko called twice.", frozenset()),  # a sentence start is capitalised anyway
        ("His brother jamie called.", NAMES),
        ("His brother cooked.", frozenset()),
        ("His brother called.", frozenset()),
        ("We meet next Monday.", frozenset()),
        ("He applied at KRP and the TE-toimisto.", frozenset()),
        ("Done. Next: Tampere.", frozenset()),
    ],
)
def test_names_are_capitalised_words_that_do_not_open_a_sentence(
    text: str, expected: frozenset[NoteHint]
) -> None:
    lexicon = _lexicon(names={"not_names": ["monday", "tampere"], "first_names": ["jamie"],
                              "relations": ["brother"]})  # fmt: skip
    assert find_hints(text, [lexicon]) == expected


def test_an_institution_named_in_capitals_is_not_a_person() -> None:
    lexicon = _lexicon(names={"institution_words": ["bureau"]})
    assert find_hints("We went to the Citizens Advice Bureau today.", [lexicon]) == frozenset()
    assert find_hints("We went to see Citizens today.", [lexicon]) == NAMES


def test_the_language_of_the_text_picks_the_offence_lists() -> None:
    english = _lexicon("en", language={"common": ["the", "he", "and"]},
                       offence={"words": ["stolen"]})  # fmt: skip
    swedish = _lexicon("sv", language={"common": ["han", "på", "och"]})
    assert likely_languages("Han satt på stolen och läste.", [english, swedish]) == (swedish,)
    assert find_hints("Han satt på stolen och läste.", [english, swedish]) == frozenset()
    assert find_hints("The bike was stolen.", [english, swedish]) == OFFENCE
    # Too short to tell: every list applies.
    assert likely_languages("Stolen.", [english, swedish]) == (english, swedish)


# -- the shipped lists -----------------------------------------------------------------------


def test_every_shipped_list_reads() -> None:
    assert [lex.language for lex in lexicons()] == list(HINT_LANGUAGES)
    for lexicon in lexicons():
        assert lexicon.offence and lexicon.contraband and lexicon.trade and lexicon.common


def test_an_unknown_language_file_is_a_damaged_installation() -> None:
    with pytest.raises(HintListError, match="reinstall"):
        read_lexicon("xx")


@pytest.mark.parametrize(
    "text",
    ["Hän myi huumeita jengille.", "Hänellä oli huumeiden myyntiin liittyviä velkoja ja aseita.",
     "Han sysslade med knarklangning.", "Han dömdes för narkotikabrott."],
)  # fmt: skip
def test_finnish_and_swedish_word_forms_are_recognised(text: str) -> None:
    assert NoteHint.OFFENCE_WORDS in note_hints(text)


@pytest.mark.parametrize(
    "text",
    ["Hänen asenteensa on parantunut.", "Tavarat vietiin varastoon.", "Käsi murtui, murtuma on "
     "parantunut.", "Vi pratade om uppbrottet från gänget.", "Vi sköt upp mötet till fredag.",
     "He has been off drugs for a month."],
)  # fmt: skip
def test_look_alike_everyday_words_are_not_flagged(text: str) -> None:
    assert note_hints(text) == frozenset()


def test_the_cli_line_names_what_was_noticed_and_says_the_text_was_saved() -> None:
    assert reminder_line("Discussed the housing allowance.") is None
    offence = reminder_line("He dealt cocaine.")
    assert offence is not None and "offences" in offence and "saved anyway" in offence
    name = reminder_line("We met Mikko at the office.")
    assert name is not None and "name other people" in name
    both = reminder_line("He dealt cocaine with Mikko Virtanen.")
    assert both is not None and "offences and name other people" in both
    assert "\n" not in both


# -- it stays on the machine -----------------------------------------------------------------

REMINDER_MODULES = ("domain/reminder.py", "domain/hint_patterns.py", "domain/free_text.py",
                    "app/reminder.py")  # fmt: skip
# Nothing here can open a connection or write a file: parsing, matching and reading the lists
# shipped inside the package is all the reminder does.
ALLOWED_IMPORTS = {"__future__", "re", "collections.abc", "dataclasses", "enum", "functools",
                   "importlib", "tomllib"}  # fmt: skip


def test_the_reminder_imports_nothing_that_could_send_or_store() -> None:
    src = Path(__file__).resolve().parents[2] / "src" / "exitdesk"
    for module in REMINDER_MODULES:
        tree = ast.parse((src / module).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                assert name in ALLOWED_IMPORTS or name.startswith("exitdesk.domain"), (
                    module,
                    name,
                )

"""The core's messages to people are translatable templates (exitdesk.domain.messages).

Every error the core raises as a ``UserMessage`` is written as
``XError(QT_TRANSLATE_NOOP("Errors", "... {name} ..."), name=value)`` so that
``pyside6-lupdate`` can extract the template and the window can show it translated. The scan
below reads the source of the four core packages and checks each such call: a literal
template in the "Errors" context, and exactly the parameters its placeholders name.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import string
from dataclasses import dataclass
from pathlib import Path

import pytest

from exitdesk.domain.errors import ConsentScopeError, DomainError
from exitdesk.domain.messages import ERRORS_CONTEXT, QT_TRANSLATE_NOOP, UserMessage

SRC = Path(__file__).resolve().parents[1] / "src" / "exitdesk"
CORE_PACKAGES = ("domain", "vault", "exchange", "app")
# Command-line output only, in English by design.
ENGLISH_ONLY = {"app/selftest.py"}
MARKER = "QT_TRANSLATE_NOOP"


@dataclass(frozen=True)
class Site:
    """One construction of a UserMessage subclass in the core's source."""

    where: str
    error: str
    template: str | None  # None: the first argument is not a marked literal
    params: frozenset[str]
    star_params: bool


def _core_files() -> list[Path]:
    return [
        path
        for package in CORE_PACKAGES
        for path in sorted((SRC / package).rglob("*.py"))
        if path.relative_to(SRC).as_posix() not in ENGLISH_ONLY
    ]


def _module_name(path: Path) -> str:
    return "exitdesk." + ".".join(path.relative_to(SRC).with_suffix("").parts)


def _marked_literal(node: ast.expr) -> str | None:
    """The template of ``QT_TRANSLATE_NOOP("Errors", "<literal>")``, else None."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == MARKER
        and len(node.args) == 2
        and not node.keywords
    ):
        return None
    context, text = node.args
    if not (isinstance(context, ast.Constant) and context.value == ERRORS_CONTEXT):
        return None
    if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
        return None
    return text.value


def _module_templates(tree: ast.Module) -> dict[str, str]:
    """Module-level names bound to a marked literal (``_MALFORMED = QT_TRANSLATE_NOOP(...)``)."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        else:
            continue
        template = _marked_literal(value)
        if isinstance(target, ast.Name) and template is not None:
            found[target.id] = template
    return found


def _user_message_classes(module: object) -> set[str]:
    return {
        name
        for name, value in vars(module).items()
        if inspect.isclass(value) and issubclass(value, UserMessage)
    }


def _called_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _sites() -> list[Site]:
    sites: list[Site] = []
    for path in _core_files():
        classes = _user_message_classes(importlib.import_module(_module_name(path)))
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = _module_templates(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or _called_name(node) not in classes:
                continue
            first = node.args[0] if node.args else None
            template = None
            if first is not None:
                template = _marked_literal(first)
                if template is None and isinstance(first, ast.Name):
                    template = constants.get(first.id)
            sites.append(
                Site(
                    where=f"{path.relative_to(SRC).as_posix()}:{node.lineno}",
                    error=str(_called_name(node)),
                    template=template,
                    params=frozenset(k.arg for k in node.keywords if k.arg is not None),
                    star_params=any(k.arg is None for k in node.keywords) or len(node.args) > 1,
                )
            )
    return sites


SITES = _sites()


def _placeholders(template: str) -> set[str]:
    names: set[str] = set()
    for _literal, field, _spec, _conversion in string.Formatter().parse(template):
        if field is not None:
            names.add(field.split(".")[0].split("[")[0])
    return names


def test_the_scan_finds_the_core_errors() -> None:
    """Guards the scan itself: it sees raises in each of the four packages."""
    for package in CORE_PACKAGES:
        assert any(site.where.startswith(package + "/") for site in SITES), package
    assert len(SITES) > 150


def test_every_user_message_in_the_core_is_a_marked_template() -> None:
    unmarked = [f"{s.where} {s.error}" for s in SITES if s.template is None or s.star_params]
    assert not unmarked, (
        "raise these as XError(QT_TRANSLATE_NOOP('Errors', '... {name} ...'), name=value):\n"
        + "\n".join(unmarked)
    )


def test_each_template_names_exactly_the_parameters_given() -> None:
    mismatched = []
    for site in SITES:
        if site.template is None:
            continue
        try:
            used = _placeholders(site.template)
        except ValueError as exc:  # a stray brace
            mismatched.append(f"{site.where}: {exc}")
            continue
        if used != site.params:
            mismatched.append(
                f"{site.where}: template uses {sorted(used)}, given {sorted(site.params)}"
            )
    assert not mismatched, "\n".join(mismatched)


def _validator_value_errors(path: Path) -> list[tuple[int, ast.expr | None]]:
    """``raise ValueError(...)`` inside a pydantic ``*_validator`` method of ``path``."""
    found = []
    for func in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        decorators = [d.func if isinstance(d, ast.Call) else d for d in func.decorator_list]
        names = {d.id if isinstance(d, ast.Name) else getattr(d, "attr", "") for d in decorators}
        if not any(name.endswith("_validator") for name in names):
            continue
        for node in ast.walk(func):
            if (
                isinstance(node, ast.Raise)
                and isinstance(node.exc, ast.Call)
                and _called_name(node.exc) == "ValueError"
            ):
                found.append((node.lineno, node.exc.args[0] if node.exc.args else None))
    return found


def test_fixed_validator_messages_in_the_domain_are_marked() -> None:
    """pydantic keeps only a validator's text, so a fixed sentence is marked for translation;
    a sentence with a value in it (an f-string) stays English."""
    unmarked = []
    seen = 0
    for path in sorted((SRC / "domain").rglob("*.py")):
        for line, message in _validator_value_errors(path):
            seen += 1
            if message is None or isinstance(message, ast.JoinedStr):
                continue
            if _marked_literal(message) is None:
                unmarked.append(f"domain/{path.name}:{line}")
    assert seen > 0
    assert not unmarked, "\n".join(unmarked)


class _Sample(DomainError):
    pass


def test_a_user_message_is_english_text_plus_its_template_and_parameters() -> None:
    error = _Sample(
        QT_TRANSLATE_NOOP("Errors", "consent {consent} does not cover {category} for {who}"),
        consent="7",
        category="notes",
        who="Sosiaalitoimi",
    )
    assert str(error) == "consent 7 does not cover notes for Sosiaalitoimi"
    assert error.template == "consent {consent} does not cover {category} for {who}"
    assert error.params == {"consent": "7", "category": "notes", "who": "Sosiaalitoimi"}
    assert isinstance(error, UserMessage)


def test_a_message_without_parameters_is_left_as_written() -> None:
    error = _Sample(QT_TRANSLATE_NOOP("Errors", "the vault is locked; unlock it first"))
    assert str(error) == "the vault is locked; unlock it first"
    assert error.params == {}


def test_a_domain_rule_raises_a_template_with_its_parameters() -> None:
    """A real raise site: the English sentence as before, the template and values kept apart."""
    from datetime import UTC, datetime, timedelta
    from uuid import uuid4

    from exitdesk.domain import Consent, ConsentMethod, ConsentRecipient, DataCategory, FixedClock

    start = datetime(2025, 1, 1, tzinfo=UTC)
    consent = Consent(
        id=12,
        participant_uid=uuid4(),
        recipients=(ConsentRecipient(party_id="fi-rise", label="RISE"),),
        categories=frozenset({DataCategory.IDENTITY}),
        purpose="housing",
        valid_from=start,
        valid_until=start + timedelta(days=30),
        method=ConsentMethod.PAPER_FORM,
        recorded_by="worker",
        recorded_at=start,
        withdrawn_at=start,
    )
    with pytest.raises(ConsentScopeError) as caught:
        consent.check_release(DataCategory.IDENTITY, "fi-rise", None, FixedClock(start))
    assert str(caught.value) == "consent 12 was withdrawn"
    assert "{" in caught.value.template
    assert caught.value.template.format(**caught.value.params) == str(caught.value)

"""The wall between core and GUI, and the rooms inside the core (DESIGN §2, STYLE)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "exitdesk"
CORE_PACKAGES = ("domain", "vault", "exchange", "app", "diagnostics", "demo")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


def _modules(package: str) -> list[Path]:
    return sorted((SRC / package).rglob("*.py"))


def test_the_core_imports_without_pyside6() -> None:
    """Import every core module in a fresh interpreter where PySide6 cannot be imported."""
    modules = [
        "exitdesk." + ".".join(p.relative_to(SRC).with_suffix("").parts)
        for package in CORE_PACKAGES
        for p in _modules(package)
        if p.name != "__init__.py"
    ] + [
        "exitdesk.cli." + p.stem
        for p in sorted((SRC / "cli").glob("*.py"))
        if p.name != "__init__.py"
    ]
    script = (
        "import sys, importlib\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith('PySide6.'):\n"
        "            raise ImportError('PySide6 is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for m in {modules!r}:\n"
        "    importlib.import_module(m)\n"
        "assert not any(k.startswith('PySide6') for k in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_no_core_module_imports_pyside6_not_even_inside_a_function() -> None:
    """A lazy import still ties the core to Qt; Qt checks belong to ui/ (diagnostics providers)."""
    for package in CORE_PACKAGES:
        for path in _modules(package):
            qt = sorted(n for n in _imports(path) if n.split(".")[0] == "PySide6")
            assert not qt, f"{path.relative_to(SRC)} imports {qt}"


def test_domain_imports_only_the_domain() -> None:
    for path in _modules("domain"):
        for name in _imports(path):
            if name.startswith("exitdesk"):
                assert name.startswith("exitdesk.domain"), f"{path.name} imports {name}"


def test_only_the_vault_talks_sql() -> None:
    for package in ("domain", "exchange", "app", "diagnostics", "demo", "ui"):
        for path in _modules(package):
            imports = _imports(path)
            assert "sqlcipher3" not in imports and "sqlite3" not in imports, path.name
            assert not any(i.startswith("exitdesk.vault.db") for i in imports), path.name
    for path in _modules("ui"):
        text = path.read_text(encoding="utf-8")
        assert ".execute(" not in text, f"{path.name} runs SQL"
        # Nor may it reach the database through the services' back door.
        for door in ("vault.reading(", "vault.transaction(", "Repos.over(", "exchange_store"):
            assert door not in text, f"{path.name} uses {door} instead of a service"
        imports = _imports(path)
        assert not any(i.startswith("exitdesk.vault.repositories") for i in imports), path.name


def test_the_vault_and_exchange_never_import_the_ui_or_services() -> None:
    for package in ("vault", "exchange"):
        for path in _modules(package):
            for name in _imports(path):
                assert not name.startswith(("exitdesk.ui", "exitdesk.app", "exitdesk.cli")), (
                    f"{package}/{path.name} imports {name}"
                )


def test_no_bidirectional_control_characters_in_source() -> None:
    """Trojan-source defence (Electrum does the same)."""
    bidi = {chr(c) for c in (*range(0x202A, 0x202F), *range(0x2066, 0x206A), 0x200E, 0x200F)}
    root = SRC.parents[1]
    for path in [*SRC.rglob("*.py"), *(root / "tests").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        assert not bidi.intersection(text), path

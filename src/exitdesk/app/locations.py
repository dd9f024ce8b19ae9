"""Where vaults live on this machine: one folder per vault under the platform user-data folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from exitdesk import APP_NAME

KEYSLOT_FILE = "keyslots.json"


def vaults_root() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vaults"


def default_vault_dir() -> Path:
    return vaults_root() / "default"


def is_vault_dir(directory: Path) -> bool:
    return (directory / KEYSLOT_FILE).is_file()


def list_vaults(root: Path | None = None) -> list[Path]:
    """The vault folders directly under ``root`` (default: the user-data folder), sorted."""
    base = vaults_root() if root is None else root
    if not base.is_dir():
        return []
    return sorted(p for p in base.iterdir() if p.is_dir() and is_vault_dir(p))

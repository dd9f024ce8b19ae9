"""The recovery code a new vault is given: chosen first, shown and typed back by the worker,
then passed to ``create_vault``. Apart from ``session`` so the first-run screen can choose one
without loading every service of an open vault."""

from __future__ import annotations

from exitdesk.vault import Vault


def new_recovery_code() -> str:
    """A recovery code to show (and have typed back) before ``create_vault`` uses it."""
    return Vault.new_recovery_code()

"""Shared test setup: Qt offscreen, an in-memory keyring, fast-but-real key derivation."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

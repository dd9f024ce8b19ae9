"""Shared test setup: Qt offscreen, and no test ever writes to the user's real folders."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The unlock throttle keeps its counters in the user state folder; point it at a throwaway one
# for the whole run so tests neither read nor leave state on the developer's machine.
_STATE = tempfile.mkdtemp(prefix="exitdesk-test-state-")
os.environ["EXITDESK_STATE_DIR"] = _STATE

# CI gets a fixed sequence of examples so a run is reproducible; developers keep exploring
# new random examples every run.
from hypothesis import settings  # noqa: E402

settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")

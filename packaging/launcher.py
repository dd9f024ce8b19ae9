"""Frozen entry point: PyInstaller runs this file as ``__main__``; the package stays a package."""

from __future__ import annotations

import sys

from exitdesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())

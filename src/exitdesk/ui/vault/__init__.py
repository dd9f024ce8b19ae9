"""Screens before a vault is open: first run (create), unlock, recovery."""

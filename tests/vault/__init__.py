"""Vault tests."""

"""Realistic synthetic case data for demos, screenshots and benchmarks; deterministic per seed.
The word lists live in ``resources/demo/``; every person is invented, nothing describes offences."""

from __future__ import annotations

from exitdesk.demo.generator import DEFAULT_CHUNK, generate_demo

__all__ = ["DEFAULT_CHUNK", "generate_demo"]

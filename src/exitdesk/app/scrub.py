"""Forgetting what a failed task held: an exception's frames (and those of every exception in
its ``__cause__``/``__context__`` chain) keep their local variables, which may be a passphrase,
a key or case data, alive for as long as the exception is kept for its message."""

from __future__ import annotations

import traceback

__all__ = ["scrub_exception"]


def scrub_exception(exc: BaseException) -> BaseException:
    """Clear the frames and drop the tracebacks of ``exc`` and of every exception it chains to;
    the exception types and messages stay. Returns ``exc``."""
    seen: set[int] = set()
    pending: list[BaseException] = [exc]
    while pending:
        current = pending.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        if current.__traceback__ is not None:
            traceback.clear_frames(current.__traceback__)
            current.__traceback__ = None
        for linked in (current.__cause__, current.__context__):
            if linked is not None:
                pending.append(linked)
        if isinstance(current, BaseExceptionGroup):
            pending.extend(current.exceptions)
    return exc

"""Errors the `civic` command reports as one line and a non-zero exit, never a traceback."""
from __future__ import annotations


class CivicError(Exception):
    """Bad input or an unusable resource; the message is written for the user."""


class StageUnavailable(CivicError):
    """A stage every page goes through (the article parser, the extractor) cannot start, so
    running on would only store pages nothing can read."""


def one_line(exc: BaseException) -> str:
    """An exception as one line for a user: its type and its message, whitespace folded."""
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__

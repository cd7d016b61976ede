"""Errors the `civic` command reports as one line and a non-zero exit, never a traceback."""


class CivicError(Exception):
    """Bad input or an unusable resource; the message is written for the user."""

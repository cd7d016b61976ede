"""`civic export`."""
from __future__ import annotations

import argparse

from pipeline.errors import CivicError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    parser = sub.add_parser("export", parents=[common], help="(not yet available)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    raise CivicError("civic export is not available yet")

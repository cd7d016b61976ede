"""The `civic` command: every sub-command documents itself and fails cleanly on bad input."""
from __future__ import annotations

import subprocess
import sys

import pytest

from pipeline.cli import COMMANDS


def civic(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pipeline.cli", *args], capture_output=True, text=True,
                          timeout=120, **kwargs)


def test_help_lists_every_command():
    result = civic("--help")
    assert result.returncode == 0
    for name in COMMANDS:
        assert name in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_has_help(command):
    result = civic(command, "--help")
    assert result.returncode == 0, result.stderr
    assert "usage: civic" in result.stdout


def test_missing_command_is_a_usage_error():
    result = civic()
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_unreadable_input_file_gives_one_line_error(tmp_path):
    result = civic("extract", str(tmp_path / "nope.txt"))
    assert result.returncode == 2
    assert result.stderr.strip().startswith("civic: error: cannot read")
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_date_option_gives_one_line_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Spotkanie 19.10.2023", encoding="utf-8")
    result = civic("extract", "--published", "yesterday", str(path))
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr and "Traceback" not in result.stderr

"""The README's command-line section is generated from the code (scripts/readme_cli.py), so it cannot
drift: this fails when a command or option changed and the README was not regenerated."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_readme_cli_section_matches_the_code():
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "readme_cli.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_readme_starts_with_the_two_commands():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    head = text[: text.index("## The command line")]
    assert "make demo" in head and "make test" in head

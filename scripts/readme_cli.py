"""Write the README's command-line section from the code, so the docs cannot drift from the CLI.

    .venv/bin/python scripts/readme_cli.py          # rewrite README.md between the CLI markers
    .venv/bin/python scripts/readme_cli.py --check  # exit 1 if README.md is out of date (used by a test)
"""

from __future__ import annotations

import sys
from pathlib import Path

import click  # noqa: F401 - typer's commands are click commands
import typer

from sahelwatch.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- CLI-HELP -->", "<!-- /CLI-HELP -->"


def usage(name: str, command: click.Command) -> list[str]:
    args = [(p.metavar or p.name).upper() for p in command.params if p.param_type_name == "argument"]
    lines = [f"### `sahelwatch {' '.join([name, *args])}`", ""]
    lines.append((command.help or "").strip().replace("\n", " "))
    options = [p for p in command.params if p.param_type_name == "option" and p.name != "help"]
    if options:
        lines.append("")
        for p in options:
            flags = ", ".join(f"`{o}`" for o in p.opts)
            value = getattr(p.default, "value", p.default)
            if isinstance(value, Path) and value.is_relative_to(README.parent):
                value = value.relative_to(README.parent)  # the same on every checkout
            default = "" if value in (None, False, "") or callable(value) else f" (default: {value})"
            lines.append(f"- {flags}: {(p.help or '').strip()}{default}")
    lines.append("")
    return lines


def render() -> str:
    root = typer.main.get_command(app)
    lines = [START, ""]
    for name, command in sorted(root.commands.items()):
        if hasattr(command, "commands"):
            for sub_name, sub in sorted(command.commands.items()):
                lines += usage(f"{name} {sub_name}", sub)
        else:
            lines += usage(name, command)
    lines.append(END)
    return "\n".join(lines)


def main() -> int:
    text = README.read_text(encoding="utf-8")
    if START not in text:
        print(f"{README}: no {START} marker", file=sys.stderr)
        return 2
    before, rest = text.split(START, 1)
    after = rest.split(END, 1)[1] if END in rest else rest
    updated = before + render() + after
    if "--check" in sys.argv:
        if updated != text:
            print("README.md's CLI section is out of date: run scripts/readme_cli.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(updated, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

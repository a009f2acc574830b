"""`quizgen export TARGET`: one subcommand per target, all with the same bank selection."""

from __future__ import annotations

import click

from quizgen.cli import export_anki, export_classroom


@click.group("export")
def export_group() -> None:
    """Export banks to Anki, Moodle (GIFT), CSV or a Markdown worksheet."""


for module in (export_anki, export_classroom):
    for command in module.COMMANDS:
        export_group.add_command(command)

COMMANDS = [export_group]

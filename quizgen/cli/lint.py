"""`quizgen lint`: placeholder until its stage lands."""

from __future__ import annotations

import click

from quizgen.errors import QuizgenError


@click.command("lint", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def command(args: tuple[str, ...]) -> int:
    """Not available yet."""
    raise QuizgenError("'lint' is not available in this version")


COMMANDS = [command]

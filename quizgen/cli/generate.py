"""`quizgen generate`: placeholder until its stage lands."""

from __future__ import annotations

import click

from quizgen.errors import QuizgenError


@click.command("generate", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def command(args: tuple[str, ...]) -> int:
    """Not available yet."""
    raise QuizgenError("'generate' is not available in this version")


COMMANDS = [command]

"""The `quizgen` command group: parses, runs one subcommand, maps errors to one line.

Each subcommand lives in its own module and imports its heavy dependencies inside
the command, so `quizgen quiz` never loads NLTK and `--help` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quizgen import __version__
from quizgen.cli import export, generate, inspect, lint, quiz
from quizgen.errors import QuizgenError


@click.group(invoke_without_command=True, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quizgen")
@click.pass_context
def cli(ctx: click.Context) -> int:
    """Turn essays into question banks, study them, export them.

    With no command, opens the quiz app on decks/ when that folder exists.
    """
    if ctx.invoked_subcommand is not None:
        return 0
    if Path("decks").is_dir():
        return ctx.invoke(quiz.command)
    click.echo(ctx.get_help())
    return 0


for module in (inspect, generate, quiz, export, lint):
    for command in module.COMMANDS:
        cli.add_command(command)


def main(argv: list[str] | None = None) -> None:
    try:
        result = cli.main(args=argv, prog_name="quizgen", standalone_mode=False)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("quizgen: aborted", err=True)
        sys.exit(130)
    except QuizgenError as exc:
        click.echo(f"quizgen: {exc.message}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("quizgen: interrupted", err=True)
        sys.exit(130)
    sys.exit(result if isinstance(result, int) else 0)

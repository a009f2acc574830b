"""`quizgen lint` checks banks; `quizgen schema` prints the JSON Schema editors validate them with."""

from __future__ import annotations

from pathlib import Path

import click

from quizgen.cli.options import banks_argument


@click.command("lint")
@banks_argument
@click.option("--fix", is_flag=True, help="Add ids to questions written without one, and say so.")
@click.option("--strict", is_flag=True, help="Exit 1 on warnings too.")
def lint_command(banks: tuple[str, ...], fix: bool, strict: bool) -> int:
    """Check banks (default: decks/) and print each problem as FILE:LINE: message.

    Errors stop every command that reads the bank; warnings point at weak questions
    (long stems, answers visible in the stem, too few distractors). Exits 1 when
    there are errors.
    """
    from quizgen.bank.lint import fix_ids, lint

    if fix:
        fixes = [f for path in lint(banks).files for f in fix_ids(Path(path))]
        for done in fixes:
            click.echo(str(done))
        click.echo(f"fixed {len(fixes)} question{'s' * (len(fixes) != 1)}" if fixes else "nothing to fix")
    report = lint(banks)
    for problem in report.problems:
        click.echo(f"{problem.location}: {problem.severity}: {problem.message}")
    click.echo(_summary(len(report.files), len(report.errors), len(report.warnings)))
    return 1 if report.errors or (strict and report.warnings) else 0


def _summary(files: int, errors: int, warnings: int) -> str:
    def count(n: int, word: str) -> str:
        return f"{n} {word}{'s' * (n != 1)}"

    found = f"{count(errors, 'error')}, {count(warnings, 'warning')}" if errors or warnings else "no problems"
    return f"{count(files, 'bank')} checked: {found}"


@click.command("schema")
def schema_command() -> int:
    """Print the JSON Schema of bank files (editors use it to validate and complete)."""
    from quizgen.bank.schema import schema_text

    click.echo(schema_text(), nl=False)
    return 0


COMMANDS = [lint_command, schema_command]

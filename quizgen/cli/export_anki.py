"""`quizgen export anki`."""

from __future__ import annotations

from pathlib import Path

import click

from quizgen.cli.options import approved_only_option, banks_argument

DEFAULT_OUT = "quizgen.apkg"
DEFAULT_DECK = "quizgen"


@click.command("anki")
@banks_argument
@click.option(
    "--out",
    "-o",
    default=DEFAULT_OUT,
    show_default=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="The Anki package to write (.apkg).",
)
@click.option(
    "--deck",
    default=DEFAULT_DECK,
    show_default=True,
    help="Parent deck; each bank becomes a subdeck titled by the bank's title.",
)
@click.option(
    "--type-answers",
    is_flag=True,
    help="Ask for a typed answer on who/what/when, short-answer, term and quote cards.",
)
@approved_only_option
def command(
    banks: tuple[str, ...], out: Path, deck: str, type_answers: bool, approved_only: bool
) -> int:
    """Write the banks (default: every bank in decks/) as one Anki package.

    Importing a newer package into the same collection updates the notes already
    there and keeps their review history.
    """
    from quizgen.export.anki import (
        check_output_path,
        plan_anki_export,
        require_notes,
        write_anki_package,
    )
    from quizgen.export.selection import banks_for_export

    check_output_path(out)
    plan = plan_anki_export(banks_for_export(banks, approved_only), deck, type_answers)
    for skipped in plan.skipped:
        click.echo(f"quizgen: skipped {skipped}", err=True)
    require_notes(plan, out)
    written = write_anki_package(plan, out)
    _print_summary(written.path, plan)
    return 0


def _print_summary(path: Path, plan) -> None:
    click.echo(
        f"Wrote {path}: {_count(plan.notes, 'note')}, {_count(plan.cards, 'card')},"
        f" {_count(len(plan.decks), 'deck')} under {plan.parent.name!r}"
    )
    for deck in plan.decks:
        counts = deck.notes_by_type()
        detail = f" ({_type_list(counts)})" if counts else ""
        click.echo(f"  {deck.name}: {_count(len(deck.notes), 'note')}{detail}")
    click.echo(f"Notes by type: {_type_list(plan.notes_by_type())}")
    if plan.skipped:
        click.echo(f"Skipped {_count(len(plan.skipped), 'question')} (listed above).")


def _type_list(counts) -> str:
    return ", ".join(f"{name.removeprefix('quizgen ')} {n}" for name, n in sorted(counts.items()))


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


COMMANDS = [command]

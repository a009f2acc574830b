"""`quizgen export gift|csv|markdown`: exports for Moodle, Quizlet and spreadsheets, and paper."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from quizgen.cli.options import approved_only_option, banks_argument

STDOUT = "-"


def out_option(default: str | None, what: str, shown_default: str | None = None):
    return click.option(
        "--out",
        "-o",
        default=default,
        show_default=shown_default or True,
        type=click.Path(dir_okay=False, allow_dash=True),
        help=f"The {what} to write; `-` writes to standard output.",
    )


def _selected(banks: tuple[str, ...], approved_only: bool):
    from quizgen.errors import ExportError
    from quizgen.export.selection import banks_for_export

    selected = [bank for bank in banks_for_export(banks, approved_only) if bank.questions]
    if not selected:
        which = "approved questions" if approved_only else "questions that are not rejected"
        where = ", ".join(banks) or "decks"
        raise ExportError(f"nothing to export: no {which} in {where}")
    return selected


def _write(out: str, text: str, summary: str) -> None:
    if out == STDOUT:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from quizgen.errors import ExportError
    from quizgen.fileio import atomic_write_text

    if Path(out).is_dir():
        raise ExportError(f"{out}: is a folder; give a file name with --out")
    atomic_write_text(Path(out), text)
    click.echo(f"Wrote {out}: {summary}")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


@click.command("gift", short_help="Moodle GIFT, one category per bank.")
@banks_argument
@out_option("quizgen.gift", "GIFT file")
@approved_only_option
def gift(banks: tuple[str, ...], out: str, approved_only: bool) -> int:
    """Write the banks (default: decks/) as Moodle GIFT, one category per bank.

    Import it in Moodle from the question bank: Import, format GIFT.
    """
    from quizgen.export.gift import gift_export

    selected = _selected(banks, approved_only)
    export = gift_export(selected)
    for skipped in export.skipped:
        click.echo(f"quizgen: skipped {skipped}", err=True)
    _write(out, export.text, f"{_count(export.questions, 'question')} from {_count(len(selected), 'bank')}")
    return 0


@click.command("csv", short_help="Question/answer pairs for Quizlet or spreadsheets.")
@banks_argument
@out_option(None, "file", shown_default="quizgen.tsv, or quizgen.csv with --format csv")
@click.option(
    "--format",
    "format_",
    type=click.Choice(["tsv", "csv"]),
    default="tsv",
    show_default=True,
    help="tsv: tab-separated, as Quizlet imports it; csv: comma-separated and quoted, for spreadsheets.",
)
@click.option("--all-fields", is_flag=True, help="Add the type, bank, id and tags of each question.")
@approved_only_option
def csv_command(banks: tuple[str, ...], out: str | None, format_: str, all_fields: bool, approved_only: bool) -> int:
    """Write question/answer pairs with a header line (default: decks/ to quizgen.tsv).

    For Quizlet, paste or import the tab-separated file (between term and
    definition: tab; between cards: new line) and drop the header line.
    """
    from quizgen.export.csv_export import FULL_HEADER, HEADER, csv_text, flashcard_rows, tsv_text

    rows = flashcard_rows(_selected(banks, approved_only), full=all_fields)
    header = FULL_HEADER if all_fields else HEADER
    out = out or f"quizgen.{format_}"
    text = csv_text(rows, header) if format_ == "csv" else tsv_text(rows, header)
    _write(out, text, _count(len(rows), "card"))
    return 0


@click.command("markdown", short_help="A printable worksheet with an answer key.")
@banks_argument
@out_option("worksheet.md", "worksheet")
@click.option("--seed", type=int, default=None, help="Shuffle questions and choices, the same way for the same seed.")
@approved_only_option
def markdown(banks: tuple[str, ...], out: str, seed: int | None, approved_only: bool) -> int:
    """Write a printable worksheet: questions by section, answer key at the end."""
    from quizgen.export.markdown import worksheet

    selected = _selected(banks, approved_only)
    text = worksheet(selected, seed)
    questions = sum(len(bank.questions) for bank in selected)
    _write(out, text, f"{_count(questions, 'question')} from {_count(len(selected), 'bank')}")
    return 0


COMMANDS = [gift, csv_command, markdown]

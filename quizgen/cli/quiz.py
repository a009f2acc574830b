"""`quizgen quiz`: open the quiz app on some banks (default: every bank in decks/)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from quizgen.cli.options import banks_argument
from quizgen.errors import BankError


def load_study_banks(paths: tuple[str, ...]) -> tuple[list, list[str]]:
    """The banks that load, and one line per file that does not.

    One broken bank should not keep a student from the others, so its problem is
    shown in the app; only when nothing loads is it an error on the command line.
    """
    from quizgen.bank.io import find_bank_files, load_bank

    files = find_bank_files(paths)
    if not files:
        where = ", ".join(paths) or "decks/"
        raise BankError(f"{where}: no bank files (*.yaml); make some with `quizgen generate`")
    banks, problems = [], []
    for path in files:
        try:
            banks.append(load_bank(path))
        except BankError as exc:
            problems.append(exc.message)
    if not banks:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise BankError(problems[0] + more)
    return banks, problems


@click.command("quiz")
@banks_argument
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    envvar="QUIZGEN_DB",
    help="Progress database (default: progress.sqlite3 in the user data folder).",
)
@click.option(
    "--new-per-day",
    type=click.IntRange(min=0),
    default=20,
    show_default=True,
    help="New questions a review session may introduce per day.",
)
@click.option("--review", "review_now", is_flag=True, help="Start reviewing at once.")
def command(banks: tuple[str, ...], db: Path | None, new_per_day: int, review_now: bool) -> int:
    """Study BANK files or folders (default: every bank in decks/) in the quiz app.

    Review mode schedules questions with FSRS; quiz mode draws N questions. Every
    answer is saved as it is given.
    """
    from quizgen.study.store import ProgressStore
    from quizgen.tui.app import REVIEW_ON_START, QuizApp

    if db is None and os.environ.get("QUIZGEN_DB"):
        # Plain `quizgen` invokes this command directly, which skips click's envvar lookup.
        db = Path(os.environ["QUIZGEN_DB"])
    loaded, problems = load_study_banks(banks)
    with ProgressStore.open(db) as store:
        app = QuizApp(
            loaded,
            store,
            problems=problems,
            new_per_day=new_per_day,
            start=REVIEW_ON_START if review_now else None,
        )
        app.run()
    return 0


COMMANDS = [command]

"""Time the Anki export of 10,000 questions (goal: under 5 seconds).

    python benchmarks/anki_export.py [--questions N]

Writes five banks of mixed question types to a temporary folder, then times reading
them, planning the notes and writing the package, and prints the figures.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from quizgen.bank.io import save_bank
from quizgen.bank.model import Bank, Question, Source
from quizgen.export.anki import plan_anki_export, write_anki_package
from quizgen.export.selection import banks_for_export

BANKS = 5


def make_question(bank: int, n: int) -> Question:
    source = Source(
        document=f"essay-{bank}",
        section=f"Section {n % 12}",
        paragraph=n % 40,
        sentence=f"In {1900 + n % 30} the council number {n} met in Petrograd about the <state>.",
    )
    common = dict(
        id=f"q{bank}-{n:05d}", source=source, explanation=f"Explanation {n}.", tags=("bench",)
    )
    kind = n % 5
    if kind == 0:
        return Question(
            type="cloze",
            prompt=f"In {{{{c1::{1900 + n % 30}}}}} the council number {n} met in Petrograd.",
            answer=str(1900 + n % 30),
            answer_kind="date",
            **common,
        )
    if kind == 1:
        return Question(
            type="multiple_choice",
            prompt=f"Where did council number {n} meet?",
            answer="Petrograd",
            choices=("Petrograd", "Moscow", "Kronstadt", "Kiev"),
            answer_kind="place",
            **common,
        )
    if kind == 2:
        return Question(
            type="true_false", prompt=f"Council {n} met in Moscow.", answer="false", **common
        )
    if kind == 3:
        return Question(
            type="wh",
            prompt=f"When did council number {n} meet?",
            answer=str(1900 + n % 30),
            **common,
        )
    return Question(
        type="term", prompt=f"What is the name for council {n}'s body?", answer="soviet", **common
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=10_000)
    total = parser.parse_args().questions
    per_bank = total // BANKS
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for b in range(BANKS):
            questions = tuple(make_question(b, n) for n in range(per_bank))
            save_bank(
                Bank(id=f"bench-{b}", title=f"Benchmark essay {b}", questions=questions),
                folder / f"b{b}.yaml",
            )

        start = time.perf_counter()
        banks = banks_for_export([folder])
        loaded = time.perf_counter()
        plan = plan_anki_export(banks)
        planned = time.perf_counter()
        result = write_anki_package(plan, folder / "bench.apkg")
        written = time.perf_counter()
        size = result.path.stat().st_size

    print(f"questions:        {plan.notes} notes, {plan.cards} cards, {len(plan.skipped)} skipped")
    print(f"read banks:       {loaded - start:6.2f} s")
    print(f"plan notes:       {planned - loaded:6.2f} s")
    print(f"write package:    {written - planned:6.2f} s  ({size / 1e6:.1f} MB)")
    export = written - loaded
    print(f"export (no YAML): {export:6.2f} s  ({plan.notes / export:,.0f} notes/s)  goal < 5 s")
    print(f"total with YAML:  {written - start:6.2f} s")


if __name__ == "__main__":
    main()

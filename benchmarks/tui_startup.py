"""Time from launching the quiz app to the first question on screen.

Runs the app in a fresh Python process (as `quizgen quiz --review` does: load every
bank, open the progress database, start the app, show the first due or new
question) and prints the wall time, median of several runs, with the parts that
make it up. Uses the banks in decks/; when decks/ has none, a synthetic set of
about 1,500 questions in a temporary folder.

    python benchmarks/tui_startup.py [--runs N] [BANK_OR_FOLDER ...]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_SECONDS = 1.0

CHILD = r"""
import time
started = time.perf_counter()
import asyncio, sys
from quizgen.cli.quiz import load_study_banks
from quizgen.study.store import ProgressStore
from quizgen.tui.app import REVIEW_ON_START, QuizApp
from quizgen.tui.screens.study import StudyScreen
imported = time.perf_counter()
banks, problems = load_study_banks(tuple(sys.argv[2:]))
loaded = time.perf_counter()

async def main():
    with ProgressStore.open(sys.argv[1]) as store:
        app = QuizApp(banks, store, problems=problems, start=REVIEW_ON_START)
        async with app.run_test(size=(80, 24)) as pilot:
            while not (isinstance(app.screen, StudyScreen) and app.screen.question_view is not None
                       and app.screen.question_view.is_mounted):
                await asyncio.sleep(0.001)
            await pilot.pause()
            shown = time.perf_counter()
            questions = sum(len(b.questions) for b in banks)
            print(f"READY {questions} {len(banks)} {imported - started:.4f} "
                  f"{loaded - imported:.4f} {shown - loaded:.4f} {time.process_time():.4f}",
                  flush=True)

asyncio.run(main())
"""

TYPES = ("multiple_choice", "true_false", "wh", "cloze", "term", "short")


def synthetic_banks(folder: Path, banks: int = 5, per_bank: int = 300) -> list[Path]:
    from quizgen.bank.io import save_bank
    from quizgen.bank.model import Bank, Question, Source

    paths = []
    for b in range(banks):
        questions = []
        for n in range(per_bank):
            qtype = TYPES[n % len(TYPES)]
            qid = f"essay{b}-{n:04d}"
            answer = {"true_false": "true", "cloze": f"term {n}"}.get(qtype, f"answer {n}")
            prompt = {
                "cloze": f"In section {n % 9} the essay names {{{{c1::term {n}}}}} as its subject.",
                "true_false": f"Statement number {n} of essay {b} is true.",
            }.get(qtype, f"What does the essay {b} say in statement {n}?")
            choices = (
                (answer, f"other {n} a", f"other {n} b", f"other {n} c")
                if qtype == "multiple_choice"
                else ()
            )
            questions.append(
                Question(
                    id=qid,
                    type=qtype,
                    prompt=prompt,
                    answer=answer,
                    choices=choices,
                    explanation=f"Statement {n} explains it.",
                    source=Source(
                        document=f"essay{b}",
                        section=f"Section {n % 9}",
                        paragraph=n % 40 + 1,
                        sentence=f"Sentence {n} of essay {b}, with the answer {answer}.",
                    ),
                    tags=(f"section-{n % 9}",),
                    answer_kind="phrase",
                )
            )
        path = folder / f"essay{b}.yaml"
        save_bank(
            Bank(id=f"essay{b}", title=f"Synthetic essay {b}", questions=tuple(questions)), path
        )
        paths.append(path)
    return paths


def run_once(db: Path, banks: list[str]) -> tuple[float, list[str]]:
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), *banks], stdout=subprocess.PIPE, text=True
    )
    for line in child.stdout:
        if line.startswith("READY"):
            elapsed = time.perf_counter() - began
            child.wait()
            return elapsed, line.split()[1:]
    child.wait()
    raise SystemExit("the app did not show a question")


def first_question_label(banks: list[str]) -> str:
    """What the first question of a fresh review shows first: its kind ("Multiple choice")."""
    from quizgen.cli.quiz import load_study_banks
    from quizgen.study.sessions import study_items
    from quizgen.tui.widgets.question import TYPE_LABELS

    loaded, _ = load_study_banks(tuple(banks))
    return TYPE_LABELS.get(study_items(loaded)[0].question.type, "Question")


def run_on_terminal(db: Path, banks: list[str], label: str) -> float:
    """Seconds from starting `quizgen quiz --review` on a pseudo-terminal to `label` drawn."""
    import os
    import pty
    import select
    import signal

    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
    began = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        args = [sys.executable, "-m", "quizgen", "quiz", *banks, "--db", str(db), "--review"]
        os.execve(sys.executable, args, env)
    output = b""
    try:
        while label.encode() not in output:
            if time.perf_counter() - began > 30:
                raise SystemExit(f"no question on the terminal after 30 s: {output[-500:]!r}")
            if select.select([fd], [], [], 0.5)[0]:
                output += os.read(fd, 65536)
        return time.perf_counter() - began
    finally:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        os.close(fd)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("banks", nargs="*")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        banks = args.banks
        decks = Path("decks")
        if not banks and decks.is_dir() and any(decks.glob("*.yaml")):
            banks, where = [str(decks)], "decks/"
        elif not banks:
            banks = [str(p) for p in synthetic_banks(Path(tmp))]
            where = "synthetic banks (decks/ is empty)"
        else:
            where = " ".join(banks)
        times, parts = [], []
        for run in range(args.runs):
            elapsed, detail = run_once(Path(tmp) / f"progress-{run}.sqlite3", banks)
            times.append(elapsed)
            parts.append(detail)
        questions, bank_count = parts[0][0], parts[0][1]
        median = statistics.median(times)
        imports, loading, app, cpu = (
            statistics.median(float(p[i]) for p in parts) for i in (2, 3, 4, 5)
        )
        print(f"banks: {where}: {bank_count} banks, {questions} questions")
        print(
            f"launch to first question: median {median:.3f} s over {args.runs} runs "
            f"(min {min(times):.3f}, max {max(times):.3f}); goal < {GOAL_SECONDS:.1f} s: "
            f"{'met' if median < GOAL_SECONDS else 'NOT met'}"
        )
        print(
            f"  imports {imports:.3f} s · loading banks {loading:.3f} s · "
            f"app start to question shown {app:.3f} s · interpreter start and the rest "
            f"{median - imports - loading - app:.3f} s"
        )
        print(f"  CPU time of the app's process (steadier on a busy machine): {cpu:.3f} s")
        if sys.platform != "win32":
            label = first_question_label(banks)
            terminal = [
                run_on_terminal(Path(tmp) / f"terminal-{run}.sqlite3", banks, label)
                for run in range(args.runs)
            ]
            print(
                f"on a real (pseudo-)terminal, `quizgen quiz --review` to the first question: "
                f"median {statistics.median(terminal):.3f} s (min {min(terminal):.3f})"
            )


if __name__ == "__main__":
    main()

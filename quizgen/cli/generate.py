"""`quizgen generate`: essays in, one YAML question bank per essay out."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from quizgen.errors import QuizgenError

ESSAY_SUFFIXES = (".txt", ".md")
#: Inputs at least this large (bytes) show a progress bar on a terminal.
PROGRESS_BYTES = 100_000


@click.command("generate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", type=click.Path(path_type=Path), default=Path("decks"), show_default=True,
              help="Folder for the banks, one YAML file per essay.")
@click.option("--max", "max_questions", type=click.IntRange(min=1), default=None,
              help="At most this many questions per essay.")
@click.option("--density", type=click.FloatRange(min=5, min_open=False), default=None,
              help="Body words per question (default 50: a 5,000-word essay gets about 100).")
@click.option("--dry-run", is_flag=True, help="Report what would change without writing anything.")
def command(paths: tuple[Path, ...], out_dir: Path, max_questions: int | None, density: float | None,
            dry_run: bool) -> int:
    """Generate question banks from essays (.txt or .md files, or folders of them)."""
    from quizgen.generate.builder import DEFAULT_DENSITY, Settings, build_bank, load_tools

    essays, failures = find_essays(paths)
    if essays and not dry_run:
        failures += check_out_dir(out_dir)
        if failures and failures[-1].startswith(str(out_dir)):
            essays = []
    settings = Settings(density=density or DEFAULT_DENSITY, max_questions=max_questions)
    summaries: list[str] = []
    if essays:
        tools = load_tools()
        for essay in _progress(essays):
            try:
                summaries.append(_generate_one(essay, out_dir, tools, settings, dry_run))
            except QuizgenError as exc:
                failures.append(exc.message)
    for line in summaries:
        click.echo(line)
    for message in failures:
        click.echo(f"quizgen: {message}", err=True)
    return 1 if failures else 0


def find_essays(paths: tuple[Path, ...]) -> tuple[list[Path], list[str]]:
    essays: list[Path] = []
    failures: list[str] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ESSAY_SUFFIXES)
            if not found:
                failures.append(f"{path}: no .txt or .md essays in this folder")
            essays += found
        elif path.is_file():
            essays.append(path)
        else:
            failures.append(f"{path}: no such file or folder")
    return essays, failures


def check_out_dir(out_dir: Path) -> list[str]:
    if out_dir.exists() and not out_dir.is_dir():
        return [f"{out_dir}: output folder is a file"]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return [f"{out_dir}: cannot create output folder: {exc.strerror or exc}"]
    import os

    if not os.access(out_dir, os.W_OK | os.X_OK):
        return [f"{out_dir}: output folder is not writable"]
    return []


def _progress(essays: list[Path]):
    total = sum(p.stat().st_size for p in essays)
    if total < PROGRESS_BYTES or not sys.stderr.isatty():
        yield from essays
        return
    with click.progressbar(length=total, label="generating", file=sys.stderr,
                           item_show_func=lambda p: p.name if p else "") as bar:
        for essay in essays:
            bar.current_item = essay
            bar.render_progress()
            yield essay
            bar.update(essay.stat().st_size)


def _generate_one(essay: Path, out_dir: Path, tools, settings, dry_run: bool) -> str:
    from quizgen.bank.io import write_generated_bank
    from quizgen.generate.builder import build_bank
    from quizgen.text.reader import read_document

    document = read_document(essay, tools.text)
    bank = build_bank(document, tools, settings)
    target = out_dir / f"{bank.id}.yaml"
    report = write_generated_bank(bank, target, dry_run=dry_run)
    by_type = Counter(q.type for q in bank.questions)
    kinds = ", ".join(f"{name} {count}" for name, count in sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0])))
    changes = _changes(report)
    verb = "would write" if dry_run else "wrote"
    return f"{essay.name}: {verb} {target} with {len(bank.questions)} questions ({kinds}){changes}"


def _changes(report) -> str:
    parts = [f"{label} {len(ids)}" for label, ids in (
        ("added", report.added), ("updated", report.updated), ("kept", report.kept), ("dropped", report.dropped))
        if ids]
    return f"; {', '.join(parts)}" if parts else ""


COMMANDS = [command]

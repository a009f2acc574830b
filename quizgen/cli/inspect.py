"""`quizgen inspect FILE`: what the text layer made of an essay."""

from __future__ import annotations

from collections import Counter, defaultdict

import click

EXAMPLES = 3
WIDTH = 100


@click.command("inspect")
@click.argument("file", type=click.Path(path_type=str))
@click.option("--sentences", "sentences_only", is_flag=True, help="Print the body sentences, one per line, nothing else.")
def command(file: str, sentences_only: bool) -> int:
    """Show how FILE is cleaned: sections, paragraphs, sentences, footnotes, repairs, parts set aside."""
    from quizgen.text.reader import read_document

    document = read_document(file)
    if sentences_only:
        for sentence in document.sentences:
            click.echo(sentence.text)
        return 0
    for line in summary(document):
        click.echo(line)
    return 0


def summary(document) -> list[str]:
    words = sum(len(s.text.split()) for s in document.sentences)
    lines = [
        f"{document.info.path or document.title}",
        f"  title: {document.title}" + (f"  (author: {document.info.author})" if document.info.author else ""),
        (
            f"  sections: {len(document.sections)}  paragraphs: {len(document.paragraphs)}  "
            f"sentences: {len(document.sentences)}  words: {words}  footnotes: {len(document.footnotes)}"
        ),
        "",
        "sections:",
    ]
    per_section = Counter(s.section for s in document.sentences)
    for section in document.sections:
        title = section.title or "(opening, untitled)"
        lines.append(f"  {section.index:>3}  {_cut(title, 60)}  ({per_section.get(section.index, 0)} sentences)")
    lines += ["", "repairs:"]
    lines += _grouped([(r.kind, _repair_example(r)) for r in document.repairs])
    lines += ["", "set aside:"]
    lines += _grouped([(s.kind, f"line {s.line}: {_cut(s.text, 80)!r}") for s in document.set_aside])
    if document.footnotes:
        lines += ["", "footnotes:"]
        for note in document.footnotes[:EXAMPLES]:
            lines.append(f"  [{note.label or '?'}] {_cut(note.text, WIDTH - 8)}")
        if len(document.footnotes) > EXAMPLES:
            lines.append(f"  ... {len(document.footnotes) - EXAMPLES} more")
    return lines


def _repair_example(repair) -> str:
    if repair.kind == "page_order":
        return f"pages in the file: {repair.before}\n      read as:           {repair.after}"
    return f"{_cut(repair.before, 40)!r} -> {_cut(repair.after, 44)!r}"


def _grouped(items: list[tuple[str, str]]) -> list[str]:
    if not items:
        return ["  none"]
    by_kind: dict[str, list[str]] = defaultdict(list)
    for kind, text in items:
        by_kind[kind].append(text)
    lines = []
    for kind in sorted(by_kind, key=lambda k: (-len(by_kind[k]), k)):
        examples = by_kind[kind]
        lines.append(f"  {kind}: {len(examples)}")
        lines += [f"      {example}" for example in examples[:EXAMPLES]]
    return lines


def _cut(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


COMMANDS = [command]

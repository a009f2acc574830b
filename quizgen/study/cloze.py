"""Cloze prompts as the study screens show them: text and gaps, blank or filled.

The gap syntax itself (`{{c1::answer}}` or `{{c1::answer::hint}}`) is read by
`quizgen.bank.cloze`, so the app, the exporters and validation agree on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.bank.cloze import cloze_gaps


@dataclass(frozen=True)
class ClozePart:
    """A piece of a cloze prompt: plain text, or a gap with its answer and hint."""

    text: str
    is_gap: bool = False
    hint: str = ""
    number: int = 0


def cloze_parts(prompt: str) -> tuple[ClozePart, ...]:
    parts: list[ClozePart] = []
    position = 0
    for gap in cloze_gaps(prompt):
        if gap.start > position:
            parts.append(ClozePart(prompt[position : gap.start]))
        parts.append(ClozePart(gap.answer, is_gap=True, hint=gap.hint, number=gap.number))
        position = gap.end
    if position < len(prompt):
        parts.append(ClozePart(prompt[position:]))
    return tuple(parts)


def gap_label(part: ClozePart) -> str:
    """How a gap is shown before it is answered, as Anki shows it."""
    return f"[{part.hint}]" if part.hint else "[...]"


def cloze_answers(prompt: str) -> tuple[str, ...]:
    return tuple(gap.answer for gap in cloze_gaps(prompt))


def asked_gaps(prompt: str, answer: str) -> frozenset[int]:
    """The gap numbers a question asks: those whose text is its answer, as an Anki card
    for c1 leaves c2 filled in; every gap when the answer names none of them."""
    gaps = cloze_gaps(prompt)
    wanted = answer.strip().casefold()
    matching = frozenset(g.number for g in gaps if g.answer.strip().casefold() == wanted)
    return matching or frozenset(g.number for g in gaps)


def is_blank(part: ClozePart, asked: frozenset[int] | None) -> bool:
    return part.is_gap and (asked is None or part.number in asked)


def cloze_with_blanks(prompt: str, asked: frozenset[int] | None = None) -> str:
    return "".join(gap_label(p) if is_blank(p, asked) else p.text for p in cloze_parts(prompt))


def cloze_filled(prompt: str) -> str:
    return "".join(p.text for p in cloze_parts(prompt))

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


def cloze_parts(prompt: str) -> tuple[ClozePart, ...]:
    parts: list[ClozePart] = []
    position = 0
    for gap in cloze_gaps(prompt):
        if gap.start > position:
            parts.append(ClozePart(prompt[position : gap.start]))
        parts.append(ClozePart(gap.answer, is_gap=True, hint=gap.hint))
        position = gap.end
    if position < len(prompt):
        parts.append(ClozePart(prompt[position:]))
    return tuple(parts)


def gap_label(part: ClozePart) -> str:
    """How a gap is shown before it is answered, as Anki shows it."""
    return f"[{part.hint}]" if part.hint else "[...]"


def cloze_answers(prompt: str) -> tuple[str, ...]:
    return tuple(gap.answer for gap in cloze_gaps(prompt))


def cloze_with_blanks(prompt: str) -> str:
    return "".join(gap_label(p) if p.is_gap else p.text for p in cloze_parts(prompt))


def cloze_filled(prompt: str) -> str:
    return "".join(p.text for p in cloze_parts(prompt))

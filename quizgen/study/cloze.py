"""Cloze prompts in Anki syntax: `{{c1::answer}}` or `{{c1::answer::hint}}`."""

from __future__ import annotations

import re
from dataclasses import dataclass

_GAP = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


@dataclass(frozen=True)
class ClozePart:
    """A piece of a cloze prompt: plain text, or a gap with its answer and hint."""

    text: str
    is_gap: bool = False
    hint: str = ""


def cloze_parts(prompt: str) -> tuple[ClozePart, ...]:
    parts: list[ClozePart] = []
    position = 0
    for match in _GAP.finditer(prompt):
        if match.start() > position:
            parts.append(ClozePart(prompt[position : match.start()]))
        parts.append(ClozePart(match.group(2), is_gap=True, hint=match.group(3) or ""))
        position = match.end()
    if position < len(prompt):
        parts.append(ClozePart(prompt[position:]))
    return tuple(parts)


def gap_label(part: ClozePart) -> str:
    """How a gap is shown before it is answered, as Anki shows it."""
    return f"[{part.hint}]" if part.hint else "[...]"


def cloze_answers(prompt: str) -> tuple[str, ...]:
    return tuple(p.text for p in cloze_parts(prompt) if p.is_gap)


def cloze_with_blanks(prompt: str) -> str:
    return "".join(gap_label(p) if p.is_gap else p.text for p in cloze_parts(prompt))


def cloze_filled(prompt: str) -> str:
    return "".join(p.text for p in cloze_parts(prompt))

"""Cloze gaps as banks write them, in Anki syntax: `{{c1::answer}}` or `{{c1::answer::hint}}`."""

from __future__ import annotations

import re
from dataclasses import dataclass

GAP = re.compile(r"\{\{c(\d+)::(.*?)(?:::(.*?))?\}\}", re.DOTALL)


@dataclass(frozen=True)
class Gap:
    number: int  # the N of cN: gaps with the same number are hidden together
    answer: str
    hint: str
    start: int
    end: int


def cloze_gaps(prompt: str) -> tuple[Gap, ...]:
    return tuple(
        Gap(int(m.group(1)), m.group(2), m.group(3) or "", m.start(), m.end())
        for m in GAP.finditer(prompt)
    )


def gap_numbers(prompt: str) -> tuple[int, ...]:
    return tuple(sorted({gap.number for gap in cloze_gaps(prompt)}))


def fill_gaps(prompt: str, blank: str | None = None, number: int | None = None) -> str:
    """The prompt with gaps replaced: by `blank` and the gap's hint in brackets (all
    gaps, or only those numbered `number`), the others by their answers."""

    def replace(match: re.Match) -> str:
        hidden = blank is not None and (number is None or int(match.group(1)) == number)
        if not hidden:
            return match.group(2)
        return f"{blank} ({match.group(3)})" if match.group(3) else blank  # type: ignore[return-value]

    return GAP.sub(replace, prompt)

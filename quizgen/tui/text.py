"""Turning bank text into what the screen shows.

Question text is data: essays hold square brackets ("[s]o long as the state
exists") that Rich and Textual would read as markup. Everything from a bank goes on
screen as a `rich.text.Text`, built here, never as a markup string.
"""

from __future__ import annotations

from datetime import timedelta

from rich.text import Text

from quizgen.study.cloze import asked_gaps, cloze_parts, gap_label, is_blank
from quizgen.study.grading import Segment


def plain(text: str, style: str = "") -> Text:
    """`text` with `style` on its own span, so text appended later keeps its own style."""
    line = Text()
    line.append(text, style=style)
    return line


def labelled(label: str, value: str, value_style: str = "") -> Text:
    line = plain(f"{label} ", "bold")
    line.append(value, style=value_style)
    return line


def cloze_prompt(prompt: str, revealed: bool = False, answer: str | None = None) -> Text:
    """A cloze prompt with the asked gaps blank (`[...]` or `[hint]`) or filled in and
    marked; gaps the question does not ask about (given its `answer`) are filled in."""
    asked = asked_gaps(prompt, answer) if answer is not None else None
    text = Text()
    for part in cloze_parts(prompt):
        if not is_blank(part, asked):
            text.append(part.text)
        elif revealed:
            text.append(part.text, style="bold underline")
        else:
            text.append(gap_label(part), style="bold reverse")
    return text


def typed_difference(segments: tuple[Segment, ...]) -> Text:
    """The typed answer with extra characters struck through and missing ones added."""
    text = Text()
    for segment in segments:
        if segment.kind == "same":
            text.append(segment.text)
        elif segment.kind == "extra":
            text.append(segment.text, style="strike red")
        else:
            text.append(segment.text, style="bold underline green")
    return text


def describe_interval(interval: timedelta) -> str:
    seconds = max(0, interval.total_seconds())
    if seconds < 3600:
        minutes = max(1, round(seconds / 60))
        return f"{minutes} min"
    if seconds < 86400:
        return f"{round(seconds / 3600)} h"
    days = round(seconds / 86400)
    if days < 60:
        return f"{days} day" + ("s" if days != 1 else "")
    if days < 730:
        return f"{round(days / 30)} months"
    return f"{round(days / 365)} years"

"""Banks to Moodle's GIFT format.

Multiple choice (and any question with choices) becomes a GIFT multiple-choice
question, true/false a GIFT true/false, cloze a short answer with the gap in place
("missing word"), an ordering question a matching question, and everything else a
short answer listing the accepted alternatives. Each bank goes into its own
category. Question text is HTML (escaped here); GIFT's special characters
`~ = # { } :` and the backslash are escaped everywhere.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from quizgen.bank.cloze import GAP, gap_numbers
from quizgen.bank.model import Bank, Question

_SPECIAL = "\\~=#{}:"
#: Moodle refuses matching questions with fewer pairs.
MIN_MATCHING_PAIRS = 3


@dataclass(frozen=True)
class GiftExport:
    text: str
    questions: int
    skipped: tuple[str, ...]


def escape(text: str) -> str:
    """Text as GIFT reads it literally: special characters and line breaks escaped."""
    out = "".join("\\" + ch if ch in _SPECIAL else ch for ch in text)
    return out.replace("\r\n", "\n").replace("\n", "\\n")


def escape_html(text: str) -> str:
    return escape(html.escape(text, quote=False))


def gift_export(banks: list[Bank]) -> GiftExport:
    parts: list[str] = []
    skipped: list[str] = []
    count = 0
    for bank in banks:
        parts.append(f"// {_comment(bank.title)}\n$CATEGORY: quizgen/{_category(bank.title)}\n")
        for question in bank.questions:
            written = gift_questions(question)
            if not written:
                skipped.append(f"{bank.id}: question {question.id}: {_why_skipped(question)}")
            parts += written
            count += len(written)
    return GiftExport("\n".join(parts), count, tuple(skipped))


def gift_questions(question: Question) -> list[str]:
    """The question in GIFT (a cloze with several gap numbers gives one per number)."""
    title = f"::{escape(question.id)}::[html]"
    feedback = f"####{escape_html(question.explanation)}" if question.explanation else ""
    if question.type == "cloze":
        return [
            f"{title}{_missing_word(question, number, feedback)}\n"
            for number in gap_numbers(question.prompt)
        ]
    if question.type == "true_false":
        verdict = "TRUE" if question.answer == "true" else "FALSE"
        return [f"{title}{escape_html(question.prompt)}{{{verdict}{feedback}}}\n"]
    if question.type == "order":
        if len(question.choices) < MIN_MATCHING_PAIRS:
            return []
        pairs = "".join(f"\t={escape(item)} -> {n}\n" for n, item in enumerate(question.choices, 1))
        return [f"{title}{escape_html(question.prompt)}{{\n{pairs}{_feedback_line(feedback)}}}\n"]
    if question.choices and question.answer in question.choices:
        options = "".join(
            f"\t{'=' if choice == question.answer else '~'}{escape(choice)}\n"
            for choice in question.choices
        )
        return [f"{title}{escape_html(question.prompt)}{{\n{options}{_feedback_line(feedback)}}}\n"]
    answers = " ".join(f"={escape(a)}" for a in _accepted(question.answer, question.accept))
    return [f"{title}{escape_html(question.prompt)}{{{answers}{feedback}}}\n"]


def _missing_word(question: Question, number: int, feedback: str) -> str:
    """The cloze text with gap `number` as the answer box, its other gaps filled in."""
    parts = []
    position = 0
    placed = False
    for match in GAP.finditer(question.prompt):
        parts.append(escape_html(question.prompt[position : match.start()]))
        gap_answer = match.group(2)
        if int(match.group(1)) == number and not placed:
            alternatives = question.accept if gap_answer == question.answer else ()
            answers = " ".join(f"={escape(a)}" for a in _accepted(gap_answer, alternatives))
            hint = f" ({escape_html(match.group(3))})" if match.group(3) else ""
            parts.append(f"{{{answers}{feedback}}}{hint}")
            placed = True
        else:
            parts.append(escape_html(gap_answer) if int(match.group(1)) != number else "_____")
        position = match.end()
    parts.append(escape_html(question.prompt[position:]))
    return "".join(parts)


def _accepted(answer: str, accept: tuple[str, ...]) -> list[str]:
    seen: list[str] = []
    for text in (answer, *accept):
        if text.strip() and text not in seen:
            seen.append(text)
    return seen


def _feedback_line(feedback: str) -> str:
    return f"\t{feedback}\n" if feedback else ""


def _why_skipped(question: Question) -> str:
    if question.type == "order":
        return f"an ordering question needs at least {MIN_MATCHING_PAIRS} items for a Moodle matching question"
    return "cannot be written as GIFT"


def _comment(text: str) -> str:
    return " ".join(text.split())


def _category(title: str) -> str:
    # Moodle reads `/` as a level separator and `//` as a literal slash.
    return " ".join(title.split()).replace("/", "//")

"""Grading typed answers forgivingly, and showing where a typed answer differed.

A student who types "the october revolution" for "October Revolution", or
"Kronstad" for "Kronstadt", knows the answer; a student who types 1918 for 1917
does not. So case, punctuation, accents, articles and word order never count, small
spelling slips in words are forgiven, and digits must be exact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import OSA, Levenshtein

from quizgen.bank.model import Question
from quizgen.study.cloze import cloze_answers

ARTICLES = frozenset({"a", "an", "the"})
_THOUSANDS_SEPARATOR = re.compile(r"(?<=\d)[,.](?=\d{3}\b)")
_APOSTROPHES = re.compile(r"['\u2019\u2018`]")
_NOT_WORD = re.compile(r"[^\w]+|_")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class Segment:
    """A stretch of the typed answer compared with the expected one.

    `kind` is "same" (typed as expected), "extra" (typed but not in the answer) or
    "missing" (in the answer but not typed).
    """

    text: str
    kind: str


@dataclass(frozen=True)
class Grade:
    correct: bool
    typed: str
    #: The accepted form closest to what was typed: the answer or one of `accept`.
    expected: str
    #: Equal to `expected` once case, punctuation, accents and articles are set aside.
    exact: bool
    #: 0-100 similarity of the normalised forms.
    similarity: float
    differences: tuple[Segment, ...] = ()

    @property
    def forgiven_typo(self) -> bool:
        return self.correct and not self.exact


def expected_answer(question: Question) -> str:
    """What a typed answer is checked against (a cloze without `answer`: its gaps)."""
    if question.answer or question.type != "cloze":
        return question.answer
    return "; ".join(cloze_answers(question.prompt))


def normalise(text: str) -> str:
    """The form answers are compared in: no case, accents, punctuation or articles."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("&", " and ")
    text = _THOUSANDS_SEPARATOR.sub("", text)
    text = _APOSTROPHES.sub("", text)
    words = _NOT_WORD.sub(" ", text).split()
    return " ".join(w for w in words if w not in ARTICLES)


def allowed_typos(normalised_answer: str) -> int:
    """Edits forgiven in an answer of this length: none in short words, more in long ones."""
    length = len(normalised_answer.replace(" ", ""))
    if length <= 3:
        return 0
    if length <= 6:
        return 1
    if length <= 12:
        return 2
    return max(2, round(length * 0.15))


def grade_typed(typed: str, answer: str, accept: Iterable[str] = ()) -> Grade:
    """Grade `typed` against `answer` and its accepted alternatives."""
    candidates = [answer, *(a for a in accept if a.strip())]
    typed_norm = normalise(typed)
    best: Grade | None = None
    for candidate in candidates:
        grade = _grade_one(typed, typed_norm, candidate)
        if best is None or _better(grade, best):
            best = grade
    assert best is not None
    return best


def _grade_one(typed: str, typed_norm: str, expected: str) -> Grade:
    expected_norm = normalise(expected)
    exact = bool(typed_norm) and (
        typed_norm == expected_norm or sorted(typed_norm.split()) == sorted(expected_norm.split())
    )
    similarity = 100.0 if exact else _similarity(typed_norm, expected_norm)
    correct = exact or (
        bool(typed_norm)
        and _DIGITS.findall(typed_norm) == _DIGITS.findall(expected_norm)
        # Optimal string alignment: swapped neighbours ("lenni") count as one slip.
        and OSA.distance(typed_norm, expected_norm) <= allowed_typos(expected_norm)
    )
    return Grade(
        correct=correct,
        typed=typed,
        expected=expected,
        exact=exact,
        similarity=similarity,
        differences=() if exact else differences(typed.strip(), expected),
    )


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 100.0
    return round(Levenshtein.normalized_similarity(a, b) * 100, 1)


def _better(a: Grade, b: Grade) -> bool:
    return (a.correct, a.exact, a.similarity) > (b.correct, b.exact, b.similarity)


def differences(typed: str, expected: str) -> tuple[Segment, ...]:
    """Character-level comparison of `typed` with `expected`, ignoring case."""
    # Lists of single lowered characters keep indices aligned with the original
    # strings even where lowering a character would change the string's length.
    ops = Levenshtein.opcodes([c.lower() for c in typed], [c.lower() for c in expected])
    segments: list[Segment] = []
    for op in ops:
        typed_part = typed[op.src_start : op.src_end]
        expected_part = expected[op.dest_start : op.dest_end]
        if op.tag == "equal":
            segments.append(Segment(typed_part, "same"))
            continue
        if typed_part:
            segments.append(Segment(typed_part, "extra"))
        if expected_part:
            segments.append(Segment(expected_part, "missing"))
    return tuple(_merge(segments))


def _merge(segments: list[Segment]) -> list[Segment]:
    merged: list[Segment] = []
    for segment in segments:
        if merged and merged[-1].kind == segment.kind:
            merged[-1] = Segment(merged[-1].text + segment.text, segment.kind)
        else:
            merged.append(segment)
    return merged

"""Turning a source sentence into a question stem that reads well on its own.

A leading connective ("However,", "In sum,") is dropped, a leading "He"/"She" is replaced
by the one person the previous sentence names, and a long sentence is cut to the clause
that holds the answer. The source sentence itself is always kept exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.extract.statements import CONNECTIVE_START, DEPENDENT_START
from quizgen.nlp.annotate import AnnotatedSentence

MAX_STEM_WORDS = 40
_SUBJECT_PRONOUNS = {"he": "", "she": ""}
_POSSESSIVES = {"his", "her"}


@dataclass(frozen=True)
class Stem:
    """A window [start, end) of the sentence's characters, and what replaces a leading pronoun."""

    start: int
    end: int
    lead: str = ""  # replaces the characters from `start` to `lead_end`
    lead_end: int = 0


def plan_stem(sentence: AnnotatedSentence, answer: tuple[int, int] | None, referent: str = "") -> Stem | None:
    """Where the stem starts and ends, or None when no part of the sentence stands alone."""
    text = sentence.text
    start, end = 0, len(text)
    if _words(text) > MAX_STEM_WORDS:
        window = _clause_window(sentence, answer)
        if window is None:
            return None
        start, end = window
    match = CONNECTIVE_START.match(text[start:end])
    if match and match.end() < end - start:
        start += match.end()
    body = text[start:end]
    dependent = DEPENDENT_START.match(body)
    if dependent:
        word = dependent.group().lower()
        if referent and word in ("he", "she", "his", "her") and not (
            answer and sentence.tokens[answer[0]].start <= start
        ):
            lead = referent + ("’s" if word in _POSSESSIVES else "")
            return Stem(start, end, lead, start + len(dependent.group()))
        return None
    if _words(text[start:end]) > MAX_STEM_WORDS or _words(text[start:end]) < 6:
        return None
    return Stem(start, end)


def render(sentence: AnnotatedSentence, stem: Stem, span: tuple[int, int] | None, replacement: str) -> str:
    """The stem's text with token span `span` replaced (a gap, or a swapped term)."""
    text = sentence.text
    pieces = []
    pos = stem.start
    if stem.lead:
        pieces.append(stem.lead)
        pos = stem.lead_end
    if span is not None:
        a = sentence.tokens[span[0]].start
        b = sentence.tokens[span[1] - 1].end
        if a < pos or b > stem.end:
            return ""
        pieces += [text[pos:a], replacement]
        pos = b
    pieces.append(text[pos : stem.end])
    out = "".join(pieces).strip()
    out = _finish(out)
    if out.startswith("{{c1::"):
        return out[:6] + out[6:7].upper() + out[7:]
    return out[:1].upper() + out[1:]


def _finish(text: str) -> str:
    text = text.rstrip(" ,;:—–-")
    if text.endswith(("“", "‘")):
        text = text[:-1].rstrip()
    if not text.endswith((".", "?", "!", "”", "’", '"', ")")):
        text += "."
    return text


def _words(text: str) -> int:
    return len(re.findall(r"[\w’'-]+", text))


def _clause_window(sentence: AnnotatedSentence, answer: tuple[int, int] | None) -> tuple[int, int] | None:
    """The ';'-separated clause that holds the answer, if it is a sentence of its own."""
    if answer is None:
        return None
    tokens = sentence.tokens
    cuts = [i for i, t in enumerate(tokens) if t.text == ";"]
    if not cuts:
        return None
    bounds = [-1] + cuts + [len(tokens)]
    for left, right in zip(bounds, bounds[1:]):
        if left < answer[0] and answer[1] <= right:
            a, b = left + 1, right
            if b - a < 6:
                return None
            clause = tokens[a:b]
            if not any(t.tag.startswith("VB") for t in clause):
                return None
            if not (clause[0].is_capitalised or clause[0].tag in {"DT", "NNP", "NNPS", "PRP"}):
                return None
            end = tokens[b - 1].end if b == len(tokens) else tokens[b - 1].end
            return tokens[a].start, end
    return None


def referent(previous: AnnotatedSentence | None) -> str:
    """The single person the previous sentence names, for a stem opening with He or She."""
    if previous is None:
        return ""
    people = sorted({e.text for e in previous.entities if e.kind == "person"})
    # "Victor Serge" and "Serge" are the same person; prefer the full name.
    full = [p for p in people if not any(p != q and q.endswith(" " + p) for q in people)]
    full = [p for p in full if not any(p != q and p.endswith(" " + q) for q in full)] or full
    names = {p.split()[-1] for p in people}
    return full[0] if len(names) == 1 and len(full) >= 1 else ""

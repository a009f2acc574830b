"""Wrong options for multiple choice and false versions for true/false.

A distractor has the answer's kind (a year for a year, a person for a person) and a
similar form and length. It comes first from the same essay, then from WordNet (sister
terms), and numbers and dates are varied from the answer itself. It is never also
correct: not the answer in another form, not a synonym, part or whole of it, and not
something the source sentence itself states.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from quizgen.nlp.entities import MONTHS
from quizgen.nlp.lexicon import Lexicon

_DEBRIS = re.compile(r"[a-z]- [a-z]|\d[a-z]|[a-z]\d|[()\[\]“”\"]")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"'s\b")
_ALNUM = re.compile(r"[a-z0-9]+")
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)")
_KEEP_KIND = {"person", "organization", "place", "event", "work", "date", "number", "term", "name"}


def normal(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = _DETERMINER.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return " ".join(_ALNUM.findall(text))


#: Only the essay's most frequent terms of a kind are considered, which keeps the choice
#: cheap on a long essay and favours terms the student has met.
POOL_LIMIT = 80


@dataclass(frozen=True)
class _Entry:
    text: str
    norm: str
    words: frozenset[str]
    freq: int


@dataclass
class DistractorPool:
    """The essay's terms by kind, with how often each occurs."""

    by_kind: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    _entries: dict[str, list[_Entry]] = field(default_factory=dict, repr=False)
    _chosen: dict[tuple, list[str]] = field(default_factory=dict, repr=False)
    _ranking: dict[tuple[str, str], list[_Entry]] = field(default_factory=dict, repr=False)

    def add(self, text: str, kind: str) -> None:
        if kind in _KEEP_KIND and not _DEBRIS.search(text) and 1 <= len(text.split()) <= 6:
            self.by_kind[kind][text] += 1
            self._entries.pop(kind, None)
            self._chosen.clear()
            self._ranking.clear()

    def entries(self, kind: str) -> list[_Entry]:
        if kind not in self._entries:
            counts = self.by_kind.get(kind, Counter())
            top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:POOL_LIMIT]
            self._entries[kind] = [
                _Entry(text, normal(text), frozenset(normal(text).split()), freq) for text, freq in top
            ]
        return self._entries[kind]

    def choose(
        self, answer: str, kind: str, sentence: str, lexicon: Lexicon, count: int = 3
    ) -> list[str]:
        """Up to `count` distractors, best first; fewer when no safe ones exist."""
        key = (answer, kind, sentence, count)
        if key not in self._chosen:
            self._chosen[key] = self._choose(answer, kind, sentence, lexicon, count)
        return list(self._chosen[key])

    def _choose(self, answer: str, kind: str, sentence: str, lexicon: Lexicon, count: int) -> list[str]:
        if kind == "number":
            pool = self._ranked(answer, kind, sentence, lexicon, count)
            varied = [d for d in vary_number(answer) if _safe(d, answer, sentence, pool, lexicon, kind)]
            return (pool + varied)[:count]
        if kind == "date":
            pool = self._ranked(answer, kind, sentence, lexicon, count, same_shape=True)
            varied = [d for d in vary_date(answer) if _safe(d, answer, sentence, pool, lexicon, kind)]
            return (pool + varied)[:count]
        pool = self._ranked(answer, kind, sentence, lexicon, count)
        if len(pool) < count and kind == "term" and len(answer.split()) == 1:
            pool += [s for s in lexicon.sisters(answer) if _safe(s, answer, sentence, pool, lexicon, kind)]
        return pool[:count]

    def _ranked(
        self, answer: str, kind: str, sentence: str, lexicon: Lexicon, count: int, same_shape: bool = False
    ) -> list[str]:
        if (answer, kind) not in self._ranking:
            self._ranking[(answer, kind)] = sorted(
                self.entries(kind), key=lambda e: (-_form_similarity(e.text, answer), -min(e.freq, 5), e.text)
            )
        entries = self._ranking[(answer, kind)]
        chosen: list[str] = []
        taken: set[str] = set()
        for entry in entries:
            if len(chosen) >= count:
                break
            if same_shape and not _same_date_shape(entry.text, answer):
                continue
            if kind == "number" and _has_digit(entry.text) != _has_digit(answer):
                continue  # "three" beside "1,429" gives itself away
            if kind not in ("date", "number") and entry.words & taken:
                continue
            if _safe(entry.text, answer, sentence, chosen, lexicon, kind, entry.norm):
                chosen.append(_match_case(entry.text, answer))
                taken |= entry.words
        return chosen


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _form_similarity(text: str, answer: str) -> float:
    tw, aw = text.split(), answer.split()
    same_words = 1.0 if len(tw) == len(aw) else 0.5 if abs(len(tw) - len(aw)) == 1 else 0.0
    length = min(len(text), len(answer)) / max(len(text), len(answer), 1)
    caps = 1.0 if text[:1].isupper() == answer[:1].isupper() else 0.0
    det = 1.0 if bool(_DETERMINER.match(text)) == bool(_DETERMINER.match(answer)) else 0.0
    return 2 * same_words + length + caps + 0.5 * det


def _match_case(text: str, answer: str) -> str:
    if answer[:1].islower() and text[:1].isupper() and not text.split()[0].isupper():
        first = text.split()[0]
        if first.lower() in {"the", "a", "an"}:
            return first.lower() + text[len(first):]
    return text


def _overlaps(a: str, b: str) -> bool:
    wa, wb = set(normal(a).split()), set(normal(b).split())
    return bool(wa & wb) or not wa or not wb


def _safe(
    text: str, answer: str, sentence: str, chosen: Iterable[str], lexicon: Lexicon, kind: str = "",
    text_norm: str | None = None,
) -> bool:
    nt, na = text_norm if text_norm is not None else normal(text), normal(answer)
    if not nt or nt == na:
        return False
    if kind not in ("date", "number") and _overlaps(text, answer):
        return False
    if any(normal(c) == nt for c in chosen):
        return False
    sentence_words = {lexicon.lemma(w) for w in normal(sentence).split()}
    if all(lexicon.lemma(w) in sentence_words for w in nt.split()):
        return False  # the sentence states it too: it may be just as right
    if len(na.split()) == 1 and len(nt.split()) == 1 and nt in lexicon.related(na):
        return False
    if lexicon.lemma(nt) == lexicon.lemma(na):
        return False
    return True


def vary_number(answer: str) -> list[str]:
    match = _NUMBER.search(answer)
    if not match:
        return []
    raw = match.group(1)
    value = float(raw.replace(",", ""))
    percent = "%" in answer or "percent" in answer
    if percent:
        options = [value + d for d in (-20, 10, -10, 20, 30)]
        options = [v for v in options if 0 < v < 100]
    elif value < 10:
        options = [value + d for d in (1, 2, -1, 3, 4)]
    else:
        options = [value * f for f in (2, 0.5, 1.5, 3, 0.25)]
    out = []
    for v in options:
        if v <= 0 or v == value:
            continue
        text = _format_like(v, raw)
        out.append(answer[: match.start(1)] + text + answer[match.end(1) :])
    return out


def _format_like(value: float, raw: str) -> str:
    if "." in raw.replace(",", ""):
        return f"{value:.1f}"
    value = int(round(value))
    if value >= 1000:
        magnitude = 10 ** (len(str(value)) - 2)
        value = int(round(value / magnitude) * magnitude)
    return f"{value:,}" if "," in raw or value >= 10000 else str(value)


def vary_date(answer: str) -> list[str]:
    year = re.search(r"\b(1[0-9]|20)\d\d\b", answer)
    words = answer.split()
    month = next((w for w in words if w.lower().strip(",") in MONTHS), None)
    out = []
    if year:
        y = int(year.group())
        for d in (1, -1, 2, -2, 3, 4):
            out.append(answer[: year.start()] + str(y + d) + answer[year.end() :])
    elif month:
        names = list(MONTHS)
        i = names.index(month.lower().strip(","))
        for d in (1, -1, 2, -2, 3):
            other = names[(i + d) % 12].capitalize()
            out.append(answer.replace(month.strip(","), other, 1))
    return out


def _same_date_shape(text: str, answer: str) -> bool:
    def shape(s: str) -> str:
        s = re.sub(r"\b(1[0-9]|20)\d\d\b", "Y", s)
        s = re.sub(r"\b\d{1,2}\b", "D", s)
        s = re.sub(r"\b(" + "|".join(MONTHS) + r")\b", "M", s, flags=re.I)
        return s

    return shape(text) == shape(answer)

"""End-of-line hyphens: a typesetter's break ("strik-/ing") or part of the word ("commune-/state")?

The document is the first witness: if it writes the word elsewhere with the
hyphen, or elsewhere without it, that settles it. Otherwise the lexicon decides:
a joined form that is a word wins, two words joined by a hyphen stay hyphenated,
and the prefixes that keep their hyphen in English ("self-", "non-", "ex-")
keep it.
"""

from __future__ import annotations

import re
from collections import Counter

from quizgen.text.lexicon import Lexicon

HYPHEN_PREFIXES = frozenset("self non ex quasi semi anti pro post pre neo pan all half well".split())
_TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


class HyphenEvidence:
    """Spellings the document itself uses, counted once per document."""

    def __init__(self, text: str) -> None:
        # Only words inside lines: a hyphen at a line end is exactly what is in question.
        inner = re.sub(r"-\s*\n", " ", text)
        tokens = Counter(map(str.lower, _TOKEN.findall(inner)))
        self.hyphenated: Counter[str] = Counter({t: n for t, n in tokens.items() if "-" in t})
        self.solid: Counter[str] = Counter({t: n for t, n in tokens.items() if "-" not in t})


def join_hyphenated(left: str, right: str, lexicon: Lexicon, evidence: HyphenEvidence | None) -> str:
    """Join `left` (ending in '-') and `right` (the next line's start) into one word as the text means it."""
    stem = left[:-1]
    head_match = re.match(r"[A-Za-z]+", right)
    head = head_match.group(0) if head_match else ""
    if not stem or not stem[-1].isalpha() or not head:
        return left + right  # "343-4", "1917-18", "pre- and post-war": keep as printed
    if head.lower() in {"and", "or", "to"}:
        return left + " " + right  # a suspended hyphen: "pre- and post-war"
    if head[0].isupper():
        return left + right  # "anti-Bolshevik", "All-Russian"
    last_part = re.findall(r"[A-Za-z]+", stem)[-1]
    hyphenated = f"{last_part}-{head}".lower()
    solid = f"{last_part}{head}".lower()
    if evidence is not None:
        with_hyphen = evidence.hyphenated.get(hyphenated, 0)
        without = evidence.solid.get(solid, 0)
        if with_hyphen > without:
            return left + right
        if without > with_hyphen:
            return stem + right
    if last_part.lower() in HYPHEN_PREFIXES and lexicon.known(head):
        return left + right
    if lexicon.known(solid):
        return stem + right
    if lexicon.known(last_part) and lexicon.known(head) and len(last_part) >= 3 and len(head) >= 3:
        return left + right
    return stem + right

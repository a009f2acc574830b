"""Tokens with their character offsets, so any span can be cut from the sentence exactly."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Treebank-like pieces (the tagger was trained on them), but keeping offsets: possessive
# and contracted endings split off, numbers with their separators kept whole. The first
# rule takes most tokens, a plain word with nothing joined to it, exactly as the later
# rules would but without trying each of them first.
_TOKEN = re.compile(
    r"""
    (?![Cc]annot\b)(?:[A-Za-z]{2,}|[a-z]|[A-Z](?!\.))(?![\w'’‐‑/-])  # plain words
    | \d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?(?=\b|%|\W|$)     # 1917, 10,000, 3.5, 1920s, 25th
    | (?:[A-Z]\.){2,}                                   # U.S.  H.G.
    | [A-Z]\.(?=\s+[A-Z])                               # initials: T. Rigby
    | (?<=can)not\b                                     # can|not, as the tagger learned it
    | \b[Cc]an(?=not\b)
    | (?:n['’]t)(?=\W|$)                                # n't
    | ['’](?:s|re|ve|ll|d|m)(?=\W|$)                    # 's 're ...
    | \w+(?:[-‐‑]\w+)*?(?=n['’]t\b)                     # do in don't
    | \w+(?:[-‐‑/]\w+)*                                 # words, hyphenated compounds
    | \.\.\.|…|--|—|–
    | \S
    """,
    re.VERBOSE,
)


@dataclass(frozen=True)
class Token:
    text: str
    tag: str  # Penn Treebank part of speech
    start: int  # character offsets in the sentence text
    end: int
    # Read for nearly every token, often many times: set once on creation, which costs
    # less than a cached property's first read.
    lower: str = field(init=False, repr=False, compare=False)
    is_word: bool = field(init=False, repr=False, compare=False)  # has a letter

    def __post_init__(self) -> None:
        text = self.text
        object.__setattr__(self, "lower", text.lower())
        object.__setattr__(self, "is_word", text.isalpha() or any(c.isalpha() for c in text))

    @property
    def is_capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]


# The tagger learned Treebank quote tokens; curly quotes and dashes otherwise confuse it.
#: Penn tags of a finite verb: what makes a string of words a clause.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Units a figure or "later" measures time by: "three months", "two days later".
TIME_UNITS = frozenset("day days week weeks month months year years hour hours decade decades".split())
_TAGGER_FORM = {"“": "``", "”": "''", "‘": "`", "’": "'", '"': "''", "—": "--", "–": "--", "…": "..."}


def tagger_form(word: str) -> str:
    return _TAGGER_FORM.get(word, word.replace("’", "'"))

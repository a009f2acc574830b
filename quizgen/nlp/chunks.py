"""Noun-phrase chunks from part-of-speech tags (a small cascade, faster than a grammar parser)."""

from __future__ import annotations

from typing import Sequence

from quizgen.nlp.tokens import Token

_DETERMINERS = {"DT", "PRP$", "PDT"}
_MODIFIERS = {"JJ", "JJR", "JJS", "VBN", "VBG", "CD", "NN", "NNS", "NNP", "NNPS"}
_NOUNS = {"NN", "NNS", "NNP", "NNPS"}
# Adverbial idioms whose noun is no noun phrase: "in fact anarchists" must chunk as
# "anarchists", or the idiom's noun becomes part of an answer.
_ADVERBIAL_IDIOMS = frozenset(
    {
        ("in", "fact"), ("in", "turn"), ("in", "short"), ("in", "practice"), ("in", "theory"),
        ("in", "reality"), ("in", "effect"), ("in", "principle"), ("in", "part"),
        ("in", "general"), ("of", "course"), ("for", "example"), ("for", "instance"),
        ("at", "least"), ("at", "times"), ("in", "time"), ("by", "definition"),
    }
)


def base_noun_phrases(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Maximal runs of (determiner) modifiers ending in a noun: [start, end) token spans."""
    spans = []
    i, n = 0, len(tokens)
    while i < n:
        if _idiom_noun(tokens, i):
            i += 1
            continue
        start = i
        if tokens[i].tag in _DETERMINERS:
            i += 1
        j = i
        last_noun = -1
        while j < n and (tokens[j].tag in _MODIFIERS or _possessive_inside(tokens, j)):
            if tokens[j].tag in _NOUNS:
                last_noun = j
            j += 1
        if last_noun >= i:
            spans.append((start, last_noun + 1))
            i = last_noun + 1
        else:
            i = start + 1
    return spans


def _idiom_noun(tokens: Sequence[Token], i: int) -> bool:
    return i > 0 and (tokens[i - 1].lower, tokens[i].lower) in _ADVERBIAL_IDIOMS


def _possessive_inside(tokens: Sequence[Token], j: int) -> bool:
    return tokens[j].tag == "POS" and j + 1 < len(tokens) and tokens[j + 1].tag in _MODIFIERS


def noun_phrases(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Base noun phrases, plus each one joined to a following 'of' phrase
    ('dictatorship of the proletariat'), which is often the unit a teacher asks about."""
    base = base_noun_phrases(tokens)
    out = list(base)
    for (a, b), (c, d) in zip(base, base[1:]):
        if c == b + 1 and tokens[b].lower == "of":
            out.append((a, d))
    return sorted(set(out))

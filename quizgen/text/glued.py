"""Words run together by the extraction: "ofworkerswere", "inMoscow", "control.They", "21members".

A token is split only when it is no word itself and every piece is: a function
word, or a known word of four letters or more. Names survive because their
pieces are not all words ("Sokolnikov"), because a name-like capital follows a
name prefix ("McKay", "MacMillan"), or because a capitalised token is split only
after a function word ("Howwould") or a name the document uses on its own
("Moscowmunicipal").
"""

from __future__ import annotations

import re
from collections import Counter

from quizgen.text.document import Repair
from quizgen.text.lexicon import FUNCTION_WORDS, GLUE_WORDS, Lexicon

NAME_PREFIXES = frozenset("mc mac fitz de di da du le la van von der den des del della st".split())
_CAMEL = re.compile(r"\b([A-Za-z]*[a-z])([A-Z][a-z]+[A-Za-z]*)\b")
_PUNCT_GLUE = re.compile(r"(?<=[a-z%”’\"])([.!?,;:])(?=[A-Z][a-z])")
_DIGIT_GLUE = re.compile(r"\b(\d{1,3}(?:,\d{3})*)([a-z]{3,})\b")
# Words touching a bracket are editorial ("[a]bolishing", "organis[ing]") or foreign ("[mandat ...]").
_LOWER_TOKEN = re.compile(r"(?<![\[\]])\b[A-Za-z][a-z]{4,}\b(?![\[\]])")
_BRACKETED = re.compile(r"\[[^\]]*\]")
_UNIT_SUFFIXES = frozenset("st nd rd th s m km kg bn mn am pm".split())


def split_glued(text: str, lexicon: Lexicon, counts: Counter, repairs: list[Repair]) -> str:
    text = _split_punctuation(text, repairs)
    text = _split_camel(text, lexicon, repairs)
    text = _split_digits(text, lexicon, repairs)
    return _split_lower(text, lexicon, counts, repairs)


def _split_punctuation(text: str, repairs: list[Repair]) -> str:
    def fix(match: re.Match) -> str:
        start = max(0, match.start() - 12)
        before = text[start : match.end() + 8]
        repairs.append(Repair("glued_word", before, before.replace(match.group(1), match.group(1) + " ", 1)))
        return match.group(1) + " "

    return _PUNCT_GLUE.sub(fix, text)


def _split_camel(text: str, lexicon: Lexicon, repairs: list[Repair]) -> str:
    def fix(match: re.Match) -> str:
        left, right = match.group(1), match.group(2)
        token = match.group(0)
        if left.lower() in NAME_PREFIXES or len(left) < 2:
            return token
        left_ok = left.lower() in FUNCTION_WORDS or (len(left) >= 3 and lexicon.known(left))
        if not left_ok:
            return token
        repairs.append(Repair("glued_word", token, f"{left} {right}"))
        return f"{left} {right}"

    return _CAMEL.sub(fix, text)


def _split_digits(text: str, lexicon: Lexicon, repairs: list[Repair]) -> str:
    def fix(match: re.Match) -> str:
        number, word = match.group(1), match.group(2)
        if word in _UNIT_SUFFIXES or not lexicon.known(word):
            return match.group(0)
        repairs.append(Repair("glued_word", match.group(0), f"{number} {word}"))
        return f"{number} {word}"

    return _DIGIT_GLUE.sub(fix, text)


def _split_lower(text: str, lexicon: Lexicon, counts: Counter, repairs: list[Repair]) -> str:
    brackets = [(b.start(), b.end()) for b in _BRACKETED.finditer(text)] if "[" in text else []

    def fix(match: re.Match) -> str:
        token = match.group(0)
        lower = token.lower()
        if lexicon.known(lower):
            return token
        if any(start < match.start() < end for start, end in brackets):
            return token
        pieces = segment(lower, lexicon)
        if not pieces and token[0].isupper():
            pieces = _name_and_word(token, lexicon, counts)
        if not pieces:
            return token
        if token[0].isupper() and len(pieces) > 2 or token[0].isupper() and (
            (pieces[0] not in GLUE_WORDS or len(pieces[0]) < 3) and counts.get(pieces[0], 0) < 2
        ):
            return token  # a capitalised token that does not open with a function word is a name
        out = []
        position = 0
        for piece in pieces:
            out.append(token[position : position + len(piece)])
            position += len(piece)
        fixed = " ".join(out)
        repairs.append(Repair("glued_word", token, fixed))
        return fixed

    return _LOWER_TOKEN.sub(fix, text)


def _name_and_word(token: str, lexicon: Lexicon, counts: Counter) -> list[str] | None:
    """'Moscowmunicipal': a name the document uses on its own, run into a common word of 5+ letters."""
    lower = token.lower()
    for cut in range(3, len(lower) - 4):
        left, right = lower[:cut], lower[cut:]
        if counts.get(left, 0) >= 2 and lexicon.common(right) and not lexicon.known(lower):
            return [left, right]
    return None


def segment(token: str, lexicon: Lexicon) -> list[str] | None:
    """The fewest pieces (2 to 4) that are all function words or known words of 4+ letters."""
    n = len(token)
    best: list[list[str] | None] = [None] * (n + 1)
    best[0] = []
    for end in range(1, n + 1):
        for start in range(max(0, end - 18), end):
            if best[start] is None:
                continue
            piece = token[start:end]
            if piece in GLUE_WORDS and (len(piece) > 1 or start == 0) or (len(piece) >= 4 and lexicon.common(piece) or len(piece) >= 6 and lexicon.known(piece)):
                candidate = best[start] + [piece]
                if best[end] is None or len(candidate) < len(best[end]):
                    best[end] = candidate
    pieces = best[n]
    if pieces is None or not 2 <= len(pieces) <= 4 or len(pieces[-1]) == 1:
        return None
    return pieces

"""Sentence splitting with NLTK's Punkt (`punkt_tab`), taught the abbreviations essays use."""

from __future__ import annotations

import re
import string

from quizgen.text.document import Repair
from quizgen.text.lexicon import FUNCTION_WORDS

# Scholarly abbreviations Punkt's English model does not know, and every initial ("T. Rigby").
EXTRA_ABBREVIATIONS = frozenset(
    "p pp vol vols ed eds no nos cf ch chap sec art fig trans op cit ibid viz i.e e.g etc al approx ca "
    "c.f esp est dept govt univ pres rev gen col capt lt sgt st mt ft prof dr mr mrs ms jr sr vs".split()
) | frozenset(string.ascii_lowercase)

_LIST_MARKER = re.compile(r"^(?:\d{1,2}[.)]|\(\s*(?:\d{1,2}|[a-z]|[ivx]{1,4})\s*\)|[•*▪◦]|-)\s+(?=\S)")
_LOWER_AFTER_QUOTE = re.compile(r"^([“\"‘']?)([a-z])")


class SentenceSplitter:
    """Punkt's English parameters plus `EXTRA_ABBREVIATIONS`; build once, use for many texts."""

    def __init__(self) -> None:
        from nltk.tokenize.punkt import PunktTokenizer

        from quizgen.nltk_resources import ensure_nltk_data

        ensure_nltk_data("punkt_tab")
        self._punkt = PunktTokenizer("english")
        self._punkt._params.abbrev_types.update(EXTRA_ABBREVIATIONS)

    def split(self, text: str) -> list[str]:
        return [s.strip() for s in self._punkt.tokenize(text) if s.strip()]


def strip_list_marker(sentence: str, repairs: list[Repair]) -> str:
    match = _LIST_MARKER.match(sentence)
    if not match:
        return sentence
    repairs.append(Repair("list_marker", match.group(0).strip(), ""))
    return sentence[match.end():]


def capitalise_start(sentence: str, repairs: list[Repair]) -> str:
    """A quotation that opens a sentence mid-phrase gets its first letter in brackets: "[T]he"."""
    match = _LOWER_AFTER_QUOTE.match(sentence)
    if not match or not match.group(1):
        return sentence
    fixed = f"{match.group(1)}[{match.group(2).upper()}]{sentence[match.end():]}"
    repairs.append(Repair("capitalised", sentence[:30], fixed[:32]))
    return fixed


_INITIALS_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){1,3}$")


_CLOSING_HEAD = re.compile(r"^[”’\")\]]+[.!?…]*(?:\s+|$)")


def rejoin_false_splits(found: list[str]) -> list[str]:
    """Undo Punkt's splits inside a sentence: before a lower-case word ('What is to be Done? on how',
    '(in passing!) that'), after initials ('N.N. Sukhanov'), and inside a bracket; and give back the
    closing marks Punkt left at the head of the next sentence ('utilisation.' + '”). Such')."""
    out: list[str] = []
    for sentence in found:
        head = _CLOSING_HEAD.match(sentence)
        if out and head:
            out[-1] += head.group(0).rstrip()
            sentence = sentence[head.end():]
            if not sentence:
                continue
        if out and _continues_sentence(out[-1], sentence):
            out[-1] = f"{out[-1]} {sentence}"
        else:
            out.append(sentence)
    return out


def _continues_sentence(previous: str, sentence: str) -> bool:
    sentence = re.sub(r"^(?:\[…\]|\[\.\.\.\]|…)\s*", "", sentence)
    if sentence[:1].islower() or sentence[:1] == "(" and sentence[1:2].islower():
        return True
    if previous.count("(") > previous.count(")") and len(previous) < 600:
        return True
    first = sentence.split(" ", 1)[0].lower().strip("“”\"'‘’")
    return bool(_INITIALS_END.search(previous)) and first not in FUNCTION_WORDS


def quote_each_sentence(sentences: list[str], repairs: list[Repair]) -> list[str]:
    """A quotation running over several sentences: each sentence gets its own quotation marks, so a
    sentence read alone ("“The Revolution has been victorious.”") is balanced. Only curly double
    quotes are followed; straight quotes do not say which way they face."""
    out = []
    inside = False
    for sentence in sentences:
        fixed = sentence
        if inside and not sentence.startswith("“"):
            fixed = "“" + fixed
        for char in sentence:
            if char == "“":
                inside = True
            elif char == "”":
                inside = False
        if inside:
            fixed += "”"
        if fixed != sentence:
            repairs.append(Repair("quotation_marks", sentence[:40], fixed[:41]))
        out.append(fixed)
    return out

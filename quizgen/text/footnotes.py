"""Footnotes: note blocks turned into `Footnote`s, reference digits taken out of the body.

A reference is a number of one to three digits stuck to a word or to the
punctuation after it ("Revolution1", "fire?2", "Taibo,10", "democracy.”6"), or
standing alone between sentences when it is the label of a note the document
has ("disband.” 42 Nor ...").
"""

from __future__ import annotations

import re

from quizgen.text.document import Footnote, Repair
from quizgen.text.hyphenation import HyphenEvidence, join_hyphenated
from quizgen.text.layout import NOTE_MARKER, Line
from quizgen.text.lexicon import Lexicon

_ABBREVIATIONS_BEFORE_NUMBERS = frozenset("p pp no nos vol vols ch chap sec art fig n para op".split())
_ATTACHED = re.compile(r"(?<![\d.])\b([A-Za-z]*[a-z%])([.,;:?!\"'”’)\]]{0,4})(\d{1,3})(?![\d,.]\d)(?=[\s.,;:)\]”’\"]|$)")
_AFTER_NUMBER = re.compile(r"(?<=\d)([!?”’\")\]]{1,3})(\d{1,3})(?=\s|$)")
_LOOSE = re.compile(r"(?<=[.?!”’\"])\s(\d{1,3})(?=\s+[A-Z“\"])")


def parse_notes(lines: list[Line], lexicon: Lexicon, evidence: HyphenEvidence | None = None) -> list[Footnote]:
    """Split a page's note lines into notes; text before the first number continues the last note."""
    notes: list[list[str]] = []
    labels: list[str] = []
    for line in lines:
        if line.blank:
            continue
        marker = NOTE_MARKER.match(line.text)
        if marker:
            labels.append(marker.group(1))
            notes.append([line.text[marker.end():]])
        elif notes:
            notes[-1].append(line.text)
        else:
            labels.append("")
            notes.append([line.text])
    return [Footnote(label, _join(parts, lexicon, evidence)) for label, parts in zip(labels, notes)]


def merge_continuations(notes: list[Footnote], lexicon: Lexicon) -> list[Footnote]:
    """A note that runs over a page break comes back as an unlabelled piece: join it to its note.
    A number that does not go past the last note's ("1. Immediate transfer ...", inside note 7) is a
    list inside that note, not a note of its own."""
    merged: list[Footnote] = []
    for note in notes:
        if merged and not note.label:
            last = merged[-1]
            merged[-1] = Footnote(last.label, _join([last.text, note.text], lexicon, None))
        elif merged and _not_after(note.label, merged[-1].label):
            last = merged[-1]
            merged[-1] = Footnote(last.label, f"{last.text} {note.label}. {note.text}")
        else:
            merged.append(note)
    return merged


def _not_after(label: str, previous: str) -> bool:
    return label.isdigit() and previous.isdigit() and int(label) <= int(previous)


def _join(parts: list[str], lexicon: Lexicon, evidence: HyphenEvidence | None) -> str:
    text = ""
    for part in parts:
        if text.endswith("-") and " " in text:
            head, word = text.rsplit(" ", 1)
            text = f"{head} {join_hyphenated(word, part, lexicon, evidence)}"
        else:
            text = f"{text} {part}" if text else part
    return " ".join(text.split())


def remove_references(text: str, labels: set[str], repairs: list[Repair]) -> str:
    def attached(match: re.Match) -> str:
        word, punctuation, _ = match.groups()
        if word.lower() in _ABBREVIATIONS_BEFORE_NUMBERS and punctuation.startswith("."):
            return match.group(0)
        if not punctuation and len(word) < 3:
            return match.group(0)  # "B52", "G8": a name with a number
        kept = word + punctuation
        repairs.append(Repair("footnote_ref", match.group(0), kept))
        return kept

    text = _ATTACHED.sub(attached, text)

    def after_number(match: re.Match) -> str:
        # "in 1875!15": only a label the document has, since digits after digits are ambiguous.
        if match.group(2) not in labels:
            return match.group(0)
        repairs.append(Repair("footnote_ref", match.group(0), match.group(1)))
        return match.group(1)

    text = _AFTER_NUMBER.sub(after_number, text)

    def loose(match: re.Match) -> str:
        if match.group(1) not in labels:
            return match.group(0)
        repairs.append(Repair("footnote_ref", match.group(0).strip(), ""))
        return ""

    return _LOOSE.sub(loose, text)

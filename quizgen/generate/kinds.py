"""From a fact's kind to the bank's answer_kind."""

from __future__ import annotations

from quizgen.extract.facts import Fact

_ANSWER_KIND = {
    "person": "person",
    "organization": "organization",
    "place": "place",
    "date": "date",
    "number": "number",
    "event": "event",
    "work": "work",
    "term": "term",
    "name": "term",
}


def answer_kind(fact: Fact) -> str:
    return _ANSWER_KIND.get(fact.kind, "phrase")


#: Kinds with a pool of like things to draw distractors from.
#: A name of unknown kind has no like things to stand beside it.
CHOICE_KINDS = frozenset({"person", "organization", "place", "date", "number", "event", "work", "term"})

"""Concept facts: phrases an essay makes its own, not phrases that only describe."""

from __future__ import annotations

from essay import document_from_text
from quizgen.extract.facts import concept_spans, count_phrases
from quizgen.nlp.annotate import annotate_document


def concepts(tools, *sentences):
    doc = document_from_text([("", list(sentences))])
    annotated = annotate_document(doc, tools.lexicon, tools.tagger)
    counts = count_phrases(annotated)
    return {span.text.lower() for s in annotated for span in concept_spans(s, tools.lexicon, counts)}


ESSAY = (
    "The guild members wanted a real revolution in the harbour towns.",
    "Harbour syndicalism gave the dockers a large majority on every wharf.",
    "Under harbour syndicalism the dockers elected their own wardens.",
    "Critics said harbour syndicalism left the dockers without allies.",
    "Mortimer's conception of the guild was narrow.",
    "The length of the procedure tired the dockers.",
    "The dockers met on the loading bay before each shift.",
    "They called this arrangement “tide rule” in their pamphlets.",
)


def test_evaluative_and_generic_phrases_are_no_concepts(tools):
    found = concepts(tools, *ESSAY)
    for phrase in ("real revolution", "large majority", "mortimer's conception", "length of the procedure"):
        assert phrase not in found


def test_a_concrete_compound_said_once_is_no_concept(tools):
    assert "loading bay" not in concepts(tools, *ESSAY)


def test_recurring_and_quoted_terms_are_concepts(tools):
    found = concepts(tools, *ESSAY)
    assert "harbour syndicalism" in found
    assert "tide rule" in found


def test_a_generic_modifier_in_a_recurring_fixed_phrase_survives(tools):
    found = concepts(
        tools,
        "The council adopted the new deal for the river guilds.",
        "Under the new deal the river guilds kept their funds.",
        "Opponents of the new deal wanted the guilds dissolved.",
    )
    assert "new deal" in found

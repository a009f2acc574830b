"""Key statements and facts."""

from __future__ import annotations

from essay import document_from_text
from quizgen.extract.facts import count_phrases, find_facts
from quizgen.extract.statements import rank_statements, stands_alone
from quizgen.extract.usable import usable
from quizgen.nlp.annotate import annotate_document


def annotate(tools, *sentences):
    doc = document_from_text([("", list(sentences))])
    return annotate_document(doc, tools.lexicon, tools.tagger)


def facts_of(tools, sentence):
    [annotated] = annotate(tools, sentence)
    return find_facts(annotated, count_phrases([annotated]), tools.lexicon)


def test_sentences_that_lean_on_another_do_not_stand_alone():
    assert not stands_alone("This was the end of the canal age.")
    assert not stands_alone("However, they kept carrying coal.")
    assert stands_alone("However, the canals kept carrying coal.")
    assert stands_alone("The canals kept carrying coal.")


def test_central_thesis_outranks_an_aside(tools):
    sentences = [
        "The canals built the trade that the railways later inherited.",
        "The canals carried coal and the railways carried coal too.",
        "Canal trade grew and the railways took the canal trade.",
        "My cousin once saw a heron.",
        "In conclusion, the canals built the trade that the railways took.",
    ]
    annotated = annotate(tools, *sentences)
    ranked = rank_statements(annotated, tools.lexicon, [True] * len(annotated))
    scores = [s.score for s in ranked]
    assert scores[4] > scores[3]
    assert scores[0] > scores[3]
    assert "thesis" in ranked[4].cues


def test_definitions_by_copula_and_appositive(tools):
    facts = facts_of(tools, "The Cheka was the Bolsheviks’ secret police from 1917.")
    definitions = [f for f in facts if f.role == "definition"]
    assert definitions and definitions[0].text == "Cheka"
    assert definitions[0].detail.startswith("the Bolsheviks’ secret police")
    facts = facts_of(tools, "The navvies, the labourers who dug the canals, worked in gangs.")
    assert any(f.role == "definition" and f.text == "navvies" for f in facts)


def test_quotation_with_its_speaker(tools):
    facts = facts_of(tools, "Lenin wrote that “not a single great revolution has taken place without a civil war.”")
    quotes = [f for f in facts if f.role == "quote"]
    assert quotes and quotes[0].text == "Lenin"
    assert quotes[0].detail.startswith("not a single great revolution")


def test_no_quote_without_a_named_speaker(tools):
    facts = facts_of(tools, "Some said that “the revolution had failed in every town.”")
    assert not [f for f in facts if f.role == "quote"]


def test_layout_debris_makes_a_sentence_unusable(tools):
    broken = [
        "Now the workers were strik- ing against a socialist government.",
        "Thousands ofworkerswere on strike in the city of Astrakhan that year.",
        "The soldiers deserted the front in their thousands that spring.2",
        "Bolshevik Realism",
    ]
    fine = "The workers were striking against a socialist government in 1919."
    annotated = annotate(tools, *broken, fine)
    assert [usable(a, tools.lexicon) for a in annotated] == [False, False, False, False, True]


def test_an_editors_note_on_the_text_itself_is_no_sentence_to_ask_about(tools):
    from quizgen.extract.usable import usable

    sentences = [
        "The canals built the trade that the railways later inherited.",
        "Some revisions were made to the canal chapters which are not included here.",
        "References to the 1840 edition of the survey have been replaced with those from the 1850 reprint.",
    ]
    assert [usable(s, tools.lexicon) for s in annotate(tools, *sentences)] == [True, False, False]


def test_a_quotation_inside_a_quotation_is_asked_of_the_one_who_reports_it(tools):
    facts = facts_of(tools, "“Rennie quotes him as saying: ‘We shall finish the tunnel before the winter comes.’”")
    [quote] = [f for f in facts if f.role == "quote"]
    assert (quote.text, quote.relation) == ("Rennie", "quoted")
    assert quote.detail.startswith("We shall finish the tunnel")


def test_an_attribution_line_under_a_quotation_names_its_speaker():
    from quizgen.extract.facts import attribution_line, attribution_lines

    assert attribution_line("-Telford speaking at the Institution in 1820", {"Telford"}) == ("Telford", "said")
    assert attribution_line("-Canal shareholders at the meeting of 1820", {"Telford"}) is None
    assert attribution_line("-Thomas Telford Life Of An Engineer", {"Thomas Telford"}) == ("Thomas Telford", "wrote")
    # pages put back in order: the paragraph starting nearest above the line is the one it signs
    named = attribution_lines([1, 9, 5], [("citation", "-Telford, Memoirs", 7), ("layout", "-Telford", 3)], {"Telford"})
    assert named == {2: ("Telford", "wrote")}

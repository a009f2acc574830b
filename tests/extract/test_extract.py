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


def complements_of(tools, sentence):
    from quizgen.extract.facts import complements

    [annotated] = annotate(tools, sentence)
    return [f.text for f in complements(annotated, set())]


def test_complements_past_an_aside_a_particle_and_a_preposition(tools):
    found = complements_of(tools, "The mill owners kept the old charter, in effect, as a dead letter.")
    assert "as a dead letter" in found
    found = complements_of(tools, "In their scheme the new locks would be paid off by the merchants and the bankers.")
    assert "the merchants and the bankers" in found
    found = complements_of(tools, "The weavers’ chief demand was for shorter hours in the mills, which the owners refused.")
    assert "shorter hours in the mills" not in found  # "in" is no tail of the noun
    found = complements_of(tools, "The weavers’ chief demand was for higher wages for the apprentices, which the owners refused.")
    assert not any(f.startswith("higher wages") for f in found)  # "for ...": the phrase goes on
    found = complements_of(tools, "The weavers’ chief demand was for free access to the towpaths, which the owners refused.")
    assert "free access to the towpaths" in found
    found = complements_of(tools, "The tolls were set by committees of merchants, bankers and landowners.")
    assert not any(f.startswith("committees") for f in found)  # the first item of a list
    found = complements_of(tools, "The locks were the scene of quarrels between the boatmen and the keepers.")
    assert "the scene of quarrels" not in found
    found = complements_of(tools, "The cargo was unloaded by the boatmen’ own children.")
    assert "the boatmen" not in found
    found = complements_of(tools, "The old crews were replaced by newly hired keepers of the locks.")
    assert "hired keepers of the locks" not in found  # the adverb belongs to the phrase


def test_a_word_set_against_another_after_a_copula_is_an_answer(tools):
    found = complements_of(tools, "The owners’ interest in the canal was financial, not technical.")
    assert "financial" in found
    assert "financial" not in complements_of(tools, "The owners’ interest in the canal was financial.")


def test_a_complement_keeps_its_own_relative_clause_or_gives_way(tools):
    found = complements_of(tools, "The best crews on the canal were the small, family boats that carried their own cargo.")
    assert "the small, family boats" in found
    found = complements_of(tools, "The canal was the great work that made the town rich.")
    assert "the great work" not in found  # a noun only judged says little without its clause
    found = complements_of(tools, "The phrase “railway king” was a reference to the vast fortune the financier built up.")
    assert found == ["the vast fortune the financier built up"]
    found = complements_of(tools, "The term “canal mania” is a reference to the speculative frenzy the investors started in 1792.")
    assert "the speculative frenzy" not in found  # cut from the clause that says which frenzy
    found = complements_of(tools, "The surest sign of decline was the plain fact that, by 1850, the railways carried more coal.")
    assert "the plain fact" not in found  # "that" opens what the fact is, not a relative clause
    found = complements_of(tools, "In the valley there were a number of boatmen who owned their boats.")
    assert "a number of boatmen" not in found


def test_a_foreign_term_named_or_defined_is_a_fact(tools):
    facts = facts_of(tools, "Their favourite slogan, zemlya volya, promised land to the peasants.")
    assert any(f.text == "zemlya volya" for f in facts)
    facts = facts_of(tools, "Obshchina meant the village commune that shared out the fields, but few saw it survive.")
    meant = [f for f in facts if f.role == "definition" and f.text == "Obshchina"]
    assert meant and meant[0].detail == "the village commune that shared out the fields"
    sentences = annotate(tools, "Karl Kautsky wrote about the republic in 1892.", "Kautsky meant a republic with a strong executive.")
    named = find_facts(sentences[1], count_phrases(sentences), tools.lexicon)
    assert not any(f.role == "definition" for f in named)  # what a person meant, not a word
    facts = facts_of(tools, "Their favourite slogan, bread and land, promised much to the peasants.")
    assert not any(f.text == "bread and land" for f in facts)  # English words: no term to learn


def test_what_a_term_refers_to_is_its_definition(tools):
    facts = facts_of(tools, "The term “navvy” is a reference to the labourers the canal companies hired when, "
                            "in the boom years, they cut the new waterways.")
    [reference] = [f for f in facts if f.role == "reference"]
    assert reference.text == "navvy"
    assert reference.detail == "the labourers the canal companies hired"
    assert not [f for f in facts_of(tools, "The term of the lease was ninety-nine years from the opening.") if f.role == "reference"]


def test_a_sentence_whose_only_verbs_are_inside_a_quotation_is_not_usable(tools):
    from quizgen.extract.usable import usable

    sentences = [
        "The engineers talking of national canals and (to quote Telford) how a “few locks which would still "
        "remain for the company were not to be rebuilt, as had been claimed.”",
        "Telford explained that the “few locks which would still remain were not to be rebuilt.”",
    ]
    assert [usable(s, tools.lexicon) for s in annotate(tools, *sentences)] == [False, True]


def test_the_number_of_a_section_or_page_is_no_figure(tools):
    facts = facts_of(tools, "The requirement in section 4 to keep the towpath open is set out on page 23 of the 1793 act.")
    texts = {f.text for f in facts if f.kind in ("number", "date")}
    assert "4" not in texts and "23" not in texts
    assert "1793" in texts

"""Multiple-choice options of the answer's own sort, never also right, and entity kinds
read from what a text says about a name."""

from __future__ import annotations

import pytest

from quizgen.generate.distractors import DistractorPool
from quizgen.nlp.annotate import tag_sentence
from quizgen.nlp.entities import EntityKinds, find_entities, fine_kind


@pytest.fixture(scope="module")
def lexicon(tools):
    return tools.lexicon


def _pool(lexicon, entries, sentences=()):
    pool = DistractorPool()
    for text, kind in entries:
        pool.add(text, kind)
    pool.learn(sentences, lexicon)
    return pool


def _kinds(tools, *sentences):
    tagged = [tag_sentence(s, tools.tagger) for s in sentences]
    kinds = EntityKinds.from_sentences(tagged, tools.lexicon)
    return tagged, kinds


def test_fine_kinds_separate_doctrines_followers_and_bodies(lexicon):
    assert fine_kind("Marxism", "organization", lexicon) == "ideology:sg"
    assert fine_kind("Mensheviks", "organization", lexicon) == "group:pl"
    assert fine_kind("Central Committee", "organization", lexicon) == "body-council:sg"
    assert fine_kind("Council of Elders", "organization", lexicon) == "body-council:sg"
    assert fine_kind("Battle of the Marne", "event", lexicon) == "event-conflict:sg"
    assert fine_kind("Pat and Sam", "person", lexicon) == "person:list"


def test_body_options_are_bodies_and_never_doctrines_or_followers(lexicon):
    pool = _pool(lexicon, [
        ("Trotskyism", "organization"), ("Anarchists", "organization"), ("Central Committee", "organization"),
        ("Labour Party", "organization"), ("Workers Council", "organization"), ("Town Assembly", "organization"),
    ])
    options = pool.choose("Politburo", "organization", "The Politburo met in secret.", lexicon)
    assert options and set(options) <= {"Central Committee", "Labour Party", "Workers Council", "Town Assembly"}


def test_a_variant_of_the_answer_is_never_an_option(lexicon):
    pool = _pool(lexicon, [
        ("Bolshevism", "organization"), ("Mensheviks", "organization"), ("Jacobins", "organization"),
        ("Narodniks", "organization"), ("Communists", "organization"),
    ])
    options = pool.choose("Bolsheviks", "organization", "The Bolsheviks took power.", lexicon)
    assert "Bolshevism" not in options
    assert "Communists" not in options  # WordNet: every Bolshevik is a communist


def test_a_name_the_essay_gives_as_the_same_thing_is_never_an_option(lexicon):
    sentences = ["The Greens (the Ecologists) won the vote.", "The Tories lost many seats."]
    pool = _pool(lexicon, [("Ecologists", "organization"), ("Tories", "organization"),
                           ("Whigs", "organization"), ("Chartists", "organization")], sentences)
    options = pool.choose("Greens", "organization", "The Greens won the vote in the north.", lexicon)
    assert "Ecologists" not in options


def test_a_year_the_essay_ties_to_the_same_event_is_never_an_option(lexicon):
    sentences = [
        "Strikes at the Ribble mill sparked the great revolt of 1842.",
        "Strikes at the Ribble mill also sparked the great revolt of 1848.",
    ]
    pool = _pool(lexicon, [("1842", "date"), ("1848", "date"), ("1845", "date"), ("1839", "date")], sentences)
    options = pool.choose("1842", "date", sentences[0], lexicon)
    assert "1848" not in options and len(options) == 3


def test_adverbs_and_lists_get_no_options(lexicon):
    pool = _pool(lexicon, [("anarchism", "term"), ("socialism", "term"), ("democracy", "term")])
    assert pool.choose("overnight", "term", "It changed overnight.", lexicon) == []
    assert pool.choose("Pat and Sam", "person", "Pat and Sam wrote it.", lexicon) == []


def test_plural_answer_gets_plural_options(lexicon):
    pool = _pool(lexicon, [("Jacobins", "organization"), ("Girondins", "organization"),
                           ("Chartists", "organization"), ("Town Assembly", "organization")])
    options = pool.choose("Levellers", "organization", "The Levellers marched.", lexicon)
    assert "Town Assembly" not in options


def test_percentages_get_percentages_of_like_size(lexicon):
    pool = _pool(lexicon, [("6,000", "number"), ("40%", "number"), ("55%", "number")])
    options = pool.choose("30%", "number", "Some 30% of the mills closed.", lexicon)
    assert len(options) == 3 and all("%" in o for o in options)


def test_person_from_an_appositive_and_body_from_its_bracketed_alias(tools):
    tagged, kinds = _kinds(
        tools,
        "Their commander, Vorontsky, surrendered the fort.",
        "The Supreme Council of the National Economy (the Vesenkha) ran the mills.",
    )
    assert kinds.kind("Vorontsky") == "person"
    assert kinds.kind("Vesenkha") == "organization"


def test_proper_noun_with_a_body_head_is_one_name(tools):
    tagged, kinds = _kinds(tools, "The strikes at the Harkov factory were long.", "The Kronstadt uprising was crushed.")
    found = {tagged[0][a].text: kind for a, b, kind in find_entities(tagged[0], kinds, tools.lexicon)}
    assert found.get("Harkov") == "place"
    second = {tagged[1][a].text: kind for a, b, kind in find_entities(tagged[1], kinds, tools.lexicon)}
    assert second.get("Kronstadt") == "event"


def test_doctrines_are_terms_and_members_are_not_individuals(tools):
    tagged, kinds = _kinds(
        tools,
        "Many workers turned to Syndicalism after the war.",
        "The Marxist wrote a long reply.",
    )
    assert kinds.kind("Syndicalism") == "term"
    assert kinds.kind("Marxist") != "person"


def test_names_listed_with_a_person_are_people(tools):
    tagged, kinds = _kinds(
        tools,
        "General Vorontsky and Barsukov led the march.",
        "Barsukov fled north.",
    )
    assert kinds.kind("Barsukov") == "person"


def test_titles_and_colours_get_no_person_options(lexicon):
    pool = _pool(lexicon, [("Lenin", "person"), ("Trotsky", "person"), ("Stalin", "person")])
    assert pool.choose("Tsar", "person", "The Tsar fled.", lexicon) == []
    assert pool.choose("White", "person", "The White fled.", lexicon) == []
    assert fine_kind("State", "place", lexicon) == ""
    assert fine_kind("Siberia", "place", lexicon) == "place-region:sg"


def test_an_army_is_offered_beside_armies_not_parties(lexicon):
    assert fine_kind("Green Army", "organization", lexicon) == "body-armed:sg"
    assert fine_kind("Labour Party", "organization", lexicon) == "body-party:sg"
    assert fine_kind("NEP", "organization", lexicon) == ""


def test_a_capitalised_common_noun_is_no_option(lexicon):
    sentences = ["The Congress met.", "Each congress of the union was long."]
    pool = _pool(lexicon, [("Congress", "organization"), ("Town Council", "organization"),
                           ("Dock Assembly", "organization"), ("Central Committee", "organization"),
                           ("Workers Council", "organization")], sentences)
    options = pool.choose("Politburo", "organization", "The Politburo met.", lexicon)
    assert "Congress" not in options and len(options) == 3


def test_towns_named_after_cities_of_and_quoted_bodies(tools):
    tagged, kinds = _kinds(tools, "Strikes spread to the cities of Kerlov and Vansk.", "They feared the “Supreme Soviet” most.")
    assert kinds.kind("Kerlov") == "place"
    quoted = [kind for a, b, kind in find_entities(tagged[1], kinds, tools.lexicon)]
    assert quoted == ["organization"]


def test_countries_beside_countries_and_towns_beside_towns(lexicon):
    assert fine_kind("Poland", "place", lexicon) == "place-country:sg"
    assert fine_kind("Odessa", "place", lexicon) == "place-town:sg"
    assert fine_kind("Moscow", "place", lexicon) == "place-town:sg"
    assert fine_kind("Kerlovsk", "place", lexicon) == "place-town:sg"


def test_a_body_named_by_common_nouns_is_offered_beside_bodies(lexicon):
    assert fine_kind("white army", "term", lexicon) == fine_kind("provisional government", "term", lexicon)
    assert fine_kind("white army", "term", lexicon) != fine_kind("working class", "term", lexicon)


def test_a_bare_possessive_asks_for_options_ending_in_s(lexicon):
    pool = _pool(lexicon, [("Marx", "person"), ("Bakunin", "person"), ("Jaures", "person"),
                           ("Lassalle", "person"), ("Descartes", "person"), ("Hobbes", "person")])
    options = pool.choose("Engels", "person", "It was Engels’ own idea.", lexicon)
    assert len(options) == 3 and all(o.endswith("s") for o in options)


def test_a_name_written_with_the_is_no_person(tools):
    tagged, kinds = _kinds(tools, "The Okhrana’s methods were feared.", "Many fled from the Okhrana.")
    assert kinds.kind("Okhrana") != "person"


def test_a_lone_comma_does_not_make_names_alike(tools):
    tagged, kinds = _kinds(tools, "For fear of the Okhrana, Vorontsky said nothing.", "Vorontsky said so.")
    assert kinds.kind("Okhrana") != "person"

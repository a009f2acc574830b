"""Options of the answer's sort and form, read from what the essay says about each name;
true/false statements only about facts."""

from __future__ import annotations

import pytest

from quizgen.generate import forms
from quizgen.generate.distractors import DistractorPool
from quizgen.generate.roles import NameRoles
from quizgen.generate.true_false import is_opinion

ESSAY = [
    "General Harlow led the northern column in 1862, and Admiral Pike held the coast.",
    "Colonel Dunmore and Baron Vasko crossed the river a week later.",
    "General Harlow was beaten at the ford in 1863.",
    "According to Brenner, the ford was lost through poor scouting.",
    "Okafor argues that the defeat was inevitable.",
    "Lindqvist’s study of the campaign found that supplies ran short.",
    "As Mbeki has explained, the coast was never secure.",
    "Castell, the rebel leader, rode south with Torvald and Ames.",
    "Torvald seized the arsenal in 1862, and Ames burned the bridges.",
    "Castell and his son, Tobin, escaped to the hills in 1864.",
    "Marlow proclaimed the new republic in 1863.",
]


@pytest.fixture(scope="module")
def lexicon(tools):
    return tools.lexicon


def _pool(lexicon, names, sentences=ESSAY):
    pool = DistractorPool()
    for text, kind in names:
        pool.add(text, kind)
    pool.learn(sentences, lexicon)
    return pool


PEOPLE = [
    ("General Harlow", "person"), ("Admiral Pike", "person"), ("Colonel Dunmore", "person"),
    ("Baron Vasko", "person"), ("Brenner", "person"), ("Okafor", "person"), ("Lindqvist", "person"),
    ("Mbeki", "person"), ("Castell", "person"), ("Torvald", "person"), ("Ames", "person"),
    ("Tobin", "person"), ("Marlow", "person"), ("Harlow", "person"),
]


def test_roles_read_from_ranks_citations_and_relatives():
    roles = NameRoles(ESSAY)
    assert roles.role("Harlow") == "rank"
    assert {roles.role(n) for n in ("Brenner", "Okafor", "Lindqvist", "Mbeki")} == {"scholar"}
    assert roles.role("Tobin") == "kin"
    assert roles.role("Torvald") == ""


def test_a_commander_is_offered_beside_commanders_in_the_same_form(lexicon):
    pool = _pool(lexicon, PEOPLE)
    options = pool.choose("General Harlow", "person", "General Harlow led the charge.", lexicon)
    assert sorted(options) == ["Admiral Pike", "Baron Vasko", "Colonel Dunmore"]


def test_a_cited_scholar_is_offered_beside_scholars_only(lexicon):
    pool = _pool(lexicon, PEOPLE)
    options = pool.choose("Brenner", "person", "According to Brenner, the ford was lost.", lexicon)
    assert sorted(options) == ["Lindqvist", "Mbeki", "Okafor"]


def test_an_actor_is_never_offered_a_scholar_a_general_or_a_relative(lexicon):
    pool = _pool(lexicon, PEOPLE)
    options = pool.choose("Torvald", "person", "Torvald seized the arsenal in 1862.", lexicon)
    assert options and set(options) <= {"Castell", "Ames", "Marlow"}


def test_too_few_of_the_sort_gives_no_options(lexicon):
    pool = _pool(lexicon, PEOPLE)
    assert pool.choose("Tobin", "person", "Castell and his son, Tobin, escaped.", lexicon) == []


def test_names_with_a_description_or_glued_to_another_name_are_no_options(lexicon):
    pool = _pool(lexicon, PEOPLE + [("Chartist Walter Gray", "person"), ("Torvald Ames", "person")])
    options = pool.choose("Castell", "person", "Castell rode south.", lexicon)
    assert "Chartist Walter Gray" not in options and "Torvald Ames" not in options
    assert pool.choose("Chartist Walter Gray", "person", "Chartist Walter Gray spoke.", lexicon) == []


def test_group_names_by_colour_family_and_doctrine_are_apart(lexicon):
    assert forms.group_sort("Greens", lexicon) == "side"
    assert forms.group_sort("the Webbs", lexicon) == "family"
    assert forms.group_sort("Marxists", lexicon) == "followers"
    assert forms.group_sort("Jacobins", lexicon) == "group"
    pool = _pool(lexicon, [("Greens", "organization"), ("Webbs", "organization"), ("Jacobins", "organization"),
                           ("Girondins", "organization"), ("Chartists", "organization"), ("Levellers", "organization")])
    options = pool.choose("Cordeliers", "organization", "The Cordeliers met nightly.", lexicon)
    assert "Greens" not in options and "Webbs" not in options


def test_term_options_share_the_answers_article_length_and_shape(lexicon):
    pool = _pool(lexicon, [("grain tax", "term"), ("bank loan", "term"), ("church tithe", "term"),
                           ("the tithe", "term"), ("rent", "term"), ("mill rent arrears", "term")])
    options = pool.choose("water rent", "term", "The farmers refused to pay the water rent.", lexicon)
    assert set(options) == {"grain tax", "bank loan", "church tithe"}
    assert pool.choose("as a package", "term", "They sold it as a package.", lexicon) == []
    assert pool.choose("introduce tithes", "term", "They chose to introduce tithes.", lexicon) == []


def test_the_article_before_the_gap_decides_vowel_or_consonant(lexicon):
    assert forms.fits_article_before("open ballot", "an")
    assert not forms.fits_article_before("secret ballot", "an")
    assert forms.fits_article_before("union vote", "a")


def test_an_event_dated_elsewhere_cannot_stand_in_a_dated_sentence(lexicon):
    sentences = ["The Salt March began in 1930.", "The Dock Strike broke out in 1889.",
                 "The Bread Riots spread in 1931.", "The Rail Strike followed in 1932."]
    pool = _pool(lexicon, [("Salt March", "event"), ("Dock Strike", "event"), ("Bread Riots", "event"),
                           ("Rail Strike", "event")], sentences)
    swaps = pool.choose("Salt March", "event", "Thousands joined the Salt March in 1930.", lexicon, count=3)
    assert "Dock Strike" not in swaps


def test_opinions_are_no_statements_of_fact():
    assert is_opinion("The reform was perhaps the boldest of its day.")
    assert is_opinion("The treaty may have saved the city.")
    assert is_opinion("The blockade would have failed without the navy.")
    assert is_opinion("In my view the council acted too late.")
    assert is_opinion("A bloated council was inevitable given the simplistic formulas of the guild.")
    assert is_opinion("Without a dose of realism, the weavers might well topple another council.")
    assert not is_opinion("The council voted to close the mills in 1846.")
    assert not is_opinion("She wrote that “perhaps the city will fall.”")


def test_in_a_dated_sentence_people_come_from_that_time(lexicon):
    sentences = ESSAY + ["Holm wrote the first charter of the guild in 1790.", "Vance led the guild for years."]
    pool = _pool(lexicon, PEOPLE + [("Holm", "person"), ("Vance", "person")], sentences)
    options = pool.choose("Torvald", "person", "In 1862 Torvald seized the arsenal.", lexicon)
    assert "Holm" not in options and "Vance" not in options  # of another time, of no known time
    assert "Castell" in options or "Ames" in options


def test_a_possessive_phrase_stands_beside_definite_phrases_only():
    assert forms.article("Russia’s Civil War") == forms.article("the Kronstadt uprising") == "definite"
    assert forms.article("Kronstadt uprising") == ""
    assert forms.article("an uprising") == forms.article("a war") == "indefinite"


def test_a_gap_inside_a_name_gets_no_options(lexicon):
    pool = _pool(lexicon, [("Albans", "place"), ("Ives", "place"), ("Helens", "place"), ("Neots", "place"),
                           ("Harwick", "place"), ("Dunmore", "place"), ("Ferris", "place"), ("Oldham", "place")])
    assert pool.choose("Albans", "place", "The abbey at St. Albans burned down.", lexicon) == []
    assert pool.choose("Harwick", "place", "The abbey at Harwick burned down.", lexicon)
    assert not forms.name_goes_on("Strikes spread to Petrograd, ")
    assert not forms.name_goes_on("Strikes spread through Russia’s ")
    assert forms.name_goes_on("General ")


def test_a_region_is_not_offered_beside_islands_rivers_and_continents(lexicon):
    assert forms.place_class("Martinique", lexicon) == "island"
    assert forms.place_class("Neva River", lexicon) == "river"
    assert forms.place_class("Europe", lexicon) == "continent"
    assert not forms.same_place_class("Europe", "Siberia", lexicon)
    assert forms.same_place_class("Kerlovsk", "Siberia", lexicon)  # unknown to WordNet: no evidence against


@pytest.mark.parametrize(("answer", "other", "alike"), [
    ("federalism", "anarchism", True),
    ("individualist", "reformist", True),
    ("trade union", "peasant union", True),
    ("postal service", "civil war", False),
    ("capitalism", "civil war", False),
    ("socialism", "reformist", False),
    ("committed Marxist", "proletarian socialist", False),
    ("water rent", "grain tax", True),
])
def test_term_options_come_from_one_family(lexicon, answer, other, alike):
    from quizgen.generate.distractors import same_family

    assert same_family(answer, other, lexicon) is alike


def test_a_doctrine_short_of_options_in_the_essay_takes_wordnets(lexicon):
    pool = _pool(lexicon, [("anarchism", "term")])
    options = pool.choose("anarchism", "term", "The peasants of the south turned to anarchism in 1918.", lexicon)
    assert len(options) == 3 and all(o.endswith("ism") for o in options)

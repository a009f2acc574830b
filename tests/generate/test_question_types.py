"""Each question type on an essay written for the test, including the hard cases."""

from __future__ import annotations

import re

import pytest

from essay import document_from_text
from quizgen.bank.model import QUESTION_TYPES
from quizgen.generate.builder import Settings, build_bank, candidates, essay_context
from quizgen.generate.distractors import normal

GAP = re.compile(r"\{\{c1::(.*?)\}\}")


@pytest.fixture(scope="module")
def bank(tools):
    return build_bank(document_from_text(), tools, Settings(density=5))


@pytest.fixture(scope="module")
def pool(tools):
    ctx = essay_context(document_from_text(), tools)
    return [draft for draft, _ in candidates(ctx)]


def stem_of(question) -> str:
    return GAP.sub("_____", question.prompt)


def test_every_bank_mixes_types(bank):
    types = {q.type for q in bank.questions}
    assert {"cloze", "multiple_choice", "true_false"} <= types
    assert types <= set(QUESTION_TYPES)


def test_cloze_gap_is_the_answer_and_the_rest_is_the_sentence(bank):
    clozes = [q for q in bank.questions if q.type == "cloze"]
    assert clozes
    for q in clozes:
        assert GAP.findall(q.prompt) == [q.answer]
        assert q.answer in q.source.sentence
        assert normal(q.answer) not in normal(stem_of(q))


def test_multiple_choice_has_four_distinct_options_of_the_answers_kind(bank):
    questions = [q for q in bank.questions if q.type == "multiple_choice"]
    assert questions
    for q in questions:
        assert len(q.choices) == 4 and q.answer in q.choices
        assert len({normal(c) for c in q.choices}) == 4
        for choice in q.choices:
            if choice != q.answer:
                assert normal(choice) not in normal(q.source.sentence)
        if q.answer_kind == "date" and re.fullmatch(r"\d{4}", q.answer):
            assert all(re.fullmatch(r"\d{4}", c) for c in q.choices)


def test_year_distractors_are_years_and_never_the_answer(tools):
    from quizgen.generate.distractors import DistractorPool

    pool = DistractorPool()
    for year in ("1805", "1793", "1840", "1850"):
        pool.add(year, "date")
    chosen = pool.choose("1805", "date", "The canal opened in 1805.", tools.lexicon)
    assert len(chosen) == 3 and "1805" not in chosen
    assert all(re.fullmatch(r"1[78]\d\d", c) for c in chosen)


def test_distractors_are_never_synonyms_or_parts_of_the_answer(tools):
    from quizgen.generate.distractors import DistractorPool

    pool = DistractorPool()
    for term in ("automobile", "motorcar", "bicycle", "wheel", "train", "ship"):
        pool.add(term, "term")
    chosen = pool.choose("car", "term", "He drove a car.", tools.lexicon, count=5)
    assert "automobile" not in chosen and "motorcar" not in chosen


def test_number_distractors_keep_the_answers_form(tools):
    from quizgen.generate.distractors import DistractorPool

    chosen = DistractorPool().choose("350,000", "number", "They raised 350,000 pounds.", tools.lexicon)
    assert len(chosen) == 3
    assert all(re.fullmatch(r"\d{1,3}(,\d{3})+", c) for c in chosen)
    assert "350,000" not in chosen


def test_true_false_false_versions_explain_the_true_statement(pool):
    statements = [d for d in pool if d.type == "true_false"]
    assert {d.answer for d in statements} <= {"true", "false"}
    for d in statements:
        if d.answer == "false":
            assert d.prompt not in d.explanation
            assert d.explanation.startswith("False. The essay says:")
        else:
            assert d.explanation == d.prompt


def test_quote_attribution_names_the_speaker(pool):
    quotes = [d for d in pool if d.type == "quote"]
    assert quotes
    q = quotes[0]
    assert q.prompt.startswith("Who wrote: “a canal is a road")
    assert q.answer == "Telford"


def test_term_question_from_an_appositive_definition(pool):
    terms = {d.answer: d.prompt for d in pool if d.type == "term"}
    assert any("labourers who dug the canals by hand" in prompt for prompt in terms.values())


def test_term_question_from_a_name_given_in_quotes(pool):
    terms = {d.answer: d.prompt for d in pool if d.type == "term"}
    assert terms.get("Joey boats") == "What were the narrow boats that carried coal to London known as?"


def test_no_stem_leans_on_an_unresolved_pronoun(pool):
    for d in pool:
        assert not re.match(r"(?:This|These|They|It|Such)\b", d.stem), d.stem
        assert "This was the end" not in d.prompt


def test_leading_he_is_replaced_by_the_person_just_named(pool):
    aqueduct = [d for d in pool if "Pontcysyllte" in d.sentence.text and d.type == "cloze"]
    assert aqueduct
    assert all(d.prompt.startswith("Thomas Telford built") for d in aqueduct)


def test_leading_connective_is_dropped(pool):
    coal = [d for d in pool if d.sentence.text.startswith("However,") and d.type == "cloze"]
    for d in coal:
        assert d.prompt.startswith("The canals kept")


def test_gap_is_never_a_stop_word_or_trivial_word(pool, tools):
    for d in pool:
        if d.type in ("cloze", "multiple_choice", "wh"):
            words = re.findall(r"[A-Za-z0-9]+", d.answer)
            assert not all(tools.lexicon.is_trivial(w) for w in words)


def test_answer_not_given_away_when_it_occurs_twice(tools):
    sections = [("", ["The Grand Junction Canal Company built the Grand Junction Canal between 1793 and 1805."])]
    ctx = essay_context(document_from_text(sections), tools)
    for draft, _ in candidates(ctx):
        if draft.type != "true_false":
            assert normal(draft.answer) not in normal(draft.stem) or draft.answer == ""


def test_stems_stay_short(pool):
    for d in pool:
        assert len(re.findall(r"[\w’'-]+", d.stem)) <= 42


def test_bank_orders_best_first(bank):
    scores = [q.score for q in bank.questions]
    assert scores == sorted(scores, reverse=True)


def test_a_term_question_asks_what_the_essays_word_refers_to(tools):
    from quizgen.generate.builder import candidates, essay_context

    essay = [("Canals", [
        "The canal companies raised their capital from merchants in the market towns.",
        "The term “navvy” is a reference to the labourers the canal companies hired when, in the boom "
        "years, they cut the new waterways.",
    ])]
    asked = {d.prompt: d.answer for d, _ in candidates(essay_context(document_from_text(essay), tools)) if d.type == "term"}
    assert asked.get("What does the term “navvy” refer to?") == "the labourers the canal companies hired"

"""Stems that stand alone: no pointer to a sentence the student cannot see, no writer's
'we', no unattributed quotation; a pointer that can be resolved is replaced by its name."""

from __future__ import annotations

import re

import pytest

from essay import document_from_text
from quizgen.extract.statements import unresolved_references
from quizgen.generate.builder import candidates, essay_context
from quizgen.nlp.annotate import tag_sentence

GAP = re.compile(r"\{\{c\d+::(.*?)\}\}")


def refs(tagger, text: str, people=(), back=()) -> list[str]:
    words = [(t.text, t.tag) for t in tag_sentence(text, tagger)]
    return unresolved_references(words, set(people), set(back))


@pytest.mark.parametrize(
    "text",
    [
        "In his view, the canal companies were too slow to adopt steam.",
        "The engineers agreed that these claims were exaggerated.",
        "We concentrate here on the northern canals and their trade.",
        "The first is that the railway was faster than any barge.",
        "The latter possibility was never tested by the canal owners.",
        "By 1850 the railway had bought most of them.",
        "At that moment the company could not pay its engineers.",
        "Let’s turn to the northern canals and their trade.",
        "Suffice to say, from the spring of 1790 both were a regular feature of life on the canal.",
    ],
)
def test_a_pointer_to_an_earlier_sentence_is_found(tools, text):
    assert refs(tools.tagger, text)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Thomas Telford said that his aqueduct would last for centuries.", {"thomas", "telford"}),
        ("In his memoirs, Telford described the building of the aqueduct.", {"telford"}),
        ("From the moment they arrived, the navvies worked in gangs of twenty men.", set()),
        ("The boatmen complained that “we are ruined by the railway.”", set()),
        ("The railway took the trade, and this ruined the small canal companies.", set()),
        ("Those who owned the canals sold them to the railway companies.", set()),
        ("The company widened the locks so that larger boats could pass.", set()),
    ],
)
def test_a_pointer_resolved_in_the_stem_is_not_flagged(tools, text, people):
    assert refs(tools.tagger, text, people) == []


def test_a_noun_the_previous_sentence_introduced_points_back(tools):
    text = "The decree was ignored by most of the boatmen on the Thames."
    assert refs(tools.tagger, text, back={"decree"})
    assert refs(tools.tagger, "The decree of 1795 was ignored by most boatmen.", back={"decree"}) == []


SECTIONS = [
    ("Builders", [
        "The navvies dug the Grand Junction Canal by hand between 1793 and 1805.",
        "They were paid by the yard and lived in camps along the line of the canal.",
        "Thomas Telford was the engineer of the Ellesmere Canal in the 1790s.",
        "“A canal is a road that carries its own power and never wears out,” in the words of a letter to the company.",
        "We turn now to the question of how the canal companies raised their money in London.",
        "The canal companies raised their money from merchants in London and Birmingham.",
    ]),
]


@pytest.fixture(scope="module")
def stems(tools):
    ctx = essay_context(document_from_text(SECTIONS), tools)
    return [GAP.sub("_____", draft.prompt) for draft, _ in candidates(ctx)]


def test_a_leading_they_becomes_the_group_of_the_previous_sentence(stems):
    paid = [s for s in stems if "paid by the yard" in s]
    assert paid and all(s.startswith("The navvies were paid") for s in paid)


def test_the_writers_own_voice_is_no_question(stems):
    assert not any(s.startswith(("We ", "We turn")) or " we " in s for s in stems)


def test_a_quotation_with_no_speaker_is_dropped(stems):
    assert not any("carries its own power" in s for s in stems)


@pytest.mark.parametrize(
    ("text", "fit"),
    [
        ("Not a canal of any size, but one in which the boats were still pulled by horses.", False),
        ("Hence the need for locks beyond the hills that the engineers had surveyed.", False),
        ("Telford put the main point bluntly:", False),
        ("In private the company admitted that its accounts of the traffic were not honest:", True),
        ("After the opening (if not sooner), the company's shares rose sharply.", True),
        ("When the canal opened, the merchants moved their warehouses to the wharves.", True),
        ("Unless, like the directors, you have a firm belief that canals always pay their way.", False),
    ],
)
def test_a_sentence_must_assert_something(tools, text, fit):
    from quizgen.extract.usable import usable
    from quizgen.nlp.annotate import annotate_document

    sentence = annotate_document(document_from_text([("Canals", [text])]), tools.lexicon, tools.tagger)[0]
    assert usable(sentence, tools.lexicon) is fit


def test_many_of_a_group_named_earlier_leans_back():
    from quizgen.extract.statements import stands_alone

    assert not stands_alone("Many formed their own companies to carry coal.")
    assert stands_alone("Many canals were built in the 1790s.")


def test_a_gap_is_no_antecedent_for_a_pronoun_before_it(tools):
    words = [(t.text, t.tag) for t in tag_sentence("To them, the _____ was the health of the canal trade.", tools.tagger)]
    assert unresolved_references(words)


def test_rather_than_is_kept_and_which_is_why_leans_back():
    from quizgen.extract.statements import stands_alone, strip_connectives

    text = "Rather than wait for the railway, the owners widened the canal."
    assert strip_connectives(text) == 0
    assert not stands_alone("Which is why the owners widened the canal in 1820.")


def test_an_opening_phrase_that_points_back_is_dropped(tools):
    from quizgen.generate.stems import plan_stem, render
    from quizgen.nlp.annotate import annotate_document

    text = "Opposed to this, Thomas Telford proposed to carry the canal across the valley on an aqueduct."
    sentence = annotate_document(document_from_text([("Canals", [text])]), tools.lexicon, tools.tagger)[0]
    stem = plan_stem(sentence, (len(sentence.tokens) - 2, len(sentence.tokens) - 1))
    assert stem is not None and render(sentence, stem, None, "").startswith("Thomas Telford proposed")


def test_a_wh_question_may_open_with_which(tools):
    from quizgen.extract.statements import DEPENDENT_START

    assert not DEPENDENT_START.match("Which army held the line in the south?")


def test_a_pronoun_is_not_replaced_by_a_name_the_sentence_uses_itself(tools):
    from quizgen.generate.stems import plan_stem
    from quizgen.nlp.annotate import annotate_document

    text = "He is wrong in that Telford thought the aqueduct would be cheap to build."
    sentence = annotate_document(document_from_text([("Canals", [text])]), tools.lexicon, tools.tagger)[0]
    assert plan_stem(sentence, None, "Telford") is None


def test_a_stem_cut_inside_a_coordination_is_rejected(tools):
    from quizgen.extract.statements import rank_statements
    from quizgen.generate.draft import Draft
    from quizgen.generate.quality import problems
    from quizgen.nlp.annotate import annotate_document

    text = "Given the delays, the carters, boatmen, and navvies turned to the railway companies for work."
    sentence = annotate_document(document_from_text([("Canals", [text])]), tools.lexicon, tools.tagger)[0]
    statement = rank_statements([sentence], tools.lexicon, [True])[0]
    cut = Draft("true_false", "Navvies turned to the railway companies for work.", "true", sentence, statement, None, "boolean")
    whole = Draft("true_false", "The carters, boatmen, and navvies turned to the railway companies for work.", "true",
                  sentence, statement, None, "boolean")
    assert "cut inside a phrase" in problems(cut, tools.lexicon)
    assert "cut inside a phrase" not in problems(whole, tools.lexicon)


def test_a_gap_inside_a_quotation_is_not_the_speaker(tools):
    words = [(t.text, t.tag) for t in tag_sentence("“No canal was ever _____ without a loan,” he wrote.", tools.tagger)]
    assert unresolved_references(words)


def test_an_adverb_then_a_pronoun_leans_back():
    from quizgen.extract.statements import stands_alone

    assert not stands_alone("Soon it amounted to a monopoly of the coal trade.")


def test_no_stem_ends_where_a_dashed_aside_opens():
    from quizgen.generate.stems import _opens_aside

    # "The towns the railway had reached – farmers, weavers and boatmen – were in revolt."
    dashes = [6, 12]
    assert _opens_aside(dashes, 6)
    assert not _opens_aside(dashes, 12)
    assert not _opens_aside([6], 6)


PASSAGE = [
    "Many towns believed that canals would make every merchant rich.",
    "One of the loudest promoters of this belief was the Manchester engineer, James Brindley.",
]


def test_a_cloze_that_leans_on_the_sentence_before_shows_it_as_a_passage(tools):
    ctx = essay_context(document_from_text([("Canals", PASSAGE)]), tools)
    passages = [d for d, _ in candidates(ctx) if d.type == "cloze" and d.context is not None]
    assert {d.answer for d in passages} >= {"James Brindley"}
    brindley = next(d for d in passages if d.answer == "James Brindley")
    assert brindley.prompt == PASSAGE[0] + " " + PASSAGE[1].replace("James Brindley", "{{c1::James Brindley}}")
    assert brindley.sentence.text == PASSAGE[1]


def test_no_passage_reaches_back_into_another_paragraph(tools):
    ctx = essay_context(document_from_text([("Towns", PASSAGE[:1]), ("Engineers", PASSAGE[1:])]), tools)
    assert not [d for d, _ in candidates(ctx) if d.context is not None]
    assert not [d for d, _ in candidates(ctx) if d.answer == "James Brindley" and d.type == "cloze"]


def test_a_passage_is_no_longer_than_a_stem_may_be(tools):
    long_first = PASSAGE[0][:-1] + ", and that the towns along them would grow faster than any town on a river or a road."
    ctx = essay_context(document_from_text([("Canals", [long_first, PASSAGE[1]])]), tools)
    assert not [d for d, _ in candidates(ctx) if d.context is not None]


def test_a_long_sentence_that_leans_back_is_asked_in_a_passage_without_its_closing_clause(tools):
    sentences = [
        "The canal companies fought the carriers on every front.",
        "They also had to turn their lawyers against the farmers, who were in open rebellion against the "
        "toll of “water rent” by which the company agents and the lock keepers could take whatever hay, "
        "timber, and grain from the farmers they saw fit.",
    ]
    ctx = essay_context(document_from_text([("Canals", sentences)]), tools)
    passages = {d.answer: d.prompt for d, _ in candidates(ctx) if d.context is not None}
    assert passages.get("water rent") == (
        sentences[0] + " They also had to turn their lawyers against the farmers, who were in open "
        "rebellion against the toll of “{{c1::water rent}}”.")


def test_no_passage_asks_about_a_sentence_opening_with_it(tools):
    sentences = [
        "The engineers praised the aqueduct and the tunnel at every meeting of the company.",
        "It, the chairman said, carried the canal across the valley of the Irwell for ninety years.",
    ]
    ctx = essay_context(document_from_text([("Canals", sentences)]), tools)
    assert not [d for d, _ in candidates(ctx) if d.context is not None]


@pytest.mark.parametrize("before, after", [
    # "the third" needs the first two, which the sentence before does not give
    ("The canal will always need water so long as it carries boats up the hills to the towns.",
     "The third is the need for reservoirs over feeder streams from the river Dee."),
    # the sentence before points back itself: "this social layer" is left hanging
    ("Not to register this process is to treat the company and the trust as actors set apart from the towns.",
     "But this social layer was not yet a ruling class in the northern towns in 1790."),
])
def test_a_passage_leaves_no_pointer_that_the_sentence_before_cannot_answer(tools, before, after):
    ctx = essay_context(document_from_text([("Canals", [before, after])]), tools)
    assert not [d for d, _ in candidates(ctx) if d.context is not None]


def test_a_pronoun_is_answered_by_a_sentence_before_that_points_back_only_in_passing(tools):
    sentences = [
        "Puddling meant a clay lining laid by the navvies themselves, but the company engineers refused to allow this method.",
        "Their preferred lining, brick facing, did not last beyond a few winters of frost on the summit.",
    ]
    ctx = essay_context(document_from_text([("Canals", sentences)]), tools)
    passages = [d for d, _ in candidates(ctx) if d.context is not None]
    assert passages and all(d.prompt.startswith(sentences[0]) for d in passages)

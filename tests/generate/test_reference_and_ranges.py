"""An 'it' or 'its' that points to a sentence the student cannot see, and a gap that takes
one end of a range or a pair, make a stem the student cannot answer fairly."""

from __future__ import annotations

from dataclasses import replace

import pytest

from essay import document_from_text
from quizgen.extract.statements import rank_statements, unresolved_references
from quizgen.generate.draft import Draft
from quizgen.generate.quality import problems
from quizgen.nlp.annotate import annotate_document, tag_sentence


def refs(tagger, text: str) -> list[str]:
    return unresolved_references([(t.text, t.tag) for t in tag_sentence(text, tagger)])


@pytest.mark.parametrize(
    "text",
    [
        "Unlike the turnpike trusts before them, it was run by a small board of directors.",
        "Whether it would pay its way was not yet known.",
        "The engineers who studied the plans drew several lessons from it.",
        "Without it, the boatmen could not reach the coal wharves.",
        "By 1840 its shares had lost half their value.",
    ],
)
def test_an_it_with_nothing_to_mean_leans_back(tools, text):
    assert any(w.lower() in ("it", "its") for w in refs(tools.tagger, text))


@pytest.mark.parametrize(
    "text",
    [
        "It is clear that the railway was faster than any barge.",
        "It was not until 1830 that the railway reached the coast.",
        "It seems that the engineers underestimated the cost.",
        "It took twelve years to finish the tunnel under the hill.",
        "It is worth noting that the engineers were paid in shares.",
        "The canal company paid its engineers in shares.",
        "The aqueduct was expensive, but it carried the canal across the valley.",
        "When the tunnel opened, it halved the journey to the coast.",
        "The engineers made it clear that the locks were too narrow.",
        "The valley had a village with a mill beside it.",
    ],
)
def test_an_it_with_something_to_mean_or_nothing_at_all_is_fine(tools, text):
    assert not any(w.lower() in ("it", "its") for w in refs(tools.tagger, text))


def _draft(tools, text: str, prompt: str, answer: str, kind: str = "cloze") -> Draft:
    sentence = annotate_document(document_from_text([("Canals", [text])]), tools.lexicon, tools.tagger)[0]
    statement = rank_statements([sentence], tools.lexicon, [True])[0]
    return Draft(kind, prompt, answer, sentence, statement, None, "number")


def _gap_draft(tools, text: str, phrase: str, kind: str = "term", role: str = "concept") -> Draft:
    """A cloze on `text` with `phrase` as its gap and as its fact."""
    from quizgen.extract.facts import Fact

    draft = _draft(tools, text, text.replace(phrase, "{{c1::" + phrase + "}}", 1), phrase)
    start_char = text.index(phrase)
    covered = [i for i, t in enumerate(draft.sentence.tokens) if start_char <= t.start and t.end <= start_char + len(phrase)]
    return replace(draft, fact=Fact(0, covered[0], covered[-1] + 1, phrase, kind, role, 0.5))


RANGE_TEXT = "The canal employed between 600 and 1000 navvies from 1791 to 1797 on the 40-60 mile cut."


@pytest.mark.parametrize(
    "prompt, answer",
    [
        ("The canal employed between {{c1::600}} and 1000 navvies from 1791 to 1797 on the 40-60 mile cut.", "600"),
        ("The canal employed between 600 and {{c1::1000}} navvies from 1791 to 1797 on the 40-60 mile cut.", "1000"),
        ("The canal employed between 600 and 1000 navvies from {{c1::1791}} to 1797 on the 40-60 mile cut.", "1791"),
        ("The canal employed between 600 and 1000 navvies from 1791 to {{c1::1797}} on the 40-60 mile cut.", "1797"),
        ("The canal employed between 600 and 1000 navvies from 1791 to 1797 on the 40-{{c1::60}} mile cut.", "60"),
        ("The canal employed between 600 and 1000 navvies from 1791 to 1797 on the {{c1::40}}-60 mile cut.", "40"),
    ],
)
def test_a_gap_at_one_end_of_a_range_is_rejected(tools, prompt, answer):
    assert "part of a range" in problems(_draft(tools, RANGE_TEXT, prompt, answer), tools.lexicon)


@pytest.mark.parametrize(
    "text, prompt, answer",
    [
        (RANGE_TEXT, "The canal employed between 600 and 1000 navvies {{c1::from 1791 to 1797}} on the 40-60 mile cut.",
         "from 1791 to 1797"),
        ("The canal opened in 1797 and carried coal from the start.",
         "The canal opened in {{c1::1797}} and carried coal from the start.", "1797"),
        ("From 1797 the canal carried coal to the coast.", "From {{c1::1797}} the canal carried coal to the coast.", "1797"),
        ("The canal employed 600 navvies and two engineers.",
         "The canal employed {{c1::600}} navvies and two engineers.", "600"),
    ],
)
def test_a_number_that_is_not_half_a_range_is_kept(tools, text, prompt, answer):
    assert "part of a range" not in problems(_draft(tools, text, prompt, answer), tools.lexicon)


def test_an_object_it_before_the_main_verb_is_still_an_object(tools):
    text = "The conclusions which the engineers drew from it was that the locks were too narrow."
    assert any(w.lower() == "it" for w in refs(tools.tagger, text))
    assert not refs(tools.tagger, "The lock was repaired because it was too narrow for the barges.")


def test_what_an_opening_contrast_names_is_not_what_it_means(tools):
    text = "The point is that rather than a private venture of the mill owners, it was a public work."
    assert any(w.lower() == "it" for w in refs(tools.tagger, text))
    assert not refs(tools.tagger, "The railway was new and, unlike the old canal, it was fast.")


def _problems_of(tools, sentences, answer):
    from quizgen.generate.builder import TYPE_MODULES, essay_context
    from quizgen.generate.quality import problems
    from quizgen.generate.stems import referent

    ctx = essay_context(document_from_text([("Canals", sentences)]), tools)
    last = len(ctx.sentences) - 1
    drafts = [d for make in TYPE_MODULES for d in make(ctx, last, referent(ctx.sentences[last - 1]))]
    drafts = [d for d in drafts if answer is None or d.answer == answer]
    assert drafts, "no question drafted on the sentence"
    return set.intersection(*(set(problems(d, ctx.lexicon)) for d in drafts))


#: The sentence before, the sentence asked about, the answer (None: every draft on it), the
#: problem, and whether the quality check finds it; each id says what the case shows.
CASES = [
    pytest.param('The canal company raised its tolls twice in the hard winter of 1795.',
                 'After the second rise, Thomas Telford and John Rennie were explicit about this.',
                 'Thomas Telford and John Rennie', 'unresolved reference', True, id='this_at_the_end_of_a_stem_points_outside_it'),
    pytest.param('The canal company faced two dangers in the hard winter of 1795.',
                 'One was the freezing of the summit pound above the Tring cutting.',
                 None, 'unresolved reference', True, id='one_as_a_subject_counts_off_things_named_before'),
    pytest.param('The navvies struck for higher pay at the Tring cutting in the spring of 1796.',
                 'The yeomanry cleared the cutting at Tring of all the strikers two days later.',
                 'Tring', 'unresolved reference', True, id='days_later_leans_on_a_date_the_stem_does_not_give'),
    pytest.param('The canal company hired new engineers in the spring of 1796.',
                 'Telford praised the careful discipline of the navvies of the Ellesmere Canal Company in his report.',
                 'careful discipline', 'gap cuts a phrase', True, id='a_gap_never_stops_before_the_of_completing_it'),
    pytest.param('The canal company cut its tolls twice in 1796.',
                 'The outbreak of war in late May 1798 merely accelerated them.',
                 'May 1798', 'unresolved reference', True, id='a_pronoun_after_the_gap_needs_an_antecedent_the_answer_does_not_give'),
    pytest.param('The canal company cut its tolls twice in 1796.',
                 'While often portrayed as a coup d’état, the takeover of the canal company by its creditors was lawful.',
                 'as a coup d', 'gap cuts a phrase', True, id='a_gap_never_stops_inside_a_word'),
    pytest.param('The canal company cut its tolls twice in 1796.',
                 'The engineers wanted to smash the old turnpike trusts, particularly their financial and legal apparatuses.',
                 'legal apparatuses', 'gap cuts a phrase', True, id='a_gap_never_leaves_out_an_adjective_sharing_its_noun'),
    pytest.param('The navvies struck for higher pay at the Tring cutting in the spring of 1796.',
                 'The opening of the Blisworth tunnel was still two years in the future.',
                 None, 'unresolved reference', True, id='years_in_the_future_lean_on_a_date_the_stem_does_not_give'),
    pytest.param('The canal company cut its tolls twice in 1796.',
                 'In fact, the body furthest removed from any actual canal of the county was the “Grand Canal Board.”',
                 'Grand Canal Board', 'answer in stem', False, id='an_everyday_word_of_a_longer_name_in_the_stem_gives_nothing_away'),
    pytest.param('The canal company cut its tolls twice in 1796.',
                 'Later, in 1801, they would explain that in the course of the dispute, the navvies had become idle drunkards.',
                 '1801', 'unresolved reference', True, id='a_subject_pronoun_after_an_opener_points_back_not_forward'),
    pytest.param('The canal company cut its tolls twice in 1796.',
                 'In his memoirs of the dispute, Thomas Telford praised the navvies of the Ellesmere Canal.',
                 'Ellesmere Canal', 'unresolved reference', False, id='a_pronoun_in_an_opening_phrase_may_point_forward'),
]


@pytest.mark.parametrize(("before", "sentence", "answer", "problem", "found"), CASES)
def test_what_a_stem_may_lean_on_and_where_a_gap_may_cut(tools, before, sentence, answer, problem, found):
    assert (problem in _problems_of(tools, [before, sentence], answer)) is found


def _cloze_problems(tools, sentence_text: str, answer: str) -> list[str]:
    from dataclasses import replace

    from quizgen.extract.facts import Fact
    from quizgen.generate.builder import essay_context
    from quizgen.generate.cloze import cloze_drafts

    ctx = essay_context(document_from_text([("Canals", [sentence_text])]), tools)
    words = [t.text for t in ctx.sentences[0].tokens]
    parts = answer.split()
    start = next(i for i in range(len(words)) if words[i:i + len(parts)] == parts)
    fact = Fact(0, start, start + len(parts), answer, "term", "concept", 0.5)
    [draft] = cloze_drafts(replace(ctx, facts=((fact,),)), 0, "")
    return problems(draft, ctx.lexicon)


def test_a_gap_never_takes_the_tail_of_a_longer_name(tools):
    found = _cloze_problems(tools, "The shareholders gained a majority in the Second Grand Junction Canal Meeting of 1796.",
                            "Canal Meeting")
    assert "part of a name" in found


def test_a_gap_never_holds_a_noun_and_what_is_said_of_it(tools):
    found = _cloze_problems(tools, "The tolls of the new canal made the local trade crisis worse in the hard winter of 1796.",
                            "local trade crisis worse")
    assert "gap cuts a phrase" in found


def test_a_predicate_cut_out_of_its_clause_is_no_answer(tools):
    found = _cloze_problems(tools, "The company had no desire to expropriate the carriers and introduce navvies’ management of the tolls.",
                            "introduce navvies ’ management")
    assert "answer is no noun phrase" in found


def test_an_afterthought_opening_with_except_is_no_sentence(tools):
    from quizgen.extract.usable import is_fragment

    assert is_fragment("Except, of course, for all the navvies in the free cuttings, and the farmers who gave away their grain.")
    assert not is_fragment("Except for the navvies, every worker on the canal was paid in coin.")


def test_an_aside_marked_aka_is_no_answer(tools):
    found = _cloze_problems(tools, "The navvies could reach only a trade-club, aka friendly, consciousness by their own efforts.",
                            "aka friendly")
    assert "answer is no noun phrase" in found


def test_a_clause_read_as_a_noun_phrase_is_no_answer(tools):
    found = _cloze_problems(tools, "Once that board achieves control of the canal, the stage is set for higher tolls.",
                            "board achieves control of the canal")
    assert "answer is no noun phrase" in found


def test_a_gap_that_cuts_an_editors_bracket_is_rejected(tools):
    text = "If “[u]nder canal rule all will pay in turn”, the towns gain nothing."
    draft = _draft(tools, text, "If “[{{c1::u]nder canal rule}} all will pay in turn”, the towns gain nothing.", "u]nder canal rule")
    assert "cut inside an editor's bracket" in problems(draft, tools.lexicon)


@pytest.mark.parametrize("prompt", ["What was the result?", "Who would huge groups join?", "When did the canal follow?"])
def test_a_question_that_names_too_little_is_too_vague(tools, prompt):
    text = "The result was the Bridgewater Canal, and huge groups of carriers would join the company."
    assert "too vague" in problems(_draft(tools, text, prompt, "Bridgewater Canal", kind="wh"), tools.lexicon)


def test_an_answer_that_opens_with_a_possessive_pronoun_is_turned_down(tools):
    text = "Cheap coal was their only consistent principle."
    draft = _draft(tools, text, "Cheap coal was {{c1::their only consistent principle}}.", "their only consistent principle")
    assert "unresolved pronoun in answer" in problems(draft, tools.lexicon)


def test_a_when_question_that_still_holds_a_date_is_turned_down(tools):
    text = "The company changed its tolls from March 1790 to the peace in 1802."
    draft = _draft(tools, text, "When did the company change its tolls from March 1790 to the peace?", "1802", kind="wh")
    assert "two dates" in problems(draft, tools.lexicon)
    draft = _draft(tools, text, "When did the company change its tolls to suit the peace?", "1802", kind="wh")
    assert "two dates" not in problems(draft, tools.lexicon)


def test_a_long_answer_whose_words_stand_next_to_its_gap_is_given_away(tools):
    text = "It is the working principle of the northern canal companies as opposed to the working principle of the southern canal companies."
    prompt = "It is {{c1::the working principle of the northern canal companies}} as opposed to the working principle of the southern canal companies."
    draft = _draft(tools, text, prompt, "the working principle of the northern canal companies")
    assert "answer in stem" in problems(draft, tools.lexicon)
    kept = "It is {{c1::the working principle of the northern canal companies}} that shaped the trade."
    assert "answer in stem" not in problems(_draft(tools, text, kept, "the working principle of the northern canal companies"), tools.lexicon)


def test_a_name_that_opens_with_an_adverb_is_no_answer(tools):
    text = "Regardless of Telford’s claims, the engineers did not expect the canal to pay within a decade."
    draft = _gap_draft(tools, text, "Regardless of Telford", kind="person", role="entity")
    assert "answer opens with a function word" in problems(draft, tools.lexicon)


def test_a_verb_in_progress_is_no_answer(tools):
    draft = _gap_draft(tools, "Only a careless engineer can ignore the flooding of the tunnel which is now taking place.", "taking place")
    assert "answer is no noun phrase" in problems(draft, tools.lexicon)


def test_a_gap_on_the_second_of_two_possessives_sharing_a_noun_cuts_the_phrase(tools):
    draft = _gap_draft(tools, "For both users' and authors' sake, the canal company marks every altered lock as changed.", "authors' sake")
    assert "gap cuts a phrase" in problems(draft, tools.lexicon)


@pytest.mark.parametrize("answer", ["K.", "(b)", "M"])
def test_the_letter_of_a_list_item_is_a_trivial_answer(tools, answer):
    text = "K. For any lock Entitled Upper, preserve the title of the lock and its keeper."
    draft = _draft(tools, text, "{{c1::" + answer + "}} For any lock Entitled Upper, preserve the title.", answer)
    assert "trivial answer" in problems(draft, tools.lexicon)


def test_a_gap_that_leaves_the_number_of_its_noun_outside_cuts_the_phrase(tools):
    draft = _gap_draft(tools, "You may distribute translations of the survey under the terms of section 4 of the act.", "terms of section")
    assert "gap cuts a phrase" in problems(draft, tools.lexicon)


def test_a_gap_that_ends_inside_a_title_is_part_of_a_name(tools):
    text = "The most obvious difference between the theory of The Canal and Navigation and the practice of the company is plain."
    assert "part of a name" in problems(_gap_draft(tools, text, "theory of The Canal"), tools.lexicon)
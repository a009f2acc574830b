"""Where a long sentence may be cut to a stem, and which earlier name a leading pronoun means."""

from __future__ import annotations

import pytest

from essay import document_from_text
from quizgen.generate.stems import plan_stem, referent, render
from quizgen.nlp.annotate import annotate_document

PUBLISHED = (
    "He described the aqueduct, and the great iron trough, in his “Report on the Ellesmere Canal,” presented to "
    "the shareholders shortly after the opening of the line on November 26, 1805, and substantially revised it "
    "in his memoir, The Life of an Engineer, printed in the spring of 1838 (but not sold until late 1839)."
)


def annotated(tools, *texts):
    return annotate_document(document_from_text([("Canals", list(texts))]), tools.lexicon, tools.tagger)


def span_of(sentence, phrase: str) -> tuple[int, int]:
    start = sentence.text.index(phrase)
    tokens = [i for i, t in enumerate(sentence.tokens) if start <= t.start and t.end <= start + len(phrase)]
    return tokens[0], tokens[-1] + 1


def stem_text(sentence, phrase: str, who: str = "") -> str | None:
    span = span_of(sentence, phrase)
    stem = plan_stem(sentence, span, who)
    return None if stem is None else render(sentence, stem, span, "_____")


def test_they_after_a_pair_of_people_means_the_pair(tools):
    first, second = annotated(
        tools,
        "In the spring of 1793, however, James Watt and Matthew Boulton surveyed the line of the canal.",
        "They proposed to carry the canal across the valley on a high iron aqueduct.",
    )
    who = referent(first)
    assert who == "James Watt and Matthew Boulton"
    assert stem_text(second, "iron aqueduct", who) == (
        "James Watt and Matthew Boulton proposed to carry the canal across the valley on a high _____."
    )


def test_a_pair_that_is_not_the_subject_is_no_referent(tools):
    first, = annotated(tools, "The canal company hired James Watt and Matthew Boulton to survey the line in 1793.")
    assert referent(first) != "James Watt and Matthew Boulton"


def test_a_pair_is_not_put_in_for_a_pronoun_when_the_sentence_names_one_of_them(tools):
    first, second = annotated(
        tools,
        "In 1793 James Watt and Matthew Boulton surveyed the line of the canal.",
        "They were soon joined by Boulton’s young assistant, a surveyor from Derby.",
    )
    assert stem_text(second, "Derby", referent(first)) is None


def test_a_long_sentence_ends_before_a_second_predicate(tools):
    sentence, = annotated(tools, PUBLISHED)
    assert stem_text(sentence, "Report on the Ellesmere Canal", "Telford") == (
        "Telford described the aqueduct, and the great iron trough, in his “_____,” presented to the shareholders "
        "shortly after the opening of the line on November 26, 1805."
    )


def test_a_long_sentence_ends_before_a_reduced_relative(tools):
    text = (
        "The company printed its first report, a long account of the works, in a pamphlet called “The Canal and "
        "the Country,” written by the secretary in the winter of 1796 at the office in London and sent to every "
        "shareholder of the company in the following spring."
    )
    sentence, = annotated(tools, text)
    assert stem_text(sentence, "The Canal and the Country") == (
        "The company printed its first report, a long account of the works, in a pamphlet called “_____.”"
    )


def test_no_window_starts_at_a_second_predicate(tools):
    sentence, = annotated(tools, PUBLISHED)
    stem = stem_text(sentence, "The Life of an Engineer", "Telford")
    # the window holds the whole first clause; none starts at "and substantially revised"
    assert stem is None or stem.startswith("Telford described the aqueduct")


def test_a_window_may_end_before_a_second_predicate(tools):
    text = (
        "The canal company built a reservoir above the summit level at Tring, which held the water of three "
        "streams, and later dug a second reservoir at Wilstone and lined it with clay brought by boat from the "
        "pits near Leighton Buzzard in the dry summer of 1802 after a long dispute with the farmers."
    )
    sentence, = annotated(tools, text)
    stem = stem_text(sentence, "Tring")
    assert stem == "The canal company built a reservoir above the summit level at _____, which held the water of three streams."


def test_no_window_ends_inside_a_list_of_predicates(tools):
    text = (
        "In the aftermath of the flood, the canal company condemned the engineers (as careless and idle men), "
        "dismissed the resident surveyor of the northern section, and rebuilt the embankment at its own "
        "expense with stone brought from the quarries at Horsehay over the following two years."
    )
    sentence, = annotated(tools, text)
    stem = stem_text(sentence, "resident surveyor")
    assert stem is None or stem.endswith("following two years.")


def test_no_window_is_the_subject_of_a_later_predicate(tools):
    text = (
        "According to the engineers, the boatmen’s daily work, based as it was on the slow pace of horses, "
        "coupled with the frequent closing of locks for repair in the winter months, could only ever bring "
        "the canal companies a modest and uncertain income from tolls."
    )
    sentence, = annotated(tools, text)
    assert stem_text(sentence, "slow pace of horses") is None


def test_no_window_stops_at_a_verb_of_saying(tools):
    text = (
        "At the annual meeting of the Grand Junction Canal Company, held in London in May 1810, the chairman said: "
        "“It is necessary to understand, so to speak, that the canal must be widened before the railway comes, "
        "or it will be ruined.”"
    )
    sentence, = annotated(tools, text)
    stem = stem_text(sentence, "Grand Junction Canal Company")
    assert stem is None or not stem.endswith("said.")


def test_a_stem_that_ends_with_a_parenthesis_gets_its_full_stop(tools):
    sentence, = annotated(tools, "The engineers widened the locks at Marsworth (the busiest on the line).")
    stem = stem_text(sentence, "Marsworth")
    assert stem == "The engineers widened the locks at _____ (the busiest on the line)."


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("When Thomas Telford reached Shrewsbury in 1788, he quickly won the favour of the county magistrates.", "Shrewsbury"),
        ("After the navvies finished the cutting at Tring, they moved north to the embankment at Wolverton.", "Wolverton"),
    ],
)
def test_a_pronoun_after_an_opening_clause_that_names_it_stays(tools, text, phrase):
    sentence, = annotated(tools, text)
    assert stem_text(sentence, phrase) == text.replace(phrase, "_____")


def test_a_pronoun_after_an_opening_phrase_without_its_subject_is_not_kept(tools):
    sentence, = annotated(tools, "Refusing to work on Sundays, they lost their places to Irish labourers in 1795.")
    assert stem_text(sentence, "Irish labourers") is None


def test_no_window_ends_inside_a_subordinate_clause(tools):
    text = (
        "The fact that the navvies worked for a contractor they trusted, were paid by the yard, and were fed by "
        "the farmers along the line enabled them to dig faster than any gang before them, to move more earth in a "
        "day, and to finish the cutting at Tring a full year early."
    )
    sentence, = annotated(tools, text)
    stem = stem_text(sentence, "contractor")
    assert stem is None or "enabled them" in stem


def test_a_clause_that_ends_with_a_comma_is_no_opening_phrase(tools):
    sentence, = annotated(tools, "The company printed its first report, a short account of the works at Tring.")
    assert stem_text(sentence, "Tring") == "The company printed its first report, a short account of the works at _____."


def test_the_main_clause_may_start_after_a_long_opening_phrase(tools):
    text = (
        "In contrast to the older school of engineers, then led by James Brindley, Thomas Telford considered the "
        "contour canal to be too slow, too winding, too costly to maintain, and too dependent on the weather to "
        "be able to carry the heavy trade of the new ironworks in Shropshire."
    )
    sentence, = annotated(tools, text)
    stem = stem_text(sentence, "Shropshire")
    assert stem is not None and stem.startswith("Thomas Telford considered the contour canal")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the comma after the opening clause's own comma is still inside that clause
        ("Although, while in Bristol on his way to London, Thomas Telford wrote a letter that praised the company’s "
         "plans for the western canal, seeing them as a model for the whole country, once he reached the capital "
         "his opinion of the company became openly hostile and he refused its offer.", "Bristol"),
        # a list that began in the opening phrase is no main clause
        ("While such causes as the cost of land, the slow pace of horses, the frequent closing of locks, and the "
         "freezing of the water in winter were later blamed by the canal owners, the railway companies simply "
         "offered a faster and cheaper service to the merchants of Birmingham.", "slow pace of horses"),
    ],
)
def test_no_window_keeps_only_part_of_an_opening_clause(tools, text, phrase):
    sentence, = annotated(tools, text)
    stem = stem_text(sentence, phrase)
    assert stem is None or stem.startswith(text[:12])


def test_a_relative_time_opener_goes_with_what_it_leans_on(tools):
    [sentence] = annotated(tools, "Two days later, on March 16, the yeomanry cleared the Tring cutting of strikers.")
    assert stem_text(sentence, "Tring cutting") == "On March 16, the yeomanry cleared the _____ of strikers."


def test_a_leaning_opener_goes_even_before_a_second_opening_phrase(tools):
    [sentence] = annotated(tools, "As this reveals, once in office, the canal committee ruled by decree and ignored the shareholders.")
    assert stem_text(sentence, "canal committee") == "Once in office, the _____ ruled by decree and ignored the shareholders."


def test_this_summing_up_a_quoted_clause_before_it_is_no_loose_reference(tools):
    from quizgen.extract.statements import unresolved_references

    [sentence] = annotated(tools, "Although the directors called the new scheme a “public benefit,” this was a deception.")
    assert unresolved_references(sentence.pairs()) == []


def test_these_n_after_a_sentence_naming_the_n_means_them(tools):
    from quizgen.generate.stems import antecedent

    first, second = annotated(
        tools,
        "The reform rested on the parish vestries and the turnpike trusts, which had grown up after 1700.",
        "These trusts, taken together, were known at the time as the “road interest.”",
    )
    found = antecedent(second, first)
    assert found is not None and found[2] == "the turnpike trusts"
    stem = plan_stem(second, span_of(second, "road interest"), antecedent=found)
    assert render(second, stem, span_of(second, "road interest"), "_____") == (
        "The turnpike trusts, taken together, were known at the time as the “_____.”"
    )


def test_no_antecedent_when_the_sentence_before_names_only_a_bare_noun(tools):
    from quizgen.generate.stems import antecedent

    first, second = annotated(tools, "This claim is a myth from start to finish.", "This myth was spread by the canal companies.")
    assert antecedent(second, first) is None


def test_a_long_sentence_is_not_cut_before_the_of_whom_of_a_quantifier(tools):
    from quizgen.generate.stems import trimmed_window

    [sentence] = annotated(tools,
        "He defended the boatmen as honest but misguided workers, as against Telford’s claim that the crews "
        "were pampered (“idle”) replacements of the original canal diggers (the “pride and strength” of the "
        "company, as Telford had called them), most of whom had died building the northern locks in the frost.")
    window = trimmed_window(sentence, span_of(sentence, "pride and strength"))
    assert window is None or not sentence.text[window[0]:window[1]].endswith("most")

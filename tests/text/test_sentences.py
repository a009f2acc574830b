"""Sentence splitting with Punkt, around abbreviations and initials."""

import pytest


@pytest.mark.parametrize(
    "sentence",
    [
        "The figure is given in Swain, p. 68, and confirmed elsewhere.",
        "See Collected Works, Vol. 26, for the speech itself.",
        "According to T. Rigby the council met 77 times.",
        "The comments by N.N. Sukhanov, who was an eyewitness, are significant.",
        "Only a tiny minority, i.e. 1,763 members, had joined before 1917.",
        "The collection was published by A. Smith, ed. by R. Jones, in 2009.",
    ],
)
def test_abbreviations_do_not_end_sentences(clean, sentence):
    document = clean(f"{sentence} The next sentence follows it.\n")
    assert [s.text for s in document.sentences] == [sentence, "The next sentence follows it."]


def test_a_quotation_opening_in_lower_case_is_capitalised_in_brackets(clean):
    document = clean("Lenin declared that the congress had nothing to offer. “the Congress will give nothing.”\n")
    assert document.sentences[-1].text == "“[T]he Congress will give nothing.”"


def test_list_markers_are_not_sentence_text(clean):
    document = clean(
        "Let us put the pieces on the table.\n\n1. When the party seized power, it knew the risks.\n\n"
        "(a) During the congress, Lenin stated his position.\n"
    )
    assert [s.text for s in document.sentences] == [
        "Let us put the pieces on the table.",
        "When the party seized power, it knew the risks.",
        "During the congress, Lenin stated his position.",
    ]


def test_a_split_inside_a_title_or_bracket_is_undone(clean):
    document = clean("He wrote in What is to be Done? on how consciousness comes from without. It spread.\n")
    assert [s.text for s in document.sentences] == [
        "He wrote in What is to be Done? on how consciousness comes from without.",
        "It spread.",
    ]
    document = clean("(How does he know? Because the theory says so?) The debate went on.\n")
    assert [s.text for s in document.sentences][0] == "(How does he know? Because the theory says so?)"


def test_sentences_carry_paragraph_and_section(clean):
    document = clean("Theory\n\nFirst paragraph here.\n\nSecond paragraph. And more.\n")
    assert [(s.index, s.paragraph, s.section) for s in document.sentences] == [(0, 0, 0), (1, 1, 0), (2, 1, 0)]


def test_each_sentence_of_a_long_quotation_is_quoted(clean):
    document = clean("He wrote: “The Revolution has been victorious. All power has passed to the Soviets.” It had not.\n")
    assert [s.text for s in document.sentences] == [
        "He wrote: “The Revolution has been victorious.”",
        "“All power has passed to the Soviets.”",
        "It had not.",
    ]


def test_closing_marks_stay_with_their_sentence(clean):
    document = clean("They would register it (“the work of its utilisation.”).98 Such views were helped by Engels.\n")
    assert [s.text for s in document.sentences] == [
        "They would register it (“the work of its utilisation.”).",
        "Such views were helped by Engels.",
    ]


def test_a_paragraph_knows_its_line_and_whether_it_leaves_a_quotation_open(clean):
    document = clean(
        "Telford described the works at Chirk in his account:\n\n"
        "“The aqueduct will carry the canal over the Ceiriog.\n\n"
        "“The ironwork comes from Plas Kynaston.”\n\n"
        "The shareholders were not so sure of the coal trade.\n"
    )
    assert [p.line for p in document.paragraphs] == [1, 3, 5, 7]
    assert [p.quote_runs_on for p in document.paragraphs] == [False, True, False, False]

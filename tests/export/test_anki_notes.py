"""From a question to a note's fields, tags and GUID (no Anki needed)."""

from __future__ import annotations

import re

import pytest

from quizgen.bank.model import Bank, Question, Source
from quizgen.export.anki_models import BASIC, CLOZE, MULTIPLE_CHOICE, TRUE_FALSE
from quizgen.export.anki_notes import (
    Gap,
    Unexportable,
    cloze_field,
    note_for,
    note_guid,
    note_tags,
    parse_cloze,
    tag_component,
    user_tag,
)

BANK = Bank(id="lenin-essay", title="State and Revolution")


def question(**overrides) -> Question:
    fields = dict(id="q1", type="wh", prompt="Who wrote it?", answer="Lenin")
    fields.update(overrides)
    return Question(**fields)


def field(note, name: str) -> str:
    return note.fields[note.note_type.fields.index(name)]


def test_cloze_gap_answer_may_contain_double_colons_and_braces():
    parts = parse_cloze("Ratio {{c1::a::b}} and {{c2::x}}y}} end", answers=("a::b", "x}}y"))
    assert parts == ["Ratio ", Gap(1, "a::b"), " and ", Gap(2, "x}}y"), " end"]


def test_cloze_hint_is_read_after_the_known_answer():
    parts = parse_cloze("In {{c1::a::b::a ratio}}.", answers=("a::b",))
    assert parts == ["In ", Gap(1, "a::b", "a ratio"), "."]


def test_cloze_without_known_answer_splits_at_the_first_separator():
    assert parse_cloze("In {{c1::1917::year}}.") == ["In ", Gap(1, "1917", "year"), "."]


def test_cloze_field_escapes_what_would_confuse_the_cloze_parser():
    text = cloze_field(["A <b> {{not a gap ", Gap(1, "a::b}}"), "."])
    assert text == "A &lt;b&gt; &#123;&#123;not a gap {{c1::a&#58;&#58;b&#125;&#125;}}."


def test_tags_name_bank_type_kind_section_and_own_tags_without_spaces():
    q = question(
        answer_kind="person",
        source=Source(section="Bolshevik  Realism"),
        tags=("key idea", 'say "hi"', "era::1917", " "),
    )
    assert note_tags(BANK, q) == (
        "quizgen::bank::lenin-essay",
        "quizgen::type::wh",
        "quizgen::answer::person",
        "quizgen::section::Bolshevik_Realism",
        "key_idea",
        "say_hi",
        "era::1917",
    )


def test_tag_parts_never_hold_a_hierarchy_separator():
    assert tag_component("Part I :: The State") == "Part_I_:_The_State"
    assert user_tag("::a:: ::b::") == "a::b"


def test_guid_is_stable_and_depends_on_bank_and_question():
    assert note_guid("bank", "q1") == note_guid("bank", "q1")
    assert len({note_guid("bank", "q1"), note_guid("bank", "q2"), note_guid("other", "q1")}) == 3


def test_every_text_field_is_html_escaped():
    q = question(prompt="What does <b> do?", answer="<script>x</script>", explanation="a & b")
    note = note_for(BANK, q)
    assert field(note, "Prompt") == "What does &lt;b&gt; do?"
    assert field(note, "Answer") == "&lt;script&gt;x&lt;/script&gt;"
    assert field(note, "Explanation") == "a &amp; b"


def test_typed_answer_switch_only_for_recall_questions():
    assert field(note_for(BANK, question(), type_answers=True), "Type Answer")
    assert not field(note_for(BANK, question()), "Type Answer")
    mc = question(type="multiple_choice", choices=("Lenin", "Trotsky"))
    assert note_for(BANK, mc, type_answers=True).note_type is MULTIPLE_CHOICE


def test_choice_order_is_stable_and_ignores_the_order_in_the_bank():
    a = question(type="multiple_choice", choices=("Lenin", "Trotsky", "Kautsky", "Marx"))
    b = question(type="multiple_choice", choices=("Marx", "Kautsky", "Trotsky", "Lenin"))
    assert field(note_for(BANK, a), "Choices") == field(note_for(BANK, b), "Choices")
    assert field(note_for(BANK, a), "Choices").count('class="qz-right"') == 1


def test_false_statement_gets_the_true_one_on_the_back():
    q = question(
        type="true_false",
        prompt="Lenin wrote it in 1905.",
        answer="false",
        source=Source(sentence="Lenin wrote it in 1917."),
    )
    note = note_for(BANK, q)
    assert note.note_type is TRUE_FALSE
    assert field(note, "Answer") == "False"
    assert field(note, "Correct Statement") == "Lenin wrote it in 1917."
    # Already on the card as the correct statement: not repeated as the source.
    assert field(note, "Source") == ""


def test_order_question_becomes_a_basic_note_with_the_right_order_on_the_back():
    q = question(type="order", prompt="Put in order.", answer="", choices=("1905", "1917", "1921"))
    note = note_for(BANK, q)
    assert note.note_type is BASIC
    assert (
        field(note, "Answer") == '<ol class="qz-order"><li>1905</li><li>1917</li><li>1921</li></ol>'
    )
    assert "<ol" not in field(note, "Prompt")


def test_cloze_with_two_numbers_makes_two_cards():
    note = note_for(BANK, question(type="cloze", prompt="{{c1::A}} and {{c2::B}}", answer="A"))
    assert note.note_type is CLOZE and note.cards == 2


@pytest.mark.parametrize(
    "overrides, reason",
    [
        (dict(type="cloze", prompt="No gap here.", answer="gap"), "without a {{c1::...}} gap"),
        (dict(type="cloze", prompt="Empty {{c1::}} gap.", answer="x"), "without a {{c1::...}} gap"),
        (dict(prompt="   "), "empty prompt"),
        (dict(answer=""), "empty answer"),
        (dict(id=""), "no id"),
        (dict(type="essay"), "unknown type"),
        (dict(type="multiple_choice", choices=("Marx", "Engels")), "not among its choices"),
        (dict(type="multiple_choice", choices=("Lenin",)), "fewer than two choices"),
        (dict(type="true_false", answer="maybe"), "true/false"),
        (dict(type="order", choices=("only one",)), "fewer than two items"),
    ],
)
def test_questions_that_would_make_no_usable_card_are_refused_with_a_reason(overrides, reason):
    with pytest.raises(Unexportable, match=re.escape(reason)):
        note_for(BANK, question(**overrides))


def test_explanation_that_repeats_the_source_sentence_is_shown_once():
    sentence = "Lenin wrote it in 1917."
    q = question(explanation=sentence, source=Source(sentence=sentence))
    note = note_for(BANK, q)
    assert field(note, "Source") == sentence
    assert field(note, "Explanation") == ""

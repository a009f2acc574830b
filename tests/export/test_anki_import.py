"""The exported package imported into a real Anki collection, as a student would."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quizgen.bank.io import load_bank, save_bank
from quizgen.bank.model import Bank, Question, Source
from quizgen.export.anki import export_anki
from quizgen.export.anki_models import NOTE_TYPES
from quizgen.export.anki_notes import Gap, parse_cloze

SOURCE = Source(document="state-and-revolution", section="Bolshevik Realism", sentence="")

QUESTIONS = (
    Question(
        id="cloze-1",
        type="cloze",
        prompt="The Bolsheviks seized power in {{c1::October 1917}} in Petrograd.",
        answer="October 1917",
        explanation="The October Revolution.",
        source=replace(
            SOURCE, sentence="The Bolsheviks seized power in October 1917 in Petrograd."
        ),
        answer_kind="date",
        tags=("key event",),
    ),
    Question(
        id="cloze-colons",
        type="cloze",
        prompt="The ratio was written {{c1::a::b}} in the notes.",
        answer="a::b",
        source=SOURCE,
    ),
    Question(
        id="cloze-braces",
        type="cloze",
        prompt="The template used {{c1::x}}y}} as its marker.",
        answer="x}}y",
        source=SOURCE,
    ),
    Question(
        id="wh-1",
        type="wh",
        prompt="Who wrote The State and Revolution?",
        answer="Lenin",
        accept=("V. I. Lenin",),
        explanation="Written in 1917.",
        source=replace(SOURCE, sentence="Lenin wrote The State and Revolution in 1917."),
        answer_kind="person",
    ),
    Question(
        id="html-1",
        type="short",
        prompt="What does <script>alert(1)</script> or <b>bold</b> print?",
        answer="<b> & <i>",
        source=SOURCE,
    ),
    Question(
        id="term-1",
        type="term",
        prompt="What is the name for a state run by the armed workers themselves?",
        answer="commune-state",
        source=SOURCE,
    ),
    Question(
        id="quote-1",
        type="quote",
        prompt="Who wrote: 'So long as the state exists there is no freedom'?",
        answer="Lenin",
        source=SOURCE,
    ),
    Question(
        id="mc-1",
        type="multiple_choice",
        prompt="In which year did the October Revolution take place?",
        answer="1917",
        choices=("1905", "1917", "1921", "1918"),
        source=SOURCE,
    ),
    Question(
        id="tf-true",
        type="true_false",
        prompt="The soviets were councils of workers and soldiers.",
        answer="true",
        source=SOURCE,
    ),
    Question(
        id="tf-false",
        type="true_false",
        prompt="The Mensheviks seized power in October 1917.",
        answer="false",
        explanation="It was the Bolsheviks.",
        source=replace(SOURCE, sentence="The Bolsheviks seized power in October 1917."),
    ),
    Question(
        id="order-1",
        type="order",
        prompt="Put these events in order.",
        answer="",
        choices=("Bloody Sunday", "February Revolution", "October Revolution"),
        source=SOURCE,
    ),
)

BANK = Bank(
    id="state-rev", title="The State and Revolution: Theory and Practice", questions=QUESTIONS
)
OTHER = Bank(
    id="kronstadt",
    title="Kronstadt 1921",
    questions=(
        Question(id="k1", type="wh", prompt="Where did the sailors rise?", answer="Kronstadt"),
        Question(id="k2", type="wh", prompt="Rejected one", answer="x", status="rejected"),
    ),
)


def shown_prompt(question: Question) -> str:
    """The prompt as a student reads it on the front."""
    if question.type == "cloze":
        return "".join(
            "[...]" if isinstance(p, Gap) else p
            for p in parse_cloze(question.prompt, (question.answer,))
        )
    return question.prompt


@pytest.fixture(scope="module")
def imported(tmp_path_factory, module_collection, import_apkg):
    out = tmp_path_factory.mktemp("export") / "study.apkg"
    result = export_anki([BANK], out, parent_deck="Russian Revolution essays")
    log = import_apkg(module_collection, out)
    return module_collection, result, log


def cards_by_question(col) -> dict[str, object]:
    cards = {}
    for card_id in col.find_cards(""):
        card = col.get_card(card_id)
        cards[card.note()["Question ID"]] = card
    return cards


def test_every_question_arrives_as_one_note_and_one_card(imported):
    col, result, log = imported
    assert result.plan.skipped == ()
    assert len(log.new) == len(QUESTIONS)
    assert col.note_count() == len(QUESTIONS)
    assert col.card_count() == len(QUESTIONS)
    assert sorted(cards_by_question(col)) == sorted(q.id for q in QUESTIONS)


def test_every_card_shows_its_prompt_on_the_front_and_its_answer_on_the_back(
    imported, visible_text
):
    col, _, _ = imported
    cards = cards_by_question(col)
    for question in QUESTIONS:
        card = cards[question.id]
        front, back = visible_text(card.question()), visible_text(card.answer())
        assert shown_prompt(question) in front, question.id
        if question.type == "order":
            assert " ".join(question.choices) in back
        else:
            assert question.answer.lower() in back.lower(), question.id
        assert BANK.title in back


def test_cloze_front_hides_the_gap_and_back_shows_it_even_with_colons_and_braces(
    imported, visible_text
):
    col, _, _ = imported
    cards = cards_by_question(col)
    for qid, answer in (
        ("cloze-1", "October 1917"),
        ("cloze-colons", "a::b"),
        ("cloze-braces", "x}}y"),
    ):
        front, back = visible_text(cards[qid].question()), visible_text(cards[qid].answer())
        assert "[...]" in front and answer not in front
        assert answer in back and "[...]" not in back
    assert "The template used x}}y as its marker." in visible_text(cards["cloze-braces"].answer())


def test_html_in_a_question_is_shown_as_text(imported, visible_text):
    col, _, _ = imported
    card = cards_by_question(col)["html-1"]
    assert "<script>" not in card.question() and "<b>bold" not in card.question()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in card.question()
    assert "What does <script>alert(1)</script> or <b>bold</b> print?" in visible_text(
        card.question()
    )
    assert "<b> & <i>" in visible_text(card.answer())


def test_multiple_choice_shows_the_options_and_marks_the_right_one_on_the_back(
    imported, visible_text
):
    col, _, _ = imported
    card = cards_by_question(col)["mc-1"]
    front = visible_text(card.question())
    for choice in ("1905", "1917", "1921", "1918"):
        assert choice in front
    assert card.answer().count('<li class="qz-right">1917</li>') == 1
    assert 'class="qz qz-mc qz-revealed"' in card.answer()
    assert 'class="qz qz-mc qz-revealed"' not in card.question()


def test_true_false_back_gives_the_verdict_and_the_true_statement(imported, visible_text):
    col, _, _ = imported
    back = visible_text(cards_by_question(col)["tf-false"].answer())
    assert "False" in back and "The Bolsheviks seized power in October 1917." in back


def test_back_carries_explanation_and_source(imported, visible_text):
    col, _, _ = imported
    back = visible_text(cards_by_question(col)["wh-1"].answer())
    for text in (
        "Written in 1917.",
        "Lenin wrote The State and Revolution in 1917.",
        "Bolshevik Realism",
    ):
        assert text in back


def test_subdeck_per_bank_under_the_parent_and_tags(imported):
    col, _, _ = imported
    card = cards_by_question(col)["cloze-1"]
    assert col.decks.name(card.did) == (
        "Russian Revolution essays::The State and Revolution: Theory and Practice"
    )
    assert sorted(card.note().tags) == sorted(
        [
            "quizgen::bank::state-rev",
            "quizgen::type::cloze",
            "quizgen::answer::date",
            "quizgen::section::Bolshevik_Realism",
            "key_event",
        ]
    )


def test_reexport_after_an_edit_updates_the_note_and_keeps_its_history(
    tmp_path, anki_collection, import_apkg, visible_text
):
    bank_file = tmp_path / "state-rev.yaml"
    save_bank(BANK, bank_file)
    out = tmp_path / "study.apkg"
    export_anki([load_bank(bank_file)], out)
    import_apkg(anki_collection, out)
    card_ids = sorted(anki_collection.find_cards(""))
    reviewed = anki_collection.find_cards('"Question ID:wh-1"')[0]
    anki_collection.sched.set_due_date([reviewed], "7")
    due_before = anki_collection.get_card(reviewed).due

    edited = load_bank(bank_file)
    questions = tuple(
        replace(q, prompt="Who is the author of The State and Revolution?") if q.id == "wh-1" else q
        for q in edited.questions
    )
    save_bank(replace(edited, questions=questions), bank_file)
    # No pause: a second export within the same second must still count as newer.
    export_anki([load_bank(bank_file)], out)
    log = import_apkg(anki_collection, out)

    assert len(log.updated) >= 1 and len(log.new) == 0
    assert anki_collection.note_count() == len(QUESTIONS)
    assert sorted(anki_collection.find_cards("")) == card_ids
    card = anki_collection.get_card(reviewed)
    assert "Who is the author of The State and Revolution?" in visible_text(card.question())
    assert card.due == due_before
    note_types = {nt.id: nt.name for nt in anki_collection.models.all_names_and_ids()}
    ours = {i: n for i, n in note_types.items() if n.startswith("quizgen")}
    assert ours == {spec.model_id: spec.name for spec in NOTE_TYPES}


def test_several_banks_become_sibling_subdecks_without_rejected_questions(
    tmp_path, anki_collection, import_apkg
):
    from quizgen.export.selection import banks_for_export

    for bank in (BANK, OTHER):
        save_bank(bank, tmp_path / f"{bank.id}.yaml")
    out = tmp_path / "all.apkg"
    result = export_anki(banks_for_export([tmp_path]), out)
    import_apkg(anki_collection, out)
    names = {d.name for d in anki_collection.decks.all_names_and_ids()}
    assert {"quizgen", "quizgen::Kronstadt 1921", f"quizgen::{BANK.title}"} <= names
    assert anki_collection.note_count() == len(QUESTIONS) + 1 == result.plan.notes
    assert not anki_collection.find_notes('"Question ID:k2"')


def test_typed_answers_put_a_type_in_box_on_recall_cards_only(
    tmp_path, anki_collection, import_apkg
):
    out = tmp_path / "typed.apkg"
    export_anki([BANK], out, type_answers=True)
    import_apkg(anki_collection, out)
    cards = cards_by_question(anki_collection)
    for qid in ("wh-1", "term-1", "quote-1", "html-1"):
        assert "[[type:Answer]]" in cards[qid].question(), qid
    for qid in ("mc-1", "tf-true", "order-1", "cloze-1"):
        assert "[[type:" not in cards[qid].question(), qid
    # The answer as the student types it, special characters and all, counts as right.
    comparison = anki_collection.compare_answer(cards["html-1"].note()["Answer"], "<b> & <i>")
    assert (
        "typeGood" in comparison and "typeBad" not in comparison and "typeMissed" not in comparison
    )


def test_skipped_questions_are_reported_and_every_note_makes_a_card(
    tmp_path, anki_collection, import_apkg
):
    broken = replace(
        BANK,
        questions=QUESTIONS
        + (
            Question(id="no-gap", type="cloze", prompt="A sentence with no gap.", answer="gap"),
            Question(
                id="two-gaps",
                type="cloze",
                prompt="{{c1::Lenin}} and {{c2::Trotsky}}",
                answer="Lenin",
            ),
        ),
    )
    out = tmp_path / "skip.apkg"
    result = export_anki([broken], out)
    assert [(s.question_id, s.reason) for s in result.plan.skipped] == [
        ("no-gap", "is a cloze without a {{c1::...}} gap")
    ]
    import_apkg(anki_collection, out)
    assert anki_collection.note_count() == len(QUESTIONS) + 1
    assert anki_collection.card_count() == result.plan.cards == len(QUESTIONS) + 2
    for note_id in anki_collection.find_notes(""):
        assert anki_collection.get_note(note_id).cards()


def test_same_banks_and_timestamp_give_the_same_bytes(tmp_path):
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    export_anki([BANK], first, timestamp=1_800_000_000)
    export_anki([BANK], second, timestamp=1_800_000_000)
    assert first.read_bytes() == second.read_bytes()


def test_each_export_is_newer_than_the_package_it_replaces(tmp_path):
    out = tmp_path / "study.apkg"
    stamps = [export_anki([BANK], out).timestamp for _ in range(3)]
    assert stamps[0] < stamps[1] < stamps[2]
    assert int(stamps[1]) < int(stamps[2])

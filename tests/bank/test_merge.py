"""Regenerating onto a bank keeps everything the instructor did."""

from __future__ import annotations

from dataclasses import replace

import pytest
from bank_samples import generated, make_bank, make_questions

from quizgen.bank.format import SCHEMA_FILE_NAME, dump_bank, dump_question
from quizgen.bank.io import load_bank, write_generated_bank
from quizgen.bank.model import Question
from quizgen.bank.schema import schema_text
from quizgen.errors import BankError

HAND_WRITTEN = """\

  # My own question, for the seminar.
  - type: short
    prompt: What was the capital of Russia in 1917?
    answer: Petrograd
"""


def edit_like_an_instructor(text: str) -> str:
    """Approve the cloze, reword and mark the multiple choice, reject the true/false,
    comment here and there, and add a question of one's own."""
    text = text.replace(
        "title: The Russian Revolution\n",
        "title: The Russian Revolution  # week 3\n# Reviewed on Monday; more to come.\n",
    )
    text = text.replace(
        "  - id: rr-cloze-1\n    type: cloze\n    status: generated",
        "  - id: rr-cloze-1\n    type: cloze\n    status: approved",
    )
    text = text.replace(
        "    prompt: Who led the Bolshevik party in 1917?\n",
        "    prompt: 'Who led the Bolsheviks in 1917?'   # clearer\n",
    ).replace("  - id: rr-mc-1\n    type: multiple_choice\n    status: generated", "  - id: rr-mc-1\n    type: multiple_choice\n    status: edited")
    text = text.replace(
        "  - id: rr-tf-1\n    type: true_false\n    status: generated",
        "\n  # Too easy.\n  - id: rr-tf-1\n    type: true_false\n    status: rejected",
    )
    return text + HAND_WRITTEN


@pytest.fixture
def deck(tmp_path, bank):
    path = tmp_path / "russian-revolution.yaml"
    write_generated_bank(bank, path)
    return path


def test_first_write_adds_everything_and_the_schema(tmp_path, bank):
    path = tmp_path / "decks" / "rr.yaml"
    report = write_generated_bank(bank, path)
    assert report.added == tuple(q.id for q in bank.questions) and report.changed
    assert path.read_text(encoding="utf-8") == dump_bank(bank)
    assert (path.parent / SCHEMA_FILE_NAME).read_text(encoding="utf-8") == schema_text()


def test_regenerating_an_untouched_bank_changes_nothing(deck, bank):
    before = deck.read_bytes()
    report = write_generated_bank(make_bank(), deck)
    assert report.unchanged == tuple(q.id for q in bank.questions)
    assert (report.kept, report.updated, report.added, report.dropped, report.changed) == ((), (), (), (), False)
    assert deck.read_bytes() == before


def test_an_instructor_edited_bank_survives_byte_for_byte(deck):
    edited = edit_like_an_instructor(deck.read_text(encoding="utf-8"))
    deck.write_text(edited, encoding="utf-8")
    report = write_generated_bank(make_bank(), deck)
    assert deck.read_text(encoding="utf-8") == edited
    assert report.kept == ("rr-cloze-1", "rr-mc-1", "rr-tf-1", load_bank(deck).questions[-1].id)
    assert report.unchanged == ("rr-wh-1",) and not report.changed
    statuses = [q.status for q in load_bank(deck).questions]
    assert statuses == ["approved", "edited", "rejected", "generated", "approved"]


def test_each_merge_case(deck):
    edited = edit_like_an_instructor(deck.read_text(encoding="utf-8"))
    # A silent edit: the wh question reworded, its status left as generated.
    edited = edited.replace("When did Lenin return to Russia?", "In which month did Lenin return?")
    deck.write_text(edited, encoding="utf-8")
    cloze, mc, tf, wh = make_questions()
    extra = generated(Question(id="rr-new-1", type="short", prompt="Which city did Lenin arrive in?", answer="Petrograd", score=0.4))
    newer = (
        generated(replace(cloze, explanation="Regenerated.")),  # approved: kept as it was
        generated(replace(mc, prompt="Regenerated stem?")),  # edited: kept
        generated(replace(tf, prompt="Regenerated statement.")),  # rejected: kept, never back
        generated(replace(wh, answer="April")),  # silently edited: kept
        extra,
    )
    report = write_generated_bank(make_bank(newer), deck)
    assert report.kept[:4] == ("rr-cloze-1", "rr-mc-1", "rr-tf-1", "rr-wh-1")
    assert (report.updated, report.added, report.dropped) == ((), ("rr-new-1",), ())
    text = deck.read_text(encoding="utf-8")
    before_own = edited.index("\n  # My own question")
    assert text == edited[:before_own] + "\n" + dump_question(extra) + edited[before_own:]
    assert "# Reviewed on Monday; more to come." in text and "# clearer" in text and "# Too easy." in text
    questions = load_bank(deck).questions
    assert [q.id for q in questions][-2:] == ["rr-new-1", questions[-1].id]
    assert questions[-1].prompt == "What was the capital of Russia in 1917?"


def test_untouched_questions_are_updated_dropped_and_new_ones_placed_by_the_generation(deck):
    cloze, mc, tf, wh = make_questions()
    new_one = generated(Question(id="rr-new-1", type="short", prompt="Which city did Lenin arrive in?", answer="Petrograd"))
    newer = (generated(replace(cloze, score=0.9)), new_one, mc, wh)
    report = write_generated_bank(make_bank(newer), deck)
    assert report.updated == ("rr-cloze-1",)
    assert report.dropped == ("rr-tf-1",)
    assert report.added == ("rr-new-1",)
    assert report.unchanged == ("rr-mc-1", "rr-wh-1")
    assert load_bank(deck).questions == newer
    # An untouched bank gets exactly what a fresh generation would write.
    assert deck.read_text(encoding="utf-8") == dump_bank(make_bank(newer))


def test_splicing_keeps_comments_when_neighbours_change(deck):
    text = deck.read_text(encoding="utf-8")
    text = text.replace("  - id: rr-wh-1", "  # Dates section\n  - id: rr-wh-1")
    text = text.replace("status: generated", "status: approved", 1)  # the cloze
    deck.write_text(text, encoding="utf-8")
    cloze, mc, tf, wh = make_questions()
    new_one = generated(Question(id="rr-new-1", type="short", prompt="Which city did Lenin arrive in?", answer="Petrograd"))
    report = write_generated_bank(make_bank((cloze, generated(replace(mc, score=0.1)), wh, new_one)), deck)
    assert (report.kept, report.updated, report.dropped, report.added) == (("rr-cloze-1",), ("rr-mc-1",), ("rr-tf-1",), ("rr-new-1",))
    merged = deck.read_text(encoding="utf-8")
    assert "    score: 0.1\n" in merged
    assert "rr-tf-1" not in merged
    assert "\n\n  # Dates section\n  - id: rr-wh-1" in merged
    assert "\n\n\n" not in merged and merged.endswith("checksum: " + new_one.checksum + "\n")
    assert [q.id for q in load_bank(deck).questions] == ["rr-cloze-1", "rr-mc-1", "rr-wh-1", "rr-new-1"]


def test_a_comment_inside_a_generated_question_makes_it_the_instructors(deck):
    text = deck.read_text(encoding="utf-8").replace("    answer: Lenin\n", "    answer: Lenin  # check with the textbook\n")
    deck.write_text(text, encoding="utf-8")
    report = write_generated_bank(make_bank(make_questions()[:1]), deck)
    assert report.kept == ("rr-mc-1",)
    assert "# check with the textbook" in deck.read_text(encoding="utf-8")


def test_hash_signs_inside_text_are_not_comments(deck, bank):
    cloze, mc, tf, wh = make_questions()
    hashed = generated(replace(mc, prompt="Which issue # of Pravda printed the April Theses?", answer="Lenin"))
    write_generated_bank(make_bank((cloze, hashed, tf, wh)), deck)
    report = write_generated_bank(make_bank((cloze, tf, wh)), deck)
    assert report.dropped == ("rr-mc-1",)


def test_dry_run_writes_nothing(tmp_path, deck):
    before = deck.read_bytes()
    report = write_generated_bank(make_bank(make_questions()[:2]), deck, dry_run=True)
    assert report.dropped == ("rr-tf-1", "rr-wh-1")
    assert deck.read_bytes() == before
    fresh = tmp_path / "new" / "b.yaml"
    assert write_generated_bank(make_bank(), fresh, dry_run=True).added
    assert not fresh.parent.exists()


def test_a_broken_bank_is_left_untouched(deck):
    text = deck.read_text(encoding="utf-8").replace("type: wh", "type: whh")
    deck.write_text(text, encoding="utf-8")
    with pytest.raises(BankError, match=r"russian-revolution\.yaml:\d+: unknown question type 'whh'.*left as it was"):
        write_generated_bank(make_bank(), deck)
    assert deck.read_text(encoding="utf-8") == text


def test_a_generated_bank_that_does_not_validate_is_not_written(tmp_path):
    broken = generated(Question(id="bad", type="multiple_choice", prompt="Who?", answer="Lenin", choices=("Trotsky", "Martov")))
    path = tmp_path / "b.yaml"
    with pytest.raises(BankError, match=r"question bad: answer 'Lenin' is not among the choices"):
        write_generated_bank(make_bank((broken,)), path)
    assert not path.exists()


def test_checksums_are_written_for_generated_questions(tmp_path):
    plain = Question(id="q", type="true_false", prompt="Lenin returned in 1917.", answer="True")
    path = tmp_path / "b.yaml"
    write_generated_bank(make_bank((plain,)), path)
    loaded = load_bank(path).questions[0]
    assert loaded.checksum and loaded.answer == "true"
    assert write_generated_bank(make_bank((plain,)), path).unchanged == ("q",)


def test_other_indentation_and_line_endings_are_respected(deck):
    text = deck.read_text(encoding="utf-8")
    lines = text.split("\n")
    start = lines.index("questions:")
    reindented = lines[: start + 1] + [line[2:] if line.startswith("  ") else line for line in lines[start + 1 :]]
    crlf = "\r\n".join(reindented).replace("status: generated", "status: approved", 1)
    deck.write_bytes(crlf.encode("utf-8"))
    new_one = generated(Question(id="rr-new-1", type="short", prompt="Which city?", answer="Petrograd"))
    report = write_generated_bank(make_bank(make_questions() + (new_one,)), deck)
    assert report.added == ("rr-new-1",)
    merged = deck.read_bytes().decode("utf-8")
    assert "\r\n- id: rr-new-1\r\n  type: short\r\n" in merged
    assert "\n" not in merged.replace("\r\n", "")
    assert merged.startswith(crlf)


def test_generator_version_is_updated_in_an_edited_bank(deck):
    text = deck.read_text(encoding="utf-8").replace("status: generated", "status: approved", 1)
    deck.write_text(text, encoding="utf-8")
    write_generated_bank(make_bank(generator="quizgen 0.2.0", title="Another title"), deck)
    merged = deck.read_text(encoding="utf-8")
    assert "generator: quizgen 0.2.0\n" in merged and "title: The Russian Revolution\n" in merged


def test_a_bank_with_no_questions_yet_takes_the_new_ones(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text("# Fill me in\nid: russian-revolution\ntitle: Mine\nquestions: []  # nothing yet\n", encoding="utf-8")
    report = write_generated_bank(make_bank(), path)
    assert len(report.added) == 4
    merged = path.read_text(encoding="utf-8")
    assert merged.startswith("# Fill me in\nid: russian-revolution\ntitle: Mine\nquestions:  # nothing yet\n  - id: rr-cloze-1\n")
    assert load_bank(path).questions == make_questions()


def test_everything_dropped_leaves_an_empty_list(deck):
    text = deck.read_text(encoding="utf-8").replace("title: The Russian Revolution", "title: Mine")
    deck.write_text(text, encoding="utf-8")
    report = write_generated_bank(make_bank(()), deck)
    assert len(report.dropped) == 4
    assert load_bank(deck).questions == ()
    assert "questions: []" in deck.read_text(encoding="utf-8")


def test_a_bare_dash_above_the_question_is_followed(deck):
    text = deck.read_text(encoding="utf-8").replace("  - id: rr-mc-1\n", "  -   # revisit\n    id: rr-mc-1\n")
    deck.write_text(text, encoding="utf-8")
    cloze, mc, tf, wh = make_questions()
    report = write_generated_bank(make_bank((cloze, tf, wh)), deck)
    assert report.kept == ("rr-mc-1",) and report.unchanged == ("rr-cloze-1", "rr-tf-1", "rr-wh-1")
    assert deck.read_text(encoding="utf-8") == text


def test_a_flow_list_of_questions_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "b.yaml"
    text = "id: russian-revolution\ntitle: Mine\nquestions: [{id: x, type: short, prompt: Why?, answer: Because}]\n"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BankError, match=r"b\.yaml:3: `questions` is written as a \[\.\.\.\] list"):
        write_generated_bank(make_bank(), path)
    assert path.read_text(encoding="utf-8") == text


def test_a_field_of_the_instructors_own_makes_the_question_theirs(deck):
    nested = "[" * 900 + "]" * 900  # deep nesting must not break the merge either
    text = deck.read_text(encoding="utf-8").replace("    answer: Lenin\n", f"    answer: Lenin\n    notes: {nested}\n")
    deck.write_text(text, encoding="utf-8")
    cloze, mc, tf, wh = make_questions()
    report = write_generated_bank(make_bank((cloze, generated(replace(mc, prompt="New stem?")), tf, wh)), deck)
    assert report.kept == ("rr-mc-1",)
    assert deck.read_text(encoding="utf-8") == text

"""Validation: every problem named with the line of the offending question or field."""

from __future__ import annotations

import textwrap

import pytest

from quizgen.bank.io import bank_from_dict, load_bank, load_banks
from quizgen.bank.validate import check_text
from quizgen.errors import BankError

HEADER = "id: t\ntitle: Test\nquestions:\n"


def problems(body: str, severity: str = "error") -> list[tuple[int, str]]:
    checked = check_text(HEADER + textwrap.dedent(body), "bank.yaml")
    return [(p.line, p.message) for p in checked.problems if p.severity == severity]


def only(body: str, severity: str = "error") -> tuple[int, str]:
    found = problems(body, severity)
    assert len(found) == 1, found
    return found[0]


def test_a_clean_bank_has_no_problems():
    assert problems(
        """\
        - id: a
          type: wh
          prompt: When did Lenin return to Russia?
          answer: April 1917
        """,
        "error",
    ) == []


def test_yaml_syntax_error_has_line_and_column(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text(HEADER + "  - id: a\n    prompt: [unclosed\n    answer: b\n", encoding="utf-8")
    with pytest.raises(BankError) as caught:
        load_bank(path)
    message = str(caught.value)
    assert message == (
        f"{path}:6:11: YAML syntax error: did not find expected ',' or ']'"
        " (while parsing a flow sequence on line 5)"
    )


def test_a_file_that_is_not_a_bank_says_so(tmp_path):
    path = tmp_path / "notes.yaml"
    path.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(BankError, match=r"notes\.yaml:1: not a question bank"):
        load_bank(path)
    path.write_text("title: no questions\n", encoding="utf-8")
    with pytest.raises(BankError, match=r"notes\.yaml:1: not a question bank: no `questions:` list"):
        load_bank(path)
    path.write_text("", encoding="utf-8")
    with pytest.raises(BankError, match=r"notes\.yaml: not a question bank: the file is empty"):
        load_bank(path)


def test_unknown_question_type():
    line, message = only(
        """\
        - id: a
          type: clozee
          prompt: x {{c1::y}}
          answer: y
        """
    )
    assert line == 5
    assert "unknown question type 'clozee'" in message and message.endswith("unknown question type 'clozee'; did you mean 'cloze'?")


def test_missing_type_prompt_and_answer():
    found = problems(
        """\
        - id: a
          prompt: What?
          answer: This.
        - id: b
          type: wh
          answer: x
        - id: c
          type: wh
          prompt: Who?
        """
    )
    assert found == [
        (4, "question has no type (one of: cloze, multiple_choice, wh, true_false, quote, term, short, order)"),
        (7, "question has no prompt"),
        (10, "question has no answer"),
    ]


def test_cloze_without_a_gap():
    assert only(
        """\
        - id: a
          type: cloze
          status: approved
          prompt: Lenin returned in April 1917.
          answer: April 1917
        """
    ) == (7, "cloze prompt has no gap: mark the answer as {{c1::answer}}")


def test_cloze_answer_defaults_to_its_gap(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(HEADER + "  - id: a\n    type: cloze\n    prompt: Lenin returned in {{c1::April 1917}}.\n")
    assert load_bank(path).questions[0].answer == "April 1917"


def test_multiple_choice_answer_not_among_choices():
    assert only(
        """\
        - id: a
          type: multiple_choice
          prompt: Who led the Bolsheviks?
          answer: lenin
          choices: [Lenin, Trotsky, Martov, Kerensky]
        """
    ) == (7, "answer 'lenin' is not among the choices (the choices have 'Lenin': make them match exactly)")


def test_duplicated_choices_point_at_the_duplicate():
    assert only(
        """\
        - id: a
          type: multiple_choice
          prompt: Who led the Bolsheviks?
          answer: Lenin
          choices:
            - Lenin
            - Trotsky
            - trotsky
            - Martov
        """
    ) == (11, "duplicate choice 'trotsky'")


def test_duplicate_ids():
    assert only(
        """\
        - id: a
          type: wh
          prompt: Who?
          answer: Lenin
        - id: a
          type: wh
          prompt: When?
          answer: 1917
        """
    ) == (8, "duplicate id 'a': also used by the question on line 4")


def test_unknown_status():
    line, message = only(
        """\
        - id: a
          type: wh
          status: aproved
          prompt: Who?
          answer: Lenin
        """
    )
    assert line == 6 and message == "unknown status 'aproved'; did you mean 'approved'?"


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("prompt", "[a, b]", "`prompt` must be text, not a list"),
        ("answer", "{x: 1}", "`answer` must be text, not a mapping"),
        ("choices", "Lenin", "`choices` must be a list, not a single value"),
        ("tags", "[a, [b]]", "`tags` must be a list of text, and this is a list"),
        ("score", "high", "`score` must be a number"),
        ("source", "[x]", "`source` must be a mapping (document, section, paragraph, sentence)"),
    ],
)
def test_wrong_field_types(field, value, expected):
    fields = {"id": "a", "type": "short", "prompt": "Who?", "answer": "Lenin", field: value}
    body = "- " + "\n  ".join(f"{k}: {v}" for k, v in fields.items()) + "\n"
    line, message = only(body)
    assert message == expected
    assert line == 4 + list(fields).index(field)


def test_paragraph_must_be_a_whole_number():
    assert only(
        """\
        - id: a
          type: short
          prompt: Who?
          answer: Lenin
          source:
            document: Essay
            paragraph: third
        """
    ) == (10, "`paragraph` must be a whole number (0 or more)")


def test_true_false_answers():
    assert only(
        """\
        - id: a
          type: true_false
          prompt: Lenin returned in 1917.
          answer: maybe
        """
    ) == (7, "a true_false answer must be true or false, not 'maybe'")


def test_true_false_accepts_yaml_booleans(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(
        HEADER
        + "  - {id: a, type: true_false, prompt: One., answer: true}\n"
        + "  - {id: b, type: true_false, prompt: Two., answer: No}\n"
        + "  - {id: c, type: true_false, prompt: Three., answer: 'False'}\n"
    )
    assert [q.answer for q in load_bank(path).questions] == ["true", "false", "false"]


def test_duplicate_field():
    assert only(
        """\
        - id: a
          type: wh
          prompt: Who?
          answer: Lenin
          answer: Trotsky
        """
    ) == (8, "duplicate field 'answer' (also on line 7)")


def test_warnings_are_not_errors():
    body = """\
        - id: a
          type: multiple_choice
          prompt: Which party did Lenin lead, the Bolshevik party?
          answer: Bolshevik
          choices: [Bolshevik, Menshevik]
          promt: typo
        - type: short
          prompt: >-
            one two three four five six seven eight nine ten eleven twelve thirteen fourteen
            fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three
            twenty-four twenty-five twenty-six twenty-seven twenty-eight twenty-nine thirty
            thirty-one thirty-two thirty-three thirty-four thirty-five thirty-six thirty-seven
            thirty-eight thirty-nine forty forty-one
          answer: count
        """
    assert problems(body, "error") == []
    assert problems(body, "warning") == [
        (6, "the answer 'Bolshevik' is visible in the prompt"),
        (8, "only 1 distractor (3 or more make a fair question)"),
        (9, "unknown question field 'promt'; did you mean 'prompt'?"),
        (10, "question has no id: `quizgen lint --fix` will add one"),
        (11, "prompt is 41 words long (keep it to 40 or fewer)"),
    ]


def test_answer_hidden_in_a_gap_is_not_visible():
    assert problems(
        """\
        - id: a
          type: cloze
          prompt: Lenin returned in {{c1::April 1917}}.
          answer: April 1917
        """,
        "warning",
    ) == []


def test_hand_written_questions_get_a_stable_id_and_count_as_approved(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(HEADER + "  - type: short\n    prompt: Capital in 1917?\n    answer: Petrograd\n")
    first = load_bank(path).questions[0]
    assert first.id.startswith("t-h") and first.status == "approved" and first.checksum == ""
    assert load_bank(path).questions[0].id == first.id


def test_load_error_names_the_first_problem_and_counts_the_rest(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(HEADER + "  - id: a\n    type: nope\n    prompt: x\n    answer: y\n  - id: b\n    type: wh\n")
    with pytest.raises(BankError) as caught:
        load_banks([tmp_path])
    assert str(caught.value) == (
        f"{path}:5: unknown question type 'nope' (one of: cloze, multiple_choice, wh, true_false,"
        f" quote, term, short, order) (and 2 more: run `quizgen lint {path}`)"
    )


def test_bad_encoding_is_one_clear_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(HEADER.encode() + "  - {id: a, type: short, prompt: café, answer: x}\n".encode("latin-1"))
    with pytest.raises(BankError, match=r"latin1\.yaml:4: not UTF-8 text: save the bank as UTF-8"):
        load_bank(path)


def test_missing_path_is_named():
    with pytest.raises(BankError, match=r"nowhere\.yaml: no such file or folder"):
        load_banks(["nowhere.yaml"])


def test_banks_in_memory_validate_the_same_way():
    with pytest.raises(BankError, match=r"^memory\.yaml: unknown question type 'x'"):
        bank_from_dict({"questions": [{"id": "a", "type": "x", "prompt": "p", "answer": "a"}]}, "memory.yaml")
    bank = bank_from_dict({"id": "m", "questions": [{"id": "a", "type": "wh", "prompt": "p?", "answer": 1917}]}, "m.yaml")
    assert bank.questions[0].answer == "1917"


@pytest.mark.parametrize(
    ("body", "hint"),
    [
        ("\t- id: a\n", "indent with spaces, not tabs"),
        ("  - id: a\n    prompt: Who said: this?\n", "text holding `: ` must be quoted, or written as a `>-` block"),
        ("  - id: a\n   type: x\n", "check this line's indentation"),
        ("  - id: a\n    prompt: @home\n", "text starting with @ must be quoted"),
    ],
)
def test_syntax_errors_say_what_usually_causes_them(body, hint):
    checked = check_text(HEADER + body, "bank.yaml")
    assert len(checked.errors) == 1 and checked.errors[0].line >= 4
    assert hint in checked.errors[0].message


def test_a_cloze_gap_counts_as_one_word_of_the_stem():
    gap = "{{c1::" + " ".join(["word"] * 5) + "}}"
    body = "- id: a\n  type: cloze\n  prompt: " + " ".join(["one"] * 38) + f" {gap} end.\n  answer: x\n"
    assert not [p for p in problems(body, "warning") if "words long" in p[1]]


def test_a_gap_capitalised_at_the_start_still_holds_its_answer():
    body = "- id: a\n  type: cloze\n  prompt: '{{c1::Working class}} parties split in 1903.'\n  answer: working class\n"
    assert problems(body, "warning") == []

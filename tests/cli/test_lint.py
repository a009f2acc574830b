"""`quizgen lint` and `quizgen schema` as an instructor runs them."""

from __future__ import annotations

import json
import textwrap

import pytest

from quizgen.bank.io import load_bank
from quizgen.cli.main import main

GOOD = """\
id: good
title: Good
questions:
  - id: good-1
    type: multiple_choice
    prompt: Who led the Bolsheviks in 1917?
    answer: Lenin
    choices: [Lenin, Trotsky, Martov, Kerensky]
"""

BROKEN = """\
id: broken
title: Broken
questions:
  - id: b-1
    type: multiple_choice
    prompt: Who led the Bolsheviks in 1917?
    answer: Stalin
    choices: [Lenin, Trotsky, Martov, Kerensky]
  - id: b-2
    type: cloze
    prompt: Lenin returned in April 1917.
    answer: April 1917
  - id: b-1
    type: wh
    status: aprooved
    prompt: When did Lenin return?
    answer: April 1917
"""


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as finished:
        main(list(args))
    captured = capsys.readouterr()
    return finished.value.code, captured.out, captured.err


@pytest.fixture
def decks(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "decks"
    folder.mkdir()
    return folder


def test_clean_banks_pass(capsys, decks):
    (decks / "good.yaml").write_text(GOOD)
    code, out, _ = run(capsys, "lint")
    assert code == 0
    assert out == "1 bank checked: no problems\n"


def test_each_problem_has_its_file_and_line(capsys, decks):
    (decks / "good.yaml").write_text(GOOD)
    (decks / "broken.yaml").write_text(BROKEN)
    code, out, _ = run(capsys, "lint")
    assert code == 1
    assert out.splitlines() == [
        "decks/broken.yaml:7: error: answer 'Stalin' is not among the choices",
        "decks/broken.yaml:11: error: cloze prompt has no gap: mark the answer as {{c1::answer}}",
        "decks/broken.yaml:15: error: unknown status 'aprooved'; did you mean 'approved'?",
        "2 banks checked: 3 errors, 0 warnings",
    ]


def test_duplicate_ids_within_and_across_banks(capsys, decks):
    (decks / "good.yaml").write_text(GOOD)
    (decks / "other.yaml").write_text(GOOD.replace("id: good\n", "id: other\n"))
    (decks / "twice.yaml").write_text(BROKEN.replace("    status: aprooved\n", "").replace("Stalin", "Lenin").replace("April 1917.", "{{c1::April 1917}}."))
    code, out, _ = run(capsys, "lint")
    assert code == 1
    assert "decks/twice.yaml:13: error: duplicate id 'b-1': also used by the question on line 4" in out
    assert "decks/other.yaml:4: error: id 'good-1' is also used in decks/good.yaml:4; ids must be unique across banks" in out


def test_syntax_errors_have_a_column(capsys, decks):
    (decks / "bad.yaml").write_text("id: bad\nquestions:\n  - id: x\n   type: wh\n")
    code, out, _ = run(capsys, "lint")
    assert code == 1
    assert out.startswith(
        "decks/bad.yaml:4:4: error: YAML syntax error: did not find expected '-' indicator"
        " (while parsing a block collection on line 3): check this line's indentation"
    )


def test_warnings_do_not_fail_unless_strict(capsys, decks):
    (decks / "weak.yaml").write_text(GOOD.replace("[Lenin, Trotsky, Martov, Kerensky]", "[Lenin, Trotsky]"))
    code, out, _ = run(capsys, "lint", "decks/weak.yaml")
    assert code == 0
    assert out.splitlines() == [
        "decks/weak.yaml:8: warning: only 1 distractor (3 or more make a fair question)",
        "1 bank checked: 0 errors, 1 warning",
    ]
    assert run(capsys, "lint", "--strict", "decks/weak.yaml")[0] == 1


def test_fix_adds_ids_and_says_so(capsys, decks):
    text = textwrap.dedent(
        """\
        id: mine
        title: Mine
        questions:
          # Written for the seminar.
          - type: short
            prompt: What was the capital of Russia in 1917?
            answer: Petrograd
          - {type: true_false, prompt: Lenin returned in 1917., answer: true}
        """
    )
    path = decks / "mine.yaml"
    path.write_text(text)
    ids_before = [q.id for q in load_bank(path).questions]
    code, out, _ = run(capsys, "lint", "--fix")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"decks/mine.yaml:5: added id '{ids_before[0]}'"
    assert lines[1] == f"decks/mine.yaml:8: added id '{ids_before[1]}'"
    assert lines[2:] == ["fixed 2 questions", "1 bank checked: no problems"]
    fixed = path.read_text()
    assert fixed == text.replace("  - type: short", f"  - id: {ids_before[0]}\n    type: short").replace(
        "{type: true_false", f"{{id: {ids_before[1]}, type: true_false"
    )
    assert [q.id for q in load_bank(path).questions] == ids_before
    assert run(capsys, "lint", "--fix")[1].startswith("nothing to fix")


def test_missing_folder_is_one_line(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    code, out, err = run(capsys, "lint")
    assert code == 1 and out == "" and err == "quizgen: decks: no such file or folder\n"


def test_schema_is_printed_and_is_json(capsys):
    code, out, _ = run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["$schema"].startswith("http://json-schema.org/")
    assert "multiple_choice" in schema["definitions"]["question"]["properties"]["type"]["enum"]


def test_an_unreadable_file_is_one_problem_among_the_others(capsys, decks):
    (decks / "good.yaml").write_text(GOOD)
    (decks / "latin1.yaml").write_bytes("id: x\nquestions: [] # café\n".encode("latin-1"))
    code, out, _ = run(capsys, "lint")
    assert code == 1
    assert out.splitlines() == [
        "decks/latin1.yaml:2: error: not UTF-8 text: save the bank as UTF-8",
        "2 banks checked: 1 error, 0 warnings",
    ]


def test_a_folder_without_banks_is_an_error(capsys, decks):
    code, out, err = run(capsys, "lint")
    assert code == 1 and err == "quizgen: decks: no bank files (*.yaml) to check\n"

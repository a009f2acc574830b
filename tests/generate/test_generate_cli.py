"""`quizgen generate` end to end: banks written, bad input told in one line, others still go."""

from __future__ import annotations

import pytest

from essay import ESSAY
from quizgen.bank.io import load_bank
from quizgen.cli.main import main

ESSAY_TEXT = "\n\n".join(f"{heading}\n\n" + " ".join(sentences) for heading, sentences in ESSAY)


def run(argv, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    out, err = capsys.readouterr()
    return exit_info.value.code, out, err


@pytest.fixture
def essays(tmp_path):
    folder = tmp_path / "essays"
    folder.mkdir()
    (folder / "canal-age.txt").write_text(ESSAY_TEXT, encoding="utf-8")
    return folder


def test_generates_one_bank_per_essay_with_a_summary(essays, tmp_path, capsys):
    code, out, err = run(["generate", str(essays), "--out", str(tmp_path / "decks")], capsys)
    assert code == 0, err
    bank = load_bank(tmp_path / "decks" / "canal-age.yaml")
    assert bank.questions
    assert "canal-age.txt" in out and "questions (" in out


def test_same_input_writes_byte_identical_files(essays, tmp_path, capsys):
    run(["generate", str(essays), "--out", str(tmp_path / "a")], capsys)
    run(["generate", str(essays), "--out", str(tmp_path / "b")], capsys)
    first = (tmp_path / "a" / "canal-age.yaml").read_bytes()
    assert first == (tmp_path / "b" / "canal-age.yaml").read_bytes()


def test_missing_file_is_one_line_and_other_essays_still_go(essays, tmp_path, capsys):
    code, out, err = run(
        ["generate", str(tmp_path / "nope.txt"), str(essays / "canal-age.txt"), "--out", str(tmp_path / "d")], capsys
    )
    assert code == 1
    assert err.strip().splitlines() == [f"quizgen: {tmp_path / 'nope.txt'}: no such file or folder"]
    assert (tmp_path / "d" / "canal-age.yaml").exists()


def test_essay_without_usable_sentences_is_reported(essays, tmp_path, capsys):
    (essays / "empty-ish.txt").write_text("Title\n\nJust words.\n", encoding="utf-8")
    code, out, err = run(["generate", str(essays), "--out", str(tmp_path / "d")], capsys)
    assert code == 1
    assert "empty-ish.txt" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert (tmp_path / "d" / "canal-age.yaml").exists()
    assert not (tmp_path / "d" / "empty-ish.yaml").exists()


def test_output_folder_that_is_a_file(essays, tmp_path, capsys):
    blocker = tmp_path / "decks"
    blocker.write_text("not a folder")
    code, out, err = run(["generate", str(essays), "--out", str(blocker)], capsys)
    assert code == 1
    assert err.strip() == f"quizgen: {blocker}: output folder is a file"


def test_dry_run_writes_nothing(essays, tmp_path, capsys):
    code, out, err = run(["generate", str(essays), "--out", str(tmp_path / "d"), "--dry-run"], capsys)
    assert code == 0
    assert "would write" in out
    assert not (tmp_path / "d").exists()


def test_max_limits_the_bank(essays, tmp_path, capsys):
    run(["generate", str(essays), "--out", str(tmp_path / "d"), "--max", "3"], capsys)
    assert len(load_bank(tmp_path / "d" / "canal-age.yaml").questions) == 3


def test_bad_option_values_are_refused(essays, capsys):
    code, out, err = run(["generate", str(essays), "--max", "0"], capsys)
    assert code != 0 and "Traceback" not in err

import os

import pytest

from quizgen.errors import QuizgenError
from quizgen.fileio import atomic_write_text


def test_new_file_gets_the_umask_mode(tmp_path):
    target = tmp_path / "bank.yaml"
    old = os.umask(0o022)
    try:
        atomic_write_text(target, "questions: []\n")
    finally:
        os.umask(old)
    assert target.read_text() == "questions: []\n"
    assert target.stat().st_mode & 0o777 == 0o644


def test_replacing_keeps_the_existing_mode_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "bank.yaml"
    target.write_text("old")
    target.chmod(0o640)
    atomic_write_text(target, "new")
    assert target.read_text() == "new"
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["bank.yaml"]


def test_unwritable_folder_is_a_one_line_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(QuizgenError, match="cannot write"):
        atomic_write_text(blocker / "bank.yaml", "x")

"""Bad input: one clear TextError line naming the file, never a traceback."""

import subprocess
import sys

import pytest

from quizgen.errors import TextError
from quizgen.text.metadata import essay_info
from quizgen.text.reader import read_document


def test_missing_file(tmp_path, tools):
    with pytest.raises(TextError, match="no such file"):
        read_document(tmp_path / "missing.txt", tools)


def test_directory(tmp_path, tools):
    with pytest.raises(TextError, match="is a directory"):
        read_document(tmp_path, tools)


def test_empty_file(tmp_path, tools):
    path = tmp_path / "empty.txt"
    path.write_text("  \n\n", encoding="utf-8")
    with pytest.raises(TextError, match="is empty"):
        read_document(path, tools)


def test_binary_file(tmp_path, tools):
    path = tmp_path / "picture.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(TextError, match="binary"):
        read_document(path, tools)


def test_non_utf8_text_names_the_line(tmp_path, tools):
    path = tmp_path / "latin1.txt"
    path.write_bytes("First line.\nLa r\u00e9volution russe.\n".encode("latin-1"))
    with pytest.raises(TextError, match=r"latin1.txt:2: is not UTF-8"):
        read_document(path, tools)


def test_a_20_mb_file(tmp_path, tools):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * (4 * 1024 * 1024))
    with pytest.raises(TextError, match="too large"):
        read_document(path, tools)


def test_title_from_first_heading_without_index(tmp_path, tools):
    path = tmp_path / "essay-on-soviets.txt"
    path.write_text("The Fate of the Soviets\n\nThe soviets lost their power by 1921.\n", encoding="utf-8")
    document = read_document(path, tools)
    assert document.title == "The Fate of the Soviets"
    plain = tmp_path / "notes-on-kronstadt.txt"
    plain.write_text("The sailors rose in March 1921.\n", encoding="utf-8")
    assert read_document(plain, tools).title == "Notes on kronstadt"


def test_index_yaml_gives_title_and_author(tmp_path):
    (tmp_path / "index.yaml").write_text("a.txt:\n  title: A Title\n  author: A. Writer\n", encoding="utf-8")
    info = essay_info(tmp_path / "a.txt")
    assert (info.title, info.author) == ("A Title", "A. Writer")


@pytest.mark.parametrize("content", [None, b"", b"\x00\x01\x02binary", "r\u00e9sum\u00e9".encode("latin-1")])
def test_inspect_prints_one_line_and_fails(tmp_path, content):
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "inspect", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("quizgen: ") and "bad.txt" in lines[0]

"""`quizgen quiz` from the command line: errors are one line, and a killed app loses nothing."""

import os
import pty
import select
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from quizgen.bank.io import load_bank
from quizgen.study.choices import shown_choices


def quizgen(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "quizgen", *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=60,
    )


def assert_one_line_error(result, *fragments):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("quizgen: "), result.stderr
    for fragment in fragments:
        assert fragment in lines[0]


def test_a_missing_bank_is_one_line(tmp_path):
    assert_one_line_error(quizgen("quiz", str(tmp_path / "nope.yaml")), "nope.yaml")


def test_an_invalid_bank_is_one_line_naming_the_file(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: x\nquestions: [\n  - {id: 1\n", encoding="utf-8")
    assert_one_line_error(
        quizgen("quiz", str(broken), "--db", str(tmp_path / "p.db")), "broken.yaml"
    )


def test_an_empty_decks_folder_is_one_line(tmp_path):
    (tmp_path / "decks").mkdir()
    assert_one_line_error(quizgen("quiz", cwd=tmp_path), "no bank files")


def test_a_corrupt_database_is_reported_and_not_overwritten(tmp_path, bank_path):
    db = tmp_path / "progress.sqlite3"
    garbage = b"SQLite format 3\x00" + b"\x07" * 5000
    db.write_bytes(garbage)
    result = quizgen("quiz", str(bank_path), "--db", str(db))
    assert_one_line_error(result, str(db), "left as it is")
    assert db.read_bytes() == garbage


class Terminal:
    """The app in a child process on a pseudo-terminal, as a student runs it."""

    def __init__(self, *args: str, cwd=None) -> None:
        env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # child
            if cwd is not None:
                os.chdir(cwd)
            os.execve(sys.executable, [sys.executable, "-m", "quizgen", *args], env)
        self.output = b""

    def wait_for(self, text: str, timeout: float = 20.0) -> None:
        """Wait until `text` has been drawn (keys sent earlier could reach the wrong screen)."""
        start = len(self.output)
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            self.drain()
            if text.encode() in self.output[start:]:
                return
        pytest.fail(f"{text!r} never appeared; screen: {self.output[-2000:]!r}")

    def drain(self, seconds: float = 0.05) -> None:
        end = time.monotonic() + seconds
        while (left := end - time.monotonic()) > 0:
            ready, _, _ = select.select([self.fd], [], [], left)
            if ready:
                try:
                    self.output += os.read(self.fd, 65536)
                except OSError:
                    return

    def send(self, keys: str) -> None:
        os.write(self.fd, keys.encode())

    def kill(self) -> None:
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def wait_for_rows(db, count, terminal, timeout=20.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        terminal.drain()
        if db.exists():
            try:
                with sqlite3.connect(db) as conn:
                    if conn.execute("SELECT count(*) FROM reviews").fetchone()[0] >= count:
                        return
            except sqlite3.OperationalError:
                pass  # the schema is being created
    pytest.fail(f"{count} answers not stored in time; screen: {terminal.output[-2000:]!r}")


def test_killing_the_app_mid_session_loses_no_answer(tmp_path, bank_path):
    db = tmp_path / "progress.sqlite3"
    mc = next(q for q in load_bank(bank_path).questions if q.id == "state-mc-1")
    right_choice = str(shown_choices(mc).index(mc.answer) + 1)
    terminal = Terminal("quiz", str(bank_path), "--db", str(db), "--review")
    try:
        answers = [
            ("Which city was the capital", right_choice),
            ("o long as the state exists", "f"),
            ("Who wrote", "Lenin\r"),
        ]
        for count, (prompt, keys) in enumerate(answers, start=1):
            terminal.wait_for(prompt)
            terminal.send(keys)
            wait_for_rows(db, count, terminal)
            terminal.send("\r")  # next question
    finally:
        terminal.kill()

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        reviews = conn.execute("SELECT question_id, correct FROM reviews ORDER BY id").fetchall()
        cards = conn.execute("SELECT question_id FROM cards ORDER BY question_id").fetchall()
    assert reviews == [("state-mc-1", 1), ("state-tf-1", 0), ("state-wh-1", 1)]
    assert cards == [("state-mc-1",), ("state-tf-1",), ("state-wh-1",)]


def test_plain_quizgen_opens_the_app_on_decks(tmp_path, bank_path, monkeypatch):
    db = tmp_path / "elsewhere.sqlite3"
    monkeypatch.setenv("QUIZGEN_DB", str(db))
    terminal = Terminal(cwd=bank_path.parent.parent)
    try:
        terminal.wait_for("The State and Revolution")
        # The footer is often drawn in the same write as the bank list.
        if b"Review" not in terminal.output:
            terminal.wait_for("Review")
    finally:
        terminal.kill()
    assert db.exists()

"""The wheel carries everything the installed app needs besides Python code."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA_FILES = ("quizgen/tui/quiz.tcss", "quizgen/export/anki.css", "quizgen/bank/bank.schema.json")

APP_FROM_WHEEL = """
import asyncio, sys
from quizgen.bank.io import load_bank
from quizgen.study.store import ProgressStore
from quizgen.tui.app import QuizApp

async def main():
    app = QuizApp([load_bank(sys.argv[1])], ProgressStore.open(sys.argv[2]))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        print(type(app.screen).__name__, len(app.stylesheet.rules) > 0)

asyncio.run(main())
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("quizgen-*.whl"))


def test_wheel_ships_stylesheets_and_schema(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert [f for f in DATA_FILES if f not in names] == []


def test_quiz_app_starts_from_the_unpacked_wheel(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    bank = tmp_path / "bank.yaml"
    bank.write_text(
        "id: tiny\ntitle: Tiny\nquestions:\n"
        "  - id: tiny-1\n    type: short\n    prompt: Who wrote The State and Revolution?\n"
        "    answer: Lenin\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-c", APP_FROM_WHEEL, str(bank), str(tmp_path / "progress.db")],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["HomeScreen", "True"]

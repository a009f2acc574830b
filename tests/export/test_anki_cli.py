"""`quizgen export anki` as a user runs it."""

from __future__ import annotations

import pytest

from quizgen.bank.io import save_bank
from quizgen.bank.model import Bank, Question
from quizgen.cli import export_anki as anki_cli
from quizgen.cli.main import main
from quizgen.export import anki

BANK = Bank(
    id="kronstadt",
    title="Kronstadt 1921",
    questions=(
        Question(
            id="k1",
            type="wh",
            prompt="Where did the sailors rise?",
            answer="Kronstadt",
            status="approved",
        ),
        Question(id="k2", type="cloze", prompt="The rising was in {{c1::1921}}.", answer="1921"),
        Question(id="k4", type="wh", prompt="Rejected?", answer="yes", status="rejected"),
    ),
)


def run(*args: str) -> int:
    with pytest.raises(SystemExit) as exit_:
        main(["export", "anki", *args])
    return exit_.value.code


@pytest.fixture
def decks(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "decks").mkdir()
    save_bank(BANK, tmp_path / "decks" / "kronstadt.yaml")
    return tmp_path / "decks"


def test_default_exports_every_bank_in_decks_and_says_what_it_wrote(
    decks, capsys, anki_collection, import_apkg
):
    assert run() == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        "Wrote quizgen.apkg: 2 notes, 2 cards, 1 deck under 'quizgen'",
        "  quizgen::Kronstadt 1921: 2 notes (Basic 1, Cloze 1)",
        "Notes by type: Basic 1, Cloze 1",
    ]
    assert err == ""
    import_apkg(anki_collection, decks.parent / "quizgen.apkg")
    assert anki_collection.note_count() == 2


def test_deck_out_and_approved_only(decks, capsys, tmp_path):
    assert (
        run(str(decks), "--out", "out/study.apkg", "--deck", "History::Russia", "--approved-only")
        == 0
    )
    out = capsys.readouterr().out
    assert "Wrote out/study.apkg: 1 note, 1 card, 1 deck under 'History::Russia'" in out
    assert "  History::Russia::Kronstadt 1921: 1 note (Basic 1)" in out
    assert (tmp_path / "out" / "study.apkg").is_file()


@pytest.mark.parametrize(
    "out, message",
    [
        ("blocker/study.apkg", "blocker/study.apkg: cannot write: blocker is a file, not a folder"),
        ("study.txt", "study.txt: an Anki package must end in .apkg"),
    ],
)
def test_output_that_cannot_be_written_is_one_line_and_non_zero(decks, capsys, out, message):
    (decks.parent / "blocker").write_text("a file, not a folder")
    assert run("--out", out) != 0
    err = capsys.readouterr().err
    assert err.startswith(f"quizgen: {message}") and err.count("\n") == 1


def test_invalid_bank_is_one_line_naming_the_file(decks, capsys):
    (decks / "broken.yaml").write_text("title: x\nquestions:\n  - id: [unclosed\n")
    assert run() != 0
    err = capsys.readouterr().err
    assert err.startswith("quizgen: decks/broken.yaml:") and err.count("\n") == 1
    assert not (decks.parent / "quizgen.apkg").exists()


def test_nothing_to_export_is_an_error(decks, capsys):
    save_bank(Bank(id="empty", title="Empty"), decks / "kronstadt.yaml")
    assert run() != 0
    assert "nothing to export" in capsys.readouterr().err


def test_cli_defaults_match_the_library_defaults():
    assert anki_cli.DEFAULT_DECK == anki.DEFAULT_PARENT_DECK
    assert anki_cli.DEFAULT_OUT == str(anki.DEFAULT_OUT)

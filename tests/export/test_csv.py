"""Flashcard rows for Quizlet (tab-separated) and spreadsheets (CSV)."""

from __future__ import annotations

import csv
import io

import pytest

from quizgen.bank.io import save_bank
from quizgen.bank.model import Bank, Question
from quizgen.cli.main import main
from quizgen.export.csv_export import csv_text, flashcard_rows, tsv_text

BANK = Bank(
    id="rr",
    title="The Russian Revolution",
    questions=(
        Question(id="c", type="cloze", prompt="Lenin returned in {{c1::April 1917}} to {{c2::Petrograd}}.", answer="April 1917"),
        Question(id="m", type="multiple_choice", prompt="Who led the Bolsheviks?", answer="Lenin", choices=("Lenin", "Martov", "Trotsky", "Kerensky"), tags=("people",)),
        Question(id="f", type="true_false", prompt="Lenin returned in 1905.", answer="false", explanation="He returned in April 1917."),
        Question(id="t", type="true_false", prompt="Lenin returned in 1917.", answer="true"),
        Question(id="o", type="order", prompt="Put in order.", answer="", choices=("February", "October", "Kronstadt")),
        Question(id="w", type="wh", prompt='Who said "peace,\tland\nand bread"?', answer="Lenin"),
    ),
)


def test_rows_pair_each_question_with_its_answer():
    assert flashcard_rows([BANK]) == [
        ("Lenin returned in _____ to Petrograd.", "April 1917"),
        ("Lenin returned in April 1917 to _____.", "Petrograd"),
        ("Who led the Bolsheviks?", "Lenin"),
        ("True or false: Lenin returned in 1905.", "False. He returned in April 1917."),
        ("True or false: Lenin returned in 1917.", "True"),
        ("Put in order. (February; Kronstadt; October)", "February → October → Kronstadt"),
        ('Who said "peace,\tland\nand bread"?', "Lenin"),
    ]


def test_tsv_has_a_header_and_one_card_per_line():
    text = tsv_text(flashcard_rows([BANK]))
    lines = text.split("\n")
    assert lines[0] == "question\tanswer"
    assert lines[-1] == ""
    assert all(line.count("\t") == 1 for line in lines[:-1])
    assert len(lines) - 2 == 7
    # Quizlet shows quotes literally, so nothing is quoted; tabs and breaks become spaces.
    assert 'Who said "peace, land and bread"?\tLenin' in lines


def test_csv_reads_back_in_a_spreadsheet():
    rows = flashcard_rows([BANK], full=True)
    text = csv_text(rows, ("question", "answer", "type", "bank", "id", "tags"))
    read = list(csv.reader(io.StringIO(text)))
    assert read[0] == ["question", "answer", "type", "bank", "id", "tags"]
    assert [tuple(r) for r in read[1:]] == rows
    assert read[3] == ["Who led the Bolsheviks?", "Lenin", "multiple_choice", "rr", "m", "people"]


def test_cli_writes_tsv_by_default_and_csv_on_request(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    save_bank(BANK, tmp_path / "decks" / "rr.yaml")
    with pytest.raises(SystemExit) as finished:
        main(["export", "csv"])
    assert finished.value.code == 0
    assert capsys.readouterr().out == "Wrote quizgen.tsv: 7 cards\n"
    assert (tmp_path / "quizgen.tsv").read_text(encoding="utf-8").startswith("question\tanswer\n")
    with pytest.raises(SystemExit):
        main(["export", "csv", "--format", "csv", "--all-fields"])
    assert capsys.readouterr().out == "Wrote quizgen.csv: 7 cards\n"
    assert (tmp_path / "quizgen.csv").read_bytes().startswith(b"question,answer,type,bank,id,tags\r\n")

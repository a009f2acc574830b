"""The printable worksheet: sections in essay order, an answer key, reproducible shuffles."""

from __future__ import annotations

import re

import pytest

from quizgen.bank.io import save_bank
from quizgen.bank.model import Bank, Question, Source
from quizgen.cli.main import main
from quizgen.export.markdown import worksheet


def q(qid: str, section: str, paragraph: int, **fields) -> Question:
    base = dict(type="wh", prompt=f"Question {qid}?", answer=f"Answer {qid}")
    return Question(id=qid, source=Source("essay", section, paragraph, "s"), **{**base, **fields})


BANK = Bank(
    id="rr",
    title="The Russian Revolution",
    author="E. H. Carr",
    questions=(
        q("late", "October", 9),
        q("mc", "February", 2, type="multiple_choice", prompt="Who led the *Bolsheviks*?", answer="Lenin", choices=("Lenin", "Martov", "Trotsky", "Kerensky")),
        q("intro", "", 0, type="cloze", prompt="The revolution came in {{c1::1917}}.", answer="1917"),
        q("tf", "February", 1, type="true_false", prompt="The Tsar abdicated in March 1917.", answer="true"),
        q("early", "October", 7),
    ),
)


def test_questions_are_grouped_by_section_in_essay_order():
    text = worksheet([BANK])
    assert text.startswith("# The Russian Revolution\n\n*E. H. Carr*\n")
    headings = re.findall(r"^## (.+)$", text, flags=re.M)
    assert headings == ["February", "October", "The Russian Revolution"]  # the last one opens the key
    assert text.index("1. The revolution came in \\_") < text.index("## February")
    body = text[: text.index("# Answer key")]
    numbered = re.findall(r"^(\d+)\. (.+)$", body, flags=re.M)
    assert [n for n, _ in numbered] == ["1", "2", "3", "4", "5"]
    assert "Question early?" in numbered[3][1] and "Question late?" in numbered[4][1]


def test_answer_key_at_the_end_matches_the_numbers():
    text = worksheet([BANK])
    key = text[text.index("# Answer key") :]
    assert text.index("# Answer key") > text.rindex("Question late?")
    answers = dict(re.findall(r"^(\d+)\. (.+)$", key, flags=re.M))
    assert answers["1"] == "1917"
    assert answers["2"] == "True"
    letter = answers["3"][0]
    assert answers["3"] == f"{letter}) Lenin"
    assert f"   - {letter}) Lenin" in text
    assert answers["4"] == "Answer early"


def test_markdown_characters_in_questions_are_escaped():
    assert "Who led the \\*Bolsheviks\\*?" in worksheet([BANK])


def test_seed_shuffles_reproducibly():
    many = Bank(id="m", title="M", questions=tuple(q(f"q{i}", "S", i) for i in range(12)))
    unshuffled = worksheet([many])
    first = worksheet([many], seed=7)
    assert first == worksheet([many], seed=7)
    assert first != unshuffled
    assert worksheet([many], seed=8) != first
    assert sorted(re.findall(r"Question q\d+", first)) == sorted(re.findall(r"Question q\d+", unshuffled))


def test_cli_writes_the_worksheet(capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    save_bank(BANK, tmp_path / "decks" / "rr.yaml")
    with pytest.raises(SystemExit) as finished:
        main(["export", "markdown", "--seed", "3"])
    assert finished.value.code == 0
    assert capsys.readouterr().out == "Wrote worksheet.md: 5 questions from 1 bank\n"
    assert (tmp_path / "worksheet.md").read_text(encoding="utf-8") == worksheet([BANK], seed=3)

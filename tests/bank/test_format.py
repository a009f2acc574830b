"""The bank file layout: readable, stable, and read back exactly as written."""

from __future__ import annotations

from dataclasses import replace

import random

import pytest
import yaml
from ruamel.yaml import YAML

from quizgen.bank.format import SCHEMA_COMMENT, dump_bank
from quizgen.bank.io import load_bank, save_bank
from quizgen.bank.model import Question
from bank_samples import generated, make_bank

AWKWARD_TEXTS = [
    "yes",
    "no",
    "null",
    "~",
    "",
    "1917",
    "1e5",
    "0o17",
    "+.inf",
    "1917\n",
    "yes\n",
    "3.10",
    "9:30",
    "0x1F",
    "2024-01-01",
    "true",
    "- a dash first",
    "key: value inside",
    "a # not a comment",
    "#hash first",
    "'single' and \"double\" quotes",
    "{{c1::braces}} and [brackets] and {curly}",
    "  leading spaces",
    "trailing spaces  ",
    "two  spaces inside a very long sentence that goes well past the folding width of the file",
    "line one\nline two",
    "ends with a newline\n",
    "tab\tinside",
    "Ünïcödé — “quotes” ‘single’ … 𝔘nicode",
    "a very long sentence, " * 12 + "ending here.",
    "% percent first",
    "@ at first",
    "`backtick first",
    "* star first",
    "& ampersand",
    "! bang",
    "| pipe",
    "> greater",
    "?question",
    "a: b: c",
    "ends with colon:",
    "non\u00a0breaking\u00a0space in a long enough sentence to be folded by the emitter, maybe",
    "line\u2028separator",
    "\\backslash\\",
]


def test_same_bank_gives_the_same_bytes(bank):
    assert dump_bank(bank) == dump_bank(make_bank())


def test_saved_bank_loads_back_equal(tmp_path, bank):
    path = tmp_path / "rr.yaml"
    save_bank(bank, path)
    assert load_bank(path) == bank


@pytest.mark.parametrize("text", AWKWARD_TEXTS)
def test_awkward_text_reads_back_exactly(tmp_path, text):
    question = generated(
        Question(id="q", type="short", prompt=text or "p", answer=text or "a", explanation=text, accept=(text or "x",))
    )
    bank = make_bank((question,), description=text)
    path = tmp_path / "b.yaml"
    save_bank(bank, path)
    loaded = load_bank(path)
    assert loaded.questions == (question,)
    assert loaded.description == text
    # Other readers see the same text too: PyYAML reads YAML 1.1, ruamel.yaml 1.2.
    assert read_by_others(path.read_text(encoding="utf-8"))["prompt"] == [text or "p"] * 2


def read_by_others(text: str) -> dict[str, list]:
    """Each field of the first question, as PyYAML and ruamel.yaml read it."""
    first = yaml.safe_load(text)["questions"][0]
    second = YAML(typ="safe", pure=True).load(text)["questions"][0]
    return {key: [first[key], second.get(key)] for key in first}


def test_random_text_reads_back_exactly_everywhere(tmp_path):
    pool = "ab AB 09 :#-?{}[],&*!|>'\"%@`~=\\\t\n\r é“”—…\u00a0\u2028\x85\x7f\x00𝔘\ufeff"
    rng = random.Random(20261125)
    texts = ["x" + "".join(rng.choice(pool) for _ in range(rng.randint(1, 120))) for _ in range(200)]
    questions = tuple(
        generated(Question(id=f"q{n}", type="short", prompt=text, answer=text[::-1], accept=(text,), tags=(text[:5],)))
        for n, text in enumerate(texts)
    )
    path = tmp_path / "fuzz.yaml"
    save_bank(make_bank(questions), path)
    assert load_bank(path).questions == questions
    written = path.read_text(encoding="utf-8")
    by_pyyaml = yaml.safe_load(written)["questions"]
    by_ruamel = YAML(typ="safe", pure=True).load(written)["questions"]
    assert [q["prompt"] for q in by_pyyaml] == texts == [q["prompt"] for q in by_ruamel]


def test_layout_is_readable(bank):
    text = dump_bank(bank)
    lines = text.splitlines()
    assert lines[0] == SCHEMA_COMMENT
    assert lines[1:4] == ["id: russian-revolution", "title: The Russian Revolution", "author: E. H. Carr"]
    first = text.index("  - id: rr-cloze-1")
    second = text.index("  - id: rr-mc-1")
    block = text[first:second].splitlines()[1:]
    keys = ["id"] + [ln.split(":")[0].strip() for ln in block if ln[4:5].strip() and not ln[:4].strip()]
    assert keys == ["id", "type", "status", "prompt", "answer", "source", "tags", "answer_kind", "difficulty", "score", "checksum"]
    assert text[:second].endswith("\n\n"), "a blank line separates questions"
    assert "    prompt: >-\n      Lenin returned" in text, "long text is folded into a block"
    assert max(len(line) for line in lines) <= 100
    assert "answer: false" in text
    assert "tags: [dates]" in text


def test_unicode_is_written_as_is(tmp_path):
    question = generated(Question(id="q", type="short", prompt="Wer schrieb „Faust“ — Goethe?", answer="Goethe"))
    path = tmp_path / "b.yaml"
    save_bank(make_bank((question,)), path)
    assert "„Faust“ — Goethe" in path.read_text(encoding="utf-8")


def test_hand_written_question_has_no_generator_fields(tmp_path):
    question = Question(id="mine", type="short", prompt="Name the capital of Russia in 1917.", answer="Petrograd", status="approved")
    text = dump_bank(make_bank((question,)))
    block = text[text.index("  - id: mine") :]
    assert "checksum" not in block and "score" not in block and "source" not in block


def test_empty_bank_is_still_a_bank(tmp_path):
    path = tmp_path / "empty.yaml"
    save_bank(make_bank(()), path)
    assert "questions: []" in path.read_text(encoding="utf-8")
    assert load_bank(path).questions == ()


def test_order_question_without_answer(tmp_path):
    question = generated(Question(id="o", type="order", prompt="Put in order.", answer="", choices=("February Revolution", "October Revolution", "Civil War")))
    path = tmp_path / "b.yaml"
    save_bank(make_bank((question,)), path)
    assert load_bank(path).questions == (question,)


def test_status_is_kept(tmp_path, bank):
    approved = replace(bank.questions[0], status="approved")
    path = tmp_path / "b.yaml"
    save_bank(make_bank((approved,)), path)
    assert load_bank(path).questions[0].status == "approved"

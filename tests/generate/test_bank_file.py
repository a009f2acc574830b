"""Stable ids, byte-identical output, and the bank file's schema."""

from __future__ import annotations

import re

from essay import ESSAY, document_from_text
from quizgen.bank.checksum import content_checksum
from quizgen.bank.io import dump_bank, load_bank
from quizgen.generate.builder import Settings, build_bank
from quizgen.generate.ids import question_id


def test_same_input_gives_byte_identical_output(tools):
    first = dump_bank(build_bank(document_from_text(), tools, Settings(density=10)))
    second = dump_bank(build_bank(document_from_text(), tools, Settings(density=10)))
    assert first == second


def test_id_depends_on_sentence_type_and_answer_only():
    a = question_id("canals", "The canal opened in 1805.", "cloze", "1805")
    assert a == question_id("canals", "The canal opened in 1805.", "cloze", "1805")
    assert a != question_id("canals", "The canal opened in 1805.", "wh", "1805")
    assert a != question_id("canals", "The canal opened in 1806.", "cloze", "1806")
    assert re.fullmatch(r"canals-[0-9a-f]{8}", a)


def test_ids_survive_an_edit_elsewhere_in_the_essay(tools):
    before = build_bank(document_from_text(), tools, Settings(density=5))
    extended = ESSAY + [("Afterword", ["Canal restoration societies formed across England in the 1950s."])]
    after = build_bank(document_from_text(extended), tools, Settings(density=5))
    by_sentence_before = {(q.source.sentence, q.type, q.answer): q.id for q in before.questions}
    shared = [q for q in after.questions if (q.source.sentence, q.type, q.answer) in by_sentence_before]
    assert shared
    for q in shared:
        assert q.id == by_sentence_before[(q.source.sentence, q.type, q.answer)]


def test_bank_metadata_and_question_fields(tools):
    bank = build_bank(document_from_text(), tools)
    assert bank.id == "canals"
    assert bank.title == "Canals and Their Builders"
    assert bank.source_file == "canals.txt"
    assert bank.generator.startswith("quizgen ")
    assert len({q.id for q in bank.questions}) == len(bank.questions)
    for q in bank.questions:
        assert q.status == "generated"
        assert q.checksum == content_checksum(q)
        assert q.source.document == "canals.txt"
        assert q.source.sentence in [s for _, ss in ESSAY for s in ss]
        assert q.difficulty in ("easy", "medium", "hard")
        assert 0.0 <= q.score <= 1.0
        assert q.answer_kind


def test_bank_file_loads_back(tools, tmp_path):
    bank = build_bank(document_from_text(), tools, Settings(density=5))
    path = tmp_path / "canals.yaml"
    path.write_text(dump_bank(bank), encoding="utf-8")
    loaded = load_bank(path)
    assert [q.id for q in loaded.questions] == [q.id for q in bank.questions]
    assert [q.prompt for q in loaded.questions] == [q.prompt for q in bank.questions]
    assert [q.choices for q in loaded.questions] == [q.choices for q in bank.questions]


def test_max_and_density_bound_the_bank(tools):
    document = document_from_text()
    assert len(build_bank(document, tools, Settings(density=5, max_questions=4)).questions) == 4
    small = build_bank(document, tools, Settings(density=100))
    large = build_bank(document, tools, Settings(density=5))
    assert len(small.questions) < len(large.questions)

"""The shipped JSON Schema agrees with the model and with what the validator accepts."""

from __future__ import annotations

import pytest
import yaml
from bank_samples import make_bank

from quizgen.bank import model
from quizgen.bank.format import dump_bank
from quizgen.bank.schema import bank_schema
from quizgen.bank.validate import QUESTION_FIELDS, SOURCE_FIELDS

jsonschema = pytest.importorskip("jsonschema")


def errors(data: dict) -> list[str]:
    validator = jsonschema.Draft7Validator(bank_schema())
    return sorted(e.message for e in validator.iter_errors(data))


def test_schema_lists_what_the_model_allows():
    question = bank_schema()["definitions"]["question"]["properties"]
    assert question["type"]["enum"] == list(model.QUESTION_TYPES)
    assert question["status"]["enum"] == list(model.STATUSES)
    assert question["answer_kind"]["enum"] == list(model.ANSWER_KINDS)
    assert question["difficulty"]["enum"] == list(model.DIFFICULTIES)
    assert list(question) == list(QUESTION_FIELDS)
    assert list(question["source"]["properties"]) == list(SOURCE_FIELDS)


def test_a_written_bank_validates_against_the_schema():
    jsonschema.Draft7Validator.check_schema(bank_schema())
    assert errors(yaml.safe_load(dump_bank(make_bank()))) == []


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"type": "clozee"}, "'clozee' is not one of"),
        ({"status": "done"}, "'done' is not one of"),
        ({"promt": "x"}, "Additional properties are not allowed ('promt' was unexpected)"),
        ({"type": "multiple_choice", "choices": ["a"]}, "['a'] is too short"),
        ({"type": "true_false", "answer": "maybe"}, "'maybe' is not one of"),
    ],
)
def test_the_schema_catches_what_an_editor_should_flag(change, expected):
    data = yaml.safe_load(dump_bank(make_bank()))
    data["questions"][3].update(change)
    assert any(message.startswith(expected) for message in errors(data)), errors(data)

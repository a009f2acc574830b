"""The JSON Schema for bank files, shipped with the package (`quizgen schema` prints it)."""

from __future__ import annotations

import json
from importlib import resources

SCHEMA_RESOURCE = "bank.schema.json"


def schema_text() -> str:
    return resources.files("quizgen.bank").joinpath(SCHEMA_RESOURCE).read_text(encoding="utf-8")


def bank_schema() -> dict:
    return json.loads(schema_text())

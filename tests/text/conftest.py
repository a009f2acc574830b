from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("NLTK_DATA", str(Path(__file__).resolve().parents[3] / "shared" / "nltk_data"))

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="session")
def tools():
    from quizgen.text.reader import TextTools

    return TextTools.load()


@pytest.fixture(scope="session")
def lexicon(tools):
    return tools.lexicon


@pytest.fixture(scope="session")
def clean(tools):
    """Clean a text written for the test; returns the Document."""
    from quizgen.text.document import DocumentInfo
    from quizgen.text.reader import parse_text

    def run(raw: str, title: str = "Essay"):
        return parse_text(raw, DocumentInfo(title=title), tools)

    return run


@pytest.fixture(scope="session")
def seed_documents(tools):
    from quizgen.text.reader import read_document

    return {path.name: read_document(path, tools) for path in sorted(SEEDS.glob("*.txt"))}

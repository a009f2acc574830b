from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("NLTK_DATA", str(Path(__file__).resolve().parents[3] / "shared" / "nltk_data"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "generate"))


@pytest.fixture(scope="session")
def tools():
    from quizgen.generate.builder import load_tools

    return load_tools()

from pathlib import Path

import pytest
from tui_helpers import BANK_YAML, Clock, Timer

from quizgen.bank.io import load_bank
from quizgen.study.store import ProgressStore
from quizgen.tui.app import QuizApp


@pytest.fixture
def bank_path(tmp_path) -> Path:
    path = tmp_path / "decks" / "state.yaml"
    path.parent.mkdir()
    path.write_text(BANK_YAML, encoding="utf-8")
    return path


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "progress.sqlite3"


@pytest.fixture
def make_app(bank_path, db_path):
    stores = []

    def make(**kwargs) -> QuizApp:
        store = ProgressStore.open(db_path)
        stores.append(store)
        kwargs.setdefault("clock", Clock())
        kwargs.setdefault("timer", Timer())
        return QuizApp([load_bank(bank_path)], store, **kwargs)

    yield make
    for store in stores:
        store.close()

"""Snapshots of the main screens at 80x24 (update with `pytest --snapshot-update`)."""

from importlib.metadata import version

import pytest

# Textual's rendering changes between minor releases; the snapshots were taken with this
# one. Other versions are checked by the pilot tests, which assert on content, not pixels.
SNAPSHOT_TEXTUAL = "8.2"

pytestmark = pytest.mark.skipif(
    not version("textual").startswith(SNAPSHOT_TEXTUAL + "."),
    reason=f"snapshots were taken with Textual {SNAPSHOT_TEXTUAL}.x",
)


@pytest.fixture
def choice_key(bank_path):
    from quizgen.bank.io import load_bank
    from quizgen.study.choices import shown_choices

    question = load_bank(bank_path).questions[0]
    return str(shown_choices(question).index(question.answer) + 1)


def test_home(make_app, snap_compare):
    assert snap_compare(make_app())


def test_home_light_theme(make_app, snap_compare):
    assert snap_compare(make_app(), press=["ctrl+t"])


def test_multiple_choice_feedback(make_app, snap_compare, choice_key):
    wrong = "1" if choice_key != "1" else "2"
    assert snap_compare(make_app(), press=["r", "_", wrong, "_"])


def test_typed_answer_with_a_typo(make_app, snap_compare):
    keys = ["r", "_", "ctrl+r", "1", "_", "t", "enter", *"lenni", "enter"]
    assert snap_compare(make_app(), press=keys)


def test_results(make_app, snap_compare):
    assert snap_compare(make_app(), press=["r", "_", "ctrl+r", "1", "_", "t", "_", "escape", "_"])


def test_help(make_app, snap_compare):
    assert snap_compare(make_app(), press=["question_mark", "_"])

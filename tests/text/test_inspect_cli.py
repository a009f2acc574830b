"""`quizgen inspect`: a summary by default, bare sentences with --sentences."""

import os
import subprocess
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parents[2] / "seeds" / "bolshevik-realism-1919.txt"


def run(*args):
    return subprocess.run(
        [sys.executable, "-m", "quizgen", "inspect", *args], capture_output=True, text=True, env=dict(os.environ), check=False
    )


def test_sentences_only(tools, seed_documents):
    result = run(str(SEED), "--sentences")
    assert result.returncode == 0, result.stderr
    expected = [s.text for s in seed_documents[SEED.name].sentences]
    assert result.stdout.splitlines() == expected


def test_summary_shows_counts_repairs_and_set_asides(tools):
    result = run(str(SEED))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for word in ("sections:", "paragraphs:", "sentences:", "footnotes:", "repairs:", "set aside:"):
        assert word in out
    for kind in ("hyphenation:", "glued_word:", "footnote_ref:", "page_order:"):
        assert kind in out
    assert "'ofworkerswere' -> 'of workers were'" in out

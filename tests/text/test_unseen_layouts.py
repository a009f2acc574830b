"""The same essay in layouts the seeds do not have gives the same sentences.

The web essay (one paragraph per line) is re-set here as a wrapped text, a double-spaced
text, a text with Windows line ends, and a wrapped text with a hyphen at every line end
that falls inside a long word.
"""

import textwrap
from pathlib import Path

import pytest

from quizgen.text.document import DocumentInfo
from quizgen.text.reader import parse_text

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

ESSAY = (SEEDS / "anarchist-perspective-russian-revolution.txt").read_text(encoding="utf-8")
PARAGRAPHS = [p.strip() for p in ESSAY.split("\n\n") if p.strip()]


def wrapped(width: int = 66) -> str:
    return "\n\n".join(textwrap.fill(p, width) for p in PARAGRAPHS)


def double_spaced() -> str:
    return "\n\n".join("\n\n".join(textwrap.wrap(p, 80)) for p in PARAGRAPHS)


def hyphenated() -> str:
    out = []
    for paragraph in PARAGRAPHS:
        lines = textwrap.wrap(paragraph, 60)
        for i in range(len(lines) - 1):
            word, _, rest = lines[i + 1].partition(" ")
            if len(word) >= 8 and word.isalpha():
                half = len(word) // 2
                lines[i] += f" {word[:half]}-"
                lines[i + 1] = f"{word[half:]} {rest}".rstrip()
        out.append("\n".join(lines))
    return "\n\n".join(out)


@pytest.mark.parametrize(
    "layout",
    [wrapped, double_spaced, lambda: wrapped().replace("\n", "\r\n"), hyphenated],
    ids=["wrapped", "double-spaced", "crlf", "hyphenated"],
)
def test_layouts_give_the_same_sentences(tools, seed_documents, layout):
    original = [s.text for s in seed_documents["anarchist-perspective-russian-revolution.txt"].sentences]
    document = parse_text(layout(), DocumentInfo(title="The Russian Revolution"), tools)
    assert [s.text for s in document.sentences] == original
    assert [s.kind for s in document.set_aside] == ["comment"]


def test_the_hyphenated_layout_really_has_hyphens():
    assert hyphenated().count("-\n") > 50

"""Unsafe YAML is refused before anything is built from it."""

from __future__ import annotations

import pytest

from quizgen.bank.io import load_bank
from quizgen.errors import BankError


def billion_laughs(levels: int = 12, width: int = 10) -> str:
    """Each level refers `width` times to the one before: width**levels strings if expanded."""
    lines = ['lol0: &lol0 "lol"']
    for level in range(1, levels):
        refs = ", ".join([f"*lol{level - 1}"] * width)
        lines.append(f"lol{level}: &lol{level} [{refs}]")
    lines.append("questions:")
    lines.append(f"  - {{id: a, type: short, prompt: *lol{levels - 1}, answer: x}}")
    return "\n".join(lines) + "\n"


def test_alias_bomb_is_refused_without_expanding(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(billion_laughs(), encoding="utf-8")
    # Expanded, this would be 10**11 strings: the test could not finish, let alone pass.
    with pytest.raises(BankError, match=r"bomb\.yaml:2: aliases \(\*name\) are not allowed in a bank"):
        load_bank(path)


def test_recursive_alias_is_refused(tmp_path):
    path = tmp_path / "loop.yaml"
    path.write_text("loop: &loop [*loop]\nquestions: []\n", encoding="utf-8")
    with pytest.raises(BankError, match=r"loop\.yaml:1"):
        load_bank(path)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ('!!python/object/apply:os.system ["touch HACKED"]', "!!python/object/apply:os.system"),
        ("!!python/object:collections.OrderedDict {}", "!!python/object:collections.OrderedDict"),
        ('!!python/name:os.system ""', "!!python/name:os.system"),
        ("!!binary aGVsbG8=", "!!binary"),
        ("!!set {a, b}", "!!set"),
        ("!custom thing", "!custom"),
    ],
)
def test_non_standard_tags_are_refused(tmp_path, value, shown):
    path = tmp_path / "tagged.yaml"
    path.write_text(f"questions:\n  - id: a\n    type: short\n    prompt: {value}\n    answer: x\n", encoding="utf-8")
    with pytest.raises(BankError) as caught:
        load_bank(path)
    assert str(caught.value) == f"{path}:4: unsupported YAML tag {shown}"
    assert not (tmp_path / "HACKED").exists()


def test_standard_tags_are_plain_data(tmp_path):
    path = tmp_path / "tagged.yaml"
    path.write_text("questions:\n  - {id: !!str 1, type: short, prompt: !!str 1917, answer: !!str yes}\n")
    question = load_bank(path).questions[0]
    assert (question.id, question.prompt, question.answer) == ("1", "1917", "yes")

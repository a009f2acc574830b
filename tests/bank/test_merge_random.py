"""Random instructor edits and random regenerations: the merge keeps its promises."""

from __future__ import annotations

import random
import re
from dataclasses import replace

import pytest
from bank_samples import generated, make_bank

from quizgen.bank.io import load_bank, write_generated_bank
from quizgen.bank.model import Question, Source


def generation(rng: random.Random, size: int, version: int) -> tuple[Question, ...]:
    """Questions q0..q{size-1}; some reworded or rescored in this version."""
    questions = []
    for n in range(size):
        prompt = f"Question {n}: which word comes {'first' if n % 2 else 'last'} in the sentence?"
        if rng.random() < 0.3:
            prompt = prompt.replace("which", f"which (v{version})")
        questions.append(
            generated(
                Question(
                    id=f"q{n}",
                    type="wh",
                    prompt=prompt,
                    answer=f"answer {n}",
                    source=Source("essay.txt", f"Section {n % 3}", n, f"Sentence number {n} of the essay."),
                    score=round(rng.random(), 3),
                )
            )
        )
    return tuple(questions)


def edit(rng: random.Random, text: str) -> tuple[str, list[str]]:
    """An instructor's pass: statuses, rewording, comments, own questions, deletions."""
    head, _, rest = text.partition("questions:\n")
    head += "questions:\n"
    items = [item.rstrip("\n") for item in rest.split("\n\n")]
    comments = []
    edited = []
    for number, block in enumerate(items):
        roll = rng.random()
        if roll < 0.1:
            continue  # deleted
        if roll < 0.25:
            block = block.replace("status: generated", "status: approved")
        elif roll < 0.35:
            block = block.replace("status: generated", "status: rejected")
        elif roll < 0.45:
            block = block.replace("which word", "what word")  # a silent edit
        elif roll < 0.55:
            comment = f"  # about the next one {number}"  # between questions: stays in place
            comments.append(comment)
            block = comment + "\n" + block
        elif roll < 0.65:
            qid = re.search(r"id: (q\d+)", block).group(1)
            comment = f"  # keep {qid}"  # inside the question: makes it the instructor's
            comments.append(comment)
            block = block.replace("\n    answer:", f"{comment}\n    answer:", 1)
        edited.append(block)
    if rng.random() < 0.5:
        own = "  - type: short\n    prompt: A question of my own?\n    answer: Mine\n"
        edited.insert(rng.randrange(len(edited) + 1), own.rstrip("\n"))
    return head + "\n\n".join(edited).rstrip("\n") + "\n", comments


@pytest.mark.parametrize("seed", range(25))
def test_random_edits_survive_random_regenerations(tmp_path, seed):
    rng = random.Random(seed)
    path = tmp_path / "bank.yaml"
    write_generated_bank(make_bank(generation(rng, 12, 1)), path)
    text, comments = edit(rng, path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    before = {q.id: q for q in load_bank(path).questions}
    owned = {qid for qid, q in before.items() if q.status != "generated" or not q.checksum or "what word" in q.prompt}
    commented = {c.split()[-1] for c in comments if "# keep" in c}

    newer = generation(rng, rng.randint(6, 16), 2)
    newer = tuple(q for q in newer if rng.random() < 0.85)
    report = write_generated_bank(make_bank(newer), path)

    after = {q.id: q for q in load_bank(path).questions}
    merged = path.read_text(encoding="utf-8")
    for qid in owned | (commented & set(before)):
        assert after[qid] == before[qid], qid
    for comment in comments:
        assert comment in merged
    for question in newer:
        if question.id not in owned and question.id not in commented:
            assert after[question.id] == question
    assert set(report.kept) == (owned | commented) & set(before)
    assert set(after) == (owned | commented) & set(before) | {q.id for q in newer}
    assert "\n\n\n" not in merged
    # Merging the same generation again changes nothing.
    assert not write_generated_bank(make_bank(newer), path).changed
    assert path.read_text(encoding="utf-8") == merged

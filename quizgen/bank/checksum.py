"""Fingerprints of generated content, so a merge can tell an instructor's edit."""

from __future__ import annotations

import hashlib
import json

from quizgen.bank.model import Question


def content_checksum(question: Question) -> str:
    """A short hash of everything an instructor might edit in a generated question.

    The generator stores it in `checksum`; a question whose content no longer
    matches its checksum has been edited by hand, whatever its status says.
    """
    content = {
        "type": question.type,
        "prompt": question.prompt,
        "answer": question.answer,
        "accept": list(question.accept),
        "choices": list(question.choices),
        "explanation": question.explanation,
        "tags": list(question.tags),
        "difficulty": question.difficulty,
    }
    blob = json.dumps(content, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return hashlib.sha256(blob).hexdigest()[:16]


def is_hand_edited(question: Question) -> bool:
    return question.is_generated and content_checksum(question) != question.checksum

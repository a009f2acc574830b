"""Ids for questions an instructor writes by hand."""

from __future__ import annotations

import hashlib


def hand_written_id(bank_id: str, type_: str, prompt: str, answer: str) -> str:
    """A stable id from the question's content, so a bank read before and after
    `quizgen lint --fix` writes it gives the question the same id (and progress)."""
    blob = "\x1f".join((bank_id, type_, prompt, answer)).encode("utf-8")
    # Like generated ids (`<bank>-<hash>`), with an `h` to tell hand-written ones apart.
    return f"{bank_id}-h{hashlib.sha256(blob).hexdigest()[:8]}"

"""Stable question ids: the same source sentence, type and answer give the same id in every run."""

from __future__ import annotations

import hashlib
import re
import unicodedata


def slug(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "essay"


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def question_id(bank_id: str, sentence: str, question_type: str, answer: str) -> str:
    key = "\x1f".join((_normal(sentence), question_type, _normal(answer).lower()))
    return f"{bank_id}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"


def stable_seed(*parts: str) -> int:
    """A seed for any choice made about a question (option order, true or false version)."""
    return int(hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12], 16)

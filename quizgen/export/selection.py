"""Which questions an export takes: the same bank selection for every target."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Iterable

from quizgen.bank.io import load_banks
from quizgen.bank.model import Bank


def banks_for_export(paths: Iterable[Path | str] = (), approved_only: bool = False) -> list[Bank]:
    """Banks named by `paths` (default decks/), without rejected questions and,
    with `approved_only`, without anything an instructor has not approved."""
    selected = []
    for bank in load_banks(paths):
        keep = tuple(
            q
            for q in bank.questions
            if q.status != "rejected" and (not approved_only or q.status == "approved")
        )
        selected.append(replace(bank, questions=keep))
    return selected

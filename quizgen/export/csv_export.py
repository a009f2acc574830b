"""Banks to question/answer rows with a header: tab-separated for Quizlet (which takes
one card per line, term and definition split by a tab), or CSV for spreadsheets."""

from __future__ import annotations

import csv
import io

from quizgen.bank.model import Bank
from quizgen.export.plain import answer_text, cards, prompt_text

HEADER = ("question", "answer")
FULL_HEADER = ("question", "answer", "type", "bank", "id", "tags")


def flashcard_rows(banks: list[Bank], full: bool = False) -> list[tuple[str, ...]]:
    rows = []
    for bank in banks:
        for question in bank.questions:
            for card in cards(question):
                row: tuple[str, ...] = (prompt_text(card), answer_text(card))
                if full:
                    row += (question.type, bank.id, question.id, " ".join(question.tags))
                rows.append(row)
    return rows


def tsv_text(rows: list[tuple[str, ...]], header: tuple[str, ...] = HEADER) -> str:
    """Tab-separated, no quoting (Quizlet shows quotes literally): tabs and line breaks
    inside a field become spaces, so each card stays on its line."""
    return "".join("\t".join(_one_line(field) for field in row) + "\n" for row in [header, *rows])


def csv_text(rows: list[tuple[str, ...]], header: tuple[str, ...] = HEADER) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _one_line(text: str) -> str:
    return " ".join(text.split())

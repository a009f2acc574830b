"""The question bank: model, YAML I/O, validation and merge."""

from quizgen.bank.model import (
    ANSWER_KINDS,
    DIFFICULTIES,
    QUESTION_TYPES,
    STATUSES,
    Bank,
    Question,
    Source,
)

__all__ = ["ANSWER_KINDS", "DIFFICULTIES", "QUESTION_TYPES", "STATUSES", "Bank", "Question", "Source"]

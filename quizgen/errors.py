"""The one error type every stage raises for problems the user can act on."""

from __future__ import annotations


class QuizgenError(Exception):
    """A problem with the user's input or environment, told in one line.

    The CLI prints `message` as is and exits with `exit_code`; nothing else is shown,
    so the message must name the file (and line, where there is one) and the problem.
    """

    exit_code = 1

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code

    def __str__(self) -> str:
        return self.message


class BankError(QuizgenError):
    """A bank file that cannot be read or does not validate."""


class TextError(QuizgenError):
    """An essay file that cannot be read as text."""


class NltkDataError(QuizgenError):
    """An NLTK data package that is neither installed nor downloadable."""


class StoreError(QuizgenError):
    """The progress database cannot be opened or written."""


class ExportError(QuizgenError):
    """An export that cannot be written."""

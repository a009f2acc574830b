"""The `quizgen` command."""

from quizgen.cli.main import main

__all__ = ["main"]

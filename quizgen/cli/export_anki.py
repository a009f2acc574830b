"""`quizgen export anki`."""

COMMANDS: list = []

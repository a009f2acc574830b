"""`quizgen export gift|csv|markdown`."""

COMMANDS: list = []

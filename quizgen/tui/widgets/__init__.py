"""Question widgets (one per kind of answer) and the feedback shown after an answer."""

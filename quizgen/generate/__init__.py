"""Question generation: one module per question type, distractors, scoring."""

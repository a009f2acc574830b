"""Study: grading, FSRS scheduling and the SQLite progress store."""

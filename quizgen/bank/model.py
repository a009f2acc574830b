"""The bank's data model: what every stage after generation reads.

A `Bank` is one essay's questions. Questions are identified by a stable `id`, so
progress, Anki notes and instructor edits follow a question across regenerations.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Question types, as written in the `type` field of a bank.
QUESTION_TYPES = (
    "cloze",  # prompt holds {{c1::answer}} gaps (Anki syntax)
    "multiple_choice",  # prompt is a stem; choices hold the answer and its distractors
    "wh",  # who/what/when/where/how-many question, short typed answer
    "true_false",  # prompt is a statement; answer is "true" or "false"
    "quote",  # who wrote or said a quotation
    "term",  # a definition; the answer is the term
    "short",  # any other short typed answer (hand-written questions mostly)
    "order",  # put events in order; choices hold them in the right order
)

#: Instructor workflow states.
STATUSES = ("generated", "approved", "edited", "rejected")

#: How hard a question is, as an instructor would grade it.
DIFFICULTIES = ("easy", "medium", "hard")

#: What an answer is, so distractors and exports can use like for like.
ANSWER_KINDS = (
    "person",
    "organization",
    "place",
    "date",
    "number",
    "event",
    "work",
    "term",
    "phrase",
    "boolean",
)


@dataclass(frozen=True)
class Source:
    """Where a question comes from in its essay."""

    document: str = ""
    section: str = ""
    paragraph: int = 0
    sentence: str = ""


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    prompt: str
    answer: str
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    explanation: str = ""
    source: Source = field(default_factory=Source)
    tags: tuple[str, ...] = ()
    answer_kind: str = ""
    difficulty: str = "medium"
    score: float = 0.0
    status: str = "generated"
    #: Hash of the generated content, so a merge can tell an instructor's silent edit
    #: from an untouched question. Empty for hand-written questions.
    checksum: str = ""

    @property
    def is_generated(self) -> bool:
        return bool(self.checksum)


@dataclass(frozen=True)
class Bank:
    id: str
    title: str
    questions: tuple[Question, ...] = ()
    author: str | None = None
    description: str = ""
    source_file: str = ""
    generator: str = ""

    def active_questions(self) -> tuple[Question, ...]:
        """The questions a student may see: everything not rejected."""
        return tuple(q for q in self.questions if q.status != "rejected")

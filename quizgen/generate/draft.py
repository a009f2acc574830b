"""A candidate question before scoring: what each question-type module produces."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from quizgen.extract.facts import Fact
from quizgen.extract.statements import Statement
from quizgen.nlp.annotate import AnnotatedSentence


@dataclass(frozen=True)
class Draft:
    type: str
    prompt: str
    answer: str
    sentence: AnnotatedSentence
    statement: Statement
    fact: Fact | None
    answer_kind: str
    accept: tuple[str, ...] = ()
    choices: tuple[str, ...] = ()
    explanation: str = ""
    #: how well this type suits this fact, 0-1 (a date suits "when", a quotation suits "quote")
    fit: float = 0.5
    #: the sentence shown before this one when the question needs it to name what "this
    #: myth" or "such groups" means
    context: AnnotatedSentence | None = None

    @cached_property
    def stem(self) -> str:
        """The prompt as the student reads it before answering (cloze gaps blanked)."""
        import re

        return re.sub(r"\{\{c\d+::.*?\}\}", "_____", self.prompt)

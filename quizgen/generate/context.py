"""Everything question-type modules need about one essay, computed once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from quizgen.extract.facts import Counts, Fact
from quizgen.extract.statements import Statement
from quizgen.generate.distractors import DistractorPool
from quizgen.nlp.annotate import AnnotatedSentence
from quizgen.nlp.lexicon import Lexicon
from quizgen.text.document import Document


@dataclass(frozen=True)
class EssayContext:
    document: Document
    sentences: tuple[AnnotatedSentence, ...]
    statements: tuple[Statement, ...]
    facts: tuple[tuple[Fact, ...], ...]  # per sentence
    usable: tuple[bool, ...]
    counts: Counts
    pool: DistractorPool
    lexicon: Lexicon
    #: the grammatical wh-transformation, when that module is installed
    wh: Callable | None = None
    #: per sentence of a quotation set off after its introduction: (speaker, verb), else None
    speakers: tuple[tuple[str, str] | None, ...] = ()
    #: per sentence: an opening 'These organizations' and what the sentence before calls them
    antecedents: tuple[tuple[int, int, str] | None, ...] = ()
    #: wh-questions already made, by (sentence, answer start, answer end): several types use them
    wh_made: dict = field(default_factory=dict, compare=False, repr=False)

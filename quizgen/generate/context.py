"""Everything question-type modules need about one essay, computed once."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from quizgen.extract.facts import Counts, Fact
from quizgen.extract.statements import Statement
from quizgen.generate.distractors import DistractorPool
from quizgen.generate.stems import Stem, plan_stem
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
    #: stems already planned: a cloze and a multiple choice on one fact plan the same one
    stem_plans: dict = field(default_factory=dict, compare=False, repr=False)

    def plan(self, index: int, answer: tuple[int, int] | None, referent: str = "", statement: bool = False) -> Stem | None:
        """`plan_stem` for sentence `index`, with the speaker and antecedent the essay gives it."""
        key = (index, answer, referent, statement)
        if key not in self.stem_plans:
            self.stem_plans[key] = plan_stem(self.sentences[index], answer, referent, statement=statement,
                                             speaker=self.speakers[index], antecedent=self.antecedents[index])
        return self.stem_plans[key]

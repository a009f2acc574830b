"""Small banks written for the tests, as the generator would produce them."""

from __future__ import annotations

from dataclasses import replace

from quizgen.bank.checksum import content_checksum
from quizgen.bank.model import Bank, Question, Source

LONG_SENTENCE = (
    "Lenin returned to Russia in April 1917 after years of exile in Switzerland, "
    "and within weeks his April Theses had changed the party's course."
)


def generated(question: Question) -> Question:
    return replace(question, status="generated", checksum=content_checksum(question))


def make_questions() -> tuple[Question, ...]:
    source = Source("The Russian Revolution", "Dual power", 3, LONG_SENTENCE)
    return tuple(
        generated(q)
        for q in (
            Question(
                id="rr-cloze-1",
                type="cloze",
                prompt=LONG_SENTENCE.replace("April 1917", "{{c1::April 1917}}", 1),
                answer="April 1917",
                source=source,
                tags=("dates",),
                answer_kind="date",
                difficulty="easy",
                score=0.81,
            ),
            Question(
                id="rr-mc-1",
                type="multiple_choice",
                prompt="Who led the Bolshevik party in 1917?",
                answer="Lenin",
                choices=("Kerensky", "Lenin", "Martov", "Trotsky"),
                source=source,
                answer_kind="person",
                score=0.7,
            ),
            Question(
                id="rr-tf-1",
                type="true_false",
                prompt="The Provisional Government was formed in October 1917.",
                answer="false",
                explanation="The Provisional Government was formed in March 1917.",
                answer_kind="boolean",
                score=0.6,
            ),
            Question(
                id="rr-wh-1",
                type="wh",
                prompt="When did Lenin return to Russia?",
                answer="April 1917",
                accept=("in April 1917", "1917"),
                source=source,
                answer_kind="date",
                score=0.5,
            ),
        )
    )


def make_bank(questions: tuple[Question, ...] | None = None, **fields) -> Bank:
    base = dict(
        id="russian-revolution",
        title="The Russian Revolution",
        author="E. H. Carr",
        source_file="seeds/russian-revolution.txt",
        generator="quizgen 0.1.0",
        questions=make_questions() if questions is None else questions,
    )
    return Bank(**{**base, **fields})

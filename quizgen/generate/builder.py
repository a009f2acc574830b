"""From a cleaned essay to a Bank: annotate, extract, overgenerate, score, filter, select."""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass, replace

from quizgen import __version__
from quizgen.bank.checksum import content_checksum
from quizgen.bank.model import Bank, Question, Source
from quizgen.errors import QuizgenError
from quizgen.extract.facts import attribution_lines, count_phrases, find_facts, quotation_speakers
from quizgen.extract.statements import rank_statements, strip_connectives
from quizgen.extract.usable import usable
from quizgen.generate.cloze import cloze_drafts, with_context
from quizgen.generate.context import EssayContext
from quizgen.generate.distractors import DistractorPool, normal
from quizgen.generate.draft import Draft
from quizgen.generate.ids import question_id, slug
from quizgen.generate.multiple_choice import multiple_choice_drafts, needs_options, with_options
from quizgen.generate.quality import problems, score
from quizgen.generate.quote import quote_drafts
from quizgen.generate.select import select
from quizgen.generate.stems import antecedent, referent
from quizgen.generate.term import term_drafts
from quizgen.generate.true_false import true_false_drafts
from quizgen.generate.wh_questions import load_wh, wh_drafts
from quizgen.nlp.annotate import annotate_document, load_tagger
from quizgen.nlp.entities import TITLES
from quizgen.nlp.lexicon import Lexicon, load_lexicon
from quizgen.text.document import Document

#: What the sentence before, shown with the question, can mend.
LEANING_BACK = frozenset({"unresolved reference", "unresolved pronoun"})
DEFAULT_DENSITY = 50  # body words per question
TYPE_MODULES = (cloze_drafts, multiple_choice_drafts, wh_drafts, true_false_drafts, quote_drafts, term_drafts)


class NoQuestionsError(QuizgenError):
    """An essay with nothing a question can be built on."""


@dataclass(frozen=True)
class Tools:
    """The heavy things loaded once per run and shared by every essay."""

    lexicon: Lexicon
    tagger: object
    wh: object = None
    text: object = None  # the text layer's TextTools, for read_document


def load_tools() -> Tools:
    from quizgen.text.reader import TextTools

    tools = Tools(lexicon=load_lexicon(), tagger=load_tagger(), wh=load_wh(), text=TextTools.load())
    # The tagger's weights and WordNet's index are hundreds of thousands of objects that live
    # as long as the run: kept out of the garbage collector's full passes, which would
    # otherwise walk them all again every time.
    gc.freeze()
    return tools


@dataclass(frozen=True)
class Settings:
    density: float = DEFAULT_DENSITY  # body words per question
    max_questions: int | None = None


def essay_context(document: Document, tools: Tools) -> EssayContext:
    lexicon = tools.lexicon
    sentences = annotate_document(document, lexicon, tools.tagger)
    fit = tuple(usable(s, lexicon) for s in sentences)
    statements = tuple(rank_statements(sentences, lexicon, fit, [s.title for s in document.sections]))
    counts = count_phrases(sentences)
    facts = tuple(tuple(find_facts(s, counts, lexicon)) if ok else () for s, ok in zip(sentences, fit))
    pool = DistractorPool()
    for sentence_facts in facts:
        for fact in sentence_facts:
            # a complement is a phrase of its sentence ("as a rubber stamp"), no option for another question
            if fact.role in ("entity", "definition") or fact.weight >= 0.6 and fact.role != "complement":
                if fact.kind == "person" and not _plausible_person(fact.text, lexicon):
                    continue
                if fact.kind == "organization" and fact.text.lower().endswith("ism"):
                    continue  # a doctrine ("Bolshevism") is no body of people
                pool.add(fact.text, fact.kind)
    pool.learn((s.text for s in sentences), lexicon)
    people = {e.text for s in sentences for e in s.entities if e.kind == "person"}
    attributions = attribution_lines([p.line for p in document.paragraphs],
                                     [(s.kind, s.text, s.line) for s in document.set_aside], people)
    runs_on = frozenset(p.index for p in document.paragraphs if p.quote_runs_on)
    speakers = quotation_speakers(sentences, runs_on, attributions)
    antecedents = tuple(antecedent(s, _previous_in_paragraph(sentences, i)) for i, s in enumerate(sentences))
    return EssayContext(document, sentences, statements, facts, fit, counts, pool, lexicon, tools.wh,
                        speakers=speakers, antecedents=antecedents)


_CONTINUING = re.compile(r"^(?:He|She|They|His|Her|Their)\b")


def _referents(sentences) -> list[str]:
    """Whom a leading pronoun of each sentence means: the one the sentence before names, or,
    when that sentence itself goes on about someone with a pronoun ('They executed ... They
    had learned ...'), the one its own pronoun meant."""
    out: list[str] = []
    for i, sentence in enumerate(sentences):
        previous = _previous_in_paragraph(sentences, i)
        who = referent(previous)
        if not who and previous is not None and out[i - 1]:
            body = previous.text[strip_connectives(previous.text):]
            who = out[i - 1] if _CONTINUING.match(body) else ""
        out.append(who)
    return out


def _previous_in_paragraph(sentences, i: int):
    if i > 0 and sentences[i - 1].sentence.paragraph == sentences[i].sentence.paragraph:
        return sentences[i - 1]
    return None


def _plausible_person(name: str, lexicon: Lexicon) -> bool:
    """A one-word 'person' that is also an everyday word ('White') is too doubtful to offer
    as an option, unless WordNet knows it as a person."""
    if " " in name:
        return True
    if name.lower() in TITLES or lexicon.is_adjective(name):
        return False
    return name.lower() not in lexicon.words or lexicon.first_noun_kind(name) == "person"


def candidates(ctx: EssayContext) -> list[tuple[Draft, float]]:
    out = []
    referents = _referents(ctx.sentences)
    for i, sentence in enumerate(ctx.sentences):
        if not ctx.usable[i]:
            continue
        who = referents[i]
        for make in TYPE_MODULES:
            for draft in make(ctx, i, who):
                found = problems(draft, ctx.lexicon)
                if found and draft.type == "cloze" and set(found) <= LEANING_BACK:
                    draft = with_context(ctx, draft)
                    found = problems(draft, ctx.lexicon) if draft else found
                if not found:
                    out.append((draft, score(draft)))
    return out


def finished(ctx: EssayContext, draft: Draft) -> Draft | None:
    """A draft as the bank takes it: a multiple choice with its options found."""
    return with_options(ctx, draft) if needs_options(draft) else draft


def build_bank(document: Document, tools: Tools, settings: Settings = Settings()) -> Bank:
    ctx = essay_context(document, tools)
    body_words = sum(len(s.text.split()) for s in document.sentences)
    target = max(1, round(body_words / settings.density))
    if settings.max_questions is not None:
        target = min(target, settings.max_questions)
    pool = candidates(ctx)
    name = _file_name(document)
    if not pool:
        raise NoQuestionsError(f"{document.info.path or name}: no usable sentences to build questions on")
    bank_id = slug(re.sub(r"\.[^.]+$", "", name))
    chosen = select(pool, ctx, target, finish=lambda draft: finished(ctx, draft))
    questions = tuple(_question(draft, value, ctx, bank_id, name) for draft, value in chosen)
    return Bank(
        id=bank_id,
        title=document.title,
        author=document.info.author,
        description=document.info.description,
        source_file=name,
        generator=f"quizgen {__version__}",
        questions=questions,
    )


def _file_name(document: Document) -> str:
    path = document.info.path
    return path.replace("\\", "/").rsplit("/", 1)[-1] if path else slug(document.title) + ".txt"


def _question(draft: Draft, value: float, ctx: EssayContext, bank_id: str, name: str) -> Question:
    sentence = draft.sentence.sentence
    section = ctx.document.section_title(sentence)
    tags = [draft.answer_kind] if draft.answer_kind and draft.answer_kind != "boolean" else []
    if draft.statement.score >= 0.5:
        tags.append("key-statement")
    if section:
        tags.append(slug(section))
    question = Question(
        id=question_id(bank_id, sentence.text, draft.type, draft.answer),
        type=draft.type,
        prompt=draft.prompt,
        answer=draft.answer,
        accept=draft.accept or _other_forms(draft),
        choices=draft.choices,
        explanation=draft.explanation,
        source=Source(document=name, section=section, paragraph=sentence.paragraph, sentence=sentence.text),
        tags=tuple(tags),
        answer_kind=draft.answer_kind,
        difficulty=_difficulty(draft, ctx),
        score=value,
    )
    return replace(question, checksum=content_checksum(question))


def _other_forms(draft: Draft) -> tuple[str, ...]:
    """Forms of a typed answer a teacher would also mark right: a person's surname, a
    name without its article."""
    if draft.type not in ("cloze", "wh", "term") or draft.choices:
        return ()
    answer = draft.answer
    forms = []
    words = answer.split()
    if draft.answer_kind == "person" and len(words) > 1 and "," not in answer and " and " not in answer:
        forms.append(words[-1])
    if len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        forms.append(" ".join(words[1:]))
    return tuple(f for f in forms if f != answer)


def _difficulty(draft: Draft, ctx: EssayContext) -> str:
    if draft.type in ("true_false",) or draft.choices:
        return "easy" if draft.type == "true_false" or ctx.counts.of(draft.answer) >= 3 else "medium"
    seen = ctx.counts.of(normal(draft.answer)) or ctx.counts.of(draft.answer)
    if seen >= 4:
        return "easy"
    if seen <= 1 or draft.answer_kind in ("number", "date") and len(draft.answer.split()) > 1:
        return "hard"
    return "medium"

"""Annotating a document's sentences: tokens, tags, noun-phrase chunks and entity spans."""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.nlp.chunks import noun_phrases
from quizgen.nltk_resources import ensure_nltk_data
from quizgen.nlp.entities import EntityKinds, find_entities
from quizgen.nlp.lexicon import Lexicon
from quizgen.nlp.tokens import Token, tagger_form, tokenize
from quizgen.text.document import Document, Sentence


@dataclass(frozen=True)
class Span:
    """Tokens [start, end) of one sentence, with their exact text and what they are."""

    start: int
    end: int
    text: str
    kind: str = ""  # an ANSWER_KINDS value, or "" for a plain noun phrase


@dataclass(frozen=True)
class AnnotatedSentence:
    sentence: Sentence
    tokens: tuple[Token, ...]
    chunks: tuple[Span, ...]  # noun phrases
    entities: tuple[Span, ...]  # names, dates, numbers, titles of works, quoted terms

    @property
    def text(self) -> str:
        return self.sentence.text

    def span_text(self, start: int, end: int) -> str:
        return self.text[self.tokens[start].start : self.tokens[end - 1].end]

    def pairs(self) -> list[tuple[str, str]]:
        return [(t.text, t.tag) for t in self.tokens]


def load_tagger():
    ensure_nltk_data("averaged_perceptron_tagger_eng")
    from nltk.tag import PerceptronTagger

    return PerceptronTagger()


def tag_sentence(text: str, tagger) -> tuple[Token, ...]:
    pieces = tokenize(text)
    tags = tagger.tag([tagger_form(w) for w, _, _ in pieces]) if pieces else []
    return tuple(Token(w, tag, s, e) for (w, s, e), (_, tag) in zip(pieces, tags))


def annotate_document(document: Document, lexicon: Lexicon, tagger) -> tuple[AnnotatedSentence, ...]:
    """Tag every body sentence, then name entities with evidence pooled over the whole essay."""
    tagged = [(s, tag_sentence(s.text, tagger)) for s in document.sentences]
    kinds = EntityKinds.from_sentences([tokens for _, tokens in tagged], lexicon)
    out = []
    for sentence, tokens in tagged:
        chunks = tuple(
            Span(a, b, sentence.text[tokens[a].start : tokens[b - 1].end]) for a, b in noun_phrases(tokens)
        )
        entities = tuple(
            Span(a, b, sentence.text[tokens[a].start : tokens[b - 1].end], kind)
            for a, b, kind in find_entities(tokens, kinds, lexicon)
        )
        out.append(AnnotatedSentence(sentence, tokens, chunks, entities))
    return tuple(out)

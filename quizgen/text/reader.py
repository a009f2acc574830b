"""Reading an essay file into a Document.

Provisional: paragraphs at blank lines and NLTK's Punkt for sentences, no repairs.
The cleaning pipeline replaces the insides of `read_document` and `parse_text`.
"""

from __future__ import annotations

import re
from pathlib import Path

from quizgen.errors import TextError
from quizgen.text.document import Document, DocumentInfo, Paragraph, Section, Sentence
from quizgen.text.metadata import essay_info


def read_document(path: Path | str) -> Document:
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TextError(f"{path}: cannot read: {exc}") from None
    return parse_text(raw, essay_info(path))


def parse_text(raw: str, info: DocumentInfo) -> Document:
    import nltk

    from quizgen.nlp.data import ensure_nltk_data

    ensure_nltk_data("punkt_tab")
    paragraphs = []
    sentence_index = 0
    for block in re.split(r"\n\s*\n", raw):
        text = " ".join(block.split())
        if not text:
            continue
        sentences = []
        for s in nltk.sent_tokenize(text):
            sentences.append(Sentence(s, sentence_index, len(paragraphs), 0))
            sentence_index += 1
        paragraphs.append(Paragraph(len(paragraphs), 0, tuple(sentences)))
    return Document(info=info, sections=(Section(0, ""),), paragraphs=tuple(paragraphs))

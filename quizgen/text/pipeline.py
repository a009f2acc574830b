"""The cleaning pipeline, stage by stage, from raw text to `Document`."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from quizgen.text import citations, footnotes, glued, layout, pages, paragraphs, setaside
from quizgen.text.document import (
    Document,
    DocumentInfo,
    Footnote,
    Paragraph,
    Repair,
    Section,
    Sentence,
    SetAside,
)
from quizgen.text.hyphenation import HyphenEvidence, join_hyphenated
from quizgen.text.lexicon import FUNCTION_WORDS, Lexicon
from quizgen.text.sentences import (
    SentenceSplitter,
    capitalise_start,
    quote_each_sentence,
    rejoin_false_splits,
    strip_list_marker,
)

_INLINE_HYPHEN = re.compile(r"\b([A-Za-z]+-) ([A-Za-z]+)")
_LETTER = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class TextTools:
    """What cleaning needs from NLTK data: build once (about half a second), reuse for every essay."""

    lexicon: Lexicon
    splitter: SentenceSplitter

    @classmethod
    def load(cls) -> TextTools:
        return cls(Lexicon.load(), SentenceSplitter())


@dataclass
class _Work:
    """One run: what it knows about the document, and what it collects on its way."""

    tools: TextTools
    shape: layout.Shape
    evidence: HyphenEvidence
    repairs: list[Repair]
    set_aside: list[SetAside]
    marks_paragraphs: bool = True
    labels: frozenset[str] = frozenset()
    counts: Counter | None = None

    @property
    def lexicon(self) -> Lexicon:
        return self.tools.lexicon


def clean(raw: str, info: DocumentInfo, tools: TextTools) -> Document:
    text = layout.normalise(raw)
    lines = layout.split_lines(text)
    shape = layout.measure(lines)
    work = _Work(tools, shape, HyphenEvidence(text), [], [])
    page_list, joins, notes = _pages(text, lines, work)
    work.marks_paragraphs = paragraphs.blank_lines_are_paragraph_breaks(page_list)
    blocks = paragraphs.build_blocks(page_list, joins, shape, work.marks_paragraphs)
    texts = [_join_lines(block, work) for block in blocks]
    blocks, texts = _merge_lead_ins(blocks, texts)
    kinds = setaside.classify(
        texts,
        [b.cut_end for b in blocks],
        [len(b.lines) for b in blocks],
        info.title,
        info.author,
        [any(line.heading for line in b.lines) for b in blocks],
    )
    for block, block_text, kind in zip(blocks, texts, kinds):
        if kind == setaside.ENDNOTE:
            number = re.match(r"\d+", block_text)
            notes.append(Footnote(number.group(0) if number else "", re.sub(r"^\d+[.)]?\s*", "", block_text)))
        elif kind not in (setaside.BODY, setaside.HEADING):
            work.set_aside.append(SetAside(kind, block_text, block.first_line))
    work.labels = frozenset(note.label for note in notes if note.label)
    work.counts = Counter(w.lower() for w in re.findall(r"[A-Za-z]+", text))
    sections, paragraph_list = _assemble(blocks, texts, kinds, work)
    return Document(
        info=info,
        sections=tuple(sections),
        paragraphs=tuple(paragraph_list),
        footnotes=tuple(notes),
        set_aside=tuple(sorted(work.set_aside, key=lambda s: s.line)),
        repairs=tuple(work.repairs),
        found_title=setaside.front_title(texts, kinds),
    )


def _pages(text: str, lines: list[layout.Line], work: _Work):
    """Pages in reading order, with their notes taken out; captions and page numbers set aside."""
    page_list = layout.split_pages(lines, work.shape)
    joins = pages.reading_order(page_list, work.lexicon, text)
    if joins.reordered:
        in_file = _page_numbers(page_list, range(len(page_list)))
        work.repairs.append(Repair("page_order", in_file, _page_numbers(page_list, joins.order)))
    for page in page_list:
        work.set_aside += [SetAside("layout", line.text, line.number) for line in page.layout]
        work.set_aside += [SetAside("caption", line.text, line.number) for line in page.captions]
    found = [note for i in joins.order for note in footnotes.parse_notes(page_list[i].notes, work.lexicon, work.evidence)]
    return page_list, joins, footnotes.merge_continuations(found, work.lexicon)


def _page_numbers(page_list: list[layout.Page], order) -> str:
    return " ".join(str(page_list[i].index + 1) for i in order)


def _join_lines(block: paragraphs.Block, work: _Work) -> str:
    text = ""
    for position, line in enumerate(block.lines):
        if position in block.page_breaks:
            work.repairs.append(Repair("joined_break", "…" + text[-40:], line.text[:40] + "…"))
        line_text = line.text
        bullet = paragraphs.BULLET.match(line_text)
        if bullet and text:
            work.repairs.append(Repair("list_marker", bullet.group(0).strip(), ""))
            line_text = line_text[bullet.end():]
        if not text:
            text = line_text
        elif text.endswith("-") and not text.endswith(("--", " -")):
            joined = join_hyphenated(text.rsplit(" ", 1)[-1], line_text, work.lexicon, work.evidence)
            head = text.rsplit(" ", 1)[0] if " " in text else ""
            word_after = joined.split(" ", 1)[0]
            before = text.rsplit(" ", 1)[-1] + "|" + line_text.split(" ", 1)[0]
            work.repairs.append(Repair("hyphenation", before, word_after))
            text = f"{head} {joined}" if head else joined
        else:
            text = f"{text} {line_text}"
    return " ".join(text.split())


def _merge_lead_ins(blocks: list[paragraphs.Block], texts: list[str]):
    """'As Lenin put it,' followed by a block quotation is one sentence."""
    out_blocks, out_texts = [], []
    for block, text in zip(blocks, texts):
        if out_texts and out_texts[-1].endswith(",") and text[:1] in "“\"":
            out_texts[-1] = f"{out_texts[-1]} {text}"
            out_blocks[-1].lines += block.lines
            out_blocks[-1].cut_end = block.cut_end
            continue
        out_blocks.append(block)
        out_texts.append(text)
    return out_blocks, out_texts


def _assemble(blocks, texts, kinds, work: _Work) -> tuple[list[Section], list[Paragraph]]:
    sections: list[Section] = []
    paragraph_list: list[Paragraph] = []
    sentence_index = 0
    for block, text, kind in zip(blocks, texts, kinds):
        if kind == setaside.HEADING:
            sections.append(Section(len(sections), text))
            continue
        if kind != setaside.BODY:
            continue
        if not sections:
            sections.append(Section(0, ""))
        repaired = _repair(text, work)
        sentences = _sentences(repaired, block, work)
        if not sentences:
            continue
        built = []
        for sentence_text in sentences:
            built.append(Sentence(sentence_text, sentence_index, len(paragraph_list), len(sections) - 1))
            sentence_index += 1
        paragraph_list.append(Paragraph(len(paragraph_list), len(sections) - 1, tuple(built), block.first_line,
                                        repaired.count("“") > repaired.count("”")))
    if not sections:
        sections.append(Section(0, ""))
    return sections, paragraph_list


def _repair(text: str, work: _Work) -> str:
    text = _INLINE_HYPHEN.sub(lambda m: _inline_hyphen(m, work), text)
    text = glued.split_glued(text, work.lexicon, work.counts or Counter(), work.repairs)
    text = footnotes.remove_references(text, set(work.labels), work.repairs)
    text = citations.remove_citations(text, work.repairs)
    return _tidy(text)


def _inline_hyphen(match: re.Match, work: _Work) -> str:
    """'Social- Democratic', 'mid- September': a line-end hyphen that kept its space."""
    left, right = match.group(1), match.group(2)
    if right.lower() in {"and", "or", "to", "nor"}:
        return match.group(0)
    joined = join_hyphenated(left, right, work.lexicon, None)
    work.repairs.append(Repair("hyphenation", match.group(0), joined))
    return joined


def _tidy(text: str) -> str:
    text = re.sub(r"\s+([.,;:?!])", r"\1", text)
    text = re.sub(r"(?<!\.)([.?!])\.(?=\s|$)", r"\1", text)
    text = re.sub(r"\(\s+", "(", text)
    text = re.sub(r"\s+\)", ")", text)
    text = re.sub(r",\s*\.", ".", text)
    return " ".join(text.split())


def _sentences(text: str, block: paragraphs.Block, work: _Work) -> list[str]:
    found = rejoin_false_splits(work.tools.splitter.split(text))
    if not found:
        return []
    if block.cut_start and found[0][:1].islower():
        work.set_aside.append(SetAside("fragment", found.pop(0), block.first_line))
    if found and not layout.ends_sentence(found[-1]):
        last = found[-1]
        if _cut_off(block, last, work.shape, work.marks_paragraphs):
            work.set_aside.append(SetAside("fragment", found.pop(), block.lines[-1].number))
        else:
            found[-1] = last.rstrip(",;: ") + "."
            work.repairs.append(Repair("end_punctuation", last[-40:], found[-1][-41:]))
    out = []
    for sentence in quote_each_sentence(found, work.repairs):
        sentence = strip_list_marker(sentence, work.repairs)
        sentence = capitalise_start(sentence, work.repairs)
        if len(_LETTER.findall(sentence)) < 2:
            continue
        out.append(sentence)
    return out


def _cut_off(block, last: str, shape, marks_paragraphs: bool) -> bool:
    """A sentence without an end was cut by the layout, unless it is a plain missing full stop."""
    if block.cut_end:
        return True
    words = last.split()
    if not words or words[-1].lower().strip("“”\"'’") in FUNCTION_WORDS or last.endswith(("-", ",", ";")):
        return True
    if len(words) < 6:
        return True
    last_line = block.lines[-1].text
    wrapped = len(block.lines) >= 2 and shape.width and len(last_line) >= 0.8 * shape.width
    return bool(wrapped and marks_paragraphs)

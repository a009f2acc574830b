"""The text layer's contract: a cleaned essay, ready for NLP.

Every later stage reads only these types; none of them sees the raw file.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Sentence:
    text: str
    index: int  # position among the document's body sentences
    paragraph: int  # index into Document.paragraphs
    section: int  # index into Document.sections


@dataclass(frozen=True)
class Paragraph:
    index: int
    section: int
    sentences: tuple[Sentence, ...]
    line: int = 0  # 1-based line in the file where it starts; 0 when not read from a file
    quote_runs_on: bool = False  # it leaves a quotation open: the next paragraph goes on with it

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)


@dataclass(frozen=True)
class Section:
    index: int
    title: str  # "" for the untitled opening section


@dataclass(frozen=True)
class Footnote:
    label: str  # the note's number or mark as printed
    text: str


@dataclass(frozen=True)
class SetAside:
    """A part of the file kept out of the body, and why."""

    kind: str  # bibliography, comment, caption, citation, fragment, front_matter, layout
    text: str
    line: int = 0  # 1-based line in the file where it starts


@dataclass(frozen=True)
class Repair:
    """One change made to the text, for `quizgen inspect` and for debugging."""

    kind: str  # hyphenation, glued_word, footnote_ref, page_ref, citation, joined_break, page_order
    before: str
    after: str


@dataclass(frozen=True)
class DocumentInfo:
    """What is known about an essay besides its text."""

    title: str
    author: str | None = None
    description: str = ""
    path: str = ""


@dataclass(frozen=True)
class Document:
    info: DocumentInfo
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    footnotes: tuple[Footnote, ...] = ()
    set_aside: tuple[SetAside, ...] = ()
    repairs: tuple[Repair, ...] = field(default=(), compare=False)
    found_title: str = field(default="", compare=False)  # the title line the text opens with, if any

    @property
    def title(self) -> str:
        return self.info.title

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    def section_title(self, sentence: Sentence) -> str:
        return self.sections[sentence.section].title if self.sections else ""

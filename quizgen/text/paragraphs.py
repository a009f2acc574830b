"""Body lines -> blocks (paragraph candidates), deciding at every line end: same paragraph or not.

Blank lines mean a new paragraph only where the text uses them that way. In a
double-spaced extraction, or one with stray blank lines inside sentences,
paragraph ends are read from the line shapes instead: a short line that ends a
sentence, a heading line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizgen.text.layout import Line, Page, Shape, ends_sentence, heading_like
from quizgen.text.pages import Joins

_LIST_START = re.compile(r"^(?:\d{1,2}[.)]|\(\s*(?:\d{1,2}|[a-z])\s*\)|[-•*▪◦])\s+\S")
BULLET = re.compile(r"^[-•*▪◦]\s+(?=\S)")
_ATTRIBUTION = re.compile(r"^[-–—―]\s?[A-Z]")
_CONTINUES = re.compile(r"^[a-z0-9(\[]|^[“\"‘'][a-z]")


@dataclass
class Block:
    lines: list[Line] = field(default_factory=list)
    cut_start: bool = False  # begins mid-sentence and what came before is lost
    cut_end: bool = False  # ends mid-sentence and what comes after is lost
    page_breaks: list[int] = field(default_factory=list)  # positions in `lines` that start a new page

    @property
    def page_joined(self) -> bool:
        return bool(self.page_breaks)

    @property
    def first_line(self) -> int:
        return self.lines[0].number if self.lines else 0


@dataclass(frozen=True)
class _Item:
    line: Line
    gap: bool  # blank line(s) before it
    page_break: bool  # a new page starts here
    continues: bool  # the page break is a continuation found by the page order


def build_blocks(pages: list[Page], joins: Joins, shape: Shape, blank_lines_mark_paragraphs: bool) -> list[Block]:
    items = _stream(pages, joins)
    blocks: list[Block] = []
    current = Block()
    for k, item in enumerate(items):
        if current.lines and _breaks(items, k, shape, blank_lines_mark_paragraphs):
            if item.page_break and not item.continues:
                current.cut_end = not ends_sentence(current.lines[-1].text)
            blocks.append(current)
            current = Block(cut_start=item.page_break and not item.continues and item.line.text[:1].islower())
        elif item.page_break and current.lines:
            current.page_breaks.append(len(current.lines))
        current.lines.append(item.line)
    if current.lines:
        blocks.append(current)
    return blocks


def blank_lines_are_paragraph_breaks(pages: list[Page]) -> bool:
    """False when many blank lines fall inside sentences (double spacing, column debris)."""
    inside = total = 0
    for page in pages:
        previous = None
        gap = False
        for line in page.body:
            if line.blank:
                gap = previous is not None
                continue
            if gap and previous is not None:
                total += 1
                if _continues(previous.text, line.text):
                    inside += 1
            previous = line
            gap = False
    return total < 5 or inside < 0.3 * total


def _stream(pages: list[Page], joins: Joins) -> list[_Item]:
    items = []
    for position, index in enumerate(joins.order):
        page = pages[index]
        gap = False
        first = True
        for line in page.body:
            if line.blank:
                gap = True
                continue
            page_break = first and position > 0
            items.append(_Item(line, gap and not first, page_break, page_break and index in joins.continues))
            gap = False
            first = False
    return items


def _breaks(items: list[_Item], k: int, shape: Shape, blank_lines_mark_paragraphs: bool) -> bool:
    previous, item = items[k - 1].line, items[k].line
    following = items[k + 1].line if k + 1 < len(items) else None
    if items[k].page_break:
        return not items[k].continues
    if item.heading or previous.heading:
        return True
    if BULLET.match(item.text):
        # Short items that carry on a sentence ("Their demands were: - free elections, - ...") are part
        # of it; items that are sentences of their own are paragraphs.
        carried_on = previous.text.endswith((":", ",", ";")) and item.text[BULLET.match(item.text).end():][:1].islower()
        return not carried_on
    if _LIST_START.match(item.text) and (ends_sentence(previous.text) or previous.text.endswith(":")):
        return True
    if _ATTRIBUTION.match(item.text) and previous.text.endswith(("”", '"')):
        return True
    if blank_lines_mark_paragraphs:
        if items[k].gap:
            return not _continues(previous.text, item.text)
        if not shape.width:
            return not _continues(previous.text, item.text)  # unwrapped text: a line is a paragraph
        # Lines without a blank between them wrap one block; a heading set over two lines stays whole.
        following_text = following.text if following else None
        return heading_like(previous.text, item.text, shape) and not heading_like(item.text, following_text, shape)
    if heading_like(previous.text, item.text, shape) or (
        ends_sentence(previous.text) and heading_like(item.text, following.text if following else None, shape)
    ):
        return True
    return bool(ends_sentence(previous.text) and shape.width and len(previous.text) < 0.85 * shape.width)


_BYLINE = re.compile(r"^(?:by|written by)\s+[A-Z]")


def _continues(previous: str, text: str) -> bool:
    if _BYLINE.match(text):
        return False
    return previous.endswith("-") or (not ends_sentence(previous) and _CONTINUES.match(text) is not None)

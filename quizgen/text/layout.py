"""Lines and pages: what the file's layout says before any word is read.

PDF extractions mark a new page with a line that starts with a space (or a form
feed, or a lone page number); double-spaced extractions put a blank line after
every line; footnotes sit at the bottom of a page below a rule, in a smaller
font (so their lines run longer than the body's). This module finds those
shapes in general terms and hands on pages split into body lines and footnote
lines.
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from dataclasses import dataclass, field

from quizgen.text.lexicon import FUNCTION_WORDS

_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_LIGATURES = {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl"}
_RULE = re.compile(r"^[-=_*~•·.#\s]{3,}$")
_MARKED_HEADING = re.compile(r"^#{1,6}\s+")
PAGE_NUMBER = re.compile(r"^(?:\d{1,4}|[ivxlc]{1,6})$")
NOTE_MARKER = re.compile(r"^(\d{1,3})\.?\s+(?=\S)")
WIDE = 1.15  # notes set in a smaller font run this much longer than body lines
SENTENCE_END = re.compile(r"[.!?…:][\"'”’)\]]*\d{0,3}$|[.!?…][\"'”’)\]]*\s*\(\d[\d\s\-–]*\)\.?$")


@dataclass
class Line:
    number: int  # 1-based line number in the file
    text: str  # without leading and trailing white space
    indent: int = 0
    page_start: bool = False
    heading: bool = False  # marked as a heading by the text itself ("## Theory")

    @property
    def blank(self) -> bool:
        return not self.text


@dataclass
class Page:
    index: int  # position in the file
    body: list[Line] = field(default_factory=list)
    notes: list[Line] = field(default_factory=list)
    layout: list[Line] = field(default_factory=list)  # page numbers and rules
    captions: list[Line] = field(default_factory=list)

    @property
    def body_text_lines(self) -> list[Line]:
        return [line for line in self.body if not line.blank]


@dataclass(frozen=True)
class Shape:
    """Document-wide layout facts."""

    double_spaced: bool
    paged: bool
    width: int  # typical length of a full body line (0 for one paragraph per line)


def normalise(raw: str) -> str:
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = _INVISIBLE.sub("", text).replace("\u00a0", " ").replace("\u202f", " ")
    for ligature, letters in _LIGATURES.items():
        text = text.replace(ligature, letters)
    return unicodedata.normalize("NFC", text)


def split_lines(text: str) -> list[Line]:
    lines = []
    for number, raw in enumerate(text.split("\n"), start=1):
        form_feed = "\f" in raw
        raw = raw.replace("\f", "")
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip(" ")) if stripped else len(raw)
        if _RULE.match(stripped):
            stripped, indent = "", 0  # "=====", "* * *": a divider reads as a paragraph break
        marked = _MARKED_HEADING.match(stripped)
        if marked:
            stripped = stripped[marked.end():].rstrip("#").strip()
        lines.append(Line(number, stripped, indent, page_start=form_feed, heading=bool(marked and stripped)))
    while lines and lines[-1].blank:
        lines.pop()
    return lines


def measure(lines: list[Line]) -> Shape:
    text_lines = [line for line in lines if not line.blank]
    if not text_lines:
        return Shape(False, False, 0)
    followed_by_one_blank = 0
    for i, line in enumerate(lines[:-2]):
        if not line.blank and lines[i + 1].blank and not lines[i + 2].blank:
            followed_by_one_blank += 1
    double_spaced = followed_by_one_blank >= 0.6 * len(text_lines) and len(text_lines) >= 10
    lengths = sorted(len(line.text) for line in text_lines)
    # A wrapped text has most lines near one width; a text with one paragraph per line has no width.
    wrapped = [n for n in lengths if 25 <= n <= 140]
    width = int(statistics.median(wrapped)) if len(wrapped) >= 10 and len(wrapped) >= 0.5 * len(lengths) else 0
    marks = [line for line in text_lines if _looks_like_page_mark(line)]
    numbers = any(_is_page_number(lines, i) for i in range(len(lines)))
    paged = any(line.page_start for line in lines) or numbers or 2 <= len(marks) <= max(3, 0.12 * len(text_lines))
    return Shape(double_spaced, paged, width)


def _looks_like_page_mark(line: Line) -> bool:
    return 1 <= line.indent <= 2 and not re.match(r"^(?:\d{1,2}[.)]|[-•*])\s", line.text)


def split_pages(lines: list[Line], shape: Shape) -> list[Page]:
    """Cut the file into pages and each page into body and footnote lines."""
    if not shape.paged:
        return [Page(0, body=list(lines))]
    starts = set()
    for i, line in enumerate(lines):
        if line.page_start:
            starts.add(i)
        elif not line.blank and _looks_like_page_mark(line) and i > 0:
            # In a double-spaced text a footnote's second paragraph can also start with a space;
            # a page's body is double spaced, so its first line is followed by a blank.
            if not shape.double_spaced or i + 1 >= len(lines) or lines[i + 1].blank:
                starts.add(i)
        elif _is_page_number(lines, i):
            starts.add(i + 1)  # the number closes its page
    pages: list[Page] = []
    current = Page(0)
    for i, line in enumerate(lines):
        if i in starts and (current.body or current.notes or current.layout):
            pages.append(current)
            current = Page(len(pages))
        if _is_page_number(lines, i):
            current.layout.append(line)
            continue
        current.body.append(line)
    pages.append(current)
    numbered = False
    for page in pages:
        numbered = _separate_notes(page, shape, allow_wide=numbered) or numbered
    for page, following in itertools.pairwise(pages):
        _drop_bottom_caption(page, following)
    kept: list[Page] = []
    for page in pages:
        if page.body_text_lines or page.notes or not kept:
            kept.append(page)
        else:
            kept[-1].layout += page.layout  # a page number on a page of its own belongs to the page before
    return kept


def _drop_bottom_caption(page: Page, following: Page) -> None:
    """A lone line closing a page after a finished sentence, which the next page does not continue,
    is a caption or a footer: "Lenin and Trotsky with soldiers of the Red Army, 1921"."""
    lines = page.body
    text_positions = [i for i, line in enumerate(lines) if not line.blank]
    if len(text_positions) < 2:
        return
    last, before = text_positions[-1], text_positions[-2]
    if last - before < 2 or ends_sentence(lines[last].text) or not ends_sentence(lines[before].text):
        return
    next_lines = following.body_text_lines
    if next_lines and next_lines[0].text.lstrip("([“‘\"'")[:1].islower():
        return
    page.captions.append(lines[last])
    del lines[last:]


def _is_page_number(lines: list[Line], i: int) -> bool:
    """A lone number between blank lines, or at the very top or bottom of a page."""
    line = lines[i]
    if not PAGE_NUMBER.match(line.text):
        return False
    before = lines[i - 1] if i > 0 else None
    after = lines[i + 1] if i + 1 < len(lines) else None
    if after is None or after.page_start:
        return True  # the last line of a page
    if line.page_start or before is None:
        return after.blank  # the first line of a page
    return before.blank and after.blank


def _separate_notes(page: Page, shape: Shape, allow_wide: bool) -> bool:
    """Move the footnote zone at the bottom of a page from `body` to `notes`.

    A block of long lines counts as notes only once numbered notes have been seen:
    texts without notes (a bibliography in a smaller font, say) keep their blocks.
    Returns whether a numbered note opened the zone.
    """
    body = page.body
    cut = None
    for i, line in enumerate(body):
        if line.blank and line.indent >= 10:
            cut = i  # a rule drawn above the notes, extracted as a line of spaces
            break
        if i > 0 and NOTE_MARKER.match(line.text) and _starts_note(body, i, shape):
            cut = i
            break
        if allow_wide and shape.width and i > 0 and _starts_wide_block(body, i, shape):
            cut = i
            break
    if cut is None:
        return False
    rule = body[cut]
    page.notes = [line for line in body[cut:] if not (line is rule and line.blank)]
    page.body = body[:cut]
    return any(NOTE_MARKER.match(line.text) for line in page.notes)


def _starts_note(body: list[Line], i: int, shape: Shape) -> bool:
    """A numbered line opens a footnote when its number was referenced above it on the page."""
    number = NOTE_MARKER.match(body[i].text).group(1)
    if shape.double_spaced:
        # Notes are single spaced below a double-spaced body.
        dense = (i + 1 < len(body) and not body[i + 1].blank) or not body[i - 1].blank
        if not dense:
            return False
    elif not body[i - 1].blank:
        return False
    above = " ".join(line.text for line in body[:i])
    return re.search(rf"(?:[a-z%]|[.,;:?!\"'”’)\]])({number})(?!\d)", above) is not None


def _starts_wide_block(body: list[Line], i: int, shape: Shape) -> bool:
    """A paragraph set in a smaller font (longer lines than the body's) below the body: notes."""
    if shape.double_spaced or not body[i - 1].blank or body[i].blank:
        return False
    block = []
    for line in body[i:]:
        if line.blank:
            break
        block.append(line)
    if len(block) < 2:
        return False
    return max(len(line.text) for line in block[:-1]) > shape.width * WIDE


def ends_sentence(text: str) -> bool:
    return bool(SENTENCE_END.search(text.rstrip()))


def heading_like(text: str, following: str | None, shape: Shape) -> bool:
    """A short line with no closing punctuation, capitalised, followed by a capitalised line."""
    if not text or not (text[0].isupper() or text[0].isdigit()):
        return False
    if ends_sentence(text) or text.endswith(("-", ",", ";", ":", "”", '"')):
        return False
    limit = 0.6 * shape.width if shape.width else 80
    if len(text) > max(limit, 12):
        return False
    words = text.split()
    if words[-1].lower().strip("’'") in FUNCTION_WORDS - {"one", "two", "three", "four", "five", "six", "all"}:
        return False
    if following is None:
        return True
    return following[:1].isupper() or following[:1] in "“\"‘("

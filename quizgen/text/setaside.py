"""Deciding what each block is: body, heading, or a part kept out of the body (and why).

Kinds set aside: front_matter (title, byline, a running title), bibliography,
comment (reader comments after the essay), caption (picture captions and stray
layout lines), citation (citation-only lines, attributions under quotations),
and endnote blocks, which become footnotes.
"""

from __future__ import annotations

import re

from quizgen.text.citations import is_citation_block, is_reference_entry
from quizgen.text.layout import ends_sentence
from quizgen.text.lexicon import FUNCTION_WORDS

BODY, HEADING, ENDNOTE = "body", "heading", "endnote"

_BIBLIOGRAPHY_HEADING = re.compile(
    r"^(?:references?|bibliography|works cited|sources|further reading|literature|select bibliography|"
    r"notes and references|references and notes)$",
    re.IGNORECASE,
)
_NOTES_HEADING = re.compile(r"^(?:notes|endnotes|footnotes)$", re.IGNORECASE)
_COMMENT = re.compile(
    r"\b(?:thank(?:s| you) for (?:this|the|your) (?:article|post|piece|essay|writing)|great (?:article|post|piece)|"
    r"(?:this|your) (?:article|post) (?:is|was)|leave a (?:reply|comment)|\d+ (?:comments|responses)|says:|"
    r"reply\s*$|log in to reply)",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^(?:by|written by|words by)\s+[A-Z]", re.IGNORECASE)
_CREDIT = re.compile(r"\b(?:courtesy of|photo(?:graph)?(?: by)?:?|image:|source:|credit:|\(detail\)|illustration)", re.IGNORECASE)
_NUMBERED = re.compile(r"^(\d{1,3})[.)]?\s+\S")
_REFERENCED = r"(?:[a-z%]|[.,;:?!\"'”’)\]])({n})(?!\d)"


def classify(
    texts: list[str],
    cut_ends: list[bool],
    sizes: list[int],
    title: str,
    author: str | None,
    marked: list[bool] | None = None,
) -> list[str]:
    """One kind per block: body, heading, endnote, or a set-aside kind. `marked`: the text itself
    marks the block as a heading ("## Theory")."""
    kinds = [HEADING if marked and marked[i] else BODY for i in range(len(texts))]
    end = _mark_comments(texts, kinds)
    end = _mark_endnotes(texts, kinds, end)
    _mark_bibliography(texts, kinds, end)
    for i, text in enumerate(texts):
        if kinds[i] != BODY:
            continue
        following = _next_text(texts, kinds, i)
        previous_cut = i > 0 and kinds[i - 1] == BODY and (cut_ends[i - 1] or not ends_sentence(texts[i - 1]))
        if is_citation_block(text) and (not text.startswith(("-", "–", "—", "―")) or _after_quote(texts, i)):
            kinds[i] = "citation"
        elif sizes[i] <= 2 and _caption(text, previous_cut):
            kinds[i] = "caption"
        elif heading_block(text, following):
            kinds[i] = HEADING
    _mark_front_matter(texts, kinds, title, author)
    return kinds


def _next_text(texts: list[str], kinds: list[str], i: int) -> str | None:
    for j in range(i + 1, len(texts)):
        if kinds[j] == BODY:
            return texts[j]
    return None


def _after_quote(texts: list[str], i: int) -> bool:
    return i > 0 and texts[i - 1].rstrip().endswith(("”", '"'))


def heading_block(text: str, following: str | None) -> bool:
    if not text or not (text[0].isupper() or text[0].isdigit()) or len(text) > 100:
        return False
    if ends_sentence(text) or text.endswith(("-", ",", ";", ":", "”", '"')):
        return False
    words = text.split()
    if len(words) > 14 or words[-1].lower() in FUNCTION_WORDS - {"one", "two", "three", "all"}:
        return False
    if following is None or _BYLINE.match(following):
        return True
    return following[:1].isupper() or following[:1] in "“\"‘(" or following[:1].isdigit()


def _caption(text: str, previous_cut: bool) -> bool:
    if ends_sentence(text) or len(text) > 120:
        return False
    if _CREDIT.search(text):
        return True
    words = text.split()
    if words and words[-1].lower() in FUNCTION_WORDS:
        return True  # a line that breaks off ("... courtesy of") is layout, not prose
    return previous_cut and len(words) <= 20 and text[:1].isupper()


def _mark_comments(texts: list[str], kinds: list[str]) -> int:
    """Reader comments at the end of a page: from the first comment-like block after the essay on."""
    end = len(texts)
    for i in range(len(texts) - 1, max(-1, len(texts) - 12), -1):
        if _COMMENT.search(texts[i]):
            for j in range(i, end):
                kinds[j] = "comment"
            end = i
    return end


def _mark_endnotes(texts: list[str], kinds: list[str], end: int) -> int:
    """A numbered run 1..n closing the essay, when the body refers to those numbers, is notes."""
    start = end
    expected = None
    run: list[int] = []
    for i in range(end - 1, -1, -1):
        match = _NUMBERED.match(texts[i])
        if not match:
            if _NOTES_HEADING.match(texts[i].strip()):
                start = i
            break
        number = int(match.group(1))
        if expected is not None and number != expected:
            break
        run.append(i)
        expected = number - 1
        if number == 1:
            start = i
            break
    if not run or expected != 0 and not (start < end and _NOTES_HEADING.match(texts[start].strip())):
        return end
    body = " ".join(texts[: min(run)])
    if not re.search(_REFERENCED.format(n=1), body):
        return end
    for i in range(start, end):
        kinds[i] = ENDNOTE if i in run else "layout"
    return start


def _mark_bibliography(texts: list[str], kinds: list[str], end: int) -> None:
    for i in range(end):
        if _BIBLIOGRAPHY_HEADING.match(texts[i].strip().rstrip(":")):
            for j in range(i, end):
                if j > i and _prose_resumes(texts, j, end):
                    break
                kinds[j] = "bibliography"
            return
    # Without a heading: a closing run of three or more reference entries.
    run = []
    for i in range(end - 1, -1, -1):
        if is_reference_entry(texts[i]):
            run.append(i)
        else:
            break
    if len(run) >= 3:
        for i in run:
            kinds[i] = "bibliography"


def _prose_resumes(texts: list[str], j: int, end: int) -> bool:
    """A new heading followed by a long paragraph without a year ends a reference list."""
    if not heading_block(texts[j], texts[j + 1] if j + 1 < end else None) or j + 1 >= end:
        return False
    following = texts[j + 1]
    return len(following) > 200 and re.search(r"\((?:1[5-9]|20)\d\d\)", following) is None


def _mark_front_matter(texts: list[str], kinds: list[str], title: str, author: str | None) -> None:
    """Title and byline before the first paragraph, and the title repeated as a running head.

    An opening heading is the essay's title when no title is known yet, when it resembles the known
    title, or when a byline follows it; otherwise it is the first section's title.
    """
    leading = []
    for i, text in enumerate(texts):
        if kinds[i] in (HEADING, "caption") or _BYLINE.match(text) or _is_author(text, author):
            leading.append(i)
            continue
        if kinds[i] == BODY:
            break
    for position, i in enumerate(leading):
        text = texts[i]
        follows = [texts[j] for j in leading[position + 1 :]]
        byline_follows = any(_BYLINE.match(t) or _is_author(t, author) for t in follows)
        if _BYLINE.match(text) or _is_author(text, author) or not title or _resembles(text, title) or byline_follows:
            kinds[i] = "front_matter"
    wanted = _simplify(title)
    for i, text in enumerate(texts):
        if kinds[i] == HEADING and wanted and _simplify(text) == wanted:
            kinds[i] = "front_matter"


def _resembles(text: str, title: str) -> bool:
    words = set(_simplify(text).split())
    wanted = set(_simplify(title).split())
    return bool(words) and len(words & wanted) >= 0.5 * len(words)


def _is_author(text: str, author: str | None) -> bool:
    return bool(author) and _simplify(text) == _simplify(author)


def _simplify(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def front_title(texts: list[str], kinds: list[str]) -> str:
    """The essay's own title line, if it opens with one."""
    for text, kind in zip(texts, kinds):
        if kind != "front_matter":
            break
        if not _BYLINE.match(text):
            return text
    return ""

"""Reading order of pages: undo booklet (printing) order where the text shows it.

A page that ends mid-sentence must continue on a page that starts mid-sentence.
When the file's own order already pairs every such end with such a start, it is
kept. Otherwise each open page end is matched to the open page start that
completes it best (a hyphenated word that becomes a word, a quotation that
closes, a phrase that reads on), one to one, and pages are read chain by chain
in file order. An open end or start left without a convincing partner is cut
there, and the broken sentence is set aside as a fragment.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from quizgen.text.hyphenation import HYPHEN_PREFIXES, HyphenEvidence
from quizgen.text.layout import Page, Shape, ends_sentence, heading_like
from quizgen.text.lexicon import CONJUNCTIONS, DETERMINERS, FUNCTION_WORDS, PREPOSITIONS, Lexicon

_NO_SHAPE = Shape(False, False, 0)
MIN_SCORE = 2.0  # below this a pairing is a guess, and guesses are not stitched
MAX_MATCHED = 40  # open page ends matched one to one at most (the check is cubic in this, times pairs)
MARGIN = 1.0  # how much better than every matching without it a pairing must be
_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?")


@dataclass(frozen=True)
class Joins:
    order: list[int]  # page indexes in reading order
    continues: set[int]  # pages whose first line continues the previous page in that order
    reordered: bool


def reading_order(pages: list[Page], lexicon: Lexicon, corpus_text: str) -> Joins:
    ends = [_open_end(page) for page in pages]
    starts = [_open_start(page) for page in pages]
    colon = [_ends_with_colon(page) for page in pages]
    # A page that starts mid-sentence after one that ended a sentence is out of place. (An open end
    # before a capitalised start is not evidence: the sentence may go on with a name.)
    misplaced = any(starts[i + 1] and not ends[i] and not colon[i] for i in range(len(pages) - 1))
    if not misplaced:
        continues = {
            i + 1
            for i in range(len(pages) - 1)
            if (ends[i] or colon[i] and starts[i + 1]) and not _starts_with_heading(pages[i + 1])
        }
        return Joins(list(range(len(pages))), continues, False)
    booklet = _best_booklet_order(ends, starts, colon)
    if booklet is not None:
        continues = {
            booklet[k + 1]
            for k in range(len(booklet) - 1)
            if (ends[booklet[k]] or colon[booklet[k]] and starts[booklet[k + 1]])
            and not _starts_with_heading(pages[booklet[k + 1]])
        }
        return Joins(booklet, continues, True)
    open_ends = [i for i, e in enumerate(ends) if e]
    if len(open_ends) > MAX_MATCHED:
        # Beyond a booklet's size the matching costs too much for what it could prove: keep the order.
        return Joins(list(range(len(pages))), {i + 1 for i in range(len(pages) - 1) if ends[i] and starts[i + 1]}, False)
    # Candidates: pages that start mid-sentence, and the next page in the file (it may open with a name).
    open_starts = sorted({j for j, s in enumerate(starts) if s} | {i + 1 for i in open_ends if i + 1 < len(pages)})
    bigrams = _bigrams(corpus_text)
    evidence = HyphenEvidence(corpus_text)
    scores = [[_score(pages[i], pages[j], i, j, lexicon, bigrams, evidence) for j in open_starts] for i in open_ends]
    successor = {open_ends[row]: open_starts[col] for row, col in _confident_pairs(scores)}
    # Consecutive pages with a closed end and a closed start stay as they are: chains.
    has_predecessor = set(successor.values())
    order: list[int] = []
    for head in range(len(pages)):
        if head in has_predecessor or head in order:
            continue
        page = head
        while page is not None and page not in order:
            order.append(page)
            page = successor.get(page)
    order += [p for p in range(len(pages)) if p not in order]  # a cycle of guesses: keep file order
    return Joins(order, set(successor.values()), order != list(range(len(pages))))


def _best_booklet_order(ends: list[bool], starts: list[bool], colon: list[bool]) -> list[int] | None:
    """The reading order of a saddle-stitched booklet extracted sheet by sheet, if one explains the text.

    Printing order puts pages N and 1 on one side of the outer sheet, 2 and N-1 on the other, and so
    on inwards; blank pages (covers) are missing from the file. The order is accepted only when every
    page break in it is coherent: open ends meet open starts, finished sentences meet new ones.
    """
    count = len(ends)
    if count < 4:
        return None
    ranked = []
    for rank, order in enumerate(_booklet_orders(count)):
        junctions = list(itertools.pairwise(order))
        if all(ends[a] == starts[b] or colon[a] for a, b in junctions):
            # More mid-sentence page breaks bridged is more evidence; then fewer missing pages.
            bridged = sum(1 for a, b in junctions if ends[a] and starts[b])
            ranked.append((-bridged, rank, order))
    if not ranked:
        return None
    ranked.sort(key=lambda item: item[:2])
    best = ranked[0]
    rivals = [item for item in ranked[1:] if item[0] == best[0] and item[2] != best[2]]
    if best[0] == 0 or rivals and rivals[0][1] // _VARIANTS == best[1] // _VARIANTS:
        return None  # as many breaks bridged another way, with as few pages missing: undecided
    return best[2]


_VARIANTS = 2  # each layout comes with its two pages in either order on a sheet side


def _booklet_orders(count: int):
    """Candidate reading orders, fewest missing pages first; each (total, leading) in _VARIANTS forms."""
    first = -(-count // 4) * 4
    for total in range(first, first + 8, 4):
        for leading in range(total - count + 1):
            trailing = total - count - leading
            missing = set(range(1, leading + 1)) | set(range(total - trailing + 1, total + 1))
            for swapped in (False, True):
                printing = []
                for sheet in range(total // 4):
                    outer, inner = (total - 2 * sheet, 2 * sheet + 1), (2 * sheet + 2, total - 2 * sheet - 1)
                    if swapped:
                        outer, inner = outer[::-1], inner[::-1]
                    printing += [*outer, *inner]
                numbers = [n for n in printing if n not in missing]
                yield sorted(range(count), key=lambda k: numbers[k])


def _confident_pairs(scores: list[list[float]]) -> list[tuple[int, int]]:
    """Pairs of the best one-to-one matching that no other matching comes close to without them."""
    pairing = _best_assignment(scores)
    total = _total(scores, pairing)
    confident = []
    for row, col in pairing:
        if scores[row][col] < MIN_SCORE:
            continue
        without = [r[:] for r in scores]
        without[row][col] = -100.0
        if total - _total(without, _best_assignment(without)) >= MARGIN:
            confident.append((row, col))
    return confident


def _total(scores: list[list[float]], pairing: list[tuple[int, int]]) -> float:
    return sum(max(scores[r][c], 0.0) for r, c in pairing)


def _open_end(page: Page) -> bool:
    lines = page.body_text_lines
    return bool(lines) and not ends_sentence(lines[-1].text)


def _ends_with_colon(page: Page) -> bool:
    lines = page.body_text_lines
    return bool(lines) and lines[-1].text.endswith(":")


def _open_start(page: Page) -> bool:
    lines = page.body_text_lines
    return bool(lines) and lines[0].text.lstrip("([“‘\"'")[:1].islower()


def _starts_with_heading(page: Page) -> bool:
    lines = page.body_text_lines
    following = lines[1].text if len(lines) > 1 else None
    return bool(lines) and heading_like(lines[0].text, following, _NO_SHAPE)


def _edge_words(page: Page, last: bool) -> list[str]:
    lines = page.body_text_lines
    text = " ".join(line.text for line in (lines[-3:] if last else lines[:3]))
    words = _WORD.findall(text)
    return words[-4:] if last else words[:4]


def _score(
    end_page: Page, start_page: Page, i: int, j: int, lexicon: Lexicon, bigrams: set, evidence: HyphenEvidence
) -> float:
    if i == j:
        return -100.0
    end_line = end_page.body_text_lines[-1].text
    start_line = start_page.body_text_lines[0].text
    score = 0.0
    if j == i + 1:
        score += 1.0  # the file's order is a weak prior once pages are known to be out of order
    if not start_line.lstrip("([“‘\"'")[:1].islower():
        score -= 1.5  # a capital may be a name, but more often starts a sentence
    first = _WORD.match(start_line)
    first_word = first.group(0).lower() if first else ""
    if end_line.endswith("-"):
        stem = _WORD.findall(end_line)[-1].lower() if _WORD.findall(end_line) else ""
        if first_word in FUNCTION_WORDS:
            score -= 4.0
        elif evidence.hyphenated.get(f"{stem}-{first_word}") or evidence.solid.get(stem + first_word):
            score += 6.0  # the document writes this very word elsewhere
        elif lexicon.known(stem + first_word) and not lexicon.known(stem):
            score += 5.0
        elif lexicon.known(stem + first_word):
            score += 2.0
        elif stem in HYPHEN_PREFIXES and lexicon.known(first_word):
            score += 1.0
        else:
            score -= 3.0
    else:
        if first_word and not lexicon.known(first_word):
            score -= 6.0  # a word's tail ("ing") follows only a hyphen
        last_words = [w.lower() for w in _edge_words(end_page, last=True)]
        last_word = last_words[-1] if last_words else ""
        score += _grammar(last_word, first_word, lexicon)
        if (last_word, first_word) in bigrams and not (last_word in FUNCTION_WORDS and first_word in FUNCTION_WORDS):
            score += 1.5
    score += _quotes(end_page, start_page)
    return score


def _grammar(last: str, first: str, lexicon: Lexicon) -> float:
    """How well `first` can follow `last` across the join, from closed word classes."""
    closed_last = last in DETERMINERS or last in PREPOSITIONS or last in CONJUNCTIONS
    closed_first = first in DETERMINERS or first in PREPOSITIONS or first in CONJUNCTIONS
    if last == "to":
        if lexicon.is_verb(first) and first not in DETERMINERS:
            return 2.5
        return 0.5 if first in DETERMINERS else -1.0
    if closed_last and closed_first:
        return -3.0
    if closed_last:
        return 1.0
    if first in CONJUNCTIONS or first in PREPOSITIONS:
        return 1.0
    return 0.0


def _quotes(end_page: Page, start_page: Page) -> float:
    """An unclosed quotation at a page end wants a page that closes one before opening any."""
    tail = " ".join(line.text for line in end_page.body_text_lines[-6:])
    last_open = max(tail.rfind("“"), tail.rfind('"'))
    open_at_end = last_open > tail.rfind("”")
    head = " ".join(line.text for line in start_page.body_text_lines[:6])
    close = head.find("”")
    opening = head.find("“")
    closes_first = close != -1 and (opening == -1 or close < opening)
    if open_at_end and closes_first:
        return 3.0
    if closes_first and not open_at_end:
        return -2.0
    if open_at_end and not closes_first:
        return -1.0
    return 0.0


def _bigrams(text: str) -> set[tuple[str, str]]:
    words = [w.lower() for w in _WORD.findall(text)]
    return set(itertools.pairwise(words))


def _best_assignment(scores: list[list[float]]) -> list[tuple[int, int]]:
    """Rows matched to columns one to one with the largest total score (Hungarian method)."""
    rows = len(scores)
    cols = len(scores[0]) if rows else 0
    if not rows or not cols:
        return []
    size = max(rows, cols)
    # Minimise cost; padding cells cost as much as a worthless pairing.
    floor = min(min(r) for r in scores)
    cost = [[(-scores[r][c] if r < rows and c < cols else -floor + 1.0) for c in range(size)] for r in range(size)]
    inf = float("inf")
    u = [0.0] * (size + 1)
    v = [0.0] * (size + 1)
    match = [0] * (size + 1)
    way = [0] * (size + 1)
    for r in range(1, size + 1):
        match[0] = r
        col0 = 0
        minv = [inf] * (size + 1)
        used = [False] * (size + 1)
        while True:
            used[col0] = True
            row0 = match[col0]
            delta = inf
            col1 = 0
            for c in range(1, size + 1):
                if not used[c]:
                    cur = cost[row0 - 1][c - 1] - u[row0] - v[c]
                    if cur < minv[c]:
                        minv[c] = cur
                        way[c] = col0
                    if minv[c] < delta:
                        delta = minv[c]
                        col1 = c
            for c in range(size + 1):
                if used[c]:
                    u[match[c]] += delta
                    v[c] -= delta
                else:
                    minv[c] -= delta
            col0 = col1
            if match[col0] == 0:
                break
        while True:
            col1 = way[col0]
            match[col0] = match[col1]
            col0 = col1
            if col0 == 0:
                break
    pairs = []
    for c in range(1, size + 1):
        r = match[c]
        if r and r - 1 < rows and c - 1 < cols:
            pairs.append((r - 1, c - 1))
    return sorted(pairs)

"""Whether a sentence is fit to build a question on: whole, body text, free of layout debris.

The text layer repairs what it can; anything that still looks broken is left out here
rather than shown to a student.
"""

from __future__ import annotations

import re

from quizgen.nlp.annotate import AnnotatedSentence
from quizgen.nlp.lexicon import Lexicon
from quizgen.nlp.tokens import FINITE_TAGS as _FINITE

_DEBRIS = (
    re.compile(r"[a-z]- [a-z]"),  # a word split at a line end
    re.compile(r"(?<=[a-z][.,;:?!’”\"')])\d{1,3}\b|\b[a-z]{3,}\d{1,3}\b"),  # footnote digits
    re.compile(r"\(\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?\s*\)"),  # page references
    re.compile(r"\b[a-z]{2,}[A-Z][a-z]+"),  # glued words: "inMoscow"
    re.compile(r"\b(?:ibid|op\. cit|vol\.|pp?\.\s*\d|collected works|university press)\b", re.I),
    re.compile(r"https?://|www\.|\S@\S"),  # an address: one character each side of the @ is enough
    re.compile(r"\s[,.;:]"),
)
#: All of them in one pattern, for the many stems checked in a run. Flags are set per part,
#: as the citation pattern alone ignores case.
LAYOUT_DEBRIS = re.compile("|".join(f"(?{'i' if rx.flags & re.I else ''}:{rx.pattern})" for rx in _DEBRIS))
#: A sentence that opens with one of these and has no comma has no main clause.
SUBORDINATORS = re.compile(
    r"^(?:(?:as such|thus|so),\s+)?(?:when|although|though|because|if|while|since|whereas|unless|except)\b", re.I
)
# A question in an essay is rhetorical: it asserts nothing a student could be asked about.
_ENDS = (".", "!", "”", '"', "’", ")", ":")
#: "Lenin put the main point bluntly:", "as follows:": a lead-in that announces a statement
#: without making it.
_LEAD_IN = re.compile(
    r"\b(?:put (?:it|the \w+ point)|as follows|this way|thus|following|says?|said|wrote|writes|argued|argues|"
    r"noted|notes|declared|stated|explained|added|insisted|observed|remarked|concluded|put)(?:\W+\w+){0,3}\s*:$",
    re.I,
)


#: The text talking about itself as a text: an editor's note on what was left out or
#: replaced is about the edition, not the subject, and nothing to ask a student about.
EDITORIAL_CUES = re.compile(
    r"\b(?:not )?included here\b|\bin (?:this|the present) (?:edition|version|translation)\b|"
    r"\b(?:have|has) been (?:replaced|revised|corrected|updated|abridged|omitted)\b",
    re.I,
)


def usable(sentence: AnnotatedSentence, lexicon: Lexicon) -> bool:
    text = sentence.text.strip()
    words = [t for t in sentence.tokens if t.is_word]
    if len(words) < 6 or not text.endswith(_ENDS) or text.rstrip("”’\"')").endswith("?"):
        return False
    if text.endswith(":") and (len(words) < 10 or _LEAD_IN.search(text)):
        return False
    first = text.lstrip("“\"‘'(")
    if not first[:1].isupper():
        return False
    if text[:1].isdigit():
        return False
    if is_fragment(first):
        return False
    if _quotes_out_of_order(text):
        return False
    if LAYOUT_DEBRIS.search(text) or EDITORIAL_CUES.search(text):
        return False
    # An aside printed in parentheses may open in one sentence and close in a later one.
    extra = text.count("(") - text.count(")")
    if extra and not (extra == 1 and text.startswith("(")) and not (extra == -1 and text.endswith(")")):
        return False
    if not any(t.tag.startswith("VB") or t.tag == "MD" for t in sentence.tokens):
        return False  # a heading or caption, not a sentence
    if not has_main_verb(sentence.tokens):
        return False
    if "“" in text and text[:1] not in "“\"‘(" and not _verb_outside_quotes(sentence.tokens):
        return False  # "The Communards talking of unity and how a “few functions were not suppressed”"
    return not any(_glued(t.text, lexicon) for t in words if t.text.islower())


def _verb_outside_quotes(tokens) -> bool:
    """The writer's own words hold a finite verb: a verb only inside a quotation belongs to
    the quoted words, and the writer's sentence around it has none."""
    inside = False
    for token in tokens:
        if token.text in ("“", "``"):
            inside = True
        elif token.text in ("”", "''"):
            inside = False
        elif not inside and token.tag in _FINITE:
            return True
    return False


#: Words that open a clause whose verb is not the sentence's main verb.
_OPENS_CLAUSE = frozenset(
    "which who whom whose that where when whereby because although though if unless while since whereas".split()
)


def has_main_verb(tokens) -> bool:
    """'Not a mode of production, but one in which the working class was ...': every finite
    verb belongs to a relative or subordinate clause, so nothing is asserted. Each opening
    word claims the next finite verb; a verb left unclaimed is the main one. A conjunction's
    claim ends at a comma ('if not sooner, ...'), and a base form after a noun is taken as
    finite, since the tagger often reads a present tense so."""
    relatives = conjunctions = 0
    aside = False  # "Unless, like the Bolsheviks, you have ...": commas right after it enclose an aside
    for i, token in enumerate(tokens):
        if token.lower in _OPENS_CLAUSE and token.tag in ("WDT", "WP", "WP$", "WRB", "IN"):
            if token.tag in ("IN", "WRB"):
                conjunctions += 1
            else:
                relatives += 1
        elif token.text == "," and conjunctions and i and tokens[i - 1].lower in _OPENS_CLAUSE:
            aside = True
        elif token.text == "," and aside:
            aside = False
        elif token.text in (",", ")", "–", "—") and conjunctions:
            conjunctions = 0
        elif _finite(tokens, i):
            if conjunctions:
                conjunctions -= 1
            elif relatives:
                relatives -= 1
            else:
                return True
    return False


def _finite(tokens, i: int) -> bool:
    tag = tokens[i].tag
    if tag in _FINITE:
        return True
    if tag == "VBN":
        return not _in_verb_group(tokens, i)
    return tag == "VB" and i > 0 and (
        tokens[i - 1].tag in ("NN", "NNS", "NNP", "NNPS", "PRP") or tokens[i - 1].text in ("–", "—", ")")
    )


_AUXILIARIES = frozenset("be is was were are been being has have had get got".split())


def _in_verb_group(tokens, i: int) -> bool:
    """A participle after 'was', 'had been': part of a verb already counted. Otherwise the
    tagger may have taken a past tense for a participle ('the stock coexisted')."""
    return any(t.lower in _AUXILIARIES for t in tokens[max(0, i - 3) : i])


#: "Except, of course, for all the workers ...": an afterthought to the sentence before.
_AFTERTHOUGHT = re.compile(r"^(?:except|apart from|besides|not to mention)\s*,", re.I)


def is_fragment(text: str) -> bool:
    """'When Lenin states that ...' with no main clause after it."""
    if _AFTERTHOUGHT.match(text):
        return True
    return bool(SUBORDINATORS.match(text)) and "," not in text.split(" ", 3)[-1]


def _quotes_out_of_order(text: str) -> bool:
    """A closing quote mark before any opening one: the sentence starts inside a quotation
    that began elsewhere, and a later quotation opens in it ('... recall” and “was ...')."""
    close = text.find("”")
    opening = text.find("“")
    return close != -1 and opening != -1 and close < opening


#: Short words that extraction glues onto their neighbours ("ofworkerswere", "bywhich").
_GLUE_WORDS = frozenset(
    """a an the of to in on at by for and or but as is was were be are how who two three that this
    with from would could had has have not it he she we they his her their its into out up so no all
    any one which""".split()
)


def _glued(word: str, lexicon: Lexicon) -> bool:
    """A long lower-case token that is no word but splits into 2-4 words: 'ofworkerswere'."""
    if len(word) < 6 or not word.isalpha() or lexicon.is_word(word):
        return False
    n = len(word)
    fewest: list[int | None] = [0] + [None] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - 15), end):
            if fewest[start] is None:
                continue
            piece = word[start:end]
            if piece in _GLUE_WORDS or (len(piece) >= 4 and lexicon.is_word(piece)):
                if fewest[end] is None or fewest[start] + 1 < fewest[end]:
                    fewest[end] = fewest[start] + 1
    return fewest[n] is not None and 2 <= fewest[n] <= 4

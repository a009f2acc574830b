"""Turning a source sentence into a question stem that reads well on its own.

A leading connective ("However,", "In sum,") is dropped, a leading "He"/"She" is replaced
by the one person the previous sentence names ("They" by its group or its pair of people),
and a long sentence is cut to the clause that holds the answer. The source sentence itself is always kept exactly as written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from quizgen.extract.statements import DEPENDENT_START, EXPLETIVE_START, strip_connectives
from quizgen.extract.usable import has_main_verb, is_fragment
from quizgen.nlp.annotate import AnnotatedSentence
from quizgen.nlp.tokens import FINITE_TAGS as _FINITE

MAX_STEM_WORDS = 40
#: "In September, they ...": an opening phrase, then a subject that points back.
_LEANING_AFTER_OPENER = re.compile(r"^[^,“”]{2,60}, (he|she|it|they|this|these|those|such|his|her|their)\b", re.I)
_POSSESSIVES = {"his", "her"}
#: Mostly someone's words, and nobody in the sentence named as saying them.
_SAID = re.compile(
    r"\b(?:according to|said|says|wrote|writes|argued|argues|noted|notes|declared|declares|put it|recalled|"
    r"recalls|claimed|claims|stated|states|insisted|insists|explained|explains|called|calls|observed|observes|"
    r"remarked|complained|admitted|asked|told|warned|quotes?|quoted|suggests?|suggested|asserts?|asserted|"
    r"proclaims?|proclaimed|stresses|stressed|admits|concludes?|concluded|describes?|described|puts|"
    r"summari[sz]es?|summari[sz]ed|argue|recounts?|recounted|reports?|reported)\b",
    re.I,
)


@dataclass(frozen=True)
class Stem:
    """A window [start, end) of the sentence's characters, and what replaces a pronoun that
    points back (or, with lead_at == lead_end, what is put before the window)."""

    start: int
    end: int
    lead: str = ""  # replaces the characters from `lead_at` to `lead_end`
    lead_end: int = 0
    lead_at: int = -1  # -1: the window's start

    @property
    def lead_start(self) -> int:
        return self.start if self.lead_at < 0 else self.lead_at


def plan_stem(
    sentence: AnnotatedSentence,
    answer: tuple[int, int] | None,
    referent: str = "",
    statement: bool = False,
    speaker: tuple[str, str] | None = None,
    antecedent: tuple[int, int, str] | None = None,
) -> Stem | None:
    """Where the stem starts and ends, or None when no part of the sentence stands alone.
    A `statement` (true/false) may open with "There is"; a gapped stem reads better without.
    A quotation standing alone is put in its `speaker`'s mouth ("Lenin wrote: “...”"); an
    opening 'These organizations' becomes the `antecedent` that the sentence before names."""
    text = sentence.text
    start, end = 0, len(text)
    if _words(text) > MAX_STEM_WORDS:
        window = trimmed_window(sentence, answer) or _clause_window(sentence, answer)
        if window is None:
            return None
        start, end = window
    start, end = _unwrap_parentheses(text, start, end)
    start += strip_connectives(text[start:end])
    start = _without_leaning_opener(sentence, start, end, answer)
    body = text[start:end]
    if is_fragment(body):
        return None
    if _words(body) > MAX_STEM_WORDS or _words(body) < 6:
        return None
    leaning = _LEANING_AFTER_OPENER.match(body)
    if leaning:
        at = start + leaning.start(1)
        if _opener_names(sentence, start, at, leaning.group(1)):
            return Stem(start, end)
        return _resolved(sentence, answer, referent, start, end, at, leaning.group(1))
    dependent = DEPENDENT_START.match(body)
    if dependent and statement and EXPLETIVE_START.match(body):
        dependent = None
    if dependent and antecedent is not None and antecedent[0] == start and not _inside(sentence, answer, antecedent):
        return Stem(start, end, antecedent[2], antecedent[1], antecedent[0])
    if dependent:
        return _resolved(sentence, answer, referent, start, end, start, dependent.group())
    if speaker:
        said = " ".join(speaker) + ": " + ("" if body.startswith("“") else "“")
        return Stem(start, end, said, start, start)
    return Stem(start, end)


#: "Opposed to this, ", "At this time, ", "In his discussion, ": a short opening phrase whose
#: pointer to the previous sentence can go with it, leaving the claim.
_LEANING_OPENER = re.compile(
    r"^[A-Z][a-z]*(?: [a-z]+){0,3}? (?:this|these|those|such|his|her|their|its)(?: [a-z]+){0,2}, "
)


#: "Two days later, ", "The next year, ": when after something the stem does not show; the
#: claim stands without it.
_RELATIVE_TIME_OPENER = re.compile(
    r"^(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|some)\s+"
    r"(?:days?|weeks?|months?|years?|decades?)\s+later|the\s+(?:next|following)\s+(?:day|week|month|year)), ",
    re.I,
)


def _without_leaning_opener(sentence: AnnotatedSentence, start: int, end: int, answer) -> int:
    text = sentence.text
    match = _LEANING_OPENER.match(text[start:end]) or _RELATIVE_TIME_OPENER.match(text[start:end])
    if not match or "“" in match.group():
        return start
    cut = start + match.end()
    if answer and sentence.tokens[answer[0]].start < cut:
        return start
    opener = [t for t in sentence.tokens if start <= t.start < cut]
    if opener[0].lower not in _SUBORDINATORS and any(t.tag in _FINITE for t in opener):
        return start  # "The company printed its report, ...": a main clause, no opening phrase
    following = next((k for k, t in enumerate(sentence.tokens) if t.start >= cut), None)
    if following is not None and sentence.tokens[following].tag in ("RB", "IN"):
        following = _after_second_opener(sentence.tokens, following)  # "As this reveals, once in power, the ..."
    if following is None:
        return start
    subject = sentence.tokens[following]
    if subject.tag not in _SUBJECT_TAGS or subject.tag in ("PRP", "PRP$", "JJ"):
        return start
    return cut


def _after_second_opener(tokens, k: int) -> int | None:
    """Where the subject starts after a short second opening phrase ('once in power, ')."""
    comma = next((j for j in range(k, min(len(tokens), k + 8)) if tokens[j].text == ","), None)
    if comma is None or any(t.tag in _FINITE for t in tokens[k:comma]) or comma + 1 >= len(tokens):
        return None
    return comma + 1


_CLAUSE_OPENERS = {"when", "after", "before", "once", "as", "since", "while", "although", "though", "because",
                   "if", "until"}


def _opener_names(sentence: AnnotatedSentence, start: int, at: int, word: str) -> bool:
    """'When Lenin returned to Russia, he ...', 'After the sailors rose, they ...': the opening
    clause's subject is what the pronoun means, and the stem names it already."""
    tokens = [t for t in sentence.tokens if start <= t.start and t.end <= at]
    if len(tokens) < 3 or tokens[0].lower not in _CLAUSE_OPENERS:
        return False
    offset = sentence.tokens.index(tokens[0])
    people = [e for e in sentence.entities if e.kind == "person" and offset <= e.start and e.end <= offset + len(tokens)]
    if word.lower() in ("he", "she", "his", "her"):
        subject = next((e for e in people if e.start == offset + 1), None)
        after = subject.end - offset if subject else 0
        return subject is not None and len({e.text for e in people}) == 1 and _finite_at(tokens, after)
    if word.lower() not in ("they", "their") or people or tokens[1].lower != "the":
        return False
    k = 2
    while k < len(tokens) and tokens[k].tag in ("JJ", "NNP", "NN"):
        k += 1
    return k < len(tokens) and tokens[k].tag in ("NNS", "NNPS") and _finite_at(tokens, k + 1)


def _finite_at(tokens, k: int) -> bool:
    while k < len(tokens) and tokens[k].tag in ("RB", "RBR"):
        k += 1
    return k < len(tokens) and tokens[k].tag in _FINITE


def _resolved(sentence, answer, referent: str, start: int, end: int, at: int, word: str) -> Stem | None:
    """The stem with the pronoun at `at` replaced by the referent it agrees with, or None."""
    low = word.lower()
    wanted = ("they", "their") if is_plural(referent) else ("he", "she", "his", "her")
    if not referent or low not in wanted:
        return None
    if answer and sentence.tokens[answer[0]].start <= at < sentence.tokens[answer[1] - 1].end:
        return None
    # "He is wrong in that Marx thought ...": a sentence that names the referent itself
    # means someone else by the pronoun
    if any(re.search(r"\b" + re.escape(name) + r"\b", sentence.text[at + len(word) :]) for name in _names(referent)):
        return None
    lead = referent + ("’s" if low in _POSSESSIVES else "’" if low == "their" else "")
    return Stem(start, end, lead, at + len(word), at)


def _names(referent: str) -> list[str]:
    """The words by which a sentence could name the referent again: a person's surname, each
    person of a pair ("Marx and Engels"), a group's head noun."""
    if " and " not in referent:
        return [referent.split()[-1]]
    return [part.split()[-1] for part in referent.split(" and ")]


def unattributed(body: str) -> bool:
    """Mostly a quotation, with nobody named as saying it. A sentence of the writer's own that
    borrows a source's words for its predicate ('The Bolsheviks “took victory as ...”') is a
    claim of the essay and stands."""
    quoted = sum(len(m) for m in re.findall(r"“[^”]*”?", body))
    opens_quoted = body.lstrip("(").startswith(("“", "‘"))
    if quoted < (0.5 if opens_quoted else 0.85) * len(body):
        return False
    return not _SAID.search(re.sub(r"“[^”]*”?", " ", body))


def _unwrap_parentheses(text: str, start: int, end: int) -> tuple[int, int]:
    """An aside printed as a whole sentence in parentheses reads as a plain sentence."""
    body = text[start:end]
    if body.startswith("(") and body.count("(") > body.count(")") - (1 if body.rstrip(".").endswith(")") else 0):
        start += 1
        body = body[1:]
        if body.rstrip().endswith(")") and body.count(")") > body.count("("):
            end = start + len(body.rstrip()) - 1
        elif body.rstrip().endswith(".)"):
            end = start + len(body.rstrip()) - 1
    return start, end


_SUBJECT_TAGS = {"DT", "NNP", "NNPS", "PRP", "NN", "NNS", "JJ", "CD", "EX", "PRP$", "JJS", "PDT"}
_LEADING = {"IN", "RB", "VBG", "VBN", "TO", "RBR", "JJ"}


def trimmed_window(sentence: AnnotatedSentence, answer: tuple[int, int] | None) -> tuple[int, int] | None:
    """A long sentence without its opening adverbial ("During the uprising ..., ") or its
    closing aside (", which ...", ", increasing ...", "; ..."), whichever keeps the answer
    and leaves a main clause of a readable length."""
    if answer is None:
        return None
    tokens = sentence.tokens
    n = len(tokens)
    starts = [0]
    if tokens[0].tag in _LEADING or tokens[0].lower in {"although", "while", "when", "after", "before", "despite"}:
        comma = next((i for i, t in enumerate(tokens[:25]) if t.text == ","), None)
        if comma is not None and comma + 1 < n and tokens[comma + 1].tag in _SUBJECT_TAGS and runs_to_verb(tokens, comma + 1):
            starts.append(comma + 1)
        if tokens[0].lower not in _SUBORDINATORS:  # "Although, while in X, Lenin wrote": still the subordinate clause
            starts += [i + 1 for i in _opener_commas(tokens) if _subject_then_verb(tokens, i + 1)]
    ends = [n]
    for i in range(1, n - 1):
        t, nxt = tokens[i], tokens[i + 1]
        if t.text == "," and (nxt.tag in {"WDT", "WP", "WRB", "VBG"} or nxt.lower in {"although", "though", "while"}):
            ends.append(i)
        elif t.text in {";", ":", "—", "–"}:
            ends.append(i)
        elif t.text == "(" and i > answer[1]:
            ends.append(i)
        elif t.tag == "IN" and nxt.tag in {"WDT", "WP"} and i > answer[1] and _names_before(tokens[i - 1]):
            ends.append(i)  # "the policy of “war communism” by which the Red Army ...": what the noun is stays
        elif t.text == "," and not _inside_parentheses(tokens, i) and (
            _reduced_relative(tokens, i) or _coordinated_clause(tokens, i)
        ):
            ends.append(i)
    best = None
    for a in starts:
        for b in ends:
            if not (a <= answer[0] and answer[1] <= b and b > a):
                continue
            if b < n and tokens[b].text == "," and not _comma_cut_fits(tokens, a, b):
                continue
            words = sum(1 for t in tokens[a:b] if t.is_word)
            if not 8 <= words <= MAX_STEM_WORDS:
                continue
            if not any(t.tag in _FINITE for t in tokens[a:b]):
                continue
            if not tokens[a].text[:1].isalnum() and tokens[a].text not in {"“", "‘"}:
                continue
            if not _complete(tokens, a, b) or not main_clause_reached(tokens, a, b):
                continue
            rank = (not _echoes(tokens, a, b, answer), words)
            if best is None or rank > best[0]:
                best = (rank, a, b)
    if best is None:
        return None
    _, a, b = best
    return tokens[a].start, len(sentence.text) if b == n else tokens[b - 1].end


def _names_before(token) -> bool:
    """'the policy of “war communism” by which ...': a noun (or a closing quotation mark after
    one) that the relative clause describes, not 'most of whom', which goes on the sentence."""
    return token.tag in {"NN", "NNS", "NNP", "NNPS"} or token.text in {"”", "’", "''"}


def _echoes(tokens, a: int, b: int, answer: tuple[int, int]) -> bool:
    """Whether the window repeats a name of the answer outside it ("April Theses" gapped in
    a window that goes on to "April 3"): the stem would give the answer away."""
    names = {t.lower for t in tokens[answer[0] : answer[1]] if t.text[:1].isupper() and len(t.text) >= 5}
    return any(t.lower in names for k, t in enumerate(tokens[a:b], a) if not answer[0] <= k < answer[1])


_NOUN_TAGS = {"NN", "NNS", "NNP", "NNPS", "CD"}
_CLOSING_QUOTES = {"”", "’", "''"}


def _reduced_relative(tokens, comma: int) -> bool:
    """', presented to the party ...', ', written in 1917': a past participle with its
    complement, describing the noun before the comma; the clause is complete without it."""
    if tokens[comma - 1].tag not in _NOUN_TAGS:
        return False
    k = comma + 1
    if k < len(tokens) and tokens[k].text in _CLOSING_QUOTES:
        k += 1
    return k + 1 < len(tokens) and tokens[k].tag == "VBN" and tokens[k + 1].tag in {"IN", "TO", "RB"}


def main_clause_reached(tokens, a: int, b: int) -> bool:
    """A window opening with 'Although' or 'When' must go on past its subordinate clause to
    the main one: a comma with a finite verb on either side of it."""
    if tokens[a].lower not in _SUBORDINATORS - {"that", "which", "who", "whom", "whose"}:
        return True
    verb = next((k for k in range(a, b) if tokens[k].tag in _FINITE), None)
    if verb is None:
        return tokens[a].lower not in _ONLY_CONJUNCTIONS
    if tokens[a].lower not in _ONLY_CONJUNCTIONS and any(t.text == "," for t in tokens[a:verb]):
        return True  # "After half a year of killing, the Bolsheviks ...": a phrase, no clause
    return any(tokens[k].text == "," and any(t.tag in _FINITE for t in tokens[k + 1 : b]) for k in range(verb, b))


#: Words that always open a clause; "after", "before", "since", "as" may open a phrase.
_ONLY_CONJUNCTIONS = {"although", "though", "because", "if", "unless", "while", "whereas", "when", "whether"}


def _opener_commas(tokens) -> list[int]:
    """The commas of an opening phrase, up to its first finite verb: past that, a comma is
    inside the main clause ('Lenin insisted that, to win, the workers ...')."""
    out = []
    for i, t in enumerate(tokens[:25]):
        if t.tag in _FINITE:
            break
        if t.text == ",":
            out.append(i)
    return out


def runs_to_verb(tokens, k: int) -> bool:
    """Whether a finite verb follows k before any comma: 'While such factors as economic
    crisis, civil war, ... were invoked' starts no main clause at 'civil war'."""
    for t in tokens[k:]:
        if t.tag in _FINITE:
            return True
        if t.text in {",", ";", ":", *_DASHES}:
            return False
    return False


def _subject_then_verb(tokens, k: int) -> bool:
    """'Lenin considered ...' after 'In contrast to X, then advocated by Y, ': a name or a
    noun phrase running straight to its verb, where the main clause after a long opening
    phrase begins."""
    if k >= len(tokens) or tokens[k].tag not in {"NNP", "NNPS", "DT"} or tokens[k].lower in _DEMONSTRATIVES:
        return False
    for j in range(k + 1, min(len(tokens), k + 8)):
        if tokens[j].tag in _FINITE:
            return True
        if tokens[j].tag not in {"NNP", "NNPS", "NN", "NNS", "JJ", "DT", "POS", "CD"}:
            return False
    return False


_DEMONSTRATIVES = {"this", "these", "those", "that", "such"}


def _coordinated_clause(tokens, comma: int) -> bool:
    """', and significantly elaborated it ...' (a second predicate of the same subject),
    ', and toward this end, urged ...', ', and that the class must ...' (a second object
    clause) or ', and the party split ...' (a new subject and its verb): what comes before
    the comma is a clause of its own."""
    if tokens[comma + 1].lower not in ("and", "but"):
        return False
    k = comma + 2
    if k < len(tokens) and tokens[k].lower == "that" and tokens[k].tag == "IN":
        return True
    k = _past_adverbial(tokens, k)
    while k < len(tokens) and tokens[k].tag in ("RB", "RBR"):
        k += 1
    if k < len(tokens) and tokens[k].tag in _FINITE | {"VB"}:  # the tagger reads "and later dug" as VB
        return True
    if k >= len(tokens) or tokens[k].tag not in {"DT", "PRP", "NNP", "NNPS", "NNS"}:
        return False
    return _verb_of_subject_at(tokens, k)


def _verb_of_subject_at(tokens, k: int) -> bool:
    """A short subject starting at k, then its finite verb: a new clause."""
    for j in range(k + 1, min(len(tokens), k + 6)):
        if tokens[j].text in {",", "(", *_DASHES} or tokens[j].tag in ("WDT", "WP", "IN", "CC"):
            return False
        if tokens[j].tag in _FINITE:
            return True
    return False


def _past_adverbial(tokens, k: int) -> int:
    """Past a short phrase set off by a comma ('toward this end, '), if one starts at k."""
    if k >= len(tokens) or tokens[k].tag != "IN" or tokens[k].lower == "that":
        return k
    for j in range(k + 1, min(len(tokens), k + 6)):
        if tokens[j].text == ",":
            return j + 1
        if tokens[j].tag in _FINITE or tokens[j].text in {"(", *_DASHES}:
            return k
    return k


def _comma_cut_fits(tokens, a: int, comma: int) -> bool:
    """Whether the window [a, comma) keeps the sentence's main clause whole. Before ', and
    elaborated ...' or ', and the party split ...' the window must be one clause, not the
    first items of a list ('X condemned A, supported B, and ...') nor a subordinate clause
    ('The fact that they fought ..., and ... enabled them'). After the comma, no predicate
    may still be waiting for its subject ('The peasants' activity, based on ..., can ...')."""
    if _predicate_follows(tokens, comma):
        return False
    if tokens[comma + 1].lower not in ("and", "but"):
        return True
    verb = next((k for k in range(a, comma) if tokens[k].tag in _FINITE), None)
    if verb is None or any(_opens_subordinate(t) for t in tokens[a:verb]):
        return False
    return not any(_list_item_follows(tokens, k) for k in range(verb, comma) if tokens[k].text == ",")


_SUBORDINATORS = {"that", "which", "who", "whom", "whose", "because", "although", "though", "if", "since",
                  "when", "while", "whether", "once", "unless", "until", "as", "after", "before"}


def _opens_subordinate(token) -> bool:
    return token.lower in _SUBORDINATORS and token.tag in ("IN", "WDT", "WP", "WP$", "WRB", "DT")


def _list_item_follows(tokens, comma: int) -> bool:
    """', supported the repression ...' or ', prisoners should heed ...' after a comma: one
    more predicate or clause of a list."""
    k = comma + 1
    while k < len(tokens) and tokens[k].tag in ("RB", "RBR"):
        k += 1
    if k >= len(tokens):
        return False
    if tokens[k].tag in _FINITE | {"VBN"}:
        return True
    if tokens[k].tag not in {"DT", "PRP", "PRP$", "NN", "NNS", "NNP", "NNPS", "EX", "JJ"}:
        return False
    return _verb_of_subject_at(tokens, k)


def _predicate_follows(tokens, comma: int) -> bool:
    """A finite verb right after a later comma with no subject of its own ('..., can engender
    ...'): the main predicate, so what comes before it is only the subject."""
    for k in range(comma + 1, len(tokens)):
        if tokens[k].tag not in _FINITE:
            continue
        j = k - 1
        while j > comma and tokens[j].tag in ("RB", "RBR"):
            j -= 1
        if tokens[j].text == ",":
            return True
    return False


def _inside_parentheses(tokens, i: int) -> bool:
    before = [t.text for t in tokens[:i]]
    return before.count("(") > before.count(")")


def render(sentence: AnnotatedSentence, stem: Stem, span: tuple[int, int] | None, replacement: str) -> str:
    """The stem's text with token span `span` replaced (a gap, or a swapped term)."""
    text = sentence.text
    edits = []
    if stem.lead:
        edits.append((stem.lead_start, stem.lead_end, stem.lead))
    if span is not None:
        a = sentence.tokens[span[0]].start
        b = sentence.tokens[span[1] - 1].end
        if a < stem.start or b > stem.end:
            return ""
        if any(m.start(2) < b and a < m.end(2) for m in _EDITORIAL_GLOSS.finditer(text)):
            return ""  # the initials that sign a gloss are no part of what the essay says
        if text[a:b].endswith(("[", "(")) or text[a:b].startswith(("]", ")")):
            return ""  # half a bracket is no part of an answer
        edits.append((a, b, replacement))
    edits.sort()
    if len(edits) == 2 and edits[0][1] > edits[1][0]:
        return ""
    pieces = []
    pos = stem.start
    for a, b, new in edits:
        pieces += [text[pos:a], new]
        pos = b
    pieces.append(text[pos : stem.end])
    out = as_editorial("".join(pieces).strip())
    out = _finish(out)
    if out.startswith("{{c1::"):
        return out[:6] + out[6:7].upper() + out[7:]
    return out[:1].upper() + out[1:]


#: "(the head of the Cheka— RT)": a gloss the essay's writer put into a quotation, signed with
#: their initials; "(H)e": a letter they changed.
_EDITORIAL_GLOSS = re.compile(r"\(([^()]*?)\s*[—–-]\s*([A-Z]{1,3})\)")
_EDITORIAL_LETTER = re.compile(r"\(([A-Z])\)(?=[a-z])")


def as_editorial(text: str) -> str:
    """The writer's insertions in square brackets, as a quotation marks them, without the
    initials that only tell the reader whose insertion it is."""
    return _EDITORIAL_LETTER.sub(r"[\1]", _EDITORIAL_GLOSS.sub(r"[\1]", text))


def _finish(text: str) -> str:
    text = text.rstrip(" ,;:—–-")
    if text.endswith(("“", "‘")):
        text = text[:-1].rstrip()
    if not text.endswith((".", "?", "!", "”", "’", '"', ")")) or text.endswith(")") and not text.startswith("("):
        text += "."
    elif text.endswith(("”", "’", '"')) and not text.rstrip("”’\"")[-1:] in (".", "?", "!", ","):
        text += "."  # a window cut after “war communism” still ends its sentence
    return _balance_quotes(text)


def _balance_quotes(text: str) -> str:
    """A sentence from the middle of a long quotation opens or closes it; a stem shows it whole."""
    opened, closed = text.count("“"), text.count("”")
    if opened > closed and not text.endswith("”"):
        return text + "”" * (opened - closed)
    if closed > opened and not text.startswith("“"):
        return "“" * (closed - opened) + text
    return text


def _words(text: str) -> int:
    return len(re.findall(r"[\w’'-]+", text))


_BREAKS = {";", ":", "—", "–"}
_CLAUSE_LINKS = {"but", "while", "whereas", "although", "though", "yet"}


def _clause_window(sentence: AnnotatedSentence, answer: tuple[int, int] | None) -> tuple[int, int] | None:
    """The clause that holds the answer, cut at ';', ':', dashes or ', but', if it reads as a
    sentence of its own; neighbouring clauses are added while the stem stays short enough."""
    if answer is None:
        return None
    tokens = sentence.tokens
    cuts = []
    for i, t in enumerate(tokens):
        if t.text in _BREAKS:
            cuts.append((i, i + 1))
        elif t.text == "," and i + 1 < len(tokens) and tokens[i + 1].lower in _CLAUSE_LINKS:
            cuts.append((i, i + 2))
    if not cuts:
        return None
    pieces = []
    start = 0
    for cut_start, cut_end in cuts:
        pieces.append((start, cut_start))
        start = cut_end
    pieces.append((start, len(tokens)))
    home = next((k for k, (a, b) in enumerate(pieces) if a <= answer[0] and answer[1] <= b), None)
    if home is None:
        return None
    lo = hi = home
    while _word_count(tokens, pieces[lo][0], pieces[hi][1]) < 10:
        if hi + 1 < len(pieces):
            hi += 1
        elif lo > 0:
            lo -= 1
        else:
            break
    a, b = pieces[lo][0], pieces[hi][1]
    if not _complete(tokens, a, b):
        return None
    if not 6 <= _word_count(tokens, a, b) <= MAX_STEM_WORDS:
        return None
    clause = tokens[a:b]
    if not any(t.tag.startswith("VB") for t in clause):
        return None
    if not (clause[0].is_capitalised or clause[0].tag in {"DT", "NNP", "NNPS", "PRP", "NN", "NNS", "JJ", "CD"}):
        return None
    return tokens[a].start, tokens[b - 1].end


_DASHES = {"—", "–", "--"}
#: A window ending on one of these stops in the middle of a phrase: "drew from it was".
_OPEN_ENDING_TAGS = {"IN", "DT", "PRP", "PRP$", "CC", "TO", "MD", "WDT", "WP", "WRB", "PDT"}
_OPEN_ENDING_WORDS = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had"}


def _complete(tokens, a: int, b: int) -> bool:
    """A window that reads as a sentence: it neither starts nor ends inside a dashed aside
    ('– as before –' is deleted or kept whole, never cut) and does not stop on a word that
    needs more after it."""
    dashes = [i for i, t in enumerate(tokens) if t.text in _DASHES]
    if len(dashes) >= 2:  # a single dash opens a closing appositive, no aside
        inside = sum(1 for i in dashes if a <= i < b)
        before = sum(1 for i in dashes if i < a)
        if before % 2 or inside % 2:
            return False
        if _opens_aside(dashes, b):
            return False  # the clause goes on after the aside: "X – a, b and c – were ..."
    if not has_main_verb(tokens[a:b]):
        return False
    last = next((t for t in reversed(tokens[a:b]) if t.is_word), None)
    if last is None or last.tag.startswith("VB") and _SAID.fullmatch(last.lower):
        return False  # "he said": what he said is cut off
    return last.tag not in _OPEN_ENDING_TAGS and last.lower not in _OPEN_ENDING_WORDS


def _opens_aside(dashes: list[int], b: int) -> bool:
    """Whether the window ends where a dashed aside opens, with its closing dash still to come."""
    return b in dashes and sum(1 for i in dashes if i < b) % 2 == 0 and any(i > b for i in dashes)


def _word_count(tokens, a: int, b: int) -> int:
    return sum(1 for t in tokens[a:b] if t.is_word)


def referent(previous: AnnotatedSentence | None) -> str:
    """The single person the previous sentence names, for a stem opening with He or She;
    else its plural subject or its single group ('the Bolsheviks'), for a stem opening with They."""
    if previous is None:
        return ""
    pair = _coordinated_subject(previous)
    if pair:
        return pair
    people = sorted({e.text for e in previous.entities if e.kind == "person"})
    subject = _plural_subject(previous)
    if subject and not people:
        return subject
    groups = sorted({e.text for e in previous.entities if e.kind == "organization" and e.text.endswith("s")
                     and e.text[:1].isupper() and " " not in e.text})
    if len(groups) == 1 and not people:
        return "the " + groups[0]
    body = _body_subject(previous)
    if body and not people:
        return body
    # "Victor Serge" and "Serge" are the same person; prefer the full name.
    full = [p for p in people if not any(p != q and q.endswith(" " + p) for q in people)]
    full = [p for p in full if not any(p != q and p.endswith(" " + q) for q in full)] or full
    names = {p.split()[-1] for p in people}
    return full[0] if len(names) == 1 and len(full) >= 1 else ""


def _body_subject(sentence: AnnotatedSentence) -> str:
    """'the Cheka' of 'On March 16, the Cheka stormed the Putilov factory': a named body that
    is the subject of the main verb. A body acts through its members, so a following 'They
    arrested 900 workers' means it."""
    tokens = sentence.tokens
    verb = next((i for i, t in enumerate(tokens) if t.tag in _FINITE), None)
    if verb is None or verb < 2:
        return ""
    # a name of unknown kind after "the" is a body, not a person: people take no article
    body = next((e for e in sentence.entities if e.end == verb and e.kind in ("organization", "name")), None)
    if body is None or tokens[body.start - 1].lower != "the" or any(t.text in {"(", "“"} for t in tokens[:verb]):
        return ""
    return "the " + body.text


def is_plural(referent: str) -> bool:
    """Whether a referent from `referent()` is a group ("the Bolsheviks", "Marx and Engels"),
    which only "they" and "their" can mean."""
    return referent.startswith("the ") or " and " in referent


#: What may stand between an opening phrase and the subject: "In 1871, however, Marx ...".
_BEFORE_SUBJECT = {",", "however", "then", "therefore", "thus", "also", "too"}


def _coordinated_subject(sentence: AnnotatedSentence) -> str:
    """'Marx and Engels' of 'In 1871, Marx and Engels revised their views': a subject of two
    coordinated parts, the first a person, directly followed by the main verb. A following
    'They' means both; a following 'He' could mean either, so no single person is offered."""
    tokens = sentence.tokens
    for person in sentence.entities:
        if person.kind != "person":
            continue
        a = person.start
        if a and tokens[a - 1].lower not in _BEFORE_SUBJECT:
            continue  # not at the head of the clause: an object, or inside a phrase
        if any(t.tag in _FINITE for t in tokens[:a]):
            continue  # a subject of a later clause
        verb = next((k for k in range(a, min(len(tokens), a + 10)) if tokens[k].tag in _FINITE), None)
        if verb is None:
            continue
        part = tokens[a:verb]
        joins = [t for t in part if t.tag == "CC"]
        if len(joins) == 1 and joins[0].lower == "and" and all(t.tag in _COORDINATED_TAGS for t in part):
            return sentence.span_text(a, verb)
    return ""


#: The words of a coordinated subject: names, nouns and their modifiers, no clause.
_COORDINATED_TAGS = {"NNP", "NNPS", "NN", "NNS", "DT", "JJ", "IN", "CC", "CD"}


def _plural_subject(sentence: AnnotatedSentence) -> str:
    """'The navvies' of 'The navvies dug ...': a short plural noun phrase opening the sentence
    and followed by its verb, which a following 'They' most likely means."""
    tokens = sentence.tokens
    chunk = next((c for c in sentence.chunks if c.start == 0), None)
    if chunk is None or tokens[0].lower != "the" or not 2 <= chunk.end <= 4 or chunk.end >= len(tokens):
        return ""
    head, after = tokens[chunk.end - 1], tokens[chunk.end]
    if head.tag not in ("NNS", "NNPS") or after.tag not in _FINITE:
        return ""
    return "the " + sentence.span_text(1, chunk.end)


def _inside(sentence: AnnotatedSentence, answer: tuple[int, int] | None, span: tuple[int, int, str]) -> bool:
    return answer is not None and sentence.tokens[answer[0]].start < span[1]


_DEMONSTRATIVE_OPENERS = {"this", "these", "such"}
_DETERMINERS = {"a", "an", "the", "this", "these", "those", "such", "that"}


def antecedent(sentence: AnnotatedSentence, previous: AnnotatedSentence | None) -> tuple[int, int, str] | None:
    """'These organizations, taken together, ...' after a sentence about 'the mass democratic
    organizations': the characters of the opening demonstrative phrase and the one phrase of
    the sentence before with the same head noun, which it means. None when the sentence
    before has no such phrase, or more than one, or only a bare 'a myth' that says no more."""
    tokens = sentence.tokens
    if previous is None or len(tokens) < 3 or tokens[0].lower not in _DEMONSTRATIVE_OPENERS:
        return None
    head = 1
    while head < len(tokens) and tokens[head].tag in ("JJ", "VBN"):
        head += 1
    if head >= len(tokens) or tokens[head].tag not in ("NN", "NNS") or (
        head + 1 < len(tokens) and tokens[head + 1].tag.startswith("NN")
    ):
        return None
    noun = tokens[head].lower
    matches = {previous.span_text(c.start, c.end) for c in previous.chunks if previous.tokens[c.end - 1].lower == noun}
    if len(matches) != 1:
        return None
    phrase = matches.pop()
    words = phrase.split()
    if words[0].lower() in _DETERMINERS:
        words = ["the"] + words[1:]
    if len([w for w in words if w.lower() not in _DETERMINERS]) < 2 or any(w.lower() in _DEMONSTRATIVE_OPENERS for w in words[1:]):
        return None
    return tokens[0].start, tokens[head].end, " ".join(words)

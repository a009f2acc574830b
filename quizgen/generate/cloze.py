"""Cloze: a key sentence with its key term as the gap, in Anki syntax."""

from __future__ import annotations

import re
from dataclasses import replace

from quizgen.extract.facts import answer_forms
from quizgen.extract.statements import (
    CONNECTIVE_START,
    DEPENDENT_START,
    PERSONAL_POINTERS,
    person_words,
    stands_alone,
    unresolved_references,
)
from quizgen.extract.usable import has_main_verb, is_fragment
from quizgen.generate.context import EssayContext
from quizgen.generate.draft import Draft
from quizgen.generate.kinds import answer_kind
from quizgen.generate.stems import MAX_STEM_WORDS, Stem, main_clause_reached, render, runs_to_verb, trimmed_window
from quizgen.nlp.annotate import AnnotatedSentence
from quizgen.nlp.tokens import FINITE_TAGS as _FINITE

_FIT = {"date": 0.75, "person": 0.75, "number": 0.8, "term": 0.8, "organization": 0.75, "event": 0.75,
        "work": 0.75, "place": 0.65, "name": 0.5}
#: A condensed long sentence may run to this many words: a cloze is read, not parsed.
MAX_CONDENSED_WORDS = 40
_WORD = re.compile(r"[\w’'-]+")
_DASHES = {"—", "–"}
_OPENING_IT = re.compile(r"^[“‘\"(]*(?:it|its)\b", re.I)


def cloze_drafts(ctx: EssayContext, index: int, referent: str) -> list[Draft]:
    sentence = ctx.sentences[index]
    out = []
    for fact in ctx.facts[index]:
        if fact.role == "quote":
            continue
        span = (fact.start, fact.end)
        gap = "{{c1::" + fact.text + "}}"
        stem = ctx.plan(index, span, referent)
        prompt = render(sentence, stem, span, gap) if stem is not None else condensed(sentence, span, gap)
        if not prompt and DEPENDENT_START.match(sentence.text):
            # "They also had to turn their guns against ...": asked as it stands, the quality
            # check turns it down, and the sentence before may then be shown with it
            prompt = passage_body(sentence, span, gap)
        if not prompt:
            continue
        fit = _FIT.get(fact.kind, 0.5) + (0.1 if fact.role == "definition" else 0.0)
        out.append(
            Draft("cloze", prompt, fact.text, sentence, ctx.statements[index], fact, answer_kind(fact),
                  accept=answer_forms(fact.text, fact.kind), explanation=sentence.text, fit=fit)
        )
    return out


def with_context(ctx: EssayContext, draft: Draft) -> Draft | None:
    """The cloze as a short passage: the sentence before it, then the sentence with its gap,
    for a sentence that leans on what came before ("One of the first promoters of this
    myth was ..."). None when the sentence before is in another paragraph, leans back
    itself, or the two together run longer than a stem may."""
    sentence = draft.sentence
    index = sentence.sentence.index
    previous = ctx.sentences[index - 1] if index else None
    if previous is None or previous.sentence.paragraph != sentence.sentence.paragraph:
        return None
    if not ctx.usable[index - 1] or not _can_introduce(previous):
        return None
    if _OPENING_IT.match(sentence.text):
        return None  # "It, Lenin summarised, ...": which of the things just named "it" is, is a guess
    fact = draft.fact
    gapped = passage_body(sentence, (fact.start, fact.end), "{{c1::" + fact.text + "}}")
    prompt = f"{previous.text} {gapped}"
    if not gapped or _words(prompt.replace("{{c1::" + fact.text + "}}", fact.text)) > MAX_STEM_WORDS:
        return None
    return replace(draft, prompt=prompt, context=previous)


def _can_introduce(previous: AnnotatedSentence) -> bool:
    """The sentence before may itself point back in passing ('refused to grant this
    demand'), as long as it opens on its own and every pronoun in it has a name to stand for."""
    if not stands_alone(previous.text):
        return False
    words = [(t.text, t.tag) for t in previous.tokens]
    refs = unresolved_references(words, person_words(previous))
    return not any(ref.split()[0].lower() in PERSONAL_POINTERS or ref.lower().startswith("the ") for ref in refs)


def passage_body(sentence: AnnotatedSentence, span: tuple[int, int], gap: str) -> str:
    """The sentence as written with its gap, or, when it is long, the main clause around the
    answer without a closing aside."""
    if _words(sentence.text) <= MAX_STEM_WORDS:
        return render(sentence, Stem(0, len(sentence.text)), span, gap)
    window = trimmed_window(sentence, span)
    return render(sentence, Stem(*window), span, gap) if window else ""


def condensed(sentence: AnnotatedSentence, span: tuple[int, int], gap: str) -> str:
    """A long sentence as a cloze without its asides (parentheses, paired dashes), or cut to
    the independent clause that holds the answer (at ";" or ", and" before a new subject),
    when what is left reads as a sentence of its own; else ""."""
    if _words(sentence.text) <= MAX_CONDENSED_WORDS:
        return ""  # short enough already: the stem planner turned it down for other reasons
    if sentence.text.count("“") != sentence.text.count("”"):
        return ""  # a piece of a longer quotation: whose words these are is told elsewhere
    tokens = sentence.tokens
    for a, b in _clauses(sentence, span):
        if b < len(tokens) and not main_clause_reached(tokens, a, b):
            continue  # "If you publish copies of the Document, numbering more than 100."
        asides = _asides(tokens, a, b, span)
        keep = [i for i in range(a, b) if i not in asides]
        if not keep or span[0] not in keep:
            continue
        text = _join(sentence, keep, span, gap)
        plain = text.replace(gap, "_____")
        if not 8 <= _words(plain) <= MAX_CONDENSED_WORDS:
            continue
        match = CONNECTIVE_START.match(text)
        if match and match.end() < len(text):
            text = text[match.end():].lstrip(" ,")
        if DEPENDENT_START.match(text) or is_fragment(text) or not text[:1].isalnum() and not text.startswith("{{"):
            continue
        return _finish(text)
    return ""


def _clauses(sentence: AnnotatedSentence, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The whole sentence first, then the independent clause around the answer."""
    tokens = sentence.tokens
    n = len(tokens)
    out = [(0, n)]
    opening = _opening_phrase_end(tokens)
    if opening is not None and opening <= span[0]:
        out.append((opening, n))
    cuts = [i for i in range(1, n - 1) if _is_clause_cut(tokens, i)]
    bounds = [0] + cuts + [n]
    for a, b in zip(bounds, bounds[1:]):
        start = a if a == 0 else a + 1
        while start < b and tokens[start].lower in ("and", "but"):
            start += 1
        if start <= span[0] and span[1] <= b and (start, b) != (0, n) and _has_clause(tokens, start, b):
            out.append((start, b))
    return out


def _is_clause_cut(tokens, i: int) -> bool:
    """A ";", or ", and"/", but" followed by a subject and its verb, outside any aside.

    ", and" as often closes an item of a list ("workers, sailors, and members of ...") or
    opens an aside: cutting there leaves a sentence without its verb.
    """
    if tokens[i].text == ";":
        return True
    if tokens[i].text != "," or _inside_aside(tokens, i):
        return False
    if tokens[i + 1].lower not in ("and", "but"):
        # "A French force had landed in Odessa, the White Army had cemented its hold ...": a
        # series of clauses, cut only after a piece that is a clause of its own
        start = _clause_start(tokens, i)
        return _has_clause(tokens, start, i) and not _opens_unfinished(tokens, start, i) and _clause_follows(tokens, i + 1)
    subject = i + 2
    if tokens[subject].tag == "IN":
        # ", and at the beginning of March, Admiral Kolchak had begun ...": the clause opens
        # with a phrase of time or place
        comma = next((k for k in range(subject, min(len(tokens), subject + 8)) if tokens[k].text == ","), None)
        if comma is None:
            return False
        subject = comma + 1
    if subject >= len(tokens) or tokens[subject].tag not in {"DT", "PRP", "PRP$", "NNP", "NNPS"}:
        return False
    return _verb_soon_after(tokens, subject)


def _verb_soon_after(tokens, subject: int) -> bool:
    """A finite verb within a few words of the subject's first word, no comma or aside between."""
    for k in range(subject + 1, min(len(tokens), subject + 6)):
        if tokens[k].text in {",", "(", *_DASHES}:
            return False
        if tokens[k].tag in _FINITE:
            return True
    return False


def _clause_start(tokens, i: int) -> int:
    """Where the piece of the sentence that ends at token i starts: after the last ";" or comma
    cut before it, or at the sentence's own start."""
    for k in range(i - 1, 0, -1):
        if tokens[k].text == ";":
            return k + 1
    return 0 if tokens[0].tag not in {"RB"} else next((k + 1 for k, t in enumerate(tokens[:3]) if t.text == ","), 0)


_NO_NEW_SUBJECT = frozenset({"that", "all", "both", "each", "none", "neither", "either", "any"})


def _opens_unfinished(tokens, a: int, b: int) -> bool:
    """'Lenin contended that the working class, ...': after its last verb the piece opens a
    clause that the comma interrupts."""
    last_verb = max((k for k in range(a, b) if tokens[k].tag in _FINITE), default=a)
    return any(tokens[k].lower in _SUBORDINATORS for k in range(last_verb + 1, b))


_SUBORDINATORS = frozenset({"that", "which", "who", "whom", "whose", "because", "if", "when", "while",
                            "although", "though", "whether", "where", "since", "unless"})


def _clause_follows(tokens, k: int) -> bool:
    """A subject (a determiner or a name first) and its finite verb within a few words, with no
    comma between: what follows a comma is a clause, not an appositive or a list item."""
    if k >= len(tokens) or tokens[k].tag not in {"DT", "NNP", "NNPS"} or tokens[k].lower in _NO_NEW_SUBJECT:
        return False  # ", that is, ...": a gloss; "X, Y and Z, all played ...": the list is the subject
    return _verb_soon_after(tokens, k)


def _inside_aside(tokens, i: int) -> bool:
    before = [t.text for t in tokens[:i]]
    dashes = sum(t in _DASHES for t in before)
    return dashes % 2 == 1 or before.count("(") > before.count(")")


def _opening_phrase_end(tokens) -> int | None:
    """Where the main clause starts after an opening phrase ("During the uprising ..., ")."""
    if not tokens or tokens[0].tag not in {"IN", "VBG", "RB"}:
        return None
    comma = next((i for i, t in enumerate(tokens[:30]) if t.text == ","), None)
    if comma is None or comma + 1 >= len(tokens) or tokens[comma + 1].tag not in {"DT", "NNP", "NNPS", "NNS", "NN", "JJ"}:
        return None
    # "After being interned in Martinique, a stay in the Dominican Republic, and ...": a list
    # the opening phrase goes on with, when another comma comes before any verb
    if not runs_to_verb(tokens, comma + 1):
        return None
    return comma + 1 if _has_clause(tokens, comma + 1, len(tokens)) else None




def _has_clause(tokens, a: int, b: int) -> bool:
    """A subject, then a finite verb: the piece reads as a sentence of its own."""
    verb = next((i for i in range(a, b) if tokens[i].tag in _FINITE), None)
    if verb is None or tokens[a].tag in _FINITE | {"VBN", "VBG", "CC"}:
        return False
    # "the October revolution when the Congress voted ...": its only verb is the when-clause's
    return any(t.tag in {"NN", "NNS", "NNP", "NNPS", "PRP"} for t in tokens[a:verb]) and has_main_verb(tokens[a:b])


#: Words that open an aside between commas which the clause reads well without: "Serge,
#: along with Goldman and Berkman, offered ...".
_ASIDE_OPENERS = (("along", "with"), ("together", "with"), ("as", "well", "as"), ("in", "addition", "to"))


def _asides(tokens, a: int, b: int, span: tuple[int, int]) -> set[int]:
    """Tokens inside a parenthesis, a pair of dashes or an 'along with' aside that does not
    hold the answer."""
    out: set[int] = set()
    for start, end in _comma_asides(tokens, a, b):
        if not start <= span[0] <= end:
            out.update(range(start, end + 1))
    for opens, closes in (({"("}, {")"}), (_DASHES, _DASHES)):
        opened = None
        for j in range(a, b):
            t = tokens[j].text
            if opened is None and t in opens:
                opened = j
            elif opened is not None and t in closes:
                if not opened <= span[0] <= j:
                    out.update(range(opened, j + 1))
                opened = None
    return out


def _comma_asides(tokens, a: int, b: int) -> list[tuple[int, int]]:
    """From the comma that opens an 'along with' aside to the comma before the verb it
    interrupts, both commas included."""
    out = []
    for i in range(a, b - 3):
        if tokens[i].text != ",":
            continue
        words = tuple(t.lower for t in tokens[i + 1 : i + 4])
        if not any(words[: len(opener)] == opener for opener in _ASIDE_OPENERS):
            continue
        close = next((k for k in range(i + 2, b - 1) if tokens[k].text == "," and tokens[k + 1].tag in _VERBS), None)
        if close is not None:
            out.append((i, close))
    return out


_VERBS = _FINITE | {"VBN"}


def _join(sentence: AnnotatedSentence, keep: list[int], span: tuple[int, int], gap: str) -> str:
    text = sentence.text
    pieces = []
    previous = None
    for i in keep:
        if span[0] < i < span[1]:
            continue
        token = sentence.tokens[i]
        word = gap if i == span[0] else token.text
        end = sentence.tokens[span[1] - 1].end if i == span[0] else token.end
        if previous is not None:
            glued = token.start == sentence.tokens[previous].end if previous + 1 == i else False
            pieces.append("" if glued else " ")
        pieces.append(word if i == span[0] else text[token.start:end])
        previous = span[1] - 1 if i == span[0] else i
    out = "".join(pieces)
    return re.sub(r"\s+([,.;:?!”’])", r"\1", out)


def _finish(text: str) -> str:
    text = text.rstrip(" ,;:—–")
    if not text.endswith((".", "?", "!", "”", "’")):
        text += "."
    if text.startswith("{{c1::"):
        return text[:6] + text[6:7].upper() + text[7:]
    return text[:1].upper() + text[1:]


def _words(text: str) -> int:
    return len(_WORD.findall(text))

"""Scoring and filtering candidates by what makes a question acceptable.

A kept question is grammatical, specific (no stem that leans on an unresolved pronoun),
important, has one right answer that the stem does not give away, a gap that is not a
stop word or a trivial word, a stem of at most about 40 words, and is built from body
text free of layout debris.
"""

from __future__ import annotations

import re
from collections import Counter

from quizgen.extract.statements import (
    DEPENDENT_START,
    EXPLETIVE_START,
    PERSONAL_POINTERS,
    may_point_back,
    person_words,
    strip_connectives,
    unresolved_references,
)
from quizgen.extract.usable import LAYOUT_DEBRIS
from quizgen.generate.distractors import normal
from quizgen.generate.draft import Draft
from quizgen.generate.stems import unattributed
from quizgen.nlp.lexicon import Lexicon
from quizgen.nlp.tokens import tokenize

MAX_STEM_WORDS = 40
MAX_ANSWER_WORDS = 8
#: What a term refers to is a description, not a name: it may run longer.
MAX_DEFINITION_WORDS = 14
#: A question shorter than this names too little to have one right answer.
MIN_QUESTION_WORDS = 7
_WHEN = re.compile(r"^(?:by |until |since )?when\b", re.I)
_DATE_WORD = re.compile(r"\b(?:1[0-9]{3}|20[0-9]{2}|January|February|March|April|May|June|July|August|September|"
                        r"October|November|December)\b")
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its", "their", "our", "my", "your"})
_WORD = re.compile(r"[\w’'-]+")
TYPE_BONUS = {"quote": 0.08, "term": 0.06, "wh": 0.05, "multiple_choice": 0.04, "cloze": 0.0, "true_false": 0.0}


def problems(draft: Draft, lexicon: Lexicon) -> list[str]:
    """Why a candidate would not be acceptable; empty when it is."""
    return _stem_problems(draft) + _answer_problems(draft, lexicon)


def _stem_problems(draft: Draft) -> list[str]:
    """What is wrong with the question as the student reads it."""
    found = []
    stem = draft.stem
    if len(stem.split()) > MAX_STEM_WORDS:
        found.append("too long")  # counted as `quizgen lint` counts, a gap as one word
    if draft.type in ("wh", "multiple_choice") and "_____" not in stem and len(_WORD.findall(stem)) < MIN_QUESTION_WORDS:
        found.append("too vague")  # "What was the result?", "Who would huge groups join?"
    if draft.type == "wh" and _WHEN.match(stem) and _DATE_WORD.search(stem):
        found.append("two dates")  # "When did they seesaw from November 1917 to the NEP?"
    shown = " ".join((stem, draft.answer) + draft.choices)
    if LAYOUT_DEBRIS.search(shown):
        found.append("layout debris")
    body = stem.lstrip("“\"‘'(")
    if DEPENDENT_START.match(body) and not (draft.type == "true_false" and EXPLETIVE_START.match(body)):
        found.append("unresolved pronoun")
    if draft.type not in ("wh", "quote", "term") and _starts_inside_a_phrase(draft):
        found.append("cut inside a phrase")
    if _leans_back(draft):
        found.append("unresolved reference")
    if unattributed(stem):
        found.append("quotation with no speaker")
    if body[:1].islower():
        found.append("lower-case start")
    if shown.count("(") != shown.count(")") or shown.count("“") != shown.count("”") or shown.count('"') % 2:
        found.append("unbalanced quotes")
    return found


def _answer_problems(draft: Draft, lexicon: Lexicon) -> list[str]:
    """What is wrong with the answer: given away, trivial, or not a whole phrase of its own."""
    found = []
    if draft.type != "true_false" and draft.answer.split()[0].lower() in _POSSESSIVE_PRONOUNS:
        found.append("unresolved pronoun in answer")  # "their only consistent principle": whose?
    if draft.type != "true_false" and _gives_away(draft, lexicon):
        found.append("answer in stem")
    if draft.type not in ("true_false", "quote") and _trivial_answer(draft.answer, lexicon):
        found.append("trivial answer")
    if draft.choices and len({normal(c) for c in draft.choices}) != len(draft.choices):
        found.append("duplicate choices")
    if len(draft.answer.split()) > (MAX_DEFINITION_WORDS if draft.type == "term" else MAX_ANSWER_WORDS):
        found.append("answer too long")
    if draft.answer.count("[") != draft.answer.count("]"):
        found.append("cut inside an editor's bracket")  # "[u]nder socialism"
    if draft.type in ("cloze", "multiple_choice") and (_cuts_its_phrase(draft) or _cuts_a_word(draft)):
        found.append("gap cuts a phrase")
    if draft.type != "true_false" and _one_end_of_a_range(draft):
        found.append("part of a range")
    if draft.fact is not None:
        found += _fact_problems(draft, lexicon)
    return found


def _fact_problems(draft: Draft, lexicon: Lexicon) -> list[str]:
    found = []
    if _opens_with_a_function_word(draft, lexicon):
        found.append("answer opens with a function word")  # "{{Regardless of Lenin}}’s claims"
    if _inside_a_longer_name(draft):
        found.append("part of a name")
    if _bare_common_word(draft, lexicon):
        found.append("vague answer")
    if draft.fact.role == "concept" and _opens_with_a_verb(draft, lexicon):
        found.append("answer is no noun phrase")
    return found


#: Tags for the words a question adds to its source sentence.
_ADDED_TAGS = {"what": "WP", "who": "WP", "whom": "WP", "which": "WDT", "when": "WRB", "where": "WRB",
               "how": "WRB", "why": "WRB", "did": "VBD", "does": "VBZ", "do": "VBP", "_____": "NN"}


def stem_words(draft: Draft, filled: bool = False) -> list[tuple[str, str]]:
    """The stem's words with the tags they carry in the source sentence; words the stem
    added (a referent, a question word) are tagged by their form. `filled`: with the answer
    in its gap, as the sentence reads once answered."""
    shown = (draft.context, draft.sentence) if draft.context else (draft.sentence,)
    tags = {t.text: t.tag for sentence in shown for t in sentence.tokens}
    out = []
    stem = draft.stem
    if filled and draft.type in ("cloze", "multiple_choice") and "_____" in stem:
        stem = stem.replace("_____", draft.answer, 1)
    for text, _, _ in tokenize(stem):
        tag = tags.get(text) or _ADDED_TAGS.get(text.lower()) or ("NNP" if text[:1].isupper() else "NN")
        out.append((text, tag))
    return out


_PHRASE_INSIDE = {"CC", "IN", "DT", "TO", "PRP$", "POS", "JJ", "JJR", "JJS", "NN", "NNS"}


def _cuts_its_phrase(draft: Draft) -> bool:
    """'the {{discipline of the members}} of the Communist Party': a concept gap that stops
    before the 'of' completing it asks for half a phrase; 'bureaucratic and {{military
    apparatuses}}' leaves the adjective it shares its noun with outside."""
    fact = draft.fact
    if fact is None or fact.role not in ("concept", "complement"):
        return False
    tokens = draft.sentence.tokens
    if fact.end < len(tokens) and tokens[fact.end].lower == "of" and tokens[fact.end - 1].tag.startswith("NN"):
        return True
    if fact.end < len(tokens) and tokens[fact.end].tag == "CD" and tokens[fact.end - 1].tag.startswith("NN"):
        return True  # "the {{terms of section}} 4": the number belongs to the noun
    last = tokens[fact.end - 1]
    if fact.role == "concept" and (last.tag in ("JJ", "JJR", "JJS", "RB", "RBR") or last.lower in _COMPARATIVES):
        return True  # "make the {{economic crisis worse}}": a noun and what is said of it
    if fact.start < 2 or tokens[fact.start - 1].lower not in ("and", "or"):
        return False
    # "users’ and {{authors’ sake}}": the possessive before 'and' shares the noun as well
    before = tokens[fact.start - 2]
    return before.tag in ("JJ", "POS") or before.text in _POSSESSIVE_MARKS or before.text.endswith(("'", "’"))


_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})
#: Comparatives the tagger may read as nouns after a noun ("the crisis worse").
_COMPARATIVES = frozenset("worse better stronger weaker greater harder easier larger smaller".split())
_INSIDE_A_WORD = re.compile(r"^(?:\w|[’'](?!s(?:\W|$))\w)")  # but not a possessive: '{{Lenin}}’s'


def _cuts_a_word(draft: Draft) -> bool:
    """'as a {{coup d}}’état': the answer stops where the word goes on."""
    fact = draft.fact
    if fact is None or fact.end == fact.start:
        return False
    end = draft.sentence.tokens[fact.end - 1].end
    return bool(_INSIDE_A_WORD.match(draft.sentence.text[end:end + 3]))


def _starts_inside_a_phrase(draft: Draft) -> bool:
    """'Sailors looked to ...' cut from '... workers, soldiers, and sailors looked to ...': a
    stem whose opening words follow 'and', 'of', 'the' in its sentence starts mid-phrase."""
    if draft.stem.rstrip("”’\"").endswith("?"):
        return False
    opening = [w.lower() for w in re.findall(r"[\w’'-]+", draft.stem)[:2]]
    tokens = draft.sentence.tokens
    places = [
        i for i in range(1, len(tokens) - 1) if [tokens[i].lower, tokens[i + 1].lower] == opening
    ]
    if len(opening) < 2 or not places or [tokens[0].lower, tokens[1].lower] == opening:
        return False
    connective = strip_connectives(draft.sentence.text)  # "But the decree ..." starts at "the"
    return all(
        tokens[i - 1].tag in _PHRASE_INSIDE and tokens[i - 1].text != "," and tokens[i].start > connective
        for i in places
    )


def _leans_back(draft: Draft) -> bool:
    """A pronoun, demonstrative or 'the N' that points to a sentence the student cannot see.
    A name the stem put in place of a pronoun counts as a person named."""
    if draft.context is None and not may_point_back(f"{draft.stem} {draft.answer}", draft.statement.leans_on):
        return False
    # with the gap filled: "The outbreak of _____ merely accelerated them" leans back even
    # though a plural answer could have stood in the gap
    words = stem_words(draft, filled=True)
    source = {t.text for t in draft.sentence.tokens}
    people = set(person_words(draft.sentence))
    if draft.context is not None:
        people |= set(person_words(draft.context))
        source |= {t.text for t in draft.context.tokens}
    people |= {text.lower() for text, _ in words if text[:1].isupper() and text not in source}
    if draft.context is None:
        return bool(unresolved_references(words, people, draft.statement.leans_on))
    # With the sentence before on the page, "this belief", "one of them", "the engineer" point
    # at what the student has just read; a pronoun still needs a name it can stand for, "the
    # third" the first two, and a pointer the sentence before cannot answer since it points
    # back itself ("this process ... But this social layer") is left hanging.
    before = Counter(unresolved_references([(t.text, t.tag) for t in draft.context.tokens], people))
    own = Counter(unresolved_references(words, people)) - before
    if any(ref.split()[0].lower() in PERSONAL_POINTERS or _counts_on(ref) for ref in own):
        return True
    return bool(own) and bool(before)


def _counts_on(ref: str) -> bool:
    words = ref.lower().split()
    return len(words) > 1 and words[0] == "the" and words[1] in _ORDINAL_WORDS


_ORDINAL_WORDS = frozenset("first second third fourth fifth sixth last".split())


_OPENS_RANGE = re.compile(r"\b(?:between|from)\s*$", re.I)
_CLOSES_RANGE = re.compile(r"^\s*(?:and|to|–|—|-)\s*(?:[A-Z][a-z]+\.?\s+)?\d", re.I)
_DASH_TO_NUMBER = re.compile(r"^\s*[–—-]\s*\d")
_AFTER_RANGE_START = re.compile(r"\d[\d,.]*(?:\s+(?:and|to)\s+|\s*[–—-]\s*)$", re.I)


def _one_end_of_a_range(draft: Draft) -> bool:
    """'between _____ and 1000', 'from 1917 to _____', '60-_____,000': a gap that takes one
    end of a range or a pair leaves the other end as a clue and splits one fact in two. The
    whole range may be the answer."""
    if len(draft.answer.split()) > 3 or not re.search(r"\d", draft.answer):
        return False
    stem = draft.stem
    gap = stem.find("_____")
    if gap >= 0:
        before, after = stem[:gap], stem[gap + 5 :]
    elif draft.fact is not None:
        tokens = draft.sentence.tokens
        text = draft.sentence.text
        before, after = text[: tokens[draft.fact.start].start], text[tokens[draft.fact.end - 1].end :]
    else:
        return False
    return bool(
        (_OPENS_RANGE.search(before) and _CLOSES_RANGE.match(after))
        or _DASH_TO_NUMBER.match(after)
        or _AFTER_RANGE_START.search(before)
    )


def _bare_common_word(draft: Draft, lexicon: Lexicon) -> bool:
    """'the Revolution', 'the State': a capitalised everyday word of no clear kind is too
    vague to be the one right answer."""
    answer = draft.answer
    return (
        " " not in answer
        and draft.fact.kind in ("name", "event", "term")
        and answer[:1].isupper()
        and answer.lower() in lexicon.words
    )


def _opens_with_a_function_word(draft: Draft, lexicon: Lexicon) -> bool:
    """A name or term whose first word is an adverb or preposition ('Regardless of Lenin',
    capitalised only because it opens the sentence) is no name. A complement may open so
    ('as a threat'), and a date ('from March to May')."""
    fact = draft.fact
    if fact.role not in ("entity", "concept") or fact.kind in ("date", "number") or fact.end <= fact.start:
        return False
    first = draft.sentence.tokens[fact.start]
    if first.tag in ("RB", "RBR", "IN", "CC", "TO", "WDT"):
        return True
    word = first.text.lower()
    # the tagger reads a capitalised opening word as a name; WordNet knows it as no noun
    tokens = draft.sentence.tokens
    then_lower = fact.start + 1 < fact.end and tokens[fact.start + 1].text.islower()  # not "Provisional Government"
    return (fact.start == 0 and then_lower and word in lexicon.words and not lexicon.noun_synsets(word)
            and bool(lexicon.synsets(word)))


def _inside_a_longer_name(draft: Draft) -> bool:
    """'Socialism' in 'Socialism and Freedom', 'Revolution' in 'The State and Revolution':
    a gap in the middle of a title."""
    tokens = draft.sentence.tokens
    a, b = draft.fact.start, draft.fact.end
    after = b + 1 < len(tokens) and tokens[b].lower == "and" and tokens[b + 1].is_capitalised
    if not tokens[a].is_capitalised:
        # "the {{theory of The State}} and Revolution": the gap ends inside the title
        return after and tokens[b - 1].is_capitalised and tokens[b + 1].tag.startswith("NNP")
    before = a >= 2 and tokens[a - 1].lower == "and" and tokens[a - 2].is_capitalised and tokens[a - 2].tag.startswith("NNP")
    # "the Second All-Russian {{Soviet Congress}}": the name goes on before the gap
    tail = a >= 2 and tokens[a - 1].is_capitalised and tokens[a - 1].is_word
    return after and tokens[b + 1].tag.startswith("NNP") or before or tail


def _gives_away(draft: Draft, lexicon: Lexicon | None = None) -> bool:
    answer = normal(draft.answer)
    stem = normal(draft.stem)
    if not answer:
        return True
    # Both are normalised to words and single spaces: a whole-word search is a padded one.
    padded = f" {stem} "
    if f" {answer} " in padded:
        return True
    # a name's last word ("Serge" for "Victor Serge") gives it away too
    last = answer.split()[-1]
    if draft.answer_kind in ("person",) and len(last) > 3 and f" {last} " in padded:
        return True
    return _shares_a_root(draft.answer, draft.stem, lexicon) or _mostly_echoed(answer, padded)


def _mostly_echoed(answer: str, padded_stem: str) -> bool:
    """'{{the organisational principle of revolutionary Social-Democracy}} as opposed to the
    organisational principle of opportunist Social-Democracy': most of a long answer's words
    stand next to its gap, and the student need only copy them."""
    words = [w for w in answer.split() if len(w) >= 4 and w not in _FUNCTION_WORDS]
    if len(words) < 3:
        return False
    return sum(f" {w} " in padded_stem for w in words) * 3 >= len(words) * 2


_FUNCTION_WORDS = frozenset("that this these those with from into over under upon about their there where which".split())


#: Endings that make a follower, a doctrine or a plural of one root: Bolshevik, Bolsheviks,
#: Bolshevism; Marxist, Marxism.
_ENDINGS = re.compile(r"(?:ism|ists?|iks?|ites?|ians?|ans?|’s|'s|s)$")


def root(word: str) -> str:
    word = word.lower()
    stripped = _ENDINGS.sub("", word)
    return stripped if len(stripped) >= 5 else word


def _shares_a_root(answer: str, stem: str, lexicon: Lexicon | None = None) -> bool:
    """'non-Bolshevik' in the stem of a question whose answer is 'Bolsheviks': a distinctive
    word of the answer, by its root, is already on the page. In a name of several words an
    everyday word is not distinctive: 'soviet' in the stem does not give away 'Supreme
    Soviet', nor 'commune-state' 'The State and Revolution'."""
    stem_roots = {root(w) for w in re.findall(r"[A-Za-z’']+", stem) if len(w) >= 5}
    words = re.findall(r"[A-Za-z’']+", answer)
    for word in words:
        if len(words) > 1 and lexicon is not None and word.lower() in lexicon.words:
            continue
        if len(word) >= 5 and word[:1].isupper() and root(word) in stem_roots:
            return True
    return False


_BE_FORMS = frozenset({"is", "was", "are", "were", "be", "been", "being"})
_APPOSITION_MARKERS = frozenset({"aka", "ie", "i.e.", "eg", "e.g.", "viz", "viz.", "namely"})


def _opens_with_a_verb(draft: Draft, lexicon: Lexicon) -> bool:
    """'{{introduce workers’ management of production}}': a predicate cut out of its clause,
    which a student cannot be expected to write back word for word. The tagger may read the
    verb as an adjective; WordNet knows it only as a verb."""
    first = draft.sentence.tokens[draft.fact.start]
    if first.tag in ("VB", "VBP", "VBD", "VBZ") or first.lower in _APPOSITION_MARKERS:
        return True  # a predicate, or an aside: "trade-union, {{aka reformist}}, consciousness"
    if first.tag == "JJ" and _only_a_verb(first.lower, lexicon):
        return True
    tokens = draft.sentence.tokens
    before = [t.lower for t in tokens[max(0, draft.fact.start - 2) : draft.fact.start]]
    if first.tag == "VBG" and any(w in _BE_FORMS for w in before):
        return True  # "which is now {{taking place}}": a verb in progress, not a thing
    # "{{party achieves control of the state}}": a plural 'noun' WordNet knows only as a verb
    inside = draft.sentence.tokens[draft.fact.start + 1 : draft.fact.end]
    return any(t.tag in ("VBZ", "VBD", "VBP", "MD") or t.tag == "NNS" and _only_a_verb(t.lower, lexicon) for t in inside)


def _only_a_verb(word: str, lexicon: Lexicon) -> bool:
    return bool(lexicon.synsets(word, "v")) and not lexicon.synsets(word, "n") and not lexicon.is_adjective(word)


def _trivial_answer(answer: str, lexicon: Lexicon) -> bool:
    words = re.findall(r"[A-Za-z0-9][\w’'-]*", answer)
    if not words or _ENUMERATOR.fullmatch(answer.strip()):
        return True  # "{{K.}} For any section ...": the letter of a list item
    return all(lexicon.is_trivial(w) for w in words)


_ENUMERATOR = re.compile(r"\(?[A-Za-z]\)?\.?")


def score(draft: Draft) -> float:
    """0-1: the sentence's place in the argument, the fact's weight, and how well the type suits it."""
    statement = draft.statement.score
    weight = draft.fact.weight if draft.fact else 0.5
    value = 0.5 * statement + 0.3 * weight + 0.2 * draft.fit + TYPE_BONUS.get(draft.type, 0.0)
    return round(max(0.0, min(1.0, value)), 3)

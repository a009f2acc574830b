"""Facts: the things in a sentence a student should know, each a token span with a kind.

Names, dates and numbers come from the entity spans; concepts from noun phrases the essay
keeps returning to; definitions from copulas ("X was Y"), appositives ("X, the Y,") and
naming phrases ("so-called X"); quotations from quote marks with a named speaker.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Sequence

from quizgen.nlp.annotate import AnnotatedSentence, Span
from quizgen.nlp.entities import SAYING
from quizgen.nlp.lexicon import Lexicon
from quizgen.nlp.tokens import FINITE_TAGS as _FINITE, TIME_UNITS as _TIME_UNITS

KIND_WEIGHT = {
    "person": 0.9,
    "organization": 0.85,
    "date": 0.75,
    "number": 0.85,
    "event": 0.9,
    "work": 0.9,
    "place": 0.65,
    "term": 0.8,
    "name": 0.6,
    "phrase": 0.5,
}
MAX_CONCEPTS = 3
_NAMING = {"so-called", "called", "termed", "dubbed", "named"}
_PRONOUNS = {"he", "she", "it", "they", "this", "these", "those", "that", "we", "i", "you", "which", "who", "what"}
_BE = {"is", "was", "are", "were"}


@dataclass(frozen=True)
class Fact:
    index: int  # sentence position among the body sentences
    start: int  # answer tokens [start, end)
    end: int
    text: str
    kind: str  # an ANSWER_KINDS value, or "name" for a name of unknown kind
    role: str  # entity, concept, definition, quote
    weight: float  # 0-1, how much a student should know it
    detail: str = ""  # the definition for a definition; the quotation for a quote
    relation: str = ""  # for a name given to something: "were known as", "was called"


@dataclass(frozen=True)
class Counts:
    """How often each phrase occurs in the essay (lower-cased), for topicality."""

    phrases: Counter
    quoted: frozenset[str] = frozenset()  # phrases the essay sets in quote marks somewhere

    def of(self, text: str) -> int:
        return self.phrases.get(text.lower(), 0)

    def is_quoted(self, text: str) -> bool:
        return text.lower() in self.quoted


def count_phrases(sentences: Sequence[AnnotatedSentence]) -> Counts:
    counter: Counter = Counter()
    quoted: set[str] = set()
    for s in sentences:
        seen = set()
        for span in s.chunks + s.entities:
            seen.add(_strip_determiner_text(span.text).lower())
        for t in s.tokens:
            seen.add(t.lower)
        counter.update(seen)
        quoted.update(s.span_text(a, b).lower() for a, b in _quote_spans(s.tokens))
    return Counts(counter, frozenset(quoted))


def find_facts(sentence: AnnotatedSentence, counts: Counts, lexicon: Lexicon) -> list[Fact]:
    index = sentence.sentence.index
    facts: list[Fact] = []
    tokens = sentence.tokens
    for span in _with_ranges(sentence):
        kind = span.kind
        if kind in ("number", "date") and _labels_a_part(tokens, span.start):
            continue  # "section 1", "page 23": where something is in a text, not a figure
        weight = KIND_WEIGHT.get(kind, 0.5) - 0.03 * min(3, counts.of(span.text) - 1)
        if "," in span.text or " and " in span.text:
            weight += 0.1  # a list: what a teacher asks for whole
        if kind == "date" and span.end - span.start == 1 and span.text.isalpha():
            weight -= 0.25  # a month with no year says little on its own
        if kind == "number" and (_number_token(tokens, span).text.isalpha() or _before_time_unit(tokens, span.end)):
            weight -= 0.25  # "three months before": a detail, not a figure to learn
        if kind == "term" and _everyday_word(span.text, lexicon):
            weight = KIND_WEIGHT["name"]  # a word in scare quotes ("a mere “crust”"), not a term to learn
        facts.append(Fact(index, span.start, span.end, span.text, kind, "entity", min(1.0, weight)))
    entity_tokens = {i for e in sentence.entities for i in range(e.start, e.end)}
    concepts = [
        Fact(index, span.start, span.end, span.text, "term", "concept", _concept_weight(span, counts))
        for span in concept_spans(sentence, lexicon, counts)
        if not set(range(span.start, span.end)) <= entity_tokens
    ]
    concepts += complements(sentence, entity_tokens)
    # A sentence has many noun phrases; only its most telling few are worth a question.
    facts += sorted(concepts, key=lambda f: (-f.weight, f.start, f.end))[:MAX_CONCEPTS]
    facts += definitions(sentence, lexicon)
    facts += quoted_term_appositives(sentence)
    facts += namings(sentence)
    facts += quotations(sentence) or reported_quotations(sentence)
    titles = works(sentence)
    if titles:
        # the words of a title are no facts of their own ("Done" in "What Is To Be Done?")
        inside = {i for w in titles for i in range(w.start, w.end)}
        facts = [f for f in facts if not (f.role == "entity" and set(range(f.start, f.end)) & inside)]
        facts += titles
    return facts


_RANGE_LINKS = {"-", "–", "to", "and"}


def _with_ranges(sentence: AnnotatedSentence) -> list[Span]:
    """Entity spans with a range of figures or dates ("60-80,000", "between 2,000 and 4,000",
    "from March 18 to May 28, 1871") joined into one: either end alone is half an answer."""
    tokens = sentence.tokens
    spans = sorted(sentence.entities, key=lambda e: (e.start, -e.end))
    out: list[Span] = []
    skip: set[int] = set()
    for k, span in enumerate(spans):
        if k in skip:
            continue
        partner = next(
            (j for j in range(k + 1, len(spans)) if spans[j].start == span.end + 1 and _same_scale(span, spans[j])),
            None,
        )
        if span.kind in ("number", "date") and partner is not None and _range_link(tokens, span):
            other = spans[partner]
            start = span.start - 1 if tokens[span.end].lower in ("to", "and") else span.start
            # "between 2000 and 4000 workers": a figure that merely looks like a year is a figure
            kind = "number" if "number" in (span.kind, other.kind) else span.kind
            out.append(Span(start, other.end, sentence.span_text(start, other.end), kind))
            skip.add(partner)
            continue
        out.append(span)
    return out


def _same_scale(a: Span, b: Span) -> bool:
    return a.kind == b.kind or {a.kind, b.kind} == {"date", "number"}


def _range_link(tokens, span: Span) -> bool:
    link = tokens[span.end].lower if span.end < len(tokens) else ""
    if link not in _RANGE_LINKS:
        return False
    if link in ("-", "–"):
        return tokens[span.end].start == tokens[span.end - 1].end  # "60-80,000", not a dash of an aside
    opener = tokens[span.start - 1].lower if span.start > 0 else ""
    return (opener, link) in (("between", "and"), ("from", "to"))


def _number_token(tokens, span: Span):
    """The figure itself, past an approximator ("over 10,000")."""
    return next((t for t in tokens[span.start : span.end] if t.tag == "CD"), tokens[span.start])




def _before_time_unit(tokens, end: int) -> bool:
    return end < len(tokens) and tokens[end].lower in _TIME_UNITS


_PART_NOUNS = frozenset("section sections chapter chapters page pages paragraph paragraphs article articles "
                        "clause clauses figure figures table tables note notes part volume verse line lines".split())


def _labels_a_part(tokens, start: int) -> bool:
    return start > 0 and tokens[start - 1].lower in _PART_NOUNS


def _everyday_word(text: str, lexicon: Lexicon) -> bool:
    return " " not in text and text.islower() and text in lexicon.words


def _concept_weight(span: Span, counts: Counts) -> float:
    words = span.text.split()
    repeated = min(1.0, (counts.of(span.text) - 1) / 3)
    return 0.35 + 0.25 * repeated + (0.15 if len(words) > 1 else 0.0) + (0.1 if span.kind == "named" else 0.0)


# Adjectives that judge or size a thing rather than say what it is: "a real change", "a large
# majority" name nothing a student could learn, unless the essay makes the phrase its own term.
_GENERIC_MODIFIERS = frozenset(
    """real true proper genuine actual new old large small big little great whole entire simple certain
    various other main key major minor central striking important significant particular general
    special individual same such different similar current present recent further additional
    basic essential immediate net good bad better best worse worst deep deeper easy hard difficult
    stark strong weak clear obvious full mere sheer vast huge tiny high low long short wide broad
    usual common typical normal regular possible likely serious severe growing increasing successful own
    ever-increasing wider broader latter former no""".split()
)
# Heads too abstract to be the thing a question asks about ("the length of the procedure").
_GENERIC_HEADS = frozenset(
    """length way kind sort type part number majority minority issue question fact matter point case
    role sense process procedure system aspect area level degree extent amount form means end
    beginning result effect factor feature light manner focus framework position basis lack
    force reason cause consequence occasion""".split()
)
# What a name's possessive usually governs: an opinion of the person's, not a concept of the essay.
_OPINION_HEADS = frozenset(
    """conception concept view views notion notions understanding idea ideas vision aim aims goal
    strategy work works right rights regime position opinion belief beliefs theory argument plan
    attitude approach account analysis perspective thinking thought interpretation claim observation
    remark statement""".split()
)
# WordNet's files for what a person thinks or says, the same kind of head as those above.
_OPINION_LEXNAMES = frozenset({"noun.cognition", "noun.communication", "noun.motive"})
# WordNet's files for concrete things: a phrase naming an object or a place is scenery, not a concept.
_CONCRETE_LEXNAMES = frozenset(
    {"noun.artifact", "noun.object", "noun.location", "noun.body", "noun.food", "noun.plant", "noun.animal",
     "noun.substance"}
)
_HEAD_ENDERS = {"of", "in", "for", "on", "to", "with", "by", "from", "at", "over"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
TERM_REPEATS = 3  # how often the essay must use a phrase verbatim for it to count as the essay's own term
COMPOUND_REPEATS = 2


def concept_spans(sentence: AnnotatedSentence, lexicon: Lexicon, counts: Counts | None = None) -> list[Span]:
    """Noun phrases that name a concept: several content words, a coined or abstract word,
    or the phrase after 'so-called'. Phrases that only describe ("a large majority",
    "Darwin's view", "the length of the procedure") are left out unless the essay quotes them
    or keeps using them word for word."""
    tokens = sentence.tokens
    out = []
    for chunk in sentence.chunks:
        a, b = _without_determiner(sentence, chunk.start, chunk.end)
        if b <= a:
            continue
        words = tokens[a:b]
        if any(t.lower in _PRONOUNS for t in words) or any(t.tag == "CD" for t in words):
            continue
        content = [t for t in words if not lexicon.is_trivial(t.text) and t.is_word]
        if not content or len(words) > 6 or tokens[b - 1].tag in {"NNP", "NNPS"} and words[0].is_capitalised:
            continue
        head = tokens[b - 1].lower
        if lexicon.is_trivial(head):
            continue
        single = b - a == 1
        abstract = _is_abstract(head)
        named = a > 0 and tokens[a - 1].lower in _NAMING
        if single and not (abstract or named):
            continue
        text = sentence.span_text(a, b)
        if named or _is_own_term(sentence, a, b, text, counts):
            pass
        elif _only_describes(sentence, a, b, text, lexicon, counts):
            continue
        out.append(Span(a, b, text, "named" if named else ""))
    return out


def _is_abstract(word: str) -> bool:
    """A doctrine, a stance or a coinage, by its form ("realism", "centralisation", "nation-state")."""
    return word.endswith(("ism", "ist", "ists", "ization", "isation", "ocracy", "ship")) or "-" in word


def _is_own_term(sentence: AnnotatedSentence, a: int, b: int, text: str, counts: Counts | None) -> bool:
    """Quoted here or anywhere in the essay: the essay's own term, whatever its words."""
    return _is_quoted(sentence.tokens, a, b) or (counts is not None and counts.is_quoted(text))


def _is_opinion(word: str, lexicon: Lexicon) -> bool:
    sense = lexicon.first_noun_sense(lexicon.lemma(word))
    return word.lower() in _OPINION_HEADS or sense is not None and sense.lexname() in _OPINION_LEXNAMES


def _nominal(token, lexicon: Lexicon) -> bool:
    """A noun, or a noun the tagger took for a modifier ("guild" in "guild members")."""
    if token.tag.startswith("NN"):
        return True
    return token.tag in {"JJ", "VBG"} and not lexicon.is_adjective(token.text) and lexicon.first_noun_sense(token.text) is not None


def _is_fixed_phrase(text: str, head: str, counts: Counts | None) -> bool:
    """Used verbatim again and again, and for most of the head's uses ("free trade"), so the
    modifier is part of the name; "striking miners" among a hundred mentions of miners is not."""
    if counts is None:
        return False
    repeats = counts.of(text)
    return repeats >= TERM_REPEATS and 2 * repeats >= counts.of(head)


def _only_describes(
    sentence: AnnotatedSentence, a: int, b: int, text: str, lexicon: Lexicon, counts: Counts | None
) -> bool:
    tokens = sentence.tokens
    h = next((i for i in range(a + 1, b) if tokens[i].lower in _HEAD_ENDERS), b) - 1
    head = tokens[h]
    if not head.tag.startswith("NN"):
        return True  # a chunker slip onto a verb ("unions seek"), not a noun phrase
    for i in range(a + 1, h + 1):
        if tokens[i].text in _POSSESSIVE and tokens[i - 1].is_capitalised and _is_opinion(head.text, lexicon):
            return True  # however often the essay says "Darwin's view", the answer is the view itself
    for i in range(a, h):
        # a capitalised modifier mid-sentence is part of a name ("New Economic Policy")
        if tokens[i].lower in _GENERIC_MODIFIERS and not (i > 0 and tokens[i].is_capitalised):
            return not _is_fixed_phrase(text, head.lower, counts)
    repeats = counts.of(text) if counts is not None else 1
    if lexicon.lemma(head.text) in _GENERIC_HEADS:
        if h < b - 1 or h == a:
            return True  # "the length of the procedure": the concept, if any, is after the "of"
        qualifier = max((counts.of(t.text) if counts is not None else 1) for t in tokens[a:h])
        return repeats < COMPOUND_REPEATS or qualifier < TERM_REPEATS
    # a doctrine with a qualifier ("Victorian realism") is a term even if WordNet lacks it
    compound = h == b - 1 and b - a >= 2 and all(_nominal(t, lexicon) for t in tokens[a:b])
    if compound and not _is_abstract(head.lower) and repeats < COMPOUND_REPEATS:
        sense = lexicon.first_noun_sense(text)
        return sense is None or sense.lexname() in _CONCRETE_LEXNAMES
    return False


def _without_determiner(sentence: AnnotatedSentence, a: int, b: int) -> tuple[int, int]:
    while a < b and sentence.tokens[a].tag in {"DT", "PRP$", "PDT"}:
        a += 1
    return a, b


def _strip_determiner_text(text: str) -> str:
    return re.sub(r"^(?:the|a|an|this|that|these|those|his|her|its|their|our)\s+", "", text, flags=re.I)


_COPULA = {"is", "was", "are", "were", "became", "becomes", "remained"}
_AS_VERBS = {"as"}


def complements(sentence: AnnotatedSentence, taken: set[int]) -> list[Fact]:
    """What the sentence says something is, was treated as, or was done by: the noun phrase
    after a copula ('was ... a dictatorship of the Bolshevik Party'), after 'as' ('treated
    ... as a threat') or after the 'by' of a passive ('carried out by the workers and the
    peasants'). Two phrases joined by 'and' are one answer: a teacher asks for both."""
    tokens = sentence.tokens
    index = sentence.sentence.index
    by_start: dict[int, int] = {}
    for chunk in sentence.chunks:
        by_start[chunk.start] = max(by_start.get(chunk.start, 0), chunk.end)
    out = []
    for i, tok in enumerate(tokens):
        trigger = _complement_trigger(tokens, i)
        if trigger is None:
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].tag in {"RB", "RBR"} or (j < len(tokens) and tokens[j].text == ","):
            j += 1
        if tokens[j - 1].tag.startswith("RB") and j < len(tokens) and tokens[j].tag in {"JJ", "VBN", "VBG"}:
            continue  # "by freshly trained ...": the adverb is part of the phrase
        if trigger == "copula" and j < len(tokens) and tokens[j].tag == "VBG":
            continue  # "which is now taking place": a verb in progress, not what something is
        if trigger == "copula" and _contrasted_word(tokens, j):
            out.append(Fact(index, j, j + 1, tokens[j].text, "term", "complement", COMPLEMENT_WEIGHT))
            continue
        if trigger == "copula" and j < len(tokens) and tokens[j].lower in _COPULA_PREPOSITIONS:
            trigger, j = "preposition", j + 1  # "the demand was for free elections"
        span = _complement_span(tokens, by_start, j, trigger)
        if span is None:
            continue
        a, b = span
        if set(range(a, b)) <= taken or b - a > MAX_COMPLEMENT_WORDS or b - a < 2:
            continue
        if trigger == "as":
            a = i
        out.append(Fact(index, a, b, sentence.span_text(a, b), "term", "complement", COMPLEMENT_WEIGHT))
    return out


COMPLEMENT_WEIGHT = 0.65  # what the sentence says its subject is or was done by: as much as a repeated term
MAX_COMPLEMENT_WORDS = 8  # longer, it is more than a student can be asked to write down
#: 'The demand was for ...', 'the vote was against ...': the copula's complement is the
#: preposition's object.
_COPULA_PREPOSITIONS = {"for", "against"}


def _contrasted_word(tokens, j: int) -> bool:
    """'was instrumental, not substantive': one word set against another is what the
    sentence teaches, though alone it would be too little for an answer."""
    return (
        j + 3 < len(tokens) and tokens[j].tag in {"JJ", "NN"} and tokens[j].text.isalpha()
        and tokens[j + 1].text == "," and tokens[j + 2].lower == "not" and tokens[j + 3].tag in {"JJ", "NN"}
    )


def _complement_span(tokens, by_start: dict[int, int], j: int, trigger: str) -> tuple[int, int] | None:
    end = _phrase_end(tokens, by_start, j)
    if end is None:
        return None
    if trigger == "copula" and tokens[j].tag not in {"DT", "PRP$"} or tokens[j].lower in {"no", "our", "my"}:
        return None  # "no use", "our misfortune": nothing to learn
    if trigger == "copula" and _empty_head(tokens, j, end):
        # "is a reference to the structure ...": what the relation points at is the answer
        return _complement_span(tokens, by_start, end + 1, "object")
    end = _through_coordination(tokens, by_start, end)
    end = _through_of_phrase(tokens, by_start, j, end)
    end = _through_reduced_relative(tokens, by_start, end)
    if end is None or not _complete_phrase(tokens, j, end):
        return None
    return j, end


def _phrase_end(tokens, by_start: dict[int, int], j: int) -> int | None:
    """Where the noun phrase from j ends; 'the localized, volunteer detachments' runs on over
    the comma between its adjectives."""
    if j in by_start:
        return by_start[j]
    k = j + 1 if j < len(tokens) and tokens[j].tag == "DT" else j
    if k + 2 < len(tokens) and tokens[k].tag in {"JJ", "VBN"} and tokens[k + 1].text == "," and k + 2 in by_start:
        return by_start[k + 2]
    return None


def _empty_head(tokens, start: int, end: int) -> bool:
    """'a reference to', 'the result of': an article and a bare noun whose meaning lies in its
    object."""
    return (
        end - start == 2 and tokens[start].tag == "DT" and tokens[end - 1].tag == "NN"
        and end + 1 < len(tokens) and tokens[end].lower in {"to", "of"}
    )


def _through_of_phrase(tokens, by_start: dict[int, int], start: int, end: int) -> int:
    """'free elections to the soviets', 'the dictatorship of the party': one 'of' or 'to'
    phrase completes the noun before it when nothing goes on after it."""
    if end + 1 >= len(tokens) or tokens[end].lower not in {"of", "to"} or end + 1 not in by_start:
        return end
    if tokens[end].lower == "to" and tokens[end - 1].tag == "NN" and tokens[end - 2].tag.startswith("NN"):
        return end  # "the revolution lead to": a verb read as the second of two nouns
    tail = by_start[end + 1]
    if tail - start > MAX_COMPLEMENT_WORDS or not _complete_phrase(tokens, start, tail):
        return end
    return tail


def _through_reduced_relative(tokens, by_start: dict[int, int], end: int) -> int | None:
    """'the structure the rebels of Paris set up when ...': a noun phrase, a subject and its
    verb with nothing after it but the clause's end is a relative clause without its pronoun;
    the noun is incomplete without it. None when such a clause goes on too long to keep."""
    if end >= len(tokens) or tokens[end].tag not in {"DT", "PRP$"} or end not in by_start:
        return end
    verb = by_start[end]
    if verb >= len(tokens) or tokens[verb].tag not in _RELATIVE_CLAUSE_ENDS - {"RP"}:
        return end
    stop = verb + 1
    if stop < len(tokens) and tokens[stop].tag == "RP":
        stop += 1
    if stop < len(tokens) and not (tokens[stop].tag in {"WRB", ",", "."} or tokens[stop].text in {";", ":"}):
        return None  # more of the clause follows: the noun cannot be asked without it
    return stop


def _complement_trigger(tokens, i: int) -> str | None:
    low = tokens[i].lower
    if low in _COPULA:
        # "there were a number of workers who ...": the phrase is what the sentence is about
        return "copula" if i == 0 or tokens[i - 1].lower != "there" else None
    if low == "as" and i > 0 and _governs_as(tokens, _before_aside(tokens, i)):
        return "as"
    if low == "by" and i > 0 and _after_participle(tokens, i):
        return "agent"
    return None


def _after_participle(tokens, i: int) -> bool:
    """'carried by', 'carried out by': a passive's participle, with or without its particle."""
    k = i - 2 if tokens[i - 1].tag == "RP" else i - 1
    return k >= 0 and tokens[k].tag == "VBN"


def _governs_as(tokens, k: int) -> bool:
    return k >= 0 and tokens[k].is_word and tokens[k].tag not in {"RB", "JJ", "IN"}


#: Words of a short aside set off by commas: ', at best,', ', in effect,'.
_ASIDE_TAGS = {"RB", "RBS", "RBR", "IN", "JJS", "NN"}
MAX_ASIDE_WORDS = 3


def _before_aside(tokens, i: int) -> int:
    """The word before position i, past an aside between commas ('using the structure, at
    best, as a rubber stamp'): what the aside interrupts goes on after it."""
    if tokens[i - 1].text != ",":
        return i - 1
    k = i - 2
    while k >= 0 and tokens[k].text != "," and tokens[k].tag in _ASIDE_TAGS and i - 2 - k < MAX_ASIDE_WORDS:
        k -= 1
    if k < 1 or k == i - 2 or tokens[k].text != ",":
        return -1
    return k - 1


#: Words after which a noun phrase goes on: 'a reference to ...', 'the need for ...',
#: 'a country in which ...'; cut before them the phrase says nothing.
_PHRASE_GOES_ON = {"of", "to", "for", "in", "with", "on", "between", "—", "–"}
_RELATIVE_PRONOUNS = {"that", "which", "who", "whom", "whose", "where"}
#: How a relative clause without its pronoun ends: on its verb or the verb's particle.
_RELATIVE_CLAUSE_ENDS = _FINITE | {"VBN", "RP"}


def _complete_phrase(tokens, start: int, end: int) -> bool:
    """The phrase ends on a noun (or on the verb of a relative clause without its pronoun)
    and nothing it needs follows: no complement of its noun, no verb making it the subject
    of a clause ('comments Lenin made'). A relative clause may follow a noun that has words
    of its own ('the localized, volunteer detachments that elected ...'), not a bare or
    merely judged one ('a country in which ...', 'the great truth that ...')."""
    last = tokens[end - 1]
    if not (last.tag.startswith("NN") or last.tag == "CD" or last.tag in _RELATIVE_CLAUSE_ENDS and end - start > 3):
        return False
    if end >= len(tokens):
        return True
    following = tokens[end]
    if _possessor(tokens, end) or _list_goes_on(tokens, end):
        return False  # "the workers’ own ...", "soviets of workers, peasants and soldiers"
    if following.lower in _RELATIVE_PRONOUNS:
        if following.lower == "that" and not (end + 1 < len(tokens) and tokens[end + 1].tag in _FINITE):
            return False  # "the fact that, in the end, ...": what the noun says is in the clause
        own = [t for t in tokens[start:end] if t.is_word and t.tag not in {"DT", "PRP$"}]
        return sum(1 for t in own if t.lower not in _GENERIC_MODIFIERS) >= 2
    return following.lower not in _PHRASE_GOES_ON and following.tag not in _FINITE


def _possessor(tokens, end: int) -> bool:
    """'the workers’ own children': the phrase owns what follows. (An apostrophe inside a word,
    as in 'd’état', is a cut word, which the question's checks catch.)"""
    mark = tokens[end]
    return mark.text in _POSSESSIVE and (end + 1 >= len(tokens) or tokens[end + 1].start > mark.end)


def _list_goes_on(tokens, end: int) -> bool:
    """', peasants and soldiers' after a noun: the phrase is the first item of a list."""
    if end + 1 >= len(tokens) or tokens[end].text != "," or not tokens[end + 1].tag.startswith("NN"):
        return False
    return any(t.lower in {"and", "or"} for t in tokens[end + 2 : end + 5])


def _through_coordination(tokens, by_start: dict[int, int], end: int) -> int:
    """'the workers and the peasants', 'its general staff and officer corps': a phrase joined
    by 'and' to one more phrase of the same sort ends after it, unless a clause follows."""
    if end + 1 >= len(tokens) or tokens[end].lower != "and" or end + 1 not in by_start:
        return end
    second = by_start[end + 1]
    if second < len(tokens) and tokens[second].tag in _FINITE:
        return end  # "... the party and the state became ...": 'and' joins clauses
    return second


def definitions(sentence: AnnotatedSentence, lexicon: Lexicon) -> list[Fact]:
    tokens = sentence.tokens
    index = sentence.sentence.index
    out: list[Fact] = []
    starts = {c.start: c for c in sentence.chunks + sentence.entities}
    # "X was a Y": the subject is one phrase at the start of the sentence.
    for k, tok in enumerate(tokens[:8]):
        if tok.lower in _BE and k > 0 and k + 2 < len(tokens) and tokens[k + 1].tag in {"DT", "PRP$"}:
            subject = _phrase_covering(sentence, 0, k)
            if subject is None:
                break
            a, b = subject
            end = _trim_tail(tokens, k + 1, _clause_end(tokens, k + 1))
            # In an argument most "X is Y" sentences are claims, not definitions: only a
            # coined or quoted term, or a named body, event or work, is being defined.
            kind = _kind_of(sentence, a, b)
            named = any(e.start == a and e.end == b for e in sentence.entities) and kind not in (
                "date", "number", "person", "place"
            )
            termlike = named or _is_quoted(tokens, a, b) or (
                b - a == 1 and (tokens[a].lower.endswith(("ism", "ist", "ists")) or "-" in tokens[a].text)
            )
            termlike = termlike and end - (k + 1) <= 14
            if (
                termlike
                and end - (k + 1) >= 3
                and _noun_phrase_like(tokens, k + 1, end)
                and not any(t.lower in _PRONOUNS for t in tokens[a:b])
            ):
                detail = sentence.span_text(k + 1, end)
                text = sentence.span_text(a, b)
                out.append(Fact(index, a, b, text, _kind_of(sentence, a, b), "definition", 0.9, detail))
            break
    # "X, the Y," appositives: a name, or the sentence's opening noun phrase.
    for i, tok in enumerate(tokens):
        if tok.text != "," or i + 2 >= len(tokens) or tokens[i + 1].tag != "DT" or i + 1 not in starts:
            continue
        subject = next(((s.start, s.end) for s in sentence.entities if s.end == i), None)
        if subject is None:
            subject = next(((c.start, c.end) for c in sentence.chunks if c.end == i), None)
            if subject is not None:
                subject = _without_determiner(sentence, *subject)
        # Only the sentence's own subject: after a preposition the description may belong
        # to a larger phrase ("the attack on Kronstadt, an offensive of ...").
        if subject is None or subject[1] <= subject[0] or subject[0] > 1:
            continue
        if (subject[0] > 0 and tokens[subject[0] - 1].tag == "IN") or _kind_of(sentence, *subject) in ("date", "number"):
            continue
        end = i + 1
        while end < len(tokens) and tokens[end].text not in {",", ".", ";", ":", "—", "(", ")"} and end - i <= 16:
            end += 1
        if end >= len(tokens) or tokens[end].text not in {",", ".", ";"} or end - i - 1 < 3:
            continue
        a, b = subject
        if any(t.lower in _PRONOUNS for t in tokens[a:b]) or not _noun_phrase_like(tokens, i + 1, end):
            continue
        detail = sentence.span_text(i + 1, end)
        out.append(Fact(index, a, b, sentence.span_text(a, b), _kind_of(sentence, a, b), "definition", 0.85, detail))
    return out + meanings(sentence, lexicon) + foreign_terms(sentence, lexicon) + references(sentence)


#: "The term “commune-state” is a reference to ...": the nouns that name a word as a word.
_WORD_NOUNS = {"term", "word", "phrase", "expression", "name", "label", "slogan"}
_REFERS = (("is", "a", "reference", "to"), ("was", "a", "reference", "to"), ("refers", "to"),
           ("referred", "to"), ("is", "an", "allusion", "to"), ("was", "an", "allusion", "to"))
MAX_REFERENCE_WORDS = 14


def references(sentence: AnnotatedSentence) -> list[Fact]:
    """'The term “commune-state” is a reference to the quasi-state structure the rebels of
    Paris set up': the essay saying what one of its words refers to. The fact is the quoted
    word; what it refers to, cut at the clause's end, is the detail."""
    tokens = sentence.tokens
    if len(tokens) < 6 or tokens[0].lower != "the" or tokens[1].lower not in _WORD_NOUNS:
        return []
    close = next((k for k in range(3, min(len(tokens), 9)) if tokens[k].text in _CLOSING_MARKS), None)
    if close is None or tokens[2].text not in _OPENING_QUOTES:
        return []
    lowered = tuple(t.lower for t in tokens)
    verb = close + 1
    pattern = next((p for p in _REFERS if lowered[verb : verb + len(p)] == p), None)
    if pattern is None:
        return []
    start = verb + len(pattern)
    end = _trim_tail(tokens, start, _clause_end(tokens, start))
    while end > start and tokens[end - 1].tag in {"WRB"}:
        end -= 1
    if not 2 <= end - start <= MAX_REFERENCE_WORDS:
        return []
    if not (_noun_phrase_like(tokens, start, end) or _contact_relative(tokens, start, end)):
        return []
    detail = sentence.span_text(start, end)
    return [Fact(sentence.sentence.index, 3, close, sentence.span_text(3, close), "term", "reference", 0.9, detail)]


def _contact_relative(tokens, a: int, b: int) -> bool:
    """'the structure the rebels set up': a relative clause without its pronoun, its subject
    right after the noun it describes."""
    verb = next((i for i in range(a, b) if tokens[i].tag in _FINITE), None)
    return verb is not None and any(
        tokens[k].tag in ("DT", "PRP$") and tokens[k - 1].tag in ("NN", "NNS") for k in range(a + 1, verb)
    )


_CLOSING_MARKS = frozenset({"”", '"', "’", "''"})


#: Verbs by which the essay says what a word means: 'Upravleniye meant direct control'.
_MEANING_VERBS = {"meant", "means", "denoted", "denotes", "signified", "signifies"}
MAX_MEANING_TERM_WORDS = 3


def meanings(sentence: AnnotatedSentence, lexicon: Lexicon) -> list[Fact]:
    """'Samizdat meant ...': a word no English dictionary knows, or one in quotation marks,
    opening the sentence as the subject of 'meant' is the essay explaining its vocabulary."""
    tokens = sentence.tokens
    verb = next((k for k, t in enumerate(tokens[: MAX_MEANING_TERM_WORDS + 3]) if t.lower in _MEANING_VERBS), None)
    if verb is None or verb == 0:
        return []
    subject = _phrase_covering(sentence, 0, verb)
    if subject is None or subject[1] - subject[0] > MAX_MEANING_TERM_WORDS:
        return []
    a, b = subject
    if not (_is_quoted(tokens, a, b) or _foreign(tokens, a, b, lexicon)) or _names_someone(sentence, a, b):
        return []  # "Kautsky meant ...": what a person meant, not what a word means
    end = _trim_tail(tokens, verb + 1, _clause_end(tokens, verb + 1))
    if end - verb - 1 < 2 or not _noun_phrase_like(tokens, verb + 1, end):
        return []
    detail = sentence.span_text(verb + 1, end)
    return [Fact(sentence.sentence.index, a, b, sentence.span_text(a, b), "term", "definition", 0.9, detail)]


def _names_someone(sentence: AnnotatedSentence, a: int, b: int) -> bool:
    return any(e.start < b and a < e.end and e.kind in _NAMED_BEINGS for e in sentence.entities)


_NAMED_BEINGS = {"person", "organization", "place"}


def _foreign(tokens, a: int, b: int, lexicon: Lexicon) -> bool:
    """Words of another language set in an English sentence: no English word list knows the
    first of them."""
    first = tokens[a].text
    return first.isalpha() and not lexicon.is_word(first) and not any(t.lower in _PRONOUNS for t in tokens[a:b])


#: Nouns that introduce a word or phrase by name: 'their slogan, rabochi control, ...'.
_NAME_NOUNS = {"slogan", "term", "word", "phrase", "motto", "watchword", "expression", "label", "name"}
MAX_FOREIGN_TERM_WORDS = 3


def _lower_case_word(text: str) -> bool:
    return text.isalpha() and text.islower()


def foreign_terms(sentence: AnnotatedSentence, lexicon: Lexicon) -> list[Fact]:
    """'Their slogan, rabochi control, did not mean ...': a foreign word or phrase set between
    commas after the noun that calls it a slogan or a term is the term a student learns."""
    tokens = sentence.tokens
    out = []
    for chunk in sentence.chunks:
        a = chunk.end + 1
        if chunk.end >= len(tokens) or tokens[chunk.end].text != ",":
            continue
        if lexicon.lemma(tokens[chunk.end - 1].lower) not in _NAME_NOUNS:
            continue
        b = a
        while b < len(tokens) and b - a < MAX_FOREIGN_TERM_WORDS and _lower_case_word(tokens[b].text):
            b += 1
        if b == a or b >= len(tokens) or tokens[b].text != "," or not _foreign(tokens, a, b, lexicon):
            continue
        text = sentence.span_text(a, b)
        out.append(Fact(sentence.sentence.index, a, b, text, "term", "complement", KIND_WEIGHT["term"]))
    return out


#: Where an appositive description ends.
_APPOSITIVE_ENDS = {",", ";", ":", ".", ")", "(", "—", "–", "?", "!"}
_DESCRIPTION_STARTS = {"DT", "JJ", "JJR", "JJS", "NN", "NNS", "CD"}
MAX_TERM_WORDS = 5
MAX_DESCRIPTION_WORDS = 16


def quoted_term_appositives(sentence: AnnotatedSentence) -> list[Fact]:
    """'Many formed “Green Armies,” localized peasant detachments that ...': a term the writer
    sets in quotation marks and explains at once in an appositive is the essay defining its
    own vocabulary. The description runs to the next comma or stop and must read as a noun
    phrase ('“Peace,” Lenin said' describes nothing)."""
    tokens = sentence.tokens
    out = []
    for qa, qb in _quote_spans(tokens):
        a, b = qa, qb
        comma_inside = b > a and tokens[b - 1].text == ","
        if comma_inside:
            b -= 1
        words = [t for t in tokens[a:b] if t.is_word]
        if not 1 <= len(words) <= MAX_TERM_WORDS or any(t.tag in _FINITE or t.text in {",", ";", ":"} for t in tokens[a:b]):
            continue
        start = qb + 1
        if not comma_inside:
            if start >= len(tokens) or tokens[start].text != ",":
                continue
            start += 1
        end = _appositive_end(tokens, start)
        if end is None or _object_of_preposition(tokens, qa - 1) or not _describes(tokens, start, end):
            continue
        out.append(Fact(sentence.sentence.index, a, b, sentence.span_text(a, b), "term", "definition", 0.9,
                        sentence.span_text(start, end)))
    return out


def _appositive_end(tokens, start: int) -> int | None:
    end = start
    while end < len(tokens) and tokens[end].text not in _APPOSITIVE_ENDS:
        if tokens[end].text in {"“", "”"}:
            return None  # another quoted phrase: a list of them, not a description
        end += 1
    words = sum(1 for t in tokens[start:end] if t.is_word)
    if end + 1 < len(tokens) and tokens[end].text == "," and tokens[end + 1].tag in {"DT", "JJ", "NN", "NNS", "PRP$"}:
        return None  # ", impoverished visions of socialism, the privileged position of ...": a list goes on
    return end if 2 <= words <= MAX_DESCRIPTION_WORDS else None


def _describes(tokens, start: int, end: int) -> bool:
    """A noun phrase, not a clause: it opens like one ('localized peasant detachments' may be
    tagged as a verb form), names a thing before any relative clause, and has no verb of its
    own outside that clause."""
    first = tokens[start]
    if first.tag in {"VBD", "VBN"} and first.lower.endswith("ed") and start + 1 < end and tokens[start + 1].tag in {"JJ", "NN", "NNS"}:
        start += 1  # a participle used as an adjective
    elif first.tag not in _DESCRIPTION_STARTS or first.lower in _PRONOUNS:
        return False
    head = next((i for i in range(start, end) if tokens[i].lower in _RELATIVE), end)
    return any(t.tag.startswith("NN") for t in tokens[start:head]) and _noun_phrase_like(tokens, start, end)


def _object_of_preposition(tokens, quote_open: int) -> bool:
    """'through the “strictest accounting”, all economic activity': a quoted phrase inside a
    prepositional phrase, or one item of a list, is followed by more of the sentence, not by
    its description."""
    k = quote_open - 1
    while k >= 0 and tokens[k].tag in {"DT", "JJ", "PRP$"}:
        k -= 1
    return k >= 0 and (tokens[k].tag in {"IN", "TO"} or tokens[k].text == ",")


def description_head(description: str) -> str:
    """The description without its relative clause: what a student can write down."""
    return re.split(r"\s+(?:that|which|who|whom|whose|where|when)\s", description, maxsplit=1)[0]


_RELATIVE = {"who", "which", "that", "whom", "whose", "where", "when"}


def _noun_phrase_like(tokens, a: int, b: int) -> bool:
    """A description, not a clause: no finite verb except inside a relative clause."""
    for i in range(a, b):
        if tokens[i].lower in _RELATIVE:
            return True
        if tokens[i].tag in _FINITE:
            return False
    return True


_OPENING_QUOTES = frozenset({"“", '"', "‘"})


def _is_quoted(tokens, a: int, b: int) -> bool:
    return opens_quotation(tokens, a) and b < len(tokens) and tokens[b].text in {"”", '"', "’"}


def opens_quotation(tokens, start: int) -> bool:
    """Whether the words from `start` are set in quotation marks: the essay's own term."""
    return start > 0 and tokens[start - 1].text in _OPENING_QUOTES


_NAMING_VERBS = (("known", "as"), ("referred", "to", "as"), ("called",), ("termed",), ("dubbed",))


def namings(sentence: AnnotatedSentence) -> list[Fact]:
    """'The reformist faction were known as the “Mensheviks”': the quoted name is the
    answer, the sentence's subject is what it names."""
    tokens = sentence.tokens
    index = sentence.sentence.index
    out = []
    for k, tok in enumerate(tokens):
        if k == 0:
            continue
        # "X were known as “Y”", or without the copula: "The faction known as “Y” argued ..."
        reduced = tok.lower in {"known", "referred", "called", "termed", "dubbed"} and tokens[k - 1].lower not in _BE
        if tok.lower not in _BE and not reduced:
            continue
        for verb in _NAMING_VERBS:
            offset = 0 if reduced else 1
            words = [t.lower for t in tokens[k + offset : k + offset + len(verb)]]
            if words != list(verb):
                continue
            q = k + offset + len(verb)
            if q < len(tokens) and tokens[q].lower == "the":
                q += 1
            if q >= len(tokens) or tokens[q].text not in {"“", '"'}:
                continue
            close = next((j for j in range(q + 1, min(len(tokens), q + 8)) if tokens[j].text in {"”", '"'}), None)
            if close is None or close == q + 1:
                continue
            end = close - 1 if tokens[close - 1].text in {",", "."} else close
            subject = sentence.text[: tokens[k - 1].end]
            first = tokens[0]
            if first.lower in _PRONOUNS or first.tag in {"PRP", "IN", "RB"} or not 2 <= k <= 10:
                continue
            if first.lower == "the":
                subject = "the" + subject[3:]
            if reduced:
                if not any(c.start == 0 and c.end == k for c in sentence.chunks) or k < 3:
                    continue
                be = "were" if tokens[k - 1].tag in {"NNS", "NNPS"} else "was"
                relation = " ".join([be] + list(verb))
            else:
                relation = " ".join([tok.lower] + [t.text for t in tokens[k + 1 : k + 1 + len(verb)]])
            text = sentence.span_text(q + 1, end)
            out.append(Fact(index, q + 1, end, text, "term", "naming", 0.9, subject, relation))
    return out


def _kind_of(sentence: AnnotatedSentence, a: int, b: int) -> str:
    """The entity kind of the span [a, b) when it is a named thing, else 'term'."""
    for span in sentence.entities:
        if span.start == a and span.end == b and span.kind not in ("", "name"):
            return span.kind
    return "term"


def _phrase_covering(sentence: AnnotatedSentence, a: int, b: int) -> tuple[int, int] | None:
    """The subject phrase [a, b) when it is a single noun phrase, name or quoted term."""
    tokens = sentence.tokens
    while a < b and tokens[a].text in {"“", '"', "‘"}:
        a += 1
    while b > a and tokens[b - 1].text in {"”", '"', "’", ","}:
        b -= 1
    for span in sentence.chunks + sentence.entities:
        if span.start <= a + 1 and span.end == b and span.start >= a:
            return _without_determiner(sentence, span.start, span.end)
    if a + 2 < b and tokens[a].lower == "the" and tokens[a + 1].lower == "term":
        return _phrase_covering(sentence, a + 2, b)
    return None


def _trim_tail(tokens, start: int, end: int) -> int:
    """Drop words that only lead into what was cut off ('... set up when')."""
    while end > start and tokens[end - 1].tag in {"IN", "WRB", "WDT", "WP", "CC", "DT", "TO", ",", "PRP$"}:
        end -= 1
    return end


def _clause_end(tokens, k: int) -> int:
    j = k
    while j < len(tokens) and tokens[j].text not in {";", ".", ":", "?", "!", "(", "—", "–"}:
        if tokens[j].text == "," and j + 1 < len(tokens) and tokens[j + 1].tag in {"WDT", "WP", "CC", "IN"}:
            break
        j += 1
    return j


def quotations(sentence: AnnotatedSentence) -> list[Fact]:
    """Quotations with a named speaker in the same sentence ("Lenin wrote: “...”")."""
    tokens = sentence.tokens
    index = sentence.sentence.index
    people = [e for e in sentence.entities if e.kind == "person"]
    if not people:
        return []
    out = []
    for qa, qb in _quote_spans(tokens):
        words = sum(1 for t in tokens[qa:qb] if t.is_word)
        if not 5 <= words <= 45:
            continue
        speaker = _speaker(tokens, people, qa, qb)
        if speaker is None:
            continue
        quote = sentence.span_text(qa, qb).strip(" ,")
        out.append(Fact(index, speaker.start, speaker.end, speaker.text, "person", "quote", 0.9, quote))
    return out


def reported_quotations(sentence: AnnotatedSentence) -> list[Fact]:
    """'Leval quotes him as saying: ‘We are obliged to lie ...’': a quotation inside a
    quotation, and the one named as reporting it (the subject of the verb of quoting)."""
    tokens = sentence.tokens
    out = []
    for qa, qb in _inner_quote_spans(tokens):
        if not 5 <= sum(1 for t in tokens[qa:qb] if t.is_word) <= 45:
            continue
        verb = next((v for v in range(qa - 2, max(-1, qa - 8), -1)
                     if tokens[v].lower in _QUOTING_VERBS or tokens[v].lower in SAYING_VERBS), None)
        if verb is None:
            continue
        while verb > 0 and tokens[verb - 1].lower in _QUOTING_VERBS | set(SAYING_VERBS):
            verb -= 1  # "quotes him as saying": the first verb has the subject
        start = verb
        while start > 0 and _name_word(tokens[start - 1]):
            start -= 1
        if start == verb:
            continue
        relation = "quoted" if tokens[verb].lower in _QUOTING_VERBS else SAYING_VERBS[tokens[verb].lower]
        quote = sentence.span_text(qa, qb).strip(" ,")
        out.append(Fact(sentence.sentence.index, start, verb, sentence.span_text(start, verb), "person", "quote",
                        0.9, quote, relation))
    return out


def _name_word(token) -> bool:
    return token.text[:1].isupper() and token.text.isalpha() and token.lower not in _PRONOUNS and token.tag not in {
        "DT", "IN", "CC", "PRP", "PRP$", "WP", "WDT", "RB"}


def _inner_quote_spans(tokens) -> list[tuple[int, int]]:
    """‘...’ opened after a colon or comma and closed where the outer quotation closes: the
    closing mark is then no apostrophe."""
    spans = []
    for i, tok in enumerate(tokens):
        if tok.text != "‘" or i == 0 or tokens[i - 1].text not in {":", ","}:
            continue
        close = next((j for j in range(i + 1, len(tokens)) if tokens[j].text == "’"), None)
        if close is not None and (close + 1 == len(tokens) or tokens[close + 1].text in {"”", '"'}):
            spans.append((i + 1, close))
    return spans


_SPEAKING_PRONOUNS = {"he", "she"}
MAX_INTRODUCTION_WORDS = 16
#: An introduction naming its speaker as the subject may run longer: the subject is the one who speaks.
MAX_SUBJECT_INTRODUCTION_WORDS = 30
#: How an introduction's verb reads in "Who ...: “...”?" and "X ...: “...”".
SAYING_VERBS = {
    "wrote": "wrote", "writes": "wrote", "write": "wrote", "said": "said", "says": "said",
    "declared": "declared", "declares": "declared", "argued": "argued", "argues": "argued",
    "insisted": "insisted", "insists": "insisted", "admitted": "admitted", "claimed": "claimed",
    "claims": "claimed", "warned": "warned", "proclaimed": "proclaimed", "stated": "stated",
    "noted": "noted", "observed": "observed", "remarked": "remarked", "told": "said",
    "put": "wrote", "puts": "wrote", "explained": "explained", "concluded": "concluded",
}
#: "Borghi’s summary of ...:", "the account of Gaston Leval ...:": the quotation is the words of
#: whoever the report belongs to, whoever else the introduction names.
#: ("recounted": what a report gives may be another's words, told by the report's writer.)
_REPORT_NOUNS = {
    "account": "recounted", "accounts": "recounted", "summary": "recounted", "report": "recounted",
    "description": "recounted", "recollection": "recounted", "recollections": "recounted",
    "memoir": "recounted", "memoirs": "recounted", "letter": "wrote", "diary": "wrote", "words": "wrote",
    "speech": "said", "remarks": "said",
    "testimony": "said", "reply": "wrote", "answer": "wrote", "response": "wrote",
}
#: Words of an introduction that set the quotation at a spoken occasion: its speaker said it.
_SPOKEN = {"congress", "conference", "meeting", "speech", "speaking", "spoke", "session", "debate",
           "interview", "conversation", "rally", "address", "addressed"}
#: "Leval quotes him as saying: ‘...’": the one who reports another's words.
_QUOTING_VERBS = {"quotes", "quoted", "cites", "cited", "reports", "reported", "recalls", "recalled"}
_OWNER_MARKS = {"’s", "'s", "’", "'"}
_DASH_ATTRIBUTION = re.compile(r"^[-–—―]\s?([A-Z][\w.’'-]*(?:\s[A-Z][\w.’'-]*)*)")


def introduced_speaker(sentences: Sequence[AnnotatedSentence], index: int) -> tuple[str, str] | None:
    """A sentence that is all quotation, set off after 'Here is how Victor Serge put it:', 'In
    the words of Geoffrey Swain:' or 'Here is Borghi’s summary of what Serge said:': its speaker
    is the owner of the report the introduction names, else the one person it names, with the
    introduction's verb of saying ('said' at a spoken occasion, else 'wrote', when it has none)."""
    if index == 0 or not is_all_quotation(sentences[index].text):
        return None
    before = sentences[index - 1]
    if not before.text.rstrip().endswith(":"):
        return None
    return _report_owner(before) or _sole_speaker(before)


def _report_owner(before: AnnotatedSentence) -> tuple[str, str] | None:
    tokens = before.tokens
    reports = [k for k, t in enumerate(tokens) if t.lower in _REPORT_NOUNS and t.tag.startswith("NN")]
    if len(reports) != 1:
        return None  # "Lenin’s reply to Martov’s letter": which of them is quoted is not certain
    k = reports[0]
    for person in (e for e in before.entities if e.kind == "person"):
        owns = person.end < k and tokens[person.end].text in _OWNER_MARKS and all(
            t.tag.startswith("JJ") for t in tokens[person.end + 1 : k])
        # "the account of the anarchist Gaston Leval": only a description between
        named_after = person.start > k + 1 and tokens[k + 1].lower == "of" and all(
            t.tag in {"DT", "JJ", "NN"} for t in tokens[k + 2 : person.start])
        if owns or named_after:
            return person.text, _REPORT_NOUNS[tokens[k].lower]
    return None


def _sole_speaker(before: AnnotatedSentence) -> tuple[str, str] | None:
    people = [e for e in before.entities if e.kind == "person"]
    full = max(people, key=lambda e: len(e.text), default=None)
    if full is None or any(not full.text.endswith(p.text.split()[-1]) for p in people):
        return None  # nobody, or more than one person: whose words they are is not certain
    tokens = before.tokens
    if any(t.lower in _QUOTING_VERBS | {"quoting", "citing"} for t in tokens):
        return None  # "Engels’ description of the State as quoted by Lenin:": the words are another's
    words = len(before.text.split())
    # "During the Congress, ..., Lenin had the opportunity to clarify his position:" names the
    # one who speaks as its subject; a claim about him ("Serge admitted that ...:") may be
    # followed by another's words that bear it out
    as_subject = full.end < len(tokens) and tokens[full.end].tag in _FINITE and not any(
        t.lower == "that" for t in tokens[full.end :])
    if words > (MAX_SUBJECT_INTRODUCTION_WORDS if as_subject else MAX_INTRODUCTION_WORDS):
        return None  # a long sentence may name others than the one it quotes
    return full.text, _verb_of(tokens)


def _verb_of(tokens) -> str:
    said = next((SAYING_VERBS[t.lower] for t in tokens if t.lower in SAYING_VERBS), None)
    if said:
        return said
    return "said" if any(t.lower in _SPOKEN for t in tokens) else "wrote"


def is_all_quotation(text: str) -> bool:
    """The sentence is one quotation from its first character to its last (it may run on
    into the next sentence)."""
    text = text.strip()
    if not text.startswith("“"):
        return False
    inner = text[1:].rstrip(".")
    if inner.endswith("”"):
        inner = inner[:-1]
    return inner.count("“") == inner.count("”") and inner.find("”") >= inner.find("“")


def quotation_speakers(
    sentences: Sequence[AnnotatedSentence], runs_on: frozenset[int] = frozenset(),
    attributions: dict[int, tuple[str, str]] | None = None,
) -> tuple[tuple[str, str] | None, ...]:
    """For each sentence of a quotation set off from the essay's own words, (speaker, verb):
    the first sentence is named by its introduction, or by the claim it bears out ("He
    insisted that ... “...”"); the ones after it go on until the quotation closes, into the
    next paragraph when the paragraph before left it open (`runs_on`: a quotation over
    several paragraphs opens each of them and closes only the last). `attributions`: the
    speaker an attribution line under a paragraph names ("-Lenin speaking at ...")."""
    out: list[tuple[str, str] | None] = []
    for i, sentence in enumerate(sentences):
        found = introduced_speaker(sentences, i) or _going_on(sentences, out, i, runs_on)
        out.append(found or _borne_out(sentences, i))
    for paragraph, speaker in (attributions or {}).items():
        _attribute_paragraph(sentences, out, paragraph, speaker)
    return tuple(out)


def _going_on(sentences, out, i: int, runs_on: frozenset[int]) -> tuple[str, str] | None:
    if not i or not out[i - 1]:
        return None
    before, text = sentences[i - 1], sentences[i].text
    paragraph = sentences[i].sentence.paragraph
    if paragraph != before.sentence.paragraph:
        left_open = paragraph == before.sentence.paragraph + 1 and before.sentence.paragraph in runs_on
        return out[i - 1] if left_open and is_all_quotation(text) else None
    runs_on_here = before.text.count("“") > before.text.count("”") and "“" not in text
    # each sentence of a long quotation may carry its own marks: “...” “...”
    requoted = is_all_quotation(text) and is_all_quotation(before.text)
    return out[i - 1] if runs_on_here or requoted else None


def _borne_out(sentences, i: int) -> tuple[str, str] | None:
    """'However, he insisted that these measures were necessary. “The success of ...”': a
    quotation standing in the paragraph right after a claim someone made is their words, when
    the paragraph so far names only that one person."""
    if not i or not is_all_quotation(sentences[i].text):
        return None
    before = sentences[i - 1]
    if before.sentence.paragraph != sentences[i].sentence.paragraph or "“" in before.text:
        return None
    if not before.text.rstrip().endswith("."):
        return None  # an introduction ending in a colon names its speaker itself, or nobody
    tokens = before.tokens
    # the claim is the sentence's own: its first verb is the one of saying
    verb = next((k for k, t in enumerate(tokens) if t.tag in _FINITE), None)
    if verb is None or tokens[verb].lower not in SAYING_VERBS:
        return None
    subject = verb - 1
    while subject > 0 and tokens[subject].tag in {"RB", "RBR"}:
        subject -= 1
    people = _paragraph_people(sentences, i)
    if len(people) != 1:
        return None
    full = people[0]
    said_by = tokens[subject].lower in _SPEAKING_PRONOUNS or any(
        e.kind == "person" and e.end == subject + 1 and full.endswith(e.text.split()[-1]) for e in before.entities)
    return (full, SAYING_VERBS[tokens[verb].lower]) if said_by else None


def _paragraph_people(sentences, i: int) -> list[str]:
    """The people the paragraph names before sentence i, one full name each."""
    paragraph = sentences[i].sentence.paragraph
    earlier = [s for s in sentences[:i] if s.sentence.paragraph == paragraph]
    names = [e.text for s in earlier for e in s.entities if e.kind == "person"]
    by_surname: dict[str, str] = {}
    for name in names:
        surname = name.split()[-1]
        if len(name) > len(by_surname.get(surname, "")):
            by_surname[surname] = name
    return list(by_surname.values())


def _attribute_paragraph(sentences, out: list, paragraph: int, speaker: tuple[str, str]) -> None:
    """A paragraph that is all quotation, with an attribution line under it: every sentence
    is the attributed speaker's, unless an introduction already named someone."""
    members = [i for i, s in enumerate(sentences) if s.sentence.paragraph == paragraph]
    if members and all(is_all_quotation(sentences[i].text) and out[i] is None for i in members):
        for i in members:
            out[i] = speaker


def attribution_line(text: str, people: set[str]) -> tuple[str, str] | None:
    """'-Lenin speaking at the Eleventh Congress in 1922' under a quotation: the person it
    names, when the essay knows them as a person, with 'said' for a spoken occasion."""
    match = _DASH_ATTRIBUTION.match(text.strip())
    if not match:
        return None
    words = match.group(1).rstrip(",").split()
    # "-V.I. Lenin Speaking ...", "-Lenin Collected Works": the longest run of capitals that is a person
    name = next((" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in people), None)
    if name is None:
        return None
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    return name, "said" if words & _SPOKEN else "wrote"


def attribution_lines(paragraph_lines: Sequence[int], set_aside: Sequence[tuple[str, str, int]],
                      people: set[str]) -> dict[int, tuple[str, str]]:
    """The speakers attribution lines set aside under paragraphs name, by paragraph
    (`set_aside` as (kind, text, line); `paragraph_lines`, the line each paragraph starts on)."""
    attributions: dict[int, tuple[str, str]] = {}
    for kind, text, line in set_aside:
        speaker = attribution_line(text, people) if kind == "citation" else None
        # the paragraph starting nearest above it: pages put back in order may leave the
        # paragraphs' lines out of order
        above = [(first, p) for p, first in enumerate(paragraph_lines) if 0 < first < line]
        if speaker and above:
            attributions[max(above)[1]] = speaker
    return attributions


def pronoun_quotations(sentence: AnnotatedSentence) -> list[tuple[int, str]]:
    """Quotations whose speaker is a pronoun ("he wrote: “...”", "“...,” she said"): the
    pronoun's token and the quotation. Who it is, the sentence before tells."""
    tokens = sentence.tokens
    out = []
    for qa, qb in _quote_spans(tokens):
        if not 5 <= sum(1 for t in tokens[qa:qb] if t.is_word) <= 45:
            continue
        for p, tok in enumerate(tokens):
            if tok.lower not in _SPEAKING_PRONOUNS or qa <= p < qb:
                continue
            before = p < qa and any(t.lower in SAYING for t in tokens[p + 1 : min(qa, p + 4)]) and qa - p <= 5
            after = p > qb and p - qb <= 3 and any(t.lower in SAYING for t in tokens[p + 1 : p + 3])
            if before or after:
                out.append((p, sentence.span_text(qa, qb).strip(" ,")))
                break
    return out


def _quote_spans(tokens) -> list[tuple[int, int]]:
    spans = []
    i = 0
    while i < len(tokens):
        if tokens[i].text == "“":
            j = i + 1
            while j < len(tokens) and tokens[j].text != "”":
                j += 1
            if j < len(tokens):
                spans.append((i + 1, j))
            i = j + 1
        else:
            i += 1
    return spans


def _speaker(tokens, people: Sequence[Span], qa: int, qb: int) -> Span | None:
    saying = [i for i, t in enumerate(tokens) if t.lower in SAYING and not (qa <= i < qb)]
    for person in people:
        if qa <= person.start < qb or _in_side_clause(tokens, person.start) or _in_parentheses(tokens, person.start):
            continue  # "X, who admired Lenin, wrote": the speaker is X
        described = person.end + 1 < len(tokens) and tokens[person.end].text == "," and tokens[person.end + 1].tag in {"WP", "WDT"}
        # the person is the subject of a saying verb, with the verb between them and the quote
        for v in saying:
            before_quote = person.end <= v < qa and (v - person.end <= 4 or described)
            after_quote = v >= qb and (abs(person.start - v) <= 2)
            if before_quote or after_quote:
                return person
        if person.start >= 2 and tokens[person.start - 1].lower == "to" and tokens[person.start - 2].lower == "according":
            return person
        if person.start >= 1 and tokens[person.start - 1].lower == "as" and person.end < qa:
            return person
    return None


_ARTICLES = ("the", "a", "an")
_APPROXIMATORS = ("over", "about", "around", "nearly", "almost", "some", "roughly", "more than", "less than",
                  "fewer than", "at least", "up to", "approximately")
_NUMBER_WORDS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
                 "fifteen sixteen seventeen eighteen nineteen twenty").split()
_TENS = {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
         "hundred": 100}


def answer_forms(answer: str, kind: str, original: str = "") -> tuple[str, ...]:
    """Other forms of a typed answer a teacher would mark right, and a student may type: the
    phrase with or without its article (or the "as" that introduced it), a person's surname, a
    figure without "over" or "about", and numerals for number words and back."""
    forms: list[str] = []
    if original and original != answer and original.split()[0].lower() not in ("in", "on", "at", "by", "from"):
        forms.append(original)
    words = answer.split()
    bare = answer
    if len(words) > 1 and words[0].lower() == "as":
        bare = " ".join(words[1:])
        forms.append(bare)
    bare_words = bare.split()
    if len(bare_words) > 1 and bare_words[0].lower() in _ARTICLES:
        forms.append(" ".join(bare_words[1:]))
    elif kind in ("organization", "event", "term", "place", "work") and _is_title_cased_name(bare_words):
        forms.append("the " + bare)
    if kind == "person" and len(words) > 1 and "," not in answer and " and " not in answer:
        forms.append(words[-1])
    if kind == "number":
        forms += _number_forms(answer)
    seen = {answer.lower()}
    out = []
    for form in forms:
        if form and form.lower() not in seen:
            seen.add(form.lower())
            out.append(form)
    return tuple(out)


def _is_title_cased_name(words: list[str]) -> bool:
    """"Red Terror" takes an article; a phrase capitalised only because it opened its
    sentence ("Direct workers' control") or a possessive ("Lenin's conception") does not."""
    if len(words) < 2 or words[0].endswith(("’s", "'s", "’", "'")):
        return False
    return all(w[:1].isupper() for w in words if w.lower() not in ("of", "and", "the", "de", "for"))


def _number_forms(answer: str) -> list[str]:
    forms = []
    text = answer
    for approximator in _APPROXIMATORS:
        if text.lower().startswith(approximator + " "):
            text = text[len(approximator) + 1 :]
            forms.append(text)
            break
    if re.fullmatch(r"\d{1,3}(,\d{3})+", text):
        forms.append(text.replace(",", ""))
    percent = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(?:%|percent|per cent)", text)
    if percent:
        forms += [percent.group(1) + "%", percent.group(1) + " percent"]
    first, _, rest = text.partition(" ")
    value = _word_value(first.lower())
    if value is not None:
        forms.append(" ".join(filter(None, [str(value), rest])))
    elif first.isdigit() and int(first) < len(_NUMBER_WORDS):
        forms.append(" ".join(filter(None, [_NUMBER_WORDS[int(first)], rest])))
    return forms


def _word_value(word: str) -> int | None:
    if word in _NUMBER_WORDS:
        return _NUMBER_WORDS.index(word)
    return _TENS.get(word)


_OPENERS = {"IN", "RB", "VBG", "VBN", "TO", "WRB", "CD"}
_CLAUSE_OPENERS = {"WDT", "WP", "WP$", "WRB", "VBG", "VBN"}
GIVEN = 0.85  # the main clause's subject: usually what the sentence is about, not what it tells
CIRCUMSTANCE = 0.7  # how much less a detail of the circumstances counts than the main clause's own parts


def answer_role(sentence: AnnotatedSentence, start: int, end: int) -> float:
    """1.0 when tokens [start, end) belong to the main clause (its subject, object or
    complement); less when they sit in the circumstances around it: an opening phrase
    ("In 1917, ..."), a parenthesis, or a relative or participial clause set off by a comma.
    A teacher asks first about what the sentence says, then about where and when."""
    tokens = sentence.tokens
    if _in_parentheses(tokens, start) or _in_side_clause(tokens, start):
        return CIRCUMSTANCE
    if _in_opening_phrase(tokens, start, end):
        # "In 1917, ..." sets the scene; "At the Congress of Soviets, ..." may be the point.
        return CIRCUMSTANCE if tokens[start].tag == "CD" or _is_date_like(tokens, start, end) else GIVEN
    if _before_main_verb(tokens, end):
        return GIVEN
    return 1.0


def _is_date_like(tokens, start: int, end: int) -> bool:
    return any(t.tag == "CD" for t in tokens[start:end]) or tokens[start].text in _MONTHS


_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"}


def _before_main_verb(tokens, end: int) -> bool:
    """The subject usually names what the reader already knows; what the sentence tells about
    it, the new information a question should ask for, comes after the verb."""
    return not any(t.tag in _FINITE for t in tokens[:end]) and any(t.tag in _FINITE for t in tokens[end:])


def _in_parentheses(tokens, start: int) -> bool:
    depth = 0
    for t in tokens[:start]:
        depth += (t.text == "(") - (t.text == ")")
    return depth > 0


def _in_opening_phrase(tokens, start: int, end: int) -> bool:
    if not tokens or tokens[0].tag not in _OPENERS and tokens[0].lower not in {"when", "after", "before", "during", "although", "while", "since", "despite"}:
        return False
    comma = next((i for i, t in enumerate(tokens[:16]) if t.text == ","), None)
    return comma is not None and end <= comma


def _in_side_clause(tokens, start: int) -> bool:
    """After ", which ..." or ", killing ..." and before the comma that closes it."""
    for i in range(start - 1, 0, -1):
        t = tokens[i]
        if t.text in {";", ":", "—", "–", ")"}:
            return False
        if t.text == "," :
            return i + 1 < len(tokens) and tokens[i + 1].tag in _CLAUSE_OPENERS and i + 1 < start
    return False


_WORK_CUES = {"pamphlet", "book", "article", "essay", "treatise", "theses", "manifesto", "report", "speech",
              "novel", "poem", "letter", "work", "wrote", "writes", "entitled", "titled", "published", "memoir",
              "memoirs", "study", "brochure"}
_TITLE_LINKS = {"and", "of", "to", "the", "a", "an", "in", "on", "is", "be", "for", "or"}


def works(sentence: AnnotatedSentence) -> list[Fact]:
    """Titles after a word that announces a work ("his pamphlet, “What Is To Be Done?”", "the
    book The State and Revolution"), whatever the words of the title are."""
    tokens = sentence.tokens
    index = sentence.sentence.index
    out = []
    for k, tok in enumerate(tokens):
        if tok.lower not in _WORK_CUES:
            continue
        a = k + 1
        while a < len(tokens) and tokens[a].text in {",", ":"}:
            a += 1
        quoted = a < len(tokens) and tokens[a].text == "“"
        start = a + 1 if quoted else a
        b = _title_end(tokens, start, quoted)
        if b is None:
            continue
        out.append(Fact(index, start, b, sentence.span_text(start, b), "work", "entity", KIND_WEIGHT["work"]))
    return out


def _title_end(tokens, a: int, quoted: bool) -> int | None:
    """End of a title-case run from a: within quotes up to the closing mark, else capitalised
    words joined by short function words ("The State and Revolution")."""
    if a >= len(tokens) or not tokens[a].text[:1].isupper():
        return None
    if quoted:
        close = next((j for j in range(a, min(len(tokens), a + 14)) if tokens[j].text == "”"), None)
        if close is None:
            return None
        b = close
        while b > a and tokens[b - 1].text in {",", "."}:
            b -= 1
        words = [t for t in tokens[a:b] if t.is_word and t.lower not in _TITLE_LINKS]
        return b if words and all(t.text[:1].isupper() for t in words) else None
    b = a
    while b < len(tokens) and b - a < 8 and (tokens[b].text[:1].isupper() or tokens[b].lower in _TITLE_LINKS):
        b += 1
    while b > a and not tokens[b - 1].text[:1].isupper():
        b -= 1
    has_link = any(t.lower in {"and", "of", "to"} for t in tokens[a:b])
    return b if b - a >= 3 and has_link else None

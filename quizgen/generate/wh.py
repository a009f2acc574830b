"""Wh-questions made by transforming a sentence around one of its phrases, the answer.

"Lenin returned to Russia in April 1917." with the answer "April 1917" becomes "When did Lenin
return to Russia?": the answer's phrase is removed, a wh-phrase takes the front, and the subject
and verb are inverted (with do-support and the verb's tense kept). The transformation refuses
(returns None) whenever the sentence's shape is not one it can rebuild with confidence: the
generator produces many candidates and keeps only good ones, so a wrong question costs more than
a missing one.
"""

from __future__ import annotations

import dataclasses
import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from quizgen.generate.grammar import (
    BE_FORMS,
    BRACKETS,
    CLOSING_QUOTES,
    HARD_BREAKS,
    MONTHS,
    NEGATIONS,
    NOUN_TAGS,
    OPENING_QUOTES,
    PLURAL_NOUN_TAGS,
    PROPER_NOUN_TAGS,
    QUOTES,
    RELATIVE_TAGS,
    RIGHT_SINGLE_QUOTE,
    SENTENCE_ENDS,
    Clause,
    Token,
    base_form,
    detokenize,
    do_support,
    is_finite,
    is_year,
    parse_clause,
    quote_depths,
    singular_agreement,
)
from quizgen.nlp.lexicon import Lexicon

ANSWER_KINDS = frozenset({"person", "organization", "place", "date", "number", "event", "work", "term", "phrase"})
MAX_SENTENCE_WORDS = 40
MIN_QUESTION_WORDS = 3
MIN_WORDS_WITHOUT_ASIDE = 5
MAX_QUOTED_ANSWER_WORDS = 8
# "When didn't the Bolsheviks control the party?" asks for the time of something that did not happen.
CIRCUMSTANTIAL_WH = frozenset({"when", "where", "by when", "until when", "how many"})

ARTICLES = frozenset({"the", "a", "an"})
POSSESSIVE_DETERMINERS = frozenset({"the", "his", "her", "their", "its"})
DEMONSTRATIVES = frozenset({"this", "these", "those", "that", "such"})
# What a possessive needs before it in the question to have something to refer to.
POSSESSIVE_ANTECEDENTS = {"their": {"plural"}, "his": {"person"}, "her": {"person"}, "its": {"singular"}}
#: Pronouns that can only mean a word of their own question when one that agrees came before:
#: reflexives always do; 'they' and 'he' after a plural or a person in the same question.
PRONOUN_ANTECEDENTS = {
    "themselves": {"plural"}, "himself": {"person"}, "herself": {"person"}, "itself": {"singular"},
    "they": {"plural"}, "them": {"plural"}, "he": {"person"}, "him": {"person"},
}
CONTEXT_WORDS = frozenset({"here", "former", "latter", "aforementioned", "above", "another"})
FUNCTION_TAGS = frozenset({"PRP", "PRP$", "DT", "PDT", "EX", "IN", "CC", "TO", "RB", "MD", "WDT", "WP", "WRB"})

# Prepositions whose phrase a when- or where-question replaces as a whole.
WHEN_PREPOSITIONS = {"in": "When", "on": "When", "at": "When", "during": "When", "by": "By when", "until": "Until when"}
WHERE_PREPOSITIONS = frozenset({"in", "at", "to", "into", "inside", "within"})
# Prepositions that can stay behind when their object is questioned ("Who did Lenin argue with?").
STRANDABLE = frozenset(
    {"with", "by", "to", "for", "against", "about", "from", "on", "at", "into", "towards", "over", "upon"}
)
# Prepositions that read as part of their verb ("went through", "dealt with"): a count after
# one asks "How many phases did it go through?" rather than "Through how many ...".
STRANDED_IN_COUNTS = frozenset({"through", "with", "against"})
FOCUS_ADVERBS = frozenset({"alone", "only", "too", "included", "especially", "particularly", "above"})
APPROXIMATORS = frozenset("some about over nearly almost around roughly approximately estimated".split())
APPROXIMATING_PAIRS = frozenset(
    {("at", "least"), ("more", "than"), ("fewer", "than"), ("less", "than"), ("up", "to"), ("an", "estimated")}
)
NUMBER_WORDS = frozenset({"hundred", "thousand", "million", "billion"})
# Amounts are no counts: "fixed at 500 rubles a month" has no "how many" question.
UNITS = frozenset("rubles roubles dollars pounds marks francs kopeks percent per cent %".split())
# Objects that make an idiom with their verb, by noun, with the stems of those verbs' forms.
IDIOMS = {
    "place": ("take", "took"), "part": ("take", "took"), "care": ("take", "took"),
    "advantage": ("take", "took"), "hold": ("take", "took"), "root": ("take", "took"),
    "shape": ("take", "took"), "effect": ("take", "took"), "account": ("take", "took"),
    "sense": ("make", "made"), "use": ("make", "made"), "way": ("make", "made", "give", "gave"),
    "attention": ("pay", "paid"), "eye": ("keep", "kept"), "track": ("keep", "kept", "lose", "lost"),
    "line": ("hold", "held"), "sight": ("lose", "lost"), "end": ("put",), "stop": ("put",),
    "ground": ("gain", "lose", "lost", "give", "gave"), "hand": ("lend", "lent", "give", "gave"),
    "side": ("take", "took"), "power": ("come", "came"), "action": ("take", "took"),
}
VACUOUS_WORDS = frozenset(
    "anything everything something nothing anyone everyone someone nobody everybody somebody anybody "
    "other others one ones thing things stuff lot lots kind sort way ways fact case point matter else "
    "many most few several all both each some".split()
)
# WordNet's files of abstract nouns: a bare one of these can open a sentence without being a name.
ABSTRACT_NOUN_FILES = frozenset(
    {"noun.act", "noun.attribute", "noun.cognition", "noun.communication", "noun.event", "noun.feeling",
     "noun.group", "noun.motive", "noun.phenomenon", "noun.possession", "noun.process", "noun.quantity",
     "noun.relation", "noun.state", "noun.time"}
)
# Prepositions that so often complete a noun ("call for", "struggle against") that a phrase
# answer followed by one is probably cut off.
NOUN_COMPLEMENTS = frozenset({"for", "to", "on", "against", "about", "over", "of"})
# Last words of names that say what the named thing is.
NAME_CATEGORIES = frozenset(
    {"army", "party", "committee", "council", "congress", "soviet", "union", "government", "assembly",
     "fleet", "bureau", "conference", "league", "federation", "tribunal", "commissariat", "regiment",
     "revolution", "war", "uprising", "rebellion", "insurrection", "strike", "treaty", "coup", "mutiny"}
)
PERSON_PREFIXES = ("counter", "anti", "non", "ex", "neo", "pro")
NOUN_GROUP_TAGS = NOUN_TAGS | {"JJ", "JJR", "VBN", "VBG"}
APPOSITIVE_TAGS = NOUN_TAGS | {"DT", "JJ", "JJR", "JJS", "IN", "CD", "POS", "PRP$", "VBN", "VBG", "HYPH"}
# What an answer's span never holds (a quotation mark, a bracket, a break), nor starts or ends with.
SPAN_BREAKS = QUOTES | HARD_BREAKS | SENTENCE_ENDS | {"(", ")"}
SPAN_EDGE_BREAKS = SPAN_BREAKS | {","}
# "one of the leaders" picks one out, and "25 times the minimum" multiplies: neither counts.
NOT_COUNTS = frozenset({"one", "1", "times"})


@dataclass(frozen=True)
class WhQuestion:
    question: str
    answer: str
    wh_word: str


@dataclass(frozen=True)
class _Plan:
    """How to rebuild the sentence: what goes in front, what is cut, and whether inversion happens."""

    wh: tuple[Token, ...]
    wh_word: str
    removed: range
    subject_question: bool
    plural: bool = False
    strands: bool = False  # the question ends on a preposition left behind on purpose
    answered_adverbial: range | None = None
    answer: range | None = None  # when the answer reads better wider than the given span ("2 million")


def wh_question(
    tokens: Sequence[tuple[str, str]],
    answer_start: int,
    answer_end: int,
    answer_kind: str,
    lexicon: Lexicon,
) -> WhQuestion | None:
    """A wh-question whose answer is tokens[answer_start:answer_end], or None if none is safe.
    The lexicon gives verbs' bare forms and tells names from common words."""
    if answer_kind not in ANSWER_KINDS:
        return None  # a name of unknown kind could be a who or a what: no guessing
    if not 0 <= answer_start < answer_end <= len(tokens):
        return None
    tokens, answer_start, answer_end, quoted = _prepared(tokens, answer_start, answer_end)
    span = _answer_span(tokens, answer_start, answer_end, answer_kind)
    if span is None or not _usable_sentence(tokens, span):
        return None
    clause = parse_clause(tokens, lexicon.lemma)
    if clause is None:
        return None
    plan = _plan(tokens, clause, span, answer_kind, quoted, lexicon)
    if plan is None or (plan.wh_word in CIRCUMSTANTIAL_WH and (_negated(tokens, clause) or _presupposing(tokens, clause))):
        return None
    question_tokens = _realise(tokens, clause, plan, lexicon)
    if question_tokens is None or not _acceptable(question_tokens) or _dangles(question_tokens, plan):
        return None
    if clause.asides and _content_words(question_tokens) < MIN_WORDS_WITHOUT_ASIDE:
        return None  # "Where did Serge go?" once "Released in 1917," is gone: too little to pick one answer
    question = detokenize([word for word, _ in question_tokens])
    answer = _answer_text(tokens, plan.answer or span, lexicon)
    if _gives_away(question, answer):
        return None
    return WhQuestion(question=question, answer=answer, wh_word=plan.wh_word)


# ---------------------------------------------------------------- the answer and the sentence


def _prepared(tokens: Sequence[tuple[str, str]], start: int, end: int) -> tuple[list[Token], int, int, bool]:
    """The sentence as the transformation reads it: quotes tagged as quotes, citations gone, a
    wholly quoted answer unquoted (and whether it was), the final stop outside any closing quote."""
    tagged, start, end = _without_citations(_punctuation_tagged(tokens), start, end)
    unquoted, start, end = _unquoted_answer(tagged, start, end)
    return _with_stop_outside_quotes(unquoted), start, end, len(unquoted) < len(tagged)


def _punctuation_tagged(tokens: Sequence[tuple[str, str]]) -> list[Token]:
    """The tagger gives curly quotes noun or verb tags ("workers ’/VBP councils"); they get the
    tags of their ASCII twins so that no quote is read as a word."""
    retagged = []
    for index, (word, tag) in enumerate(tokens):
        word, tag = str(word), str(tag)
        if word in {"\u201c", "\u2018"}:
            tag = "``"
        elif word == "\u201d":
            tag = "''"
        elif word == RIGHT_SINGLE_QUOTE:
            tag = "POS" if index > 0 and tokens[index - 1][0].lower().endswith("s") else "''"
        retagged.append((word, tag))
    return retagged


def _without_citations(tokens: list[Token], start: int, end: int) -> tuple[list[Token], int, int]:
    """Drop "(Smith 1983)"-style references before the answer's span is read: a question quotes
    the essay's claim, not its sources. The span is moved to match."""
    kept: list[Token] = []
    new_start, new_end = start, end
    index = 0
    while index < len(tokens):
        close = _citation_close(tokens, index)
        if close is not None and (close < start or index >= end):
            if close < start:
                new_start -= close + 1 - index
                new_end -= close + 1 - index
            index = close + 1
            continue
        kept.append(tokens[index])
        index += 1
    return kept, new_start, new_end


def _unquoted_answer(tokens: list[Token], start: int, end: int) -> tuple[list[Token], int, int]:
    """A name or term quoted whole ("the slogan “All Power to the Soviets”") is the answer, not a
    quotation around it: its quote marks go, and a comma or stop they enclosed stays."""
    if start == 0 or tokens[start - 1][0] not in OPENING_QUOTES | {'"'} or end - start > MAX_QUOTED_ANSWER_WORDS:
        return tokens, start, end
    closers = CLOSING_QUOTES | {'"', RIGHT_SINGLE_QUOTE}
    closing = end if end < len(tokens) and tokens[end][0] in closers else end + 1
    enclosed = closing == end or (closing < len(tokens) and tokens[end][0] in {",", "."})
    if closing >= len(tokens) or tokens[closing][0] not in closers or not enclosed:
        return tokens, start, end
    kept = tokens[:start - 1] + tokens[start:closing] + tokens[closing + 1:]
    return kept, start - 1, end - 1


def _with_stop_outside_quotes(tokens: list[Token]) -> list[Token]:
    """ 'to the Soviets.”' ends the sentence inside the quote; the question needs the quote closed
    before its own question mark, so the stop moves out (and is then dropped with the sentence end)."""
    if len(tokens) >= 2 and tokens[-2][0] in {".", "!"} and tokens[-1][0] in CLOSING_QUOTES | {'"'}:
        return tokens[:-2] + [tokens[-1], tokens[-2]]
    return tokens


def _citation_close(tokens: list[Token], index: int) -> int | None:
    if tokens[index][0] != "(":
        return None
    close = next((i for i in range(index, min(len(tokens), index + 10)) if tokens[i][0] == ")"), None)
    if close is None or not any(is_year(word) for word, _ in tokens[index:close]):
        return None
    return close


def _answer_span(tokens: list[Token], start: int, end: int, kind: str) -> range | None:
    if not 0 <= start < end <= len(tokens):
        return None
    # Callers may hand over "in April 1917"; the preposition belongs to the question, not the answer.
    if kind in {"date", "place"} and end - start > 1 and tokens[start][1] in {"IN", "TO"}:
        start += 1
    if start > 0 and (tokens[start - 1][0].lower(), tokens[start][0].lower()) in APPROXIMATING_PAIRS:
        return None  # "least 25 times" cut out of "at least 25 times"
    span = range(start, end)
    words = [tokens[i][0] for i in span]
    tags = [tokens[i][1] for i in span]
    if any(w in SPAN_EDGE_BREAKS for w in (words[0], words[-1])):
        return None
    if any(w in SPAN_BREAKS for w in words):
        return None
    if all(tag in FUNCTION_TAGS for tag in tags) or "PRP" in tags or any(is_finite(tokens[i]) for i in span):
        return None
    if tags[0] == "PRP$" or any(w.lower() in DEMONSTRATIVES for w in words):
        return None
    if not _clean_edges(words, tags, kind) or not _names_a_thing(words, tags, kind):
        return None
    return span


def _names_a_thing(words: list[str], tags: list[str], kind: str) -> bool:
    """Something to learn, of the kind it claims to be: not "anything", not "understood"."""
    content = [w.lower() for w, tag in zip(words, tags) if tag not in FUNCTION_TAGS]
    if all(w in VACUOUS_WORDS for w in content) or not any(tag in NOUN_TAGS | {"CD"} for tag in tags):
        return False
    if kind != "number" and any(w in UNITS for w in content):
        return False  # "500 rubles" is an amount: "how much", which needs a verb of paying or costing
    if kind == "number":
        return "CD" in tags
    if kind == "place":
        return any(tag in NOUN_TAGS for tag in tags)
    if kind == "date":
        return any(tag == "CD" or w.lower() in MONTHS for w, tag in zip(words, tags))
    return True


def _clean_edges(words: list[str], tags: list[str], kind: str) -> bool:
    """An answer starts and ends with what a phrase can start and end with: not "back from the
    war", "attempts by the", "transfer of power to"."""
    approximated = kind == "number" and words[0].lower() in APPROXIMATORS | {"at", "more", "fewer", "less", "up"}
    if tags[0] in {"IN", "TO", "CC", "RB", "RBR", "POS", ","} and not approximated:
        return False
    return tags[-1] in NOUN_TAGS | {"CD"}


def _usable_sentence(tokens: list[Token], span: range) -> bool:
    if any(word == "?" or "\u2026" in word or "..." in word for word, _ in tokens):
        return False  # a question already, or a quotation with omissions
    if not _complete_sentence(tokens) or _contains_heading(tokens):
        return False
    if sum(1 for word, _ in tokens if _has_alnum(word)) > MAX_SENTENCE_WORDS:
        return False
    return not _inside_quotation(tokens, span.start) and not _inside_brackets(tokens, span.start)


def _complete_sentence(tokens: list[Token]) -> bool:
    """Capitalised and closed by a full stop: a fragment ("racy had ceased to function by 1921")
    or a lead-in to a quotation ("Lenin contended:") is no statement to question."""
    words = [word for word, _ in tokens]
    first_word = next((w for w in words if _has_alnum(w)), "")
    if not first_word[:1].isupper() and not first_word[:1].isdigit():
        return False
    closing = len(words) - 1
    while closing > 0 and words[closing] in CLOSING_QUOTES | {")", "]", '"', RIGHT_SINGLE_QUOTE}:
        closing -= 1
    return words[closing] in {".", "!"}


def _has_alnum(word: str) -> bool:
    # isalnum() settles the common case (a whole word) without a loop.
    return word.isalnum() or any(ch.isalnum() for ch in word)


def _contains_heading(tokens: list[Token]) -> bool:
    """Two capitalised words in a row ("PARTY DEGENERATION At the beginning ..."): a heading
    run into the text, which no question should quote."""
    shouting = [len(word) > 1 and word.isalpha() and word.isupper() for word, _ in tokens]
    return any(a and b for a, b in itertools.pairwise(shouting))


def _inside_brackets(tokens: list[Token], index: int) -> bool:
    depth = 0
    for word, _ in tokens[:index]:
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(word, 0)
    return depth > 0


def _inside_quotation(tokens: list[Token], index: int) -> bool:
    return quote_depths([word for word, _ in tokens])[index] > 0


def _answer_text(tokens: list[Token], span: range, lexicon: Lexicon) -> str:
    words = [_lowered_if_initial(tokens, i, lexicon)[0] for i in span]
    return detokenize(words)


# ---------------------------------------------------------------- where the answer sits


def _plan(tokens: list[Token], clause: Clause, span: range, kind: str, quoted: bool, lexicon: Lexicon) -> _Plan | None:
    if any(span.start in dropped for dropped in clause.dropped):
        return None
    if _passive(tokens, clause) and clause.verb_end < len(tokens) and tokens[clause.verb_end][1] == "NNP":
        return None  # "Serge was born Victor Kibalchich in Brussels": a name the passive verb gives
    for adverbial in clause.adverbials:
        if span.start in adverbial:
            return _adverbial_plan(tokens, adverbial, span, kind)
    if span.start in clause.subject:
        return _subject_plan(tokens, clause, span, kind, quoted, lexicon)
    inside_predicate = clause.verb_end <= span.start and span.stop <= clause.end
    if inside_predicate and (clause.subordinate is None or span.stop <= clause.subordinate):
        return _predicate_plan(tokens, clause, span, kind, quoted, lexicon)
    return None


def _adverbial_plan(tokens: list[Token], adverbial: range, span: range, kind: str) -> _Plan | None:
    """ "In March 1919, ..." with the answer "March 1919": the whole phrase becomes "When"."""
    noun_start = adverbial.start + 1
    if noun_start < len(tokens) and tokens[noun_start][0].lower() in ARTICLES:
        noun_start += 1
    if span.stop != adverbial.stop or span.start not in (adverbial.start + 1, noun_start):
        return None
    wh = _prepositional_wh(tokens[adverbial.start][0].lower(), kind)
    if wh is None:
        return None
    return _Plan(wh=_wh_tokens(wh), wh_word=wh.lower(), removed=range(0), subject_question=False,
                 answered_adverbial=adverbial)


def _prepositional_wh(preposition: str, kind: str) -> str | None:
    if kind == "date":
        return WHEN_PREPOSITIONS.get(preposition)
    if kind == "place" and preposition in WHERE_PREPOSITIONS:
        return "Where"
    return None


def _subject_plan(
    tokens: list[Token], clause: Clause, span: range, kind: str, quoted: bool, lexicon: Lexicon
) -> _Plan | None:
    subject = clause.subject
    if tokens[subject.start][1] == "EX":
        return None
    if kind == "number":
        return _subject_count_plan(tokens, clause, span)
    named = _named_by_common_noun(tokens, span, subject, kind, quoted, lexicon)
    if named is not None and named.removal == subject:
        return _Plan(wh=named.which, wh_word=named.wh_word, removed=subject, subject_question=True,
                     plural=named.plural)
    described = _described_name_plan(tokens, subject, span, kind)
    if described is not None:
        return described
    possessor = _possessor_plan(tokens, subject, span, kind, lexicon)
    if possessor is not None:
        return possessor
    if not _covers_subject(tokens, subject, span):
        return None
    if clause.copula and _names_complement(tokens, clause):
        return None  # "The State was the Revolution" cannot ask "What was the Revolution?"
    entity = _entity_wh(tokens, span, kind, lexicon)
    if entity is None:
        return None
    wh, wh_word, plural = entity
    if _takes_place(tokens, clause) and kind != "person":
        wh, wh_word, plural = _wh_tokens("What"), "what", False  # a congress that took place is an event
    return _Plan(wh=wh, wh_word=wh_word, removed=subject, subject_question=True, plural=plural)


def _possessor_plan(tokens: list[Token], subject: range, span: range, kind: str, lexicon: Lexicon) -> _Plan | None:
    """ "Lenin’s strategy went through two phases" -> "Whose strategy went through two phases?":
    only for a person or a group of people owning a plain noun group, so that "whose" means the
    answer and nothing but it."""
    owned = range(span.stop + 1, subject.stop)
    if span.stop >= subject.stop or tokens[span.stop][1] != "POS" or not owned:
        return None
    article = span.start == subject.start + 1 and tokens[subject.start][0].lower() in ARTICLES
    if span.start != subject.start and not article:
        return None
    if not _plain_noun_group(tokens, owned):
        return None
    entity = _entity_wh(tokens, span, kind, lexicon)
    if entity is None or entity[1] != "who":
        return None
    wh = (("Whose", "WP$"),) + tuple(tokens[i] for i in owned)
    plural = tokens[_head_index(tokens, owned)][1] in PLURAL_NOUN_TAGS
    return _Plan(wh=wh, wh_word="whose", removed=subject, subject_question=True, plural=plural)


def _plain_noun_group(tokens: list[Token], group: range) -> bool:
    """Adjectives and nouns, then at most one short prepositional phrase: "strategy",
    "attitude toward the soviets", but no clause, list, quotation or second possessive."""
    index = group.start
    while index < group.stop and tokens[index][1] in {"JJ", "JJR", "JJS", "NN", "NNS", "VBN", "VBG"}:
        index += 1
    if index == group.start or tokens[index - 1][1] not in {"NN", "NNS"}:
        return False
    if index == group.stop:
        return True
    rest = [tokens[i] for i in range(index, group.stop)]
    opens_phrase = rest[0][1] in {"IN", "TO"} and rest[0][0].lower() in {"of", "toward", "towards", "to", "for", "on", "in"}
    nominal = all(tag in NOUN_TAGS | {"DT", "JJ", "CD"} for _, tag in rest[1:])
    return opens_phrase and len(rest) > 1 and nominal and rest[-1][1] in NOUN_TAGS


def _described_name_plan(tokens: list[Token], subject: range, span: range, kind: str) -> _Plan | None:
    """ "The anarchist Black Army held the line": "Which anarchist army held the line?"."""
    category = _name_category(tokens, span, kind)
    lead = range(subject.start + 1, span.start)
    if category is None or span.stop != subject.stop or not lead or tokens[subject.start][0].lower() not in ARTICLES:
        return None
    if not all(tokens[i][0].islower() and tokens[i][1] in {"JJ", "NN"} for i in lead):
        return None
    wh = (("Which", "WDT"),) + tuple(tokens[i] for i in lead) + ((category, "NN"),)
    wh_word = "which " + " ".join([tokens[i][0] for i in lead] + [category])
    return _Plan(wh=wh, wh_word=wh_word, removed=subject, subject_question=True)


def _subject_count_plan(tokens: list[Token], clause: Clause, span: range) -> _Plan | None:
    """ "Some 700 soviets sprang up" -> "How many soviets sprang up?"."""
    subject = clause.subject
    counted = _counted_noun_group(tokens, span, subject.start, subject.stop)
    if counted is None or counted[0] != subject.start:
        return None
    start, nouns, noun_end = counted
    if clause.finite_tag == "VBZ" or tokens[clause.finite][0].lower() == "was":
        return None  # a singular verb means the number is not what the subject counts
    if noun_end < subject.stop and tokens[noun_end][1] != "IN":
        return None  # "289,000 workers or 74% of the workforce": more than the count is the subject
    wh = _wh_tokens("How many") + tuple(tokens[nouns:subject.stop])
    return _Plan(wh=wh, wh_word="how many", removed=subject, subject_question=True, plural=True,
                 answer=range(start, nouns))


def _takes_place(tokens: list[Token], clause: Clause) -> bool:
    verb = tokens[clause.verb_end - 1][0].lower()
    following = tokens[clause.verb_end][0].lower() if clause.verb_end < len(tokens) else ""
    return verb.startswith(("take", "took")) and following == "place"


def _names_complement(tokens: list[Token], clause: Clause) -> bool:
    """The copula's complement is a name, so a question about the subject would ask for a definition."""
    index = clause.verb_end
    while index < clause.end and tokens[index][1] in {"DT", "RB", "JJ", "NNP", "NNPS"}:
        if tokens[index][1] in PROPER_NOUN_TAGS and (index + 1 >= clause.end or tokens[index + 1][1] not in NOUN_TAGS):
            return True
        index += 1
    return False


def _covers_subject(tokens: list[Token], subject: range, span: range) -> bool:
    """The answer is the whole subject, give or take an article and a comma-set appositive."""
    starts_right = span.start == subject.start or (
        span.start == subject.start + 1 and tokens[subject.start][0].lower() in ARTICLES
    )
    if not starts_right:
        return False
    after = _past_abbreviation(tokens, span.stop, subject.stop)
    if after == subject.stop:
        return True
    appositive = range(after, subject.stop)
    return (
        len(appositive) >= 3
        and tokens[appositive.start][0] == ","
        and tokens[appositive.stop - 1][0] == ","
        and not any(tokens[i][0] == "," or tokens[i][1] == "CC" for i in appositive[1:-1])
    )


def _predicate_plan(
    tokens: list[Token], clause: Clause, span: range, kind: str, quoted: bool, lexicon: Lexicon
) -> _Plan | None:
    if kind == "number":
        return _count_plan(tokens, clause, span)
    if tokens[clause.subject.start][1] == "EX":
        return None
    if _relative_clause_follows(tokens, clause, span):
        return None
    named = _named_by_common_noun(tokens, span, range(clause.verb_end, clause.end), kind, quoted, lexicon)
    if named is not None:
        return _named_plan(tokens, clause, named)
    phrase_end = _phrase_end(tokens, span.stop, clause.end)
    if phrase_end is None:
        return None
    removal_start = _modifiers_start(tokens, span, clause.verb_end, kind)
    described = removal_start < span.start
    if removal_start - 1 >= clause.verb_end and tokens[removal_start - 1][0].lower() in ARTICLES:
        removal_start -= 1
    removal = range(removal_start, phrase_end)
    if _conjunct_follows(tokens, removal, clause.end) or _dangling_appositive(tokens, removal.stop, clause.end):
        return None
    if kind in {"phrase", "term"} and _noun_complement_follows(tokens, removal.stop, clause.end):
        return None
    if _right_after_verb(tokens, clause, removal_start):
        return None if described else _object_plan(tokens, clause, span, removal, kind, lexicon)
    preposition = removal_start - 1
    if preposition < clause.verb_end or tokens[preposition][1] not in {"IN", "TO"}:
        return None
    if not _attaches_to_main_verb(tokens, clause.verb_end, preposition):
        return None
    plan = _prepositional_plan(tokens, clause, span, removal, preposition, kind, lexicon)
    if described and plan is not None:
        # "in southern Ukraine" is asked as "Where" only as a whole, and answered as a whole
        return dataclasses.replace(plan, answer=range(removal.start, span.stop)) if plan.wh_word in {"when", "where"} else None
    return plan


def _modifiers_start(tokens: list[Token], span: range, floor: int, kind: str) -> int:
    """Where "southern Ukraine" or "late August" starts: plain adjectives before a place or a date."""
    start = span.start
    if kind not in {"place", "date"}:
        return start
    while start - 1 >= floor and tokens[start - 1][1] == "JJ" and tokens[start - 1][0].isalpha() and tokens[start - 1][0].islower():
        start -= 1
    return start


@dataclass(frozen=True)
class _Named:
    """ "the slogan All Power to the Soviets": the phrase `removal` whose common noun gives the wh-phrase."""

    removal: range
    head: tuple[Token, ...]  # the common noun with any adjectives before it: "Hungarian communist"

    @property
    def which(self) -> tuple[Token, ...]:
        noun_word, noun_tag = self.head[-1]
        return (("Which", "WDT"),) + self.head[:-1] + ((noun_word, "NNS" if noun_tag == "NNS" else "NN"),)

    @property
    def wh_word(self) -> str:
        return "which " + " ".join(word for word, _ in self.head)

    @property
    def plural(self) -> bool:
        return self.head[-1][1] == "NNS"


def _named_by_common_noun(
    tokens: list[Token], span: range, region: range, kind: str, quoted: bool, lexicon: Lexicon
) -> _Named | None:
    """A name set after the common noun that says what it names: "the pamphlet The State and
    Revolution", "his pamphlet, The State and Revolution,". It asks well as "Which pamphlet ...?".

    Only a person's name, a quoted or comma-set name, or a title starting with "The" is in apposition:
    in "the anarchist Black Army" the noun modifies the name instead.
    """
    floor, limit = region.start, region.stop
    noun = span.start - 1
    comma = noun >= floor and tokens[noun][0] == ","
    if comma:
        noun -= 1
    determiner = noun - 1
    while determiner > floor and tokens[determiner][1] in {"JJ", "JJR", "JJS"}:
        determiner -= 1
    if determiner < floor or not tokens[span.start][0][:1].isupper():
        return None
    if not (comma or quoted or kind == "person" or tokens[span.start][0] in {"The", "A", "An"}):
        return None
    word, tag = tokens[noun]
    if not word.islower() or not _common_noun(word, tag, lexicon) or tokens[determiner][0].lower() not in POSSESSIVE_DETERMINERS:
        return None
    end = span.stop
    if end < limit and tokens[end][0] == ",":
        end += 1 if comma else 0
    if end < limit and tokens[end][1] in NOUN_TAGS | {"POS", "CD"} | RELATIVE_TAGS:
        return None
    if end < limit and tokens[end][0] == "," and not comma and _list_continues(tokens, end + 1, limit):
        return None
    return _Named(removal=range(determiner, end), head=tuple(tokens[determiner + 1:noun + 1]))


def _common_noun(word: str, tag: str, lexicon: Lexicon) -> bool:
    """Before a name the tagger often calls the noun an adjective ("the slogan/JJ All Power ...");
    WordNet settles it: a noun with no adjective sense."""
    if tag in {"NN", "NNS"}:
        return True
    if tag != "JJ":
        return False
    adjective = lexicon.synsets(word, "a") or lexicon.synsets(word, "s")
    return lexicon.first_noun_sense(word) is not None and not adjective


def _named_plan(tokens: list[Token], clause: Clause, named: _Named) -> _Plan | None:
    which = named.which
    wh_word = named.wh_word
    start = named.removal.start
    if _right_after_verb(tokens, clause, start):
        return _Plan(wh=which, wh_word=wh_word, removed=named.removal, subject_question=False)
    preposition = start - 1
    if preposition < clause.verb_end or tokens[preposition][1] != "IN":
        return None
    if not _attaches_to_main_verb(tokens, clause.verb_end, preposition):
        return None
    wh = ((tokens[preposition][0].lower().capitalize(), "IN"), ("which", "WDT")) + named.which[1:]
    return _Plan(wh=wh, wh_word=wh_word, removed=range(preposition, named.removal.stop), subject_question=False)


def _attaches_to_main_verb(tokens: list[Token], verb_end: int, preposition: int) -> bool:
    """No participle or appositive between the verb and the phrase, which could be what it modifies
    ("a body established in December 1917" dates the body, not the main clause)."""
    return not any(tokens[i][1] in {"VBN", "VBG"} or tokens[i][0] == "," for i in range(verb_end, preposition))


def _strandable(tokens: list[Token], clause: Clause, preposition: int) -> bool:
    """ "argued with X", "wrote a letter to X": the preposition follows the verb or its simple object,
    so "Who did Lenin argue with?" keeps it attached where it was."""
    between = [tokens[i][1] for i in range(clause.verb_end, preposition)]
    return all(tag in {"RP", "DT", "JJ", "JJR", "NN", "NNS", "NNP", "NNPS", "PRP$", "CD"} for tag in between)


def _relative_clause_follows(tokens: list[Token], clause: Clause, span: range) -> bool:
    """ "learned from imperialist armies throughout history that sent soldiers ...": the relative
    clause may describe the answer, and would be left describing nothing."""
    subordinate = clause.subordinate
    if subordinate is None or subordinate < span.stop:
        return False
    word, tag = tokens[subordinate]
    return tag in RELATIVE_TAGS or word.lower() == "that"


def _conjunct_follows(tokens: list[Token], removal: range, clause_end: int) -> bool:
    """ "argued for the inclusion of X from Y and the exclusion of Z": a later "and the ..." may
    coordinate with the answer, which would then be half of what the sentence says."""
    if tokens[removal.start][1] not in {"DT", "PRP$"}:
        return False
    for index in range(removal.stop, clause_end - 1):
        if tokens[index][1] == "CC" and tokens[index + 1][1] in {"DT", "PRP$"}:
            return True
        if tokens[index][1].startswith("VB") or tokens[index][1] in RELATIVE_TAGS:
            return False
    return False


def _dangling_appositive(tokens: list[Token], start: int, end: int) -> bool:
    """ "directed against two main opponents in the movement, the Opportunists and the Kautskyites":
    once the answer is gone, a closing appositive describes nothing, or the wrong thing."""
    depths = quote_depths([word for word, _ in tokens])
    comma = next((i for i in range(start, end) if tokens[i][0] == "," and depths[i] == 0), None)
    if comma is None or comma + 1 >= end or tokens[comma + 1][1] not in {"DT", "NNP", "NNPS", "JJ", "CD"}:
        return False
    return all(tokens[i][1] in APPOSITIVE_TAGS | {"CC", ","} for i in range(comma + 1, end))


def _noun_complement_follows(tokens: list[Token], index: int, end: int) -> bool:
    """ "backed the call for a transfer of power": a plain noun followed by a preposition it
    often takes is likely cut off from its own complement."""
    return index < end and tokens[index - 1][1] in {"NN", "NNS"} and tokens[index][0].lower() in NOUN_COMPLEMENTS


def _right_after_verb(tokens: list[Token], clause: Clause, index: int) -> bool:
    """Only particles ("set up") stand between the verb group and the phrase at index, or a bare
    infinitive the verb governs ("decided to trust"), which lets its object be asked for too."""
    between = range(clause.verb_end, index)
    if all(tokens[i][1] == "RP" for i in between):
        return True
    infinitive = len(between) >= 2 and tokens[between[0]][1] == "TO" and tokens[between[1]][1] == "VB"
    governed = not clause.copula and not _passive(tokens, clause)
    return infinitive and governed and all(tokens[i][1] == "RP" for i in between[2:])


def _count_plan(tokens: list[Token], clause: Clause, span: range) -> _Plan | None:
    """ "won 300 seats" -> "How many seats ...", "in 300 factories" -> "In how many factories ..."."""
    counted = _counted_noun_group(tokens, span, clause.verb_end, clause.end)
    if counted is None:
        return None
    start, nouns, noun_end = counted
    end = _phrase_end(tokens, noun_end, clause.end)
    if end is None:
        return None
    counted_nouns = tuple(tokens[nouns:noun_end])
    if _right_after_verb(tokens, clause, start):
        wh = _wh_tokens("How many") + counted_nouns
        return _Plan(wh=wh, wh_word="how many", removed=range(start, end), subject_question=False,
                     answer=range(start, nouns))
    preposition = start - 1
    existential = tokens[clause.subject.start][1] == "EX"
    if existential or preposition < clause.verb_end or tokens[preposition][1] != "IN":
        return None
    if tokens[preposition][0].lower() in STRANDED_IN_COUNTS and _strandable(tokens, clause, preposition):
        # "went through two phases": the preposition belongs with the verb and stays there
        return _Plan(wh=_wh_tokens("How many") + counted_nouns, wh_word="how many", removed=range(start, end),
                     subject_question=False, strands=True, answer=range(start, nouns))
    # Pied-piping keeps the preposition with the wh-phrase: "In how many factories ...?"
    wh = ((tokens[preposition][0].lower().capitalize(), "IN"), ("how", "WRB"), ("many", "JJ")) + counted_nouns
    return _Plan(wh=wh, wh_word="how many", removed=range(preposition, end), subject_question=False,
                 answer=range(start, nouns))


def _object_plan(
    tokens: list[Token], clause: Clause, span: range, removal: range, kind: str, lexicon: Lexicon
) -> _Plan | None:
    if kind == "date" or _idiom(tokens, clause, span) or _passive(tokens, clause):
        return None  # "Serge was born Victor Kibalchich": a passive's object is no object to ask for
    if clause.copula and not _copula_complement_askable(tokens, clause, span, kind):
        return None
    entity = _entity_wh(tokens, span, kind, lexicon)
    if entity is None:
        return None
    wh, wh_word, _ = entity
    return _Plan(wh=wh, wh_word=wh_word, removed=removal, subject_question=False)


def _passive(tokens: list[Token], clause: Clause) -> bool:
    group = range(clause.finite, clause.verb_end)
    return tokens[clause.verb_end - 1][1] == "VBN" and any(tokens[i][0].lower() in BE_FORMS for i in group)


def _idiom(tokens: list[Token], clause: Clause, span: range) -> bool:
    """ "took place", "kept an eye on": the object is part of the verb's meaning, not a fact."""
    main_verb = tokens[clause.verb_end - 1][0].lower()
    head = tokens[_head_index(tokens, span)][0].lower()
    return any(main_verb.startswith(stem) for stem in IDIOMS.get(head, ()))


def _bare_noun(tokens: list[Token], span: range) -> bool:
    return len(span) == 1 and tokens[span.start][1] == "NN" and tokens[span.start - 1][0].lower() not in ARTICLES


def _copula_complement_askable(tokens: list[Token], clause: Clause, span: range, kind: str) -> bool:
    """ "The capital was Petrograd" asks well as "What was the capital?"; "Lenin was a leader" as
    "What was Lenin?" does not: the subject must be a description, the answer a name."""
    describes = tokens[_head_index(tokens, clause.subject)][1] in {"NN", "NNS"}
    named = any(tokens[i][1] in PROPER_NOUN_TAGS | {"CD"} for i in span)
    return describes and named and kind != "phrase"


def _prepositional_plan(
    tokens: list[Token], clause: Clause, span: range, removal: range, preposition_index: int, kind: str,
    lexicon: Lexicon,
) -> _Plan | None:
    preposition = tokens[preposition_index][0].lower()
    if preposition == "of":
        return None
    adverb = _prepositional_wh(preposition, kind)
    directional = preposition in {"to", "into"}
    if adverb is not None and directional and (clause.copula or not _strandable(tokens, clause, preposition_index)):
        return None  # "opposition to Russian involvement": the phrase completes a noun, not the verb
    if adverb is not None:
        return _Plan(wh=_wh_tokens(adverb), wh_word=adverb.lower(), removed=range(preposition_index, removal.stop),
                     subject_question=False)
    if kind == "date" or preposition not in STRANDABLE or not _strandable(tokens, clause, preposition_index):
        return None
    passive_with_object = _passive(tokens, clause) and preposition_index > clause.verb_end
    dated = any(tokens[i][0].lower() in MONTHS or is_year(tokens[i][0]) for i in span)
    if clause.copula or passive_with_object or dated or _bare_noun(tokens, span):
        # "was opposition to X", "went on strike", "followed on 5 September": no thing to ask "what" for.
        return None
    entity = _entity_wh(tokens, span, kind, lexicon)
    if entity is None:
        return None
    wh, wh_word, _ = entity
    return _Plan(wh=wh, wh_word=wh_word, removed=removal, subject_question=False, strands=True)


def _phrase_end(tokens: list[Token], index: int, clause_end: int) -> int | None:
    """Where the answer's phrase really ends: after an appositive that describes it
    ("in Petrograd, the capital of the revolution"), or None if its noun phrase or list goes on."""
    index = _past_abbreviation(tokens, index, clause_end)
    index = _past_closing_aside(tokens, index, clause_end)
    if index >= clause_end:
        return index
    word, tag = tokens[index]
    lowered = word.lower()
    noun_phrase_goes_on = tag in NOUN_TAGS | {"POS", "CD", "JJ", "VBN", "VBG", "CC"} | RELATIVE_TAGS
    if noun_phrase_goes_on or lowered in {"of", "that", "'s", "\u2019s"}:
        return None
    if word in BRACKETS | OPENING_QUOTES | {'"'}:
        return None  # "the Bolshevik resolution “On Power”": the name goes with the noun
    after_adverbs = index
    while after_adverbs < clause_end and tokens[after_adverbs][1] in {"RB", "RBR"}:
        after_adverbs += 1
    if after_adverbs < clause_end and tokens[after_adverbs][1] in {"VBG", "VBN"} and after_adverbs > index:
        return None  # "the first decree officially nationalising 81 businesses"
    if tag == "TO" and tokens[index - 1][1] in {"NN", "NNS"}:
        return None  # "the strength to oppose them": the infinitive belongs to the noun
    if lowered in FOCUS_ADVERBS:
        return None  # "in Petrograd alone": the adverb would be left modifying nothing
    if word != ",":
        return index
    if _list_continues(tokens, index + 1, clause_end):
        return None
    return _appositive_end(tokens, index, clause_end)


def _appositive_end(tokens: list[Token], comma: int, clause_end: int) -> int | None:
    """After ", the capital of the revolution" (with its closing comma), or None if what follows
    the comma is no plain noun phrase."""
    end = comma + 1
    while end < clause_end and tokens[end][1] in APPOSITIVE_TAGS:
        end += 1
    if end == comma + 1 or tokens[comma + 1][1] not in {"DT", "JJ", "NN", "NNS", "NNP", "NNPS"}:
        return None
    if end == clause_end:
        return end
    return end + 1 if tokens[end][0] == "," else None


def _past_abbreviation(tokens: list[Token], index: int, limit: int) -> int:
    """Skip "(NEP)" after "the New Economic Policy": the abbreviation goes with the answer."""
    if index + 2 < limit and tokens[index][0] == "(" and tokens[index + 2][0] == ")":
        abbreviation = tokens[index + 1][0]
        if abbreviation.isalpha() and abbreviation[:1].isupper() and sum(ch.isupper() for ch in abbreviation) >= 2:
            return index + 3
    return index


def _past_closing_aside(tokens: list[Token], index: int, limit: int) -> int:
    """ "led by political parties (and all parties are led by leaders)": an aside that closes the
    clause leaves with the answer it follows."""
    closes_clause = index < limit and tokens[index][0] == "(" and tokens[limit - 1][0] == ")"
    if closes_clause and not any(tokens[i][0] in {"(", ")"} for i in range(index + 1, limit - 1)):
        return limit
    return index


def _list_continues(tokens: list[Token], index: int, clause_end: int) -> bool:
    """After "Moscow," comes "Kiev and Odessa": the answer would be one item of a list."""
    for position in range(index, min(clause_end, index + 8)):
        word, tag = tokens[position]
        if tag == "CC":
            return True
        if is_finite(tokens[position]) or word in {";", ":"}:
            return False
    return False


def _counted_noun_group(tokens: list[Token], span: range, floor: int, limit: int) -> tuple[int, int, int] | None:
    """For "some 700 soviets": (start of "some 700", start of "soviets", end of "soviets")."""
    numbers = [i for i in span if tokens[i][1] == "CD"]
    if not numbers or any(not _approximator(tokens, i) for i in range(span.start, numbers[0])):
        return None
    start = span.start
    while start > floor and _approximator(tokens, start - 1):
        start -= 1
    if tokens[numbers[0]][0].lower() in NOT_COUNTS:
        return None
    number_end = numbers[0] + 1
    while number_end < limit and (tokens[number_end][1] == "CD" or tokens[number_end][0].lower() in NUMBER_WORDS):
        number_end += 1
    if span.stop > number_end:
        return None
    noun_end = _plural_noun_group_end(tokens, number_end, limit)
    return None if noun_end is None else (start, number_end, noun_end)


def _approximator(tokens: list[Token], index: int) -> bool:
    """ "some", "nearly", or part of "at least", "more than", "up to" before a number."""
    lowered = [word.lower() for word, _ in tokens]
    word = lowered[index]
    if word in APPROXIMATORS:
        return True
    following = lowered[index + 1] if index + 1 < len(lowered) else ""
    preceding = lowered[index - 1] if index > 0 else ""
    return (word, following) in APPROXIMATING_PAIRS or (preceding, word) in APPROXIMATING_PAIRS


def _plural_noun_group_end(tokens: list[Token], index: int, limit: int) -> int | None:
    """The end of "soviets", "armed workers" or "of the delegates" after a number, if it is plural."""
    if index < limit and tokens[index][0].lower() == "of":
        index += 1
        if index < limit and tokens[index][1] in {"DT", "PRP$"}:
            index += 1
    end = index
    while end < limit and tokens[end][1] in NOUN_GROUP_TAGS:
        end += 1
    if end == index or tokens[end - 1][1] not in PLURAL_NOUN_TAGS:
        return None
    if tokens[end - 1][0].lower() in NOT_COUNTS | UNITS or tokens[index][0].lower() in UNITS:
        return None
    return end


def _entity_wh(
    tokens: list[Token], span: range, kind: str, lexicon: Lexicon
) -> tuple[tuple[Token, ...], str, bool] | None:
    """The wh-phrase standing for a noun phrase answer, and whether it takes plural agreement."""
    last_word = tokens[span.stop - 1][0]
    if kind == "person":
        head_word, head_tag = tokens[_head_index(tokens, span)]
        if head_word.islower() and not _names_people((head_word, head_tag), lexicon):
            return None  # "conditions" or "decisions" handed over as a person
        return _wh_tokens("Who"), "who", False
    if kind == "number":
        return None
    if kind == "date":
        if len(span) == 1 and is_year(last_word):
            return _wh_tokens("Which year"), "which year", False
        return None
    head = _head_index(tokens, span)
    head_word, head_tag = tokens[head]
    named_modifier = any(_names_something(tokens, i) for i in range(span.start, head))
    if kind != "phrase" and head_tag in {"NN", "NNS"} and head_word.islower() and named_modifier:
        # "the Bolshevik party" -> "Which party"; a plain phrase's noun is seldom a real category.
        wh = (("Which", "WDT"), (head_word, head_tag))
        return wh, f"which {head_word}", head_tag == "NNS"
    if kind == "phrase" and head_tag == "NNP" and all(tokens[i][1] in PROPER_NOUN_TAGS | {"DT"} for i in span):
        return None  # a name of unknown kind: "Who" or "What" would be a guess
    plural_name = head_tag == "NNPS" or (
        head_tag == "NNP" and head_word.endswith("s") and not head_word.endswith(("ss", "us", "is", "os"))
    )
    if kind in {"organization", "phrase", "term"} and (plural_name or _names_people(tokens[head], lexicon)):
        return _wh_tokens("Who"), "who", False
    category = _name_category(tokens, span, kind)
    if category is not None:
        return (("Which", "WDT"), (category, "NN")), f"which {category}", False
    if kind == "organization" and head_tag in PROPER_NOUN_TAGS:
        return (("Which", "WDT"), ("organisation", "NN")), "which organisation", False
    return _wh_tokens("What"), "what", False


def _name_category(tokens: list[Token], span: range, kind: str) -> str | None:
    """ "the Black Army" is an army, "the February Revolution" a revolution: "Which army ...?"."""
    word, tag = tokens[span.stop - 1]
    lowered = word.lower()
    if kind in {"organization", "event"} and tag == "NNP" and len(span) > 1 and lowered in NAME_CATEGORIES:
        return lowered
    return None


def _head_index(tokens: list[Token], span: range) -> int:
    """The noun a phrase is about: "side" in "the side of the Bolsheviks"."""
    head = span.stop - 1
    for index in span:
        tag = tokens[index][1]
        if tag in {"IN", "TO", ","} and index > span.start:
            break
        if tag in NOUN_TAGS:
            head = index
    return head


def _names_people(head: Token, lexicon: Lexicon) -> bool:
    """ "the soldiers", "the bosses": a noun that WordNet files under persons."""
    word, tag = head
    if tag not in {"NN", "NNS"} or not word.isalpha():
        return False
    word = word.lower()
    # "leaders" is itself a WordNet lemma (a group); the singular says what each one is.
    singulars = [word[:-1], word[:-2], word[:-3] + "y"] if tag == "NNS" and word.endswith("s") else [word]
    # "counterrevolutionaries" is not in WordNet, "revolutionary" is.
    singulars += [s[len(prefix):] for s in singulars for prefix in PERSON_PREFIXES if s.startswith(prefix)]
    for singular in singulars:
        sense = lexicon.first_noun_sense(singular)
        if sense is not None:
            return sense.lexname() == "noun.person"
    return False


def _names_something(tokens: list[Token], index: int) -> bool:
    """A proper noun or capitalised adjective ("Bolshevik", "Russian"), not a sentence-initial "The"."""
    word, tag = tokens[index]
    # The first word is capitalised anyway, and the tagger often calls it a proper noun.
    return index > 0 and (tag in PROPER_NOUN_TAGS or (tag == "JJ" and word[:1].isupper()))


def _wh_tokens(phrase: str) -> tuple[Token, ...]:
    tags = {"Who": "WP", "What": "WP", "When": "WRB", "Where": "WRB", "How": "WRB", "Which": "WDT", "By": "IN",
            "Until": "IN", "how": "WRB", "when": "WRB"}
    return tuple((word, tags.get(word, "NN")) for word in phrase.split())


# ---------------------------------------------------------------- building the question


#: "When did the Bolsheviks still have plenty of enemies?": these words measure the time
#: against another the question does not give.
PRESUPPOSING = frozenset({"still", "already", "again", "yet", "no longer", "anymore"})


def _presupposing(tokens: list[Token], clause: Clause) -> bool:
    return any(tokens[i][0].lower() in PRESUPPOSING for i in range(clause.pre_verb.start, clause.end))


def _negated(tokens: list[Token], clause: Clause) -> bool:
    verb_group = range(clause.pre_verb.start, clause.verb_end)
    return any(tokens[i][0].lower() in NEGATIONS for i in verb_group)


def _realise(tokens: list[Token], clause: Clause, plan: _Plan, lexicon: Lexicon) -> list[Token] | None:
    moved = [a for a in clause.adverbials if a != plan.answered_adverbial]
    if moved and clause.subordinate is not None:
        # "... that the party won in 1917?" would attach the moved phrase to the wrong clause.
        return None
    if moved and _dangling_appositive(tokens, clause.verb_end, clause.end):
        return None  # "... a police force, the Cheka on 20 December?" reads as one phrase
    if plan.subject_question:
        head = _subject_question_head(tokens, clause, plan, lexicon)
    else:
        head = _inverted_head(tokens, clause, plan, lexicon)
    if head is None:
        return None
    predicate = _without_trailing_comma(
        [tokens[i] for i in range(clause.verb_end, clause.end) if i not in plan.removed]
    )
    tail = [token for adverbial in moved for token in _moved_adverbial(tokens, adverbial, lexicon)]
    return list(plan.wh) + head + predicate + tail + [("?", ".")]


def _moved_adverbial(tokens: list[Token], adverbial: range, lexicon: Lexicon) -> list[Token]:
    """The phrase as it reads at the end; a source ("according to X") stays set off by its comma."""
    words = [_lowered_if_initial(tokens, i, lexicon) for i in adverbial]
    return [(",", ",")] + words if words[0][0].lower() == "according" else words


def _without_trailing_comma(predicate: list[Token]) -> list[Token]:
    """ 'the accusation of “state capitalism,” but ...' cut before "but" keeps a comma inside the quote."""
    if len(predicate) >= 2 and predicate[-2][0] == "," and predicate[-1][0] in CLOSING_QUOTES:
        return predicate[:-2] + predicate[-1:]
    if predicate and predicate[-1][0] == ",":
        return predicate[:-1]
    return predicate


def _subject_question_head(
    tokens: list[Token], clause: Clause, plan: _Plan, lexicon: Lexicon
) -> list[Token] | None:
    finite = (tokens[clause.finite][0], clause.finite_tag)
    if not plan.plural and not (clause.copula and _plural_complement(tokens, clause)):
        finite = singular_agreement(finite, lexicon.lemma)
        if finite is None:
            return None
    pre_verb = [tokens[i] for i in clause.pre_verb]
    rest = [tokens[i] for i in range(clause.finite + 1, clause.verb_end)]
    return pre_verb + [finite] + rest


def _plural_complement(tokens: list[Token], clause: Clause) -> bool:
    """ "The Bolsheviks were the leaders": "Who were the leaders?" keeps the plural."""
    index = clause.verb_end
    while index < clause.end and tokens[index][1] in {"DT", "JJ", "JJS", "JJR", "RB", "NN", "NNS", "NNP", "NNPS"}:
        if tokens[index][1] in PLURAL_NOUN_TAGS and (index + 1 >= clause.end or tokens[index + 1][1] not in NOUN_TAGS):
            return True
        index += 1
    return False


def _inverted_head(tokens: list[Token], clause: Clause, plan: _Plan, lexicon: Lexicon) -> list[Token] | None:
    subject = [_lowered_if_initial(tokens, i, lexicon) for i in clause.subject]
    pre_verb = [tokens[i] for i in clause.pre_verb]
    finite_word, finite_tag = tokens[clause.finite][0], clause.finite_tag
    if clause.inverts:
        after = list(range(clause.finite + 1, clause.verb_end))
        auxiliary = [(finite_word.lower(), finite_tag)]
        if after and tokens[after[0]][0].lower() in {"n't", "n\u2019t"}:
            auxiliary.append(tokens[after.pop(0)])
        return auxiliary + subject + pre_verb + [tokens[i] for i in after]
    auxiliary = do_support(finite_tag)
    lemma = base_form(finite_word, finite_tag, lexicon.lemma)
    if auxiliary is None or lemma is None:
        return None
    return [(auxiliary, finite_tag)] + subject + pre_verb + [(lemma, "VB")]


def _lowered_if_initial(tokens: list[Token], index: int, lexicon: Lexicon) -> Token:
    """The sentence's first word loses the capital it had only for being first."""
    word, tag = tokens[index]
    if index != 0 or not _ordinary_word(word, tag, lexicon):
        return (word, tag)
    if _bare_subject_name(tokens, lexicon):
        return (word, tag)
    return (word.lower(), tag)


def _bare_subject_name(tokens: list[Token], lexicon: Lexicon) -> bool:
    """ "Serge was born ...": a lone singular noun before the verb is a name unless it names an
    abstraction ("Membership dwindled", "Control would be ..."), even if WordNet knows a fabric."""
    word, tag = tokens[0]
    if tag != "NN" or len(tokens) < 2 or not (tokens[1][1].startswith("VB") or tokens[1][1] == "MD"):
        return False
    sense = lexicon.first_noun_sense(word)
    return sense is not None and sense.lexname() not in ABSTRACT_NOUN_FILES


def _ordinary_word(word: str, tag: str, lexicon: Lexicon) -> bool:
    """Not a name: function words, and content words WordNet knows in lower case. The tagger often
    calls a sentence-initial name a common noun ("Rabinowitch has documented ...")."""
    if tag in PROPER_NOUN_TAGS or word == "I" or not word.replace("-", "").isalpha():
        return False
    if tag in FUNCTION_TAGS:
        return True
    for part in word.lower().split("-"):
        base = lexicon.lemma(part, None)
        synsets = lexicon.synsets(part)
        lemmas = {lemma.name() for synset in synsets for lemma in synset.lemmas()}
        # WordNet lists names too ("Lenin", "Smith"): a word whose first sense is a name keeps its capital.
        named = bool(synsets) and base.capitalize() in {lemma.name() for lemma in synsets[0].lemmas()}
        if base not in lemmas or named:
            return False
    return True


# ---------------------------------------------------------------- final checks


def _acceptable(question: list[Token]) -> bool:
    words = [word for word, _ in question]
    content = [w for w in words if _has_alnum(w)]
    if not MIN_QUESTION_WORDS <= len(content) <= MAX_SENTENCE_WORDS:
        return False
    if not _balanced(words):
        return False
    return not _unresolved_reference(question)


def _content_words(question: list[Token]) -> int:
    return sum(1 for word, _ in question if _has_alnum(word))


def _dangles(question: list[Token], plan: _Plan) -> bool:
    """A question may end on a preposition only where the transformation stranded it."""
    word, tag = question[-2]
    if tag in {"DT", "CC", "PRP$", "POS", ","} or word in {",", "(", "\u201c", "``"}:
        return True
    if len(question) > 2 and question[-3][1] == "PRP" and tag.startswith("VB"):
        return True  # "..., all of which, he insists?": a parenthetical cut from its clause
    return tag in {"IN", "TO"} and not plan.strands


def _balanced(words: list[str]) -> bool:
    depth = 0
    for word in words:
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(word, 0)
        if depth < 0:
            return False
    quotes = quote_depths(words)
    return depth == 0 and quotes[-1] == 0 and min(quotes) >= 0


def _unresolved_reference(question: list[Token]) -> bool:
    """A pronoun or demonstrative that points outside the question: "When did they ...?"."""
    seen: set[str] = set()  # what earlier words could stand for: "plural", "singular", "person"
    for position, (word, tag) in enumerate(question):
        lowered = word.lower()
        if tag == "PRP" and not PRONOUN_ANTECEDENTS.get(lowered, set()) & seen or lowered in CONTEXT_WORDS:
            return True
        if tag in {"DT", "PDT", "JJ"} and lowered in DEMONSTRATIVES:
            return True
        if tag == "EX" and not _existential_after_verb(question, position):
            return True
        if tag == "PRP$" and not POSSESSIVE_ANTECEDENTS.get(lowered, set()) & seen:
            return True
        seen |= _could_stand_for(word, tag)
    return False


def _could_stand_for(word: str, tag: str) -> set[str]:
    if word.lower() == "who":
        return {"person", "plural"}
    if tag in PLURAL_NOUN_TAGS:
        return {"plural"}
    if tag == "NNP" and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return {"plural"}  # "Bolsheviks" is often tagged as a singular name
    if tag == "NNP":
        return {"person", "singular"}
    if tag == "NN":
        return {"singular"}
    return set()


def _existential_after_verb(question: list[Token], position: int) -> bool:
    return position > 0 and question[position - 1][1].startswith("VB")


def _gives_away(question: str, answer: str) -> bool:
    """Every content word of the answer is already in the question."""
    question_words = {w.strip(".,;:?!\u201c\u201d\"'()").lower() for w in question.split()}
    answer_words = [w.strip(".,;:?!\u201c\u201d\"'()").lower() for w in answer.split()]
    content = [w for w in answer_words if w and w not in ARTICLES]
    return bool(content) and all(w in question_words for w in content)

"""English clause structure from Penn Treebank tags: the pieces a question transformation moves.

Everything here works on one tagged sentence, `(word, tag)` pairs as nltk.word_tokenize and
nltk.pos_tag give them. There is no parser: a clause is read left to right as optional fronted
adverbials, a subject, a verb group and a predicate, and anything that does not fit that shape
is reported as unparsable (None) so the caller can refuse rather than guess.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

Token = tuple[str, str]
Lemmatize = Callable[[str, str], str]

FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
NON_FINITE_VERB_TAGS = frozenset({"VB", "VBN", "VBG"})
NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
PROPER_NOUN_TAGS = frozenset({"NNP", "NNPS"})

BE_FORMS = frozenset({"be", "am", "is", "are", "was", "were", "been", "being"})
HAVE_FORMS = frozenset({"have", "has", "had", "having"})
DO_FORMS = frozenset({"do", "does", "did"})
NEGATIONS = frozenset({"not", "n't", "n\u2019t", "never"})

OPENING_QUOTES = frozenset({"``", "\u201c", "\u2018"})
# "\u2019" is left out: it is far more often an apostrophe ("workers\u2019 councils") than a quote.
CLOSING_QUOTES = frozenset({"''", "\u201d"})
QUOTES = OPENING_QUOTES | CLOSING_QUOTES | {'"'}
RIGHT_SINGLE_QUOTE = "\u2019"
DASHES = frozenset({"\u2014", "\u2013", "--", "-"})
ELLIPSES = frozenset({"\u2026", "..."})
HARD_BREAKS = frozenset({";", ":"}) | DASHES | ELLIPSES
BRACKETS = frozenset({"(", ")", "[", "]", "{", "}"})
SENTENCE_ENDS = frozenset({".", "!", "?"})

COORDINATORS = frozenset({"and", "but", "or", "yet", "nor"})
# Conjunctions that always open a subordinate clause; "after", "before", "since", "as" and
# "until" are prepositions too and count only when a finite verb follows.
SUBORDINATORS = frozenset(
    {"because", "although", "though", "whereas", "while", "unless", "if", "whether", "that", "so"}
)
CLAUSAL_PREPOSITIONS = frozenset({"after", "before", "since", "as", "until", "till", "once"})
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})

# Connectives that tie a sentence to the one before; a question reads better without them.
DISCOURSE_OPENERS = (
    ("in", "fact"), ("in", "other", "words"), ("at", "the", "same", "time"),
    ("on", "the", "other", "hand"), ("on", "the", "contrary"), ("in", "short"),
    ("as", "a", "result"), ("for", "example"), ("for", "instance"), ("in", "addition"),
    ("of", "course"), ("in", "turn"), ("in", "particular"), ("above", "all"),
    ("after", "all"), ("by", "contrast"), ("in", "contrast"), ("in", "the", "end"),
    ("in", "practice"), ("in", "theory"), ("in", "reality"), ("to", "be", "sure"),
    ("in", "any", "case"), ("at", "any", "rate"), ("in", "general"), ("at", "first"),
    ("at", "last"), ("in", "sum"), ("in", "brief"), ("that", "is"), ("even", "so"),
    ("in", "conclusion"), ("in", "summary"), ("to", "conclude"), ("to", "sum", "up"),
    ("in", "this", "sense"), ("in", "this", "way"), ("as", "such"), ("for", "all", "that"),
    ("at", "this", "point"), ("at", "that", "point"), ("at", "this", "time"), ("at", "that", "time"),
    ("by", "then"), ("by", "this", "time"), ("by", "that", "time"), ("in", "this", "context"),
)

# Adverbs that, first in a sentence and without a comma, only link it to the one before.
LINKING_ADVERBS = frozenset(
    "then thus hence indeed still meanwhile subsequently finally eventually also later soon now therefore".split()
)
# Participles that work as prepositions: "According to Getzler, ..." names a source, no event.
PARTICIPIAL_PREPOSITIONS = frozenset({"according", "including", "concerning", "regarding", "given", "considering"})
CONCESSIVES = frozenset({"although", "though", "whereas"})
REPORTING_VERB_FORMS = frozenset(
    "mentioned noted pointed documented discussed argued explained observed shown showed described "
    "suggested said wrote written stated reported remarked".split()
)
# "Of the delegates the majority ...", "For the Communards were ...": no phrase to move.
UNFRONTED_PREPOSITIONS = frozenset({"of", "for", "like", "than", "that"})
TIME_NOUNS = frozenset(
    "beginning start end middle outset course time period days weeks months years decade decades century".split()
)
RELATIVE_TIME_WORDS = frozenset({"later", "earlier", "afterwards", "before", "after"})
SUBJECT_START_TAGS = frozenset({"DT", "PDT", "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "CD", "PRP", "PRP$", "EX"})

NOMINAL_START_TAGS = frozenset({"DT", "NN", "NNS", "NNP", "NNPS", "CD", "JJ", "PRP$"})
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
DATE_WORDS = MONTHS | {"spring", "summer", "autumn", "fall", "winter", "early", "mid", "late", "of"}

# Past tenses that the lemmatizer rightly leaves unchanged.
UNCHANGED_PAST = frozenset(
    "put cut set let hit cast spread shut split quit burst cost hurt read bet bid rid thrust "
    "upset broadcast forecast beat".split()
)


def is_finite(token: Token) -> bool:
    word, tag = token
    return tag in FINITE_TAGS or (word.lower() in BE_FORMS - {"be", "been", "being"} and tag.startswith("VB"))


def is_verb(token: Token) -> bool:
    return token[1].startswith("VB") or token[1] == "MD"


def is_adverb(token: Token) -> bool:
    return token[1] in {"RB", "RBR", "RBS"} or token[0].lower() in NEGATIONS


def is_year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and 1000 <= int(word) <= 2100


def base_form(word: str, tag: str, lemmatize: Lemmatize) -> str | None:
    """The bare infinitive of a finite verb, or None when the lemmatizer does not know it."""
    lowered = word.lower()
    lemma = lemmatize(lowered, "v")
    # A past or third-person form the lemmatizer cannot reduce is most likely a mistagged
    # noun or adjective; a question built on it would be nonsense.
    unreduced_past = tag == "VBD" and lemma == lowered and lowered not in UNCHANGED_PAST
    unreduced_present = tag == "VBZ" and lemma == lowered
    return None if unreduced_past or unreduced_present else lemma


def is_real_participle(word: str, lemmatize: Lemmatize) -> bool:
    """False for adjectives tagged VBN ("uncontested" in "had uncontested power")."""
    lowered = word.lower()
    return lemmatize(lowered, "v") != lowered or lowered in UNCHANGED_PAST


def do_support(tag: str) -> str | None:
    """The form of "do" that carries the tense a main verb had before it was made bare."""
    return {"VBD": "did", "VBZ": "does", "VBP": "do"}.get(tag)


def third_person_singular(lemma: str) -> str:
    irregular = {"be": "is", "have": "has", "do": "does", "go": "goes"}
    if lemma in irregular:
        return irregular[lemma]
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ies"
    return lemma + "s"


def singular_agreement(token: Token, lemmatize: Lemmatize) -> Token | None:
    """The finite verb made to agree with a singular subject such as "who" or "what"."""
    word, tag = token
    lowered = word.lower()
    if lowered == "were":
        return ("was", "VBD")
    if tag != "VBP":
        return token
    if lowered == "are":
        return ("is", "VBZ")
    lemma = base_form(lowered, tag, lemmatize)
    return (third_person_singular(lemma), "VBZ") if lemma else None


@dataclass(frozen=True)
class Clause:
    """The main clause of a sentence as token index ranges.

    `dropped` are connectives left out of any question; `adverbials` are fronted phrases that a
    question re-attaches at its end. The verb group runs from `finite` (whose tag, corrected
    where the tagger took a past tense for a participle, is `finite_tag`) to `verb_end`; `inverts`
    says whether the finite verb itself moves before the subject (auxiliaries, modals, copula) or
    needs do-support. The predicate is `[verb_end, end)`; a subordinate clause that starts at
    `subordinate` (if not None) stays attached to it and cannot hold an answer.
    """

    dropped: tuple[range, ...]
    adverbials: tuple[range, ...]
    subject: range
    pre_verb: range
    finite: int
    finite_tag: str
    verb_end: int
    inverts: bool
    copula: bool
    end: int
    subordinate: int | None
    asides: tuple[range, ...] = ()  # the dropped phrases that said something ("Released in 1917,")


def parse_clause(tokens: Sequence[Token], lemmatize: Lemmatize) -> Clause | None:
    start, dropped, adverbials = _fronted_material(tokens)
    finite = _main_verb(tokens, start)
    relative = None if finite is None else _subject_relative(tokens, start, finite)
    if relative is not None:
        head_end, finite = relative
    if finite is None or finite == start:
        return None
    finite_tag = {"VBN": "VBD", "NN": "VBP"}.get(tokens[finite][1], tokens[finite][1])
    subject_end = finite
    while subject_end > start and is_adverb(tokens[subject_end - 1]):
        subject_end -= 1
    subject = range(start, subject_end)
    plain = range(start, head_end) if relative is not None else subject
    if not subject or not _plain_subject(tokens, plain):
        return None
    verb_group = _verb_group(tokens, finite, finite_tag, lemmatize)
    if verb_group is None:
        return None
    verb_end, inverts, copula = verb_group
    bounds = _clause_end(tokens, verb_end)
    if bounds is None:
        return None
    end, subordinate = bounds
    return Clause(
        dropped=tuple(dropped),
        adverbials=tuple(adverbials),
        subject=subject,
        pre_verb=range(subject_end, finite),
        finite=finite,
        finite_tag=finite_tag,
        verb_end=verb_end,
        inverts=inverts,
        copula=copula,
        end=end,
        subordinate=subordinate,
        asides=tuple(r for r in dropped if _is_aside(tokens, r)),
    )


def _subject_relative(tokens: Sequence[Token], start: int, first_finite: int) -> tuple[int, int] | None:
    """ "Lenin, who was still in hiding, advocated ...": a relative clause set off by commas after
    a plain noun phrase. Returns where the noun phrase ends and the main verb's index, found only
    when a verb comes right after the closing comma, so that comma cannot belong to a list."""
    comma = first_finite - 2
    if comma <= start or tokens[comma][0] != "," or tokens[comma + 1][0].lower() not in {"who", "which"}:
        return None
    if not all(tokens[i][1] in NOUN_TAGS | {"DT", "JJ", "POS"} for i in range(start, comma)):
        return None
    closing = next((i for i in range(first_finite, len(tokens)) if tokens[i][0] in {",", "."} | QUOTES | BRACKETS | HARD_BREAKS), None)
    if closing is None or tokens[closing][0] != "," or any(tokens[i][1] in RELATIVE_TAGS for i in range(first_finite, closing)):
        return None
    verb = _skip_adverbs(tokens, closing + 1)
    if verb >= len(tokens):
        return None
    word, tag = tokens[verb]
    if is_finite(tokens[verb]) or (tag == "VBN" and word.endswith("ed")):
        return comma, verb
    return None


def _main_verb(tokens: Sequence[Token], start: int) -> int | None:
    """The first finite verb, or a regular past tense the tagger read as a participle
    ("Lenin, the party's leader, returned ..." tags "returned" VBN) when no finite verb follows it."""
    for index in range(start, len(tokens)):
        if is_finite(tokens[index]):
            return index
        word, tag = tokens[index]
        after_noun = index > start and (tokens[index - 1][1] in NOUN_TAGS or tokens[index - 1][0] == ",")
        if tag == "VBN" and word.endswith("ed") and after_noun and not _finite_verb_in_clause(tokens, index + 1):
            return index
    return _present_tense_read_as_noun(tokens, start)


def _present_tense_read_as_noun(tokens: Sequence[Token], start: int) -> int | None:
    """ "The Bolsheviks control the soviets" is tagged with "control" as NN. In a sentence with no
    verb at all, a singular noun right after a plural one and right before a determiner is the verb."""
    if any(is_verb(token) for token in tokens[start:]):
        return None
    for index in range(start + 1, len(tokens) - 1):
        previous_word, previous_tag = tokens[index - 1]
        plural_before = previous_tag == "NNS" or (previous_tag in {"NNP", "NNPS"} and previous_word.endswith("s"))
        if tokens[index][1] == "NN" and plural_before and tokens[index + 1][1] in {"DT", "PRP$"}:
            return index
    return None


def _finite_verb_in_clause(tokens: Sequence[Token], index: int) -> bool:
    for position in range(index, len(tokens)):
        word, tag = tokens[position]
        if tag in {"CC"} | RELATIVE_TAGS or word in HARD_BREAKS | SENTENCE_ENDS:
            return False
        if is_finite(tokens[position]):
            return True
    return False


def _fronted_material(tokens: Sequence[Token]) -> tuple[int, list[range], list[range]]:
    """Skip the connectives and adverbial phrases in front of the subject."""
    position, dropped, adverbials = 0, [], []
    if tokens and tokens[0][1] == "CC":
        dropped.append(range(1))
        position = 1
    while position < len(tokens):
        connective = _discourse_opener(tokens, position)
        if connective is not None:
            dropped.append(connective)
            position = connective.stop
            continue
        aside = (_participial_phrase(tokens, position) or _relative_time(tokens, position)
                 or _concessive_clause(tokens, position) or _as_parenthetical(tokens, position))
        if aside is not None and _pronoun_ahead(tokens, aside.stop):
            break  # "Having met Serge, Borghi arranged to see him": the dropped words hold what "him" means
        if aside is not None:
            # "Released in 1917,", "Two days later,", "Although the army grew," and "As Avrich
            # pointed out," leave the main clause true without them: moved to a question's end
            # they would attach to the wrong word, and kept in front they would point back at
            # a sentence the question does not give.
            dropped.append(aside)
            position = aside.stop
            continue
        phrase = _fronted_phrase(tokens, position)
        if phrase is None:
            break
        phrase_range, comma = phrase
        if all(is_adverb(tokens[i]) for i in phrase_range):
            # "Now," or "More narrowly," points back at the previous sentence.
            dropped.append(range(phrase_range.start, phrase_range.stop + comma))
        else:
            adverbials.append(phrase_range)
        position = phrase_range.stop + comma
    return position, dropped, adverbials


def _is_aside(tokens: Sequence[Token], dropped: range) -> bool:
    """More than a connective: a phrase with a noun, a number or a verb of its own."""
    return any(tokens[i][1] in NOUN_TAGS | {"CD"} or is_verb(tokens[i]) for i in dropped)


def _participial_phrase(tokens: Sequence[Token], position: int) -> range | None:
    """ "Released in 1917,", "Having met Serge in Paris," before the subject, with its comma."""
    word, tag = tokens[position]
    if tag not in {"VBN", "VBG"} or word.lower() in PARTICIPIAL_PREPOSITIONS:
        return None
    comma = _closing_comma(tokens, position + 1)
    if comma is None or not all(_participle_internal(tokens[i]) for i in range(position + 1, comma)):
        return None
    return range(position, comma + 1)


def _participle_internal(token: Token) -> bool:
    """A participle's own complements may hold an infinitive ("Determined to defend ..."),
    but no finite verb, relative clause or coordination that would make it a clause."""
    word, tag = token
    if tag in {"VB", "TO"}:
        return True
    return _phrase_internal(token)


def _relative_time(tokens: Sequence[Token], position: int) -> range | None:
    """ "Two days later," or "Several weeks earlier,": a time measured from the previous sentence."""
    index = position
    while index < len(tokens) and tokens[index][1] in {"CD", "JJ", "DT"}:
        index += 1
    if index == position or index >= len(tokens) or tokens[index][1] != "NNS":
        return None
    index += 1
    if index + 1 >= len(tokens) or tokens[index][0].lower() not in RELATIVE_TIME_WORDS or tokens[index + 1][0] != ",":
        return None
    return range(position, index + 2)


def _pronoun_ahead(tokens: Sequence[Token], index: int) -> bool:
    """A pronoun in the main clause that may mean someone only the words before it name. A
    possessive or reflexive most often means the subject, and a relative clause's pronoun
    ("..., where he lived") is left out, as no question keeps it."""
    for word, tag in tokens[index:]:
        if tag in RELATIVE_TAGS:
            return False
        if tag == "PRP" and not word.lower().endswith(("self", "selves")):
            return True
    return False


def _concessive_clause(tokens: Sequence[Token], position: int) -> range | None:
    """ "Although the party grew," up to its comma: a clause whose main clause holds whatever it concedes.
    The first comma must close it, which it does only if it holds a verb and no list runs on past it."""
    if tokens[position][0].lower() not in CONCESSIVES:
        return None
    comma = _closing_comma(tokens, position + 1)
    if comma is None or not _clause_before_comma(tokens, position + 1, comma):
        return None
    return range(position, comma + 1)


def _as_parenthetical(tokens: Sequence[Token], position: int) -> range | None:
    """ "As Avrich pointed out," or "As mentioned,": a comment on the claim, not part of it."""
    if tokens[position][0].lower() != "as":
        return None
    comma = _closing_comma(tokens, position + 1)
    if comma is None or not _clause_before_comma(tokens, position + 1, comma, finite=False):
        return None
    reporting = any(
        tokens[i][1].startswith("VB") and tokens[i][0].lower() in REPORTING_VERB_FORMS for i in range(position + 1, comma)
    )
    return range(position, comma + 1) if reporting else None


def _clause_before_comma(tokens: Sequence[Token], start: int, comma: int, finite: bool = True) -> bool:
    words = range(start, comma)
    if finite and not any(is_finite(tokens[i]) for i in words):
        return False
    if any(tokens[i][1] in RELATIVE_TAGS or tokens[i][0] in QUOTES | HARD_BREAKS | BRACKETS for i in words):
        return False
    return not _list_runs_on(tokens, comma + 1)


def _list_runs_on(tokens: Sequence[Token], index: int) -> bool:
    """ "..., the Cheka and the soviets shrank": a conjunction before the next verb means the
    comma sat inside a list, not after a clause."""
    for position in range(index, len(tokens)):
        word, tag = tokens[position]
        if tag == "CC" or word == ",":
            return True
        if is_verb(tokens[position]):
            return False
    return False


def _closing_comma(tokens: Sequence[Token], start: int) -> int | None:
    return next((i for i in range(start, min(len(tokens), start + 14)) if tokens[i][0] == ","), None)


def _discourse_opener(tokens: Sequence[Token], position: int) -> range | None:
    lowered = [word.lower() for word, _ in tokens[position:position + 5]]
    for opener in DISCOURSE_OPENERS:
        length = len(opener)
        if tuple(lowered[:length]) == opener and len(lowered) > length and lowered[length] == ",":
            return range(position, position + length + 1)
    linking = lowered and lowered[0] in LINKING_ADVERBS and tokens[position][1].startswith("RB")
    if linking and len(lowered) > 1 and lowered[1] != ",":
        return range(position, position + 1)
    return None


def _fronted_phrase(tokens: Sequence[Token], position: int) -> tuple[range, int] | None:
    """A prepositional or adverbial phrase before the subject: its range and 1 if a comma follows."""
    word, tag = tokens[position]
    inside = position + 1
    if _attribution(tokens, position):
        tag, inside = "IN", position + 2  # "According to X," is a prepositional phrase naming a source
    if tag not in {"IN", "RB", "RBR", "RBS"} or word.lower() in SUBORDINATORS | {"as"}:
        return None
    comma = next((i for i in range(position + 1, min(len(tokens), position + 14)) if tokens[i][0] == ","), None)
    if comma is not None and _inside_date(tokens, comma):
        comma += 2  # "On October 25, 1917," closes at the comma after the year
    if comma is not None and comma < len(tokens) and tokens[comma][0] == "," and _plain_phrase(tokens, inside, comma):
        adverbs_only = all(is_adverb(tokens[i]) for i in range(position, comma))
        if tag == "IN" or adverbs_only:
            return range(position, comma), 1
    date_end = _date_phrase_end(tokens, position) or _commaless_phrase_end(tokens, position)
    if date_end is not None:
        return range(position, date_end), 0
    return None


def _commaless_phrase_end(tokens: Sequence[Token], position: int) -> int | None:
    """End of "In Moscow" in "In Moscow the unions ...", "Within three weeks" in "Within three weeks
    the rebellion ...": a noun phrase cannot run on into an article or "there", so a noun right
    before one ends the phrase and the subject starts."""
    word, tag = tokens[position]
    if tag != "IN" or word.lower() in SUBORDINATORS | CLAUSAL_PREPOSITIONS | UNFRONTED_PREPOSITIONS:
        return None
    for index in range(position + 1, min(len(tokens) - 1, position + 10)):
        word, tag = tokens[index]
        inner_of = word.lower() == "of" and index > position + 1
        if tag not in NOMINAL_START_TAGS | {"NNS", "NNPS", "JJR", "JJS", "POS"} and not inner_of:
            return None
        following = tokens[index + 1]
        subject_starts = following[0].lower() in {"the", "a", "an"} or following[1] == "EX"
        if tag in NOUN_TAGS | {"CD"} and subject_starts:
            return index + 1 if _names_place_or_time(tokens, range(position + 1, index + 1)) else None
    return None


def _names_place_or_time(tokens: Sequence[Token], phrase: range) -> bool:
    """ "In Moscow", "In the 1920s", "At the beginning of its rule" set the scene wherever they
    stand; "On the ground" is an idiom that, moved to a question's end, would seem to modify
    the noun before it."""
    return any(tokens[i][1] in PROPER_NOUN_TAGS | {"CD"} or tokens[i][0].lower() in TIME_NOUNS for i in phrase)


def _attribution(tokens: Sequence[Token], position: int) -> bool:
    following = tokens[position + 1][0].lower() if position + 1 < len(tokens) else ""
    return tokens[position][0].lower() == "according" and following == "to"


def _plain_phrase(tokens: Sequence[Token], start: int, stop: int) -> bool:
    """No clause inside: "Between March 12 and March 14" joins two nouns, and with no verb
    anywhere in the phrase its "and" cannot start a clause."""
    verbless = not any(is_verb(tokens[i]) for i in range(start, stop))
    for index in range(start, stop):
        word, tag = tokens[index]
        joins_nouns = tag == "CC" and verbless and index + 1 < stop and tokens[index + 1][1] in NOMINAL_START_TAGS
        if not joins_nouns and not _phrase_internal(tokens[index]):
            return False
    return True


def _inside_date(tokens: Sequence[Token], comma: int) -> bool:
    """The comma of "October 25, 1917": a day before it and a year after it."""
    before = tokens[comma - 1]
    after = tokens[comma + 1] if comma + 1 < len(tokens) else ("", "")
    return before[1] == "CD" and before[0].isdigit() and len(before[0]) <= 2 and is_year(after[0])


def _phrase_internal(token: Token) -> bool:
    word, tag = token
    return not (
        is_finite(token)
        or tag in {"VB", "TO", "MD", "CC"} | RELATIVE_TAGS
        or word in QUOTES | HARD_BREAKS | BRACKETS
        or word.lower() in SUBORDINATORS
    )


def _date_phrase_end(tokens: Sequence[Token], position: int) -> int | None:
    """End of a comma-less fronted date phrase: "In April 1917", "On 31 August", "By the spring of 1918"."""
    if tokens[position][1] != "IN":
        return None
    index = position + 1
    if index < len(tokens) and tokens[index][0].lower() == "the":
        index += 1
    dated = False
    while index < len(tokens) and (tokens[index][0].lower() in DATE_WORDS or tokens[index][1] == "CD"):
        dated = dated or is_year(tokens[index][0]) or tokens[index][0].lower() in MONTHS
        index += 1
    if not dated or index >= len(tokens) or tokens[index][0] in {",", "."}:
        return None
    return index


def _plain_subject(tokens: Sequence[Token], subject: range) -> bool:
    """A noun phrase with no clause inside it, so the first finite verb after it is the main verb."""
    first_tag = tokens[subject.start][1]
    if first_tag not in SUBJECT_START_TAGS and not (first_tag == "VBG" and len(subject) > 1):
        return False
    if not any(tokens[i][1] in NOUN_TAGS | {"CD", "PRP", "EX"} for i in subject):
        return False  # "Both utilised ...", "Some have left ...": the noun is in an earlier sentence
    for index in subject:
        word, tag = tokens[index]
        if tag in RELATIVE_TAGS | {"VB", "TO", "MD", ":"} or word in HARD_BREAKS:
            return False
        if word in QUOTES and not _quoted_words_only(tokens, subject):
            return False
        if index > subject.start and (tag == "NNP" or word.lower() in {"he", "she", "they", "we", "i"}) and tokens[index - 1][1] == "NNS":
            return False  # "The measures Lenin proposed ... were": a relative clause without 'that'
        if word.lower() in SUBORDINATORS | CLAUSAL_PREPOSITIONS:
            return False
    return _subject_commas_fit(tokens, subject)


def _quoted_words_only(tokens: Sequence[Token], subject: range) -> bool:
    """'The party’s “extraordinary measures”': a quoted term inside the subject, closed
    within it and holding no clause."""
    words = [tokens[i][0] for i in subject]
    opened = sum(w in OPENING_QUOTES for w in words)
    closed = sum(w in CLOSING_QUOTES for w in words)
    return opened == closed == 1 and not any(tokens[i][1] in {"VBD", "VBZ", "VBP", "MD"} for i in subject)


def _subject_commas_fit(tokens: Sequence[Token], subject: range) -> bool:
    """Commas in a subject must set off one appositive ("Lenin, the leader, ...") or join a list."""
    commas = [i for i in subject if tokens[i][0] == ","]
    if not commas:
        return True
    if len(commas) == 2 and commas[1] == subject.stop - 1:
        return True
    return any(tokens[i][1] == "CC" for i in range(commas[-1], subject.stop)) and commas[-1] != subject.stop - 1


def _verb_group(
    tokens: Sequence[Token], finite: int, tag: str, lemmatize: Lemmatize
) -> tuple[int, bool, bool] | None:
    """(end of the verb group, whether the finite verb inverts, whether it is a copula)."""
    word = tokens[finite][0]
    lowered = word.lower()
    following = _skip_adverbs(tokens, finite + 1)
    next_token = tokens[following] if following < len(tokens) else ("", "")
    if tag == "MD":
        return _inverting_chain(tokens, following, lemmatize) if next_token[1] == "VB" else None
    if lowered in BE_FORMS:
        if next_token[1] in {"VBN", "VBG", "VBD"} and is_real_participle(next_token[0], lemmatize):
            return _inverting_chain(tokens, following, lemmatize)
        # "was to become" inverts like the copula it is: "What was Lenin to become?"
        return finite + 1, True, True
    if lowered in HAVE_FORMS and next_token[1] in {"VBN", "VBD"} and is_real_participle(next_token[0], lemmatize):
        return _inverting_chain(tokens, following, lemmatize)
    if lowered in DO_FORMS and next_token[1] == "VB":
        return following + 1, True, False
    if tag not in {"VBD", "VBZ", "VBP"}:
        return None
    return finite + 1, False, False


def _inverting_chain(tokens: Sequence[Token], main: int, lemmatize: Lemmatize) -> tuple[int, bool, bool]:
    """An auxiliary chain; a copula when it ends on "be" itself ("would be", "has been")."""
    end = _aux_chain_end(tokens, main, lemmatize)
    return end, True, tokens[end - 1][0].lower() in BE_FORMS


def _skip_adverbs(tokens: Sequence[Token], index: int) -> int:
    while index < len(tokens) and is_adverb(tokens[index]):
        index += 1
    return index


def _aux_chain_end(tokens: Sequence[Token], index: int, lemmatize: Lemmatize) -> int:
    """Past "been", "being", "have" and "be" in chains like "would have been formed"."""
    while tokens[index][0].lower() in BE_FORMS | HAVE_FORMS:
        following = _skip_adverbs(tokens, index + 1)
        if _verb_form_follows(tokens, following, lemmatize):
            index = following
        else:
            break
    return index + 1


def _verb_form_follows(tokens: Sequence[Token], index: int, lemmatize: Lemmatize) -> bool:
    """A participle or bare verb after an auxiliary, including one the tagger took for a noun or
    adjective at the end of a phrase ("would have understood/NN.")."""
    if index >= len(tokens):
        return False
    word, tag = tokens[index]
    if tag in NON_FINITE_VERB_TAGS | {"VBD"}:
        return is_real_participle(word, lemmatize)
    following_tag = tokens[index + 1][1] if index + 1 < len(tokens) else "."
    misread = tag in {"NN", "JJ"} and following_tag not in NOUN_TAGS | {"DT", "JJ", "CD", "PRP$", "POS"}
    return misread and word.isalpha() and lemmatize(word.lower(), "v") != word.lower()


def _clause_end(tokens: Sequence[Token], verb_end: int) -> tuple[int, int | None] | None:
    """Where the main clause's predicate stops, and where a subordinate clause inside it starts.

    None when the predicate holds a second finite verb with nothing to introduce it ("The people
    employed there represented ..."): the tagger has then misread the sentence.
    """
    end = _content_end(tokens)
    subordinate = None
    depths = quote_depths([word for word, _ in tokens])
    brackets = 0
    for index in range(verb_end, end):
        word, tag = tokens[index]
        brackets += {"(": 1, ")": -1}.get(word, 0)
        if depths[index] > 0 or brackets > 0:
            continue  # a quotation or an aside is never cut, nor read for clause structure
        if word in HARD_BREAKS or (word == "," and index + 1 < end and _opens_clause(tokens, index + 1, end)) or (
            tag == "CC" and word.lower() in COORDINATORS and _coordinates_verbs(tokens, index + 1, end)
        ):
            return _cut(tokens, verb_end, index, subordinate)
        if subordinate is None and _opens_clause(tokens, index, end):
            subordinate = index
        elif subordinate is None and is_finite(tokens[index]):
            return None
    return end, subordinate


def _cut(tokens: Sequence[Token], verb_end: int, index: int, subordinate: int | None) -> tuple[int, int | None] | None:
    """End the clause at index, unless that would leave a verb or a subordinate clause unfinished."""
    kept = range(verb_end, index)
    if not any(tokens[i][1] in NOUN_TAGS | {"CD", "IN", "PRP", "JJ", "VBN", "VBG"} for i in kept):
        return None  # "Serge described, rather triumphantly, how ...": the object is the cut-off clause
    if subordinate is not None and not any(is_finite(tokens[i]) for i in range(subordinate, index)):
        return None
    if _gerund_list(tokens, kept, index):
        return None  # "alternated between promoting X, attempting Y, ...": the comma is inside a list
    coordination = tokens[index][1] == "CC" or (index + 1 < len(tokens) and tokens[index + 1][1] == "CC")
    # a comma before a verb lists predicates; one before "in the midst of ..." sets off an aside
    listing = [i for i in kept if tokens[i][0] == "," and tokens[i + 1][0] not in CLOSING_QUOTES
               and tokens[i + 1][1] not in {"IN", "DT", "RB"}]
    if coordination and any(not _inside_date(tokens, i) for i in listing):
        return None  # "vanished, arrested, executed, and had ...": cutting would leave a list without its "and"
    return index, subordinate


def _gerund_list(tokens: Sequence[Token], kept: range, index: int) -> bool:
    """A gerund after the comma that matches one a preposition governs before it."""
    if tokens[index][0] != "," or index + 1 >= len(tokens) or tokens[index + 1][1] != "VBG":
        return False
    return any(tokens[i][1] == "VBG" and tokens[i - 1][1] == "IN" for i in kept if i > 0)


def _coordinates_verbs(tokens: Sequence[Token], index: int, end: int) -> bool:
    """ "... and forced the Czar to flee", "... and the army deserted": a second verb phrase or clause."""
    following = index
    while following < end and (is_adverb(tokens[following]) or tokens[following][0] == ","):
        following += 1  # "and, indeed, was rejected"
    if following >= end:
        return False
    word, tag = tokens[following]
    if tag in {"VBD", "VBN", "VBZ", "VBP", "MD"}:
        return True
    if tag not in SUBJECT_START_TAGS and word.lower() not in {"neither", "either", "both"}:
        return False  # "both fighting and replacing capitalism": no new subject, no new clause
    return _finite_verb_ahead(tokens, index, end)


def _opens_clause(tokens: Sequence[Token], index: int, end: int) -> bool:
    word, tag = tokens[index]
    lowered = word.lower()
    if tag in RELATIVE_TAGS or lowered in SUBORDINATORS - {"so"}:
        return True
    after_comma = tokens[index - 1][0] == ","
    if after_comma and (tag == "VBG" or is_finite(tokens[index]) or _relative_ahead(tokens, index, end)):
        return True
    if lowered in CLAUSAL_PREPOSITIONS | COORDINATORS | {"so"}:
        return _finite_verb_ahead(tokens, index + 1, end)
    return False


def _relative_ahead(tokens: Sequence[Token], index: int, end: int) -> bool:
    """ ", 11 members of which were arrested": a relative clause whose pronoun is not its first word,
    but follows a preposition ("of which", "among whom")."""
    if tokens[index][1] in {"IN", "TO"}:
        return False  # ", of those anarchists who refused": a phrase whose noun has a relative clause
    for position in range(index, min(end, index + 6)):
        if tokens[position][1] in RELATIVE_TAGS:
            return tokens[position - 1][1] == "IN"
        if is_finite(tokens[position]) or tokens[position][0] in {",", ";", ":"}:
            return False
    return False


def _finite_verb_ahead(tokens: Sequence[Token], index: int, end: int) -> bool:
    """A finite verb before the next punctuation, conjunction or relative pronoun: a new clause
    starts here. A regular past tense right after a noun counts too, since the tagger often reads
    it as a participle ("and their strategy relied/VBN on ...")."""
    for position in range(index, min(end, index + 10)):
        word, tag = tokens[position]
        if tag in RELATIVE_TAGS | {"TO"} or word in HARD_BREAKS | {","} or word.lower() == "that":
            return False
        if is_finite(tokens[position]):
            return True
        if tag == "VBN" and word.endswith("ed") and position > index and tokens[position - 1][1] in NOUN_TAGS:
            return True
    return False


def _content_end(tokens: Sequence[Token]) -> int:
    """The sentence without its final full stop."""
    return len(tokens) - 1 if tokens and tokens[-1][0] in SENTENCE_ENDS else len(tokens)


def quote_depths(words: Sequence[str]) -> list[int]:
    """How many quotations are open before each word, and (last item) after the final one.

    A right single quote closes a quotation only when a left single quote opened one; otherwise
    it is an apostrophe. A negative depth means a quote closed that never opened.
    """
    depths = []
    double = single = straight = 0
    for word in words:
        depths.append(double + single + straight)
        if word in {"``", "\u201c"}:
            double += 1
        elif word in {"''", "\u201d"}:
            double -= 1
        elif word == "\u2018":
            single += 1
        elif word == RIGHT_SINGLE_QUOTE and single > 0:
            single -= 1
        elif word == '"':
            straight = 1 - straight
    depths.append(double + single + straight)
    return depths


def detokenize(words: Sequence[str]) -> str:
    """Join tokens back into text with English spacing and typographic quotes."""
    no_space_before = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'", "''", "\u201d", "\u2019"}
    no_space_after = {"(", "[", "{", "$", "\u00a3", "``", "\u201c", "\u2018"}
    contractions = ("n't", "'s", "'re", "'ve", "'ll", "'d", "'m")
    text = ""
    previous = None
    for word in words:
        shown = {"``": "\u201c", "''": "\u201d"}.get(word, word)
        attach = previous is None or previous in no_space_after or word in no_space_before
        attach = attach or word.lower().replace(RIGHT_SINGLE_QUOTE, "'") in contractions
        text += shown if attach else " " + shown
        previous = word
    return text

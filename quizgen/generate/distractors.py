"""Wrong options for multiple choice and false versions for true/false.

A distractor has the answer's kind and sort (a year for a year, a general for a general,
a historian for a historian), its form (rank or none, full name or surname, article or
none) and a similar length. It comes from the same essay, read for the role each name
plays and the years it belongs to; numbers and dates are also varied from the answer
itself. It is never also correct: not the answer in another form, not a synonym, part or
whole of it, and not something the source sentence itself states. Where three such
options cannot be found, fewer are returned and no multiple-choice question is made.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from quizgen.generate import forms
from quizgen.generate.roles import NameRoles, cites
from quizgen.nlp.entities import MONTHS, fine_kind
from quizgen.nlp.lexicon import Lexicon

_DEBRIS = re.compile(r"[a-z]- [a-z]|\d[a-z]|[a-z]\d|[()\[\]“”\"]")
_DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.I)
_POSSESSIVE = re.compile(r"'s\b")
_ALNUM = re.compile(r"[a-z0-9]+")
_NUMBER = re.compile(r"(\d[\d,]*(?:\.\d+)?)")
_NAME_KINDS = {"person", "organization", "place", "event"}
_KEEP_KIND = {"person", "organization", "place", "event", "work", "date", "number", "term", "name"}
#: Kinds whose options must read as the same sort of name or phrase as the answer.
_WORDED = {"person", "organization", "place", "event", "work", "term", "name"}


def normal(text: str) -> str:
    text = text.lower().replace("’", "'")
    text = _DETERMINER.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return " ".join(_ALNUM.findall(text))


#: Only the essay's most frequent terms of a kind are considered, which keeps the choice
#: cheap on a long essay and favours terms the student has met.
POOL_LIMIT = 80


@dataclass(frozen=True)
class _Entry:
    text: str
    norm: str
    words: frozenset[str]
    freq: int
    fine: str


@dataclass
class DistractorPool:
    """The essay's terms by kind, with how often each occurs, and what the essay says
    about them (which names it treats as one thing, which sentences mention each)."""

    by_kind: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    essay: "EssayKnowledge | None" = None
    _entries: dict[str, list[_Entry]] = field(default_factory=dict, repr=False)
    _chosen: dict[tuple, list[str]] = field(default_factory=dict, repr=False)
    _ranking: dict[tuple[str, str], list[_Entry]] = field(default_factory=dict, repr=False)

    def add(self, text: str, kind: str) -> None:
        if kind in _KEEP_KIND and not _DEBRIS.search(text) and 1 <= len(text.split()) <= 6:
            self.by_kind[kind][text] += 1
            self._entries.pop(kind, None)
            self._chosen.clear()
            self._ranking.clear()

    def learn(self, sentences: Iterable[str], lexicon: Lexicon) -> None:
        """Read the essay's sentences, so that no option is one the essay itself makes true."""
        self.essay = EssayKnowledge.read(list(sentences), lexicon)
        self._chosen.clear()
        self._ranking.clear()

    def _name_words(self) -> set[str]:
        """Every one-word name the essay uses, of any kind."""
        return {text for counts in self.by_kind.values() for text in counts if " " not in text}

    def entries(self, kind: str, lexicon: Lexicon) -> list[_Entry]:
        if kind not in self._entries:
            counts = self.by_kind.get(kind, Counter())
            top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:POOL_LIMIT]
            self._entries[kind] = [
                _Entry(text, normal(text), frozenset(normal(text).split()), freq, fine_kind(text, kind, lexicon))
                for text, freq in top
            ]
        return self._entries[kind]

    def choose(
        self, answer: str, kind: str, sentence: str, lexicon: Lexicon, count: int = 3
    ) -> list[str]:
        """Up to `count` distractors, best first; fewer when no safe ones exist."""
        key = (answer, kind, sentence, count)
        if key not in self._chosen:
            self._chosen[key] = self._choose(answer, kind, sentence, lexicon, count)
        return list(self._chosen[key])

    def may_offer(self, answer: str, kind: str, lexicon: Lexicon) -> bool:
        """Whether options can exist for the answer at all, asked before a question is drafted."""
        return self._offered_kind(answer, kind, lexicon) is not None

    def _offered_kind(self, answer: str, kind: str, lexicon: Lexicon) -> str | None:
        """The answer's fine kind, or None when nothing can stand beside it as an option: an
        adjective, an adverb or a list has no like things."""
        fine = fine_kind(answer, kind, lexicon)
        if not fine or fine.endswith(":list") or self._generic(answer, kind):
            return None
        return fine if self._offerable(answer, kind, lexicon) else None

    def _choose(self, answer: str, kind: str, sentence: str, lexicon: Lexicon, count: int) -> list[str]:
        fine = self._offered_kind(answer, kind, lexicon)
        if fine is None:
            return []
        check = _Check(answer, kind, sentence, lexicon, self.essay)
        if kind == "number":
            if len(_NUMBER.findall(answer)) > 1:
                return []  # a range: changing one end leaves a muddle, not a wrong answer
            pool = self._ranked(answer, kind, fine, check, count)
            varied = [d for d in vary_number(answer) if check.safe(d, pool)]
            return (pool + varied)[:count]
        if kind == "date":
            if _is_range(answer):
                return []
            pool = self._ranked(answer, kind, fine, check, count, same_shape=True)
            varied = [d for d in vary_date(answer) if check.safe(d, pool)]
            return (pool + varied)[:count]
        # "_____’ own ideology" shows that the answer ends in s: so must every option.
        # Only the essay's own terms: WordNet's sister terms are often of another sense
        # ('congregation' beside 'organization') or too rare for a student to weigh.
        pool = self._ranked(answer, kind, fine, check, count, ends_in_s=_bare_possessive(answer, sentence))
        if kind == "term":
            pool = [d for d in pool if same_family(answer, d, lexicon)]
            if len(pool) < count:
                pool += self._wordnet_terms(answer, check, pool, lexicon)
        return pool[:count]

    @staticmethod
    def _wordnet_terms(answer: str, check: "_Check", pool: list[str], lexicon: Lexicon) -> list[str]:
        """When the essay has too few terms of the answer's family, WordNet's: other
        doctrines beside 'anarchism' ('collectivism', 'absolutism'), everyday words only."""
        out: list[str] = []
        if not answer.lower().endswith("ism") and " " not in answer:
            return out  # 'capitalist' beside 'conformist': followers and qualities stray too far
        for word in lexicon.sisters(answer):
            if word.islower() and word in lexicon.words and same_family(answer, word, lexicon) and check.safe(word, pool + out):
                out.append(word)
        return out

    def _offerable(self, text: str, kind: str, lexicon: Lexicon) -> bool:
        """A phrase that can stand in a list of options of its sort: a person's name and
        nothing glued to it or said about it; a term that is a noun phrase."""
        if kind == "person":
            return not forms.described_name(text, lexicon) and not forms.glued_name(
                text, self._name_words() - {text}, lexicon.stopwords
            ) and not self._common_words(text, lexicon)
        if kind == "term":
            return forms.noun_phrase(text, lexicon)
        return True

    def _same_sort(self, text: str, answer: str, kind: str, lexicon: Lexicon) -> bool:
        """The option is the sort of thing the answer is, in the answer's form, as far as
        its words and the essay's evidence tell."""
        if kind not in _WORDED:
            return True
        if not forms.same_article(text, answer) or not self._offerable(text, kind, lexicon):
            return False
        if forms.group_sort(text, lexicon) != forms.group_sort(answer, lexicon):
            return False
        if kind in ("term", "name", "organization", "event") and not forms.similar_length(text, answer, kind != "term"):
            return False
        if kind == "term" and not forms.same_shape(text, answer, lexicon):
            return False
        if kind == "person" and forms.person_form(text, lexicon) != forms.person_form(answer, lexicon):
            return False
        if kind == "place" and not forms.same_place_class(text, answer, lexicon):
            return False
        roles = self.essay.roles if self.essay else None
        if roles is None:
            return True
        return kind not in ("person", "organization") or roles.same_era(text, answer)

    def _common_words(self, text: str, lexicon: Lexicon) -> bool:
        """'Soviet Executive': every word one the essay also writes in lower case, or an
        adjective before a noun for a kind of person, so a phrase with capitals and not
        somebody's name."""
        words = text.split()
        if len(words) > 1 and lexicon.is_adjective(words[0]) and forms.common_person_noun(words[-1], lexicon):
            return True
        return self.essay is not None and all(w.lower() in self.essay.lower_words for w in text.split())

    def _alike(self, entry: _Entry, answer: str, kind: str) -> float:
        """How alike the essay writes about the two (names and terms only), in tenths: a
        swap the essay's own usage makes plausible reads as a real alternative."""
        if self.essay is None or kind in ("date", "number"):
            return 0.0
        return round(self.essay.usage_similarity(entry.norm, normal(answer)), 1)

    def _generic(self, text: str, kind: str) -> bool:
        """A one-word 'name' the essay also writes in lower case ("Congress", "Opposition",
        "Soviets") is a common noun with a capital, too vague to be an option."""
        return (
            kind in _NAME_KINDS and " " not in text and self.essay is not None
            and text.lower() in self.essay.lower_words
        )

    def _ranked(
        self, answer: str, kind: str, fine: str, check: "_Check", count: int, same_shape: bool = False,
        ends_in_s: bool = False,
    ) -> list[str]:
        if (answer, kind) not in self._ranking:
            self._ranking[(answer, kind)] = sorted(
                (
                    e for e in self.entries(kind, check.lexicon)
                    if e.fine == fine and _near(e.text, answer, kind) and not self._generic(e.text, kind)
                    and self._same_sort(e.text, answer, kind, check.lexicon)
                ),
                key=lambda e: (
                    -_form_similarity(e.text, answer, kind), -self._alike(e, answer, kind), -min(e.freq, 5), e.text
                ),
            )
        chosen: list[str] = []
        taken: set[str] = set()
        for entry in self._ranking[(answer, kind)]:
            if len(chosen) >= count:
                break
            if same_shape and not _same_date_shape(entry.text, answer):
                continue
            if ends_in_s and not entry.text.endswith("s"):
                continue
            if kind not in ("date", "number") and entry.words & taken:
                continue
            if check.fits(entry.text) and check.safe(entry.text, chosen, entry.norm):
                chosen.append(_match_case(entry.text, answer))
                taken |= entry.words
        return chosen


_ROOT_SUFFIXES = ("isms", "ism", "ists", "ist", "iks", "ik", "ites", "ite", "ians", "ian", "ies", "s")
_ALIAS_MARKERS = (
    ("/",), ("(",), (",", "or"), ("known", "as"), ("called",), ("and", "other"), ("or", "other"),
    ("such", "as"), ("including",), ("i.e.",), ("namely",), ("that", "is"), ("later",),
)
_WORD = re.compile(r"[A-Za-z0-9’'-]+|[/(),;:.]")
_STOP_ALIAS = {"the", "a", "an", "its", "their", "his", "her"}


def root(word: str) -> str:
    """A word without the endings that turn a name into its doctrine, its followers or
    their plural: 'Bolshevism', 'Bolsheviks' and 'Bolshevik' share the root 'bolshev'."""
    word = word.lower().replace("’", "'").removesuffix("'s")
    for suffix in _ROOT_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _root_key(text: str) -> tuple[str, ...]:
    return tuple(root(w) for w in normal(text).split() if w not in _STOP_ALIAS)


def _shares_root(text: str, answer: str) -> bool:
    """One is a variant of the other ('Bolshevism' beside 'Bolsheviks'). Between two
    multi-word names only the heads count: 'Socialist Revolutionaries' and 'Social
    Democrats' are different parties."""
    tk, ak = _root_key(text), _root_key(answer)
    if not tk or not ak:
        return False
    if len(tk) > 1 and len(ak) > 1:
        tk, ak = tk[-1:], ak[-1:]
    return any(_same_root(x, y) for x in tk for y in ak)


def _same_root(x: str, y: str) -> bool:
    if len(x) < 4 or len(y) < 4:
        return False
    if x == y:
        return len(x) >= 4
    common = 0
    for cx, cy in zip(x, y):
        if cx != cy:
            break
        common += 1
    return common >= 7


@dataclass
class EssayKnowledge:
    """What the whole essay says that bears on whether an option is also right."""

    aliases: set[frozenset]
    lemmas: list[frozenset[str]]  # content lemmas of each sentence
    lower_words: frozenset[str]  # words the essay writes in lower case somewhere
    norms: list[str]  # each sentence normalised, padded with spaces for whole-word search
    roles: NameRoles
    _where: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    _usage: dict[str, Counter] = field(default_factory=dict, repr=False)
    _by_word: dict[str, list[int]] = field(default_factory=dict, repr=False)

    @classmethod
    def read(cls, sentences: list[str], lexicon: Lexicon) -> "EssayKnowledge":
        aliases: set[frozenset] = set()
        for text in sentences:
            aliases |= _alias_pairs(text)
        lemmas = [content_lemmas(text, lexicon) for text in sentences]
        lower = frozenset(w for text in sentences for w in _ALNUM.findall(text) if w.islower())
        return cls(aliases, lemmas, lower, [f" {normal(t)} " for t in sentences], NameRoles(sentences))

    def are_aliases(self, a: str, b: str) -> bool:
        return frozenset((_root_key(a), _root_key(b))) in self.aliases

    def usage(self, norm: str) -> Counter:
        """The content words of the sentences that name it, less its own words."""
        if norm not in self._usage:
            own = set(norm.split())
            self._usage[norm] = Counter(
                lemma for i in self.sentences_with(norm) for lemma in self.lemmas[i] if lemma not in own
            )
        return self._usage[norm]

    def usage_similarity(self, a: str, b: str) -> float:
        ua, ub = self.usage(a), self.usage(b)
        dot = sum(n * ub[w] for w, n in ua.items() if w in ub)
        size = math.sqrt(sum(n * n for n in ua.values()) * sum(n * n for n in ub.values()))
        return dot / size if size else 0.0

    def sentences_with(self, norm: str) -> tuple[int, ...]:
        if norm not in self._where:
            needle = f" {norm} "
            # Only a sentence with the phrase's first word can hold it: a long essay is not scanned whole.
            candidates = self._sentences_with_word(norm.split()[0]) if norm else range(len(self.norms))
            self._where[norm] = tuple(i for i in candidates if needle in self.norms[i])
        return self._where[norm]

    def _sentences_with_word(self, word: str) -> list[int]:
        if not self._by_word:
            for i, text in enumerate(self.norms):
                for w in dict.fromkeys(text.split()):
                    self._by_word.setdefault(w, []).append(i)
        return self._by_word.get(word, [])


def content_lemmas(text: str, lexicon: Lexicon) -> frozenset[str]:
    return frozenset(lexicon.lemma(w) for w in normal(text).split() if not lexicon.is_trivial(w) and len(w) > 1)


def _alias_pairs(text: str) -> set[frozenset]:
    """Phrases the sentence gives as names of one thing: 'X/Y', 'X (Y)', 'X, or Y',
    'X, known as Y', 'X and other Y' (Y then includes X)."""
    words = _WORD.findall(text)
    lows = [w.lower() for w in words]
    out: set[frozenset] = set()
    for i in range(len(words)):
        for marker in _ALIAS_MARKERS:
            if lows[i] != marker[0] or tuple(lows[i : i + len(marker)]) != marker:
                continue
            left = _phrase_words(words[:i][::-1])[::-1]
            right = _phrase_words(words[i + len(marker) :])
            for n in range(1, len(left) + 1):
                for m in range(1, len(right) + 1):
                    lk, rk = _root_key(" ".join(left[-n:])), _root_key(" ".join(right[:m]))
                    if lk and rk and lk != rk:
                        out.add(frozenset((lk, rk)))
    return out


def _phrase_words(words: list[str]) -> list[str]:
    out = []
    for w in words:
        if not (w[:1].isalnum()) or len(out) >= 4:
            break
        out.append(w)
    return out


@dataclass
class _Check:
    """Whether one option may stand beside one answer in one question."""

    answer: str
    kind: str
    sentence: str
    lexicon: Lexicon
    essay: EssayKnowledge | None

    def __post_init__(self) -> None:
        self.stem_lemmas = content_lemmas(self.sentence, self.lexicon) - content_lemmas(self.answer, self.lexicon)
        self.sentence_words = {self.lexicon.lemma(w) for w in normal(self.sentence).split()}

    def fits(self, text: str) -> bool:
        """What this sentence asks of an option: the article before the gap, the role the
        answer plays here, the years the sentence names."""
        before, at, after = self.sentence.partition(self.answer)
        if at and not forms.fits_article_before(text, _last_word(before)):
            return False
        if at and (self.answer[:1].isupper() or self.answer[:1].isdigit()) and forms.name_goes_on(before):
            return False
        if self.essay is None or self.kind not in ("person", "event", "organization"):
            return True
        roles = self.essay.roles
        if self.kind == "person":
            cited_here = bool(at) and cites(before.lower().replace("’", "'"), after.lower().replace("’", "'"))
            if roles.role(text) != ("scholar" if cited_here else roles.role(self.answer)):
                return False
        sentence_years = _years_in(self.sentence.replace(self.answer, " "))
        if self.kind == "person" and sentence_years and not roles.years(text):
            return False  # someone the essay never places in time cannot be placed in this year
        return _dated_alike(roles.years(text), sentence_years)

    def safe(self, text: str, chosen: Iterable[str], text_norm: str | None = None) -> bool:
        if not _safe(text, self.answer, self.sentence, chosen, self.lexicon, self.kind, text_norm, self.sentence_words):
            return False
        names = self.kind not in ("date", "number")
        if names and _shares_root(text, self.answer):
            return False
        if self.essay is None:
            return True
        if names and self.essay.are_aliases(text, self.answer):
            return False
        return not self._also_true(text_norm if text_norm is not None else normal(text))

    def _also_true(self, norm: str) -> bool:
        """Another sentence says the option together with most of what the stem says:
        the option may be just as right ('the strikes of 1905' and 'the strikes of 1917')."""
        if len(self.stem_lemmas) < 2:
            return False
        for i in self.essay.sentences_with(norm):
            shared = len(self.stem_lemmas & self.essay.lemmas[i]) / len(self.stem_lemmas)
            if shared >= 0.6:
                return True
        return False


def _is_range(date: str) -> bool:
    """'Between March 12 and March 14', 'from June 1918 to 1921': two dates in one answer."""
    months = [w for w in re.findall(r"[A-Za-z]+", date) if w.lower() in MONTHS]
    return len(months) > 1 or len(re.findall(r"\b(?:1[0-9]|20)\d\d\b", date)) > 1 or bool(
        re.search(r"\b(?:and|to|until)\b|[–-]", date)
    )


def _last_word(text: str) -> str:
    words = re.findall(r"[A-Za-z]+", text[-12:])
    return words[-1].lower() if words else ""


def _years_in(text: str) -> set[int]:
    return {int(y) for y in re.findall(r"\b(1[5-9]\d\d|20\d\d)\b", text)}


def _dated_alike(option_years: frozenset[int], sentence_years: set[int]) -> bool:
    """What the essay dates elsewhere cannot stand in a sentence that dates it: 'the
    February Revolution of early 1921' when the essay puts it in 1917, a party that
    'emerged in 1923' when the essay has it at work years before."""
    if not option_years or not sentence_years:
        return True
    return any(abs(o - y) <= 2 for o in option_years for y in sentence_years)


def _bare_possessive(answer: str, sentence: str) -> bool:
    return answer.endswith("s") and any(answer + mark in sentence for mark in ("’ ", "' "))


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _value(text: str) -> float | None:
    match = _NUMBER.search(text)
    return float(match.group(1).replace(",", "")) if match else None


def _near(text: str, answer: str, kind: str) -> bool:
    """A number of similar size and the same form; a year close to the answer's."""
    if kind == "number":
        if _has_digit(text) != _has_digit(answer) or _percent(text) != _percent(answer):
            return False  # "three" beside "1,429", or "40%" beside "6,000", gives itself away
        if _lead(text) != _lead(answer):
            return False
        tv, av = _value(text), _value(answer)
        return tv is None or av is None or (av > 0 and 0.2 <= tv / av <= 5)
    if kind == "date":
        ty, ay = _year(text), _year(answer)
        return ty is None or ay is None or abs(ty - ay) <= 12
    return True


def _percent(text: str) -> bool:
    return "%" in text or "percent" in text.lower() or "per cent" in text.lower()


def _lead(text: str) -> str:
    first = text.split()[0].lower() if text.split() else ""
    return first if first.isalpha() and not _percent(first) and _has_digit(text) else ""


def _year(text: str) -> int | None:
    match = re.search(r"\b(1[0-9]|20)\d\d\b", text)
    return int(match.group()) if match else None


def _form_similarity(text: str, answer: str, kind: str = "") -> float:
    tw, aw = text.split(), answer.split()
    same_words = 1.0 if len(tw) == len(aw) else 0.5 if abs(len(tw) - len(aw)) == 1 else 0.0
    ratio = min(len(text), len(answer)) / max(len(text), len(answer), 1)
    length = 1.0 if ratio >= 0.6 else ratio  # beyond near-equal length, the better-known option
    caps = 1.0 if text[:1].isupper() == answer[:1].isupper() else 0.0
    det = 1.0 if bool(_DETERMINER.match(text)) == bool(_DETERMINER.match(answer)) else 0.0
    near = 0.0
    if kind == "date" and _year(text) and _year(answer):
        near = 2.0 - abs(_year(text) - _year(answer)) / 6
    return 2 * same_words + length + caps + 0.5 * det + near


def _match_case(text: str, answer: str) -> str:
    if answer[:1].islower() and text[:1].isupper() and not text.split()[0].isupper():
        first = text.split()[0]
        if first.lower() in {"the", "a", "an"}:
            return first.lower() + text[len(first):]
    return text


def _overlaps(a: str, b: str) -> bool:
    wa, wb = set(normal(a).split()), set(normal(b).split())
    return bool(wa & wb) or not wa or not wb


def _safe(
    text: str, answer: str, sentence: str, chosen: Iterable[str], lexicon: Lexicon, kind: str = "",
    text_norm: str | None = None, sentence_words: set[str] | None = None,
) -> bool:
    nt, na = text_norm if text_norm is not None else normal(text), normal(answer)
    if not nt or nt == na:
        return False
    if kind not in ("date", "number") and _overlaps(text, answer):
        return False
    if any(normal(c) == nt for c in chosen):
        return False
    if sentence_words is None:
        sentence_words = {lexicon.lemma(w) for w in normal(sentence).split()}
    if all(lexicon.lemma(w) in sentence_words for w in nt.split()):
        return False  # the sentence states it too: it may be just as right
    if len(na.split()) == 1 and len(nt.split()) == 1 and _wordnet_related(nt, na, lexicon):
        return False
    if lexicon.lemma(nt) == lexicon.lemma(na):
        return False
    return True


def _wordnet_related(a: str, b: str, lexicon: Lexicon) -> bool:
    """Synonym, broader or narrower term, part or whole, either way round and in either
    number ('Communists' is a broader term for 'Bolsheviks')."""
    la, lb = lexicon.lemma(a), lexicon.lemma(b)
    return a in lexicon.related(b) or la in lexicon.related(lb) or lb in lexicon.related(la)


def vary_number(answer: str) -> list[str]:
    match = _NUMBER.search(answer)
    if not match:
        return []
    raw = match.group(1)
    value = float(raw.replace(",", ""))
    percent = "%" in answer or "percent" in answer
    if percent:
        options = [value + d for d in (-20, 10, -10, 20, 30)]
        options = [v for v in options if 0 < v < 100]
    elif value < 10:
        options = [value + d for d in (1, 2, -1, 3, 4)]
    else:
        options = [value * f for f in (2, 0.5, 1.5, 3, 0.25)]
    out = []
    for v in options:
        if v <= 0 or v == value:
            continue
        text = _format_like(v, raw)
        out.append(answer[: match.start(1)] + text + answer[match.end(1) :])
    return out


def _format_like(value: float, raw: str) -> str:
    if "." in raw.replace(",", ""):
        return f"{value:.1f}"
    value = int(round(value))
    if value >= 1000:
        magnitude = 10 ** (len(str(value)) - 2)
        value = int(round(value / magnitude) * magnitude)
    return f"{value:,}" if "," in raw or value >= 10000 else str(value)


def vary_date(answer: str) -> list[str]:
    year = re.search(r"\b(1[0-9]|20)\d\d\b", answer)
    words = answer.split()
    month = next((w for w in words if w.lower().strip(",") in MONTHS), None)
    out = []
    if year:
        y = int(year.group())
        for d in (1, -1, 2, -2, 3, 4):
            out.append(answer[: year.start()] + str(y + d) + answer[year.end() :])
    elif month:
        names = list(MONTHS)
        i = names.index(month.lower().strip(","))
        for d in (1, -1, 2, -2, 3):
            other = names[(i + d) % 12].capitalize()
            out.append(answer.replace(month.strip(","), other, 1))
    return out


def _same_date_shape(text: str, answer: str) -> bool:
    def shape(s: str) -> str:
        s = re.sub(r"\b(1[0-9]|20)\d\d\b", "Y", s)
        s = re.sub(r"\b\d{1,2}\b", "D", s)
        s = re.sub(r"\b(" + "|".join(MONTHS) + r")\b", "M", s, flags=re.I)
        return s

    return shape(text) == shape(answer)


#: Endings that make a family of abstract terms: doctrines, their followers, qualities.
_TERM_FAMILIES = ("ism", "ist", "ists", "ity", "ocracy", "archy")
#: WordNet categories of things one can line up as options ('tax', 'loan', 'tithe' are all
#: possessions); acts, states and attributes are too wide a sort ('service' and 'war').
#: Not people: 'proletarian socialist' beside 'committed Marxist' may describe the same man.
_CONCRETE_SORTS = frozenset({"noun.possession", "noun.artifact", "noun.group", "noun.location",
                             "noun.substance", "noun.food", "noun.animal", "noun.plant", "noun.body", "noun.object"})


def same_family(answer: str, other: str, lexicon: Lexicon | None = None) -> bool:
    """Terms a student must tell apart on their meaning, not on their sort: doctrines beside
    doctrines ('federalism', 'anarchism'), phrases about one kind of thing ('trade union',
    'peasant union'), or heads of one concrete sort ('water rent', 'grain tax'). 'postal
    service' beside 'civil war' is told apart by its sort alone and makes a weak option."""
    a, b = answer.lower().split(), other.lower().split()
    if len(a) == 1 and len(b) == 1:
        return any(a[0].endswith(e) and b[0].endswith(e) for e in _TERM_FAMILIES)
    if len(a) < 2 or len(b) < 2:
        return False
    if a[-1].rstrip("s") == b[-1].rstrip("s"):
        return True
    if lexicon is None:
        return False
    sort = _head_sort(a[-1], lexicon)
    return sort in _CONCRETE_SORTS and sort == _head_sort(b[-1], lexicon)


def _head_sort(word: str, lexicon: Lexicon) -> str:
    senses = lexicon.noun_synsets(lexicon.lemma(word))
    return senses[0].lexname() if senses else ""

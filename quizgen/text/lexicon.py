"""Which strings are English words: NLTK's `words` list plus WordNet lemmas and inflections.

WordNet is read straight from its index and exception files instead of through
`nltk.corpus.wordnet`, whose first use parses the whole database (seconds); the
index files hold every lemma, which is all a yes/no word test needs. The
inflection rules are WordNet's own (the ones `morphy` applies).

A `Lexicon` is built once per run and passed along; nothing here is cached at
module level.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Closed-class words that glued text splits into, and that decide grammar at joins.
FUNCTION_WORDS = frozenset(
    """a an the of to in on at by for with from and or but nor as is was were be been being are am
    that this these those it its he she we they i you his her their our your my them us him me
    not no so than then which who whom whose what when where why how into onto upon over under
    about after before during while had has have do does did can could would should may might
    must will shall two three four five six one all any some out up off if yet""".split()
)

# The short words extraction most often runs into their neighbours ("ofworkers", "Howwould").
GLUE_WORDS = frozenset(
    """a an the of to in on at by for and or but as is was were be are how who two three that this with
    from would could had has have not it he she we they his her their its into out up so no all any one
    which what when where then than been more many much some such our your them""".split()
)

DETERMINERS = frozenset("a an the this these those its his her their our your my whose every each".split())
PREPOSITIONS = frozenset(
    "of to in on at by for with from into onto upon over under about after before during between "
    "against among through without within toward towards across".split()
)
CONJUNCTIONS = frozenset("and or but nor".split())

# Inflection rules (WordNet's morphy): suffix -> replacement, per part of speech.
_SUFFIX_RULES = {
    "noun": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
             ("men", "man"), ("ies", "y")),
    "verb": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"),
             ("ing", "")),
    "adj": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "adv": (),
}
# Derivations the word lists leave out but a reader accepts without thinking.
_EXTRA_SUFFIXES = ("s", "es", "ed", "d", "ing", "ist", "ists", "ism", "isms", "ly", "ness")
_EXTRA_PREFIXES = ("out", "un", "re", "non", "anti", "counter", "semi", "over", "under", "pre", "post",
                   "co", "self", "inter", "sub", "super", "multi", "pro", "de", "mis")

_WORD_LINE = re.compile(r"^([a-z][a-z_'-]*)\s")


@dataclass
class Lexicon:
    """A word test. Build with `Lexicon.load()` (NLTK data) or directly from word sets in tests."""

    words: frozenset[str]
    lemmas: dict[str, frozenset[str]] = field(default_factory=dict)  # part of speech -> lemmas
    exceptions: dict[str, dict[str, str]] = field(default_factory=dict)  # pos -> inflected -> base

    @classmethod
    def load(cls) -> Lexicon:
        import nltk

        from quizgen.nltk_resources import ensure_nltk_data

        ensure_nltk_data("words", "wordnet")
        words = frozenset(w.lower() for w in _read_lines(nltk, "corpora/words/en") if w)
        lemmas = {}
        exceptions = {}
        for pos in ("noun", "verb", "adj", "adv"):
            found = set()
            for line in _read_lines(nltk, f"corpora/wordnet/index.{pos}"):
                match = _WORD_LINE.match(line)
                if match and "_" not in match.group(1):
                    found.add(match.group(1))
            lemmas[pos] = frozenset(found)
            table = {}
            for line in _read_lines(nltk, f"corpora/wordnet/{pos}.exc"):
                parts = line.split()
                if len(parts) >= 2:
                    table[parts[0]] = parts[1]
            exceptions[pos] = table
        return cls(words=words, lemmas=lemmas, exceptions=exceptions)

    def base_forms(self, word: str, pos: str) -> set[str]:
        """WordNet base forms of `word` as part of speech `pos` (empty if none)."""
        lemmas = self.lemmas.get(pos, frozenset())
        found = set()
        base = self.exceptions.get(pos, {}).get(word)
        if base:
            found.add(base)
        if word in lemmas:
            found.add(word)
        for suffix, replacement in _SUFFIX_RULES[pos]:
            if word.endswith(suffix):
                candidate = word[: len(word) - len(suffix)] + replacement
                if candidate in lemmas:
                    found.add(candidate)
        return found

    def plain(self, word: str) -> bool:
        """`word` (lower case) is in the words list or is a WordNet lemma or inflection."""
        if word in self.words:
            return True
        return any(self.base_forms(word, pos) for pos in ("noun", "verb", "adj", "adv"))

    def known(self, word: str) -> bool:
        """A word a reader would accept: plain, or plain with a common affix."""
        word = word.lower()
        if not word:
            return False
        if self.plain(word):
            return True
        for suffix in _EXTRA_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 4 and self.plain(word[: -len(suffix)]):
                return True
        for prefix in _EXTRA_PREFIXES:
            if word.startswith(prefix) and len(word) - len(prefix) >= 4 and self.plain(word[len(prefix):]):
                return True
        return False

    def common(self, word: str) -> bool:
        """In WordNet (any inflection): the Unix words list alone admits rarities like 'mand'."""
        word = word.lower()
        return any(self.base_forms(word, pos) for pos in ("noun", "verb", "adj", "adv"))

    def is_verb(self, word: str) -> bool:
        return bool(self.base_forms(word.lower(), "verb"))


def _read_lines(nltk, resource: str):
    pointer = nltk.data.find(resource)
    with pointer.open() as handle:
        for raw in handle:
            line = raw.decode("utf-8", "replace") if isinstance(raw, bytes) else raw
            if line and not line.startswith(" "):
                yield line.rstrip("\n")

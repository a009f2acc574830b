"""Word knowledge for one run: stop words, the English word list and WordNet categories.

Built once per run and passed along, so WordNet is scanned once per word, never per
candidate; the memo tables live on the instance, not at module level.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quizgen.nltk_resources import ensure_nltk_data

#: WordNet lexicographer files that name an entity kind.
LEXNAME_KINDS = {
    "noun.person": "person",
    "noun.group": "organization",
    "noun.location": "place",
    "noun.event": "event",
    "noun.act": "event",
    "noun.time": "date",
    "noun.communication": "work",
}

#: Words a gap or an answer must never be on its own, besides the stop words.
TRIVIAL_WORDS = frozenset(
    """thing things way ways time times lot kind sort part fact case point example one ones
    other others many much more most some any few several same such own various certain
    people person man men woman women year years day days new old good great little well
    also even still just only yet words hand course order sense regard respect terms
    side end beginning rest whole number month months week weeks hour hours decade decades""".split()
)


@dataclass
class Lexicon:
    stopwords: frozenset[str]
    words: frozenset[str]
    _wordnet: object = field(repr=False)
    _kinds: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _lemmas: dict[tuple[str, str], str] = field(default_factory=dict, repr=False)
    _synsets: dict[tuple[str, str | None], tuple] = field(default_factory=dict, repr=False)
    _related: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _known: dict[str, bool] = field(default_factory=dict, repr=False)
    _adjectives: dict[str, bool] = field(default_factory=dict, repr=False)
    _first_senses: dict[str, object] = field(default_factory=dict, repr=False)

    def is_stopword(self, word: str) -> bool:
        return word.lower() in self.stopwords

    def is_trivial(self, word: str) -> bool:
        low = word.lower()
        return low in self.stopwords or low in TRIVIAL_WORDS

    def is_word(self, word: str) -> bool:
        """In the English word list, or a form WordNet knows as any part of speech."""
        low = word.lower()
        if low in self.words:
            return True
        if low not in self._known:
            self._known[low] = low.isalpha() and any(self._wordnet.morphy(low, pos) for pos in ("n", "v", "a", "r"))
        return self._known[low]

    def is_adjective(self, word: str) -> bool:
        low = word.lower()
        if low not in self._adjectives:
            self._adjectives[low] = bool(self._wordnet.morphy(low, "a"))
        return self._adjectives[low]

    def lemma(self, word: str, pos: str | None = "n") -> str:
        """WordNet's base form of `word` for part of speech n, v, a or r, or for the first part of
        speech that knows it when `pos` is None (the word itself if unknown)."""
        key = (word.lower(), pos)
        found = self._lemmas.get(key)
        if found is None:
            found = self._wordnet.morphy(key[0], pos) or key[0]
            self._lemmas[key] = found
        return found

    def synsets(self, word: str, pos: str | None = None) -> tuple:
        """WordNet's senses of a word or phrase, most frequent first, for one part of speech
        (n, v, a, s or r) or for all when `pos` is None."""
        key = (word.lower().replace(" ", "_"), pos)
        found = self._synsets.get(key)
        if found is None:
            found = tuple(self._wordnet.synsets(key[0], pos))
            self._synsets[key] = found
        return found

    def noun_synsets(self, word: str) -> tuple:
        return self.synsets(word, "n")

    def first_noun_sense(self, word: str):
        """The word's most frequent noun sense (noun_synsets(word)[0]), or None. Reading one
        sense from WordNet costs a fraction of reading them all."""
        key = word.lower().replace(" ", "_")
        if (key, "n") in self._synsets:
            senses = self._synsets[(key, "n")]
            return senses[0] if senses else None
        if key not in self._first_senses:
            # WordNet lists a word's senses under its first base form, most frequent first.
            base = self._wordnet.morphy(key, "n")
            self._first_senses[key] = self._wordnet.synset(f"{base}.n.01") if base else None
        return self._first_senses[key]

    def noun_kinds(self, word: str) -> frozenset[str]:
        """Entity kinds WordNet gives a noun (its lexicographer files), e.g. {'person'} for 'Lenin'."""
        key = word.lower()
        found = self._kinds.get(key)
        if found is None:
            found = frozenset(
                LEXNAME_KINDS[s.lexname()] for s in self.noun_synsets(key) if s.lexname() in LEXNAME_KINDS
            )
            self._kinds[key] = found
        return found

    def first_noun_kind(self, word: str) -> str:
        """The kind of the word's most frequent noun sense, or ''."""
        sense = self.first_noun_sense(word)
        return LEXNAME_KINDS.get(sense.lexname(), "") if sense else ""

    def related(self, word: str) -> frozenset[str]:
        """Lemma names that would also be right in place of `word`: synonyms, parts, wholes,
        broader and narrower terms. A distractor must be none of these."""
        key = word.lower()
        if key not in self._related:
            self._related[key] = self._find_related(key)
        return self._related[key]

    def _find_related(self, word: str) -> frozenset[str]:
        names: set[str] = set()
        for synset in self.noun_synsets(word):
            linked = [synset]
            linked += synset.hypernyms() + synset.hyponyms() + synset.instance_hypernyms()
            linked += synset.part_meronyms() + synset.part_holonyms()
            linked += synset.member_holonyms() + synset.member_meronyms()
            for other in linked:
                names.update(n.replace("_", " ").lower() for n in other.lemma_names())
        return frozenset(names)

    def sisters(self, word: str) -> tuple[str, ...]:
        """Co-hyponyms of the word's first noun sense: same kind of thing, different thing."""
        first = self.first_noun_sense(word)
        if first is None:
            return ()
        out: list[str] = []
        for parent in first.hypernyms() + first.instance_hypernyms():
            for child in parent.hyponyms() + parent.instance_hyponyms():
                if child != first:
                    out.append(child.lemma_names()[0].replace("_", " "))
        return tuple(sorted(set(out)))


def load_lexicon() -> Lexicon:
    ensure_nltk_data("stopwords", "words", "wordnet")
    from nltk.corpus import stopwords, words

    return Lexicon(
        stopwords=frozenset(stopwords.words("english")),
        words=frozenset(w.lower() for w in words.words()),
        _wordnet=_english_wordnet(),
    )


def _english_wordnet():
    """WordNet without the mapping tables for other-language wordnets, which NLTK builds
    on load (seconds of work) and which English lookups never use."""
    import warnings

    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    class EnglishWordNet(WordNetCorpusReader):
        def map_wn(self, version="wordnet"):
            return None

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return EnglishWordNet(nltk.data.find("corpora/wordnet"), None)

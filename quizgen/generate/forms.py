"""The written form of an option: what a student sees before reading what it names.

Options that differ in form give the answer away: a bare surname among full names, a
rank before one name only, "the" before one option, a phrase of six words among words
of one, a colour named beside a party. Every check here looks only at the text and at
WordNet, so it holds for any essay.
"""

from __future__ import annotations

import re

from quizgen.generate.roles import RANKS
from quizgen.nlp.entities import MONTHS, is_plural
from quizgen.nlp.lexicon import Lexicon

_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)
#: Endings of a word that names a follower or a member: 'Marxist', 'Menshevik', 'Ukrainian'.
_MEMBER_ENDINGS = ("ist", "ists", "ik", "iks", "ite", "ites", "ian", "ians")
_PREPOSITIONS = frozenset(
    """as at by for from in into of on onto over to under upon with within without about after
    before between during through toward towards against among""".split()
)
_COLOURS = frozenset({"color.n.01", "chromatic_color.n.01", "achromatic_color.n.01"})
_PEOPLES = frozenset({"inhabitant.n.01", "native.n.01"})


def article(text: str) -> str:
    """'definite' for 'the' or a possessive ('Russia's Civil War'), 'indefinite' for 'a' or
    'an', '' for a bare phrase."""
    match = _ARTICLE.match(text)
    if match:
        return "definite" if match.group().strip().lower() == "the" else "indefinite"
    first = text.split()[0] if text.split() else ""
    return "definite" if len(text.split()) > 1 and first.endswith(("’s", "'s", "s’", "s'")) else ""


def same_article(text: str, answer: str) -> bool:
    """'the vanguard' beside 'the working class', never beside 'dictatorship'."""
    return article(text) == article(answer)


def fits_article_before(text: str, word_before: str) -> bool:
    """After 'a' only a consonant sound, after 'an' only a vowel: 'an _____' tells."""
    if word_before not in ("a", "an"):
        return True
    return starts_with_vowel_sound(text) == (word_before == "an")


def name_goes_on(before: str) -> bool:
    """The gap leaves part of a name standing ('St. _____', 'the river Neva at Fort _____'):
    another name put in the gap would not read as one. A capitalised word opening the
    sentence only counts when it is a rank or an abbreviation."""
    words = before.split()
    if not words or before[-1:] != " " or not re.fullmatch(r"[A-Z][A-Za-z-]*\.?", words[-1]):
        return False  # 'Petrograd, _____' and 'Russia’s _____' begin a new name
    last = words[-1]
    return len(words) > 1 or last.endswith(".") or last.lower() in RANKS


def starts_with_vowel_sound(text: str) -> bool:
    low = text.lower()
    if low.startswith(("uni", "use", "usu", "eu", "one", "once", "ur")):
        return False
    if low.startswith(("hour", "honest", "honour", "honor", "heir")):
        return True
    return low[:1] in "aeiou"


def person_form(text: str, lexicon: Lexicon) -> tuple[bool, bool]:
    """(rank before the name, full name rather than surname)."""
    words = text.split()
    ranked = len(words) > 1 and words[0].lower().rstrip(".") in RANKS
    name = words[1:] if ranked else words
    return ranked, len(name) > 1


def described_name(text: str, lexicon: Lexicon) -> bool:
    """'Marxist Walter Rodney', 'Menshevik Leon Trotsky', 'Ukrainian Anarchist': a name
    with a description of the person before it, or a description only."""
    words = text.split()
    if len(words) == 1:
        return words[0].lower().endswith(("ists", "iks", "ites", "ians"))  # 'Leninists' are many, not one
    return any(_member_word(w, lexicon) for w in words)


def same_shape(text: str, answer: str, lexicon: Lexicon) -> bool:
    """Both capitalised or neither, both a verb's -ing form or neither."""
    return text[:1].isupper() == answer[:1].isupper() and gerund(text, lexicon) == gerund(answer, lexicon)


def _member_word(word: str, lexicon: Lexicon) -> bool:
    low = word.lower()
    if not low.endswith(_MEMBER_ENDINGS):
        return False
    if low.endswith(("ist", "ists")):
        return True
    return lexicon.first_noun_kind(lexicon.lemma(low)) == "person" or lexicon.is_adjective(low)


def glued_name(text: str, other_names: set[str], stopwords: frozenset[str]) -> bool:
    """'Lenin Marx', 'November Lenin', 'State Yet Lenin': words of other names, a month or
    a function word run into a name; no person is called so."""
    words = text.split()
    if any(w.lower() in stopwords or w.lower() in MONTHS for w in words):
        return True
    return len(words) > 1 and any(w in other_names for w in words[:-1])


def common_person_noun(word: str, lexicon: Lexicon) -> bool:
    """'Executive', 'Worker': a noun for a kind of person that is nobody's name."""
    synsets = lexicon.noun_synsets(lexicon.lemma(word.lower()))
    people = [s for s in synsets if s.lexname() == "noun.person"]
    return bool(people) and not any(s.instance_hypernyms() for s in synsets)


def group_sort(text: str, lexicon: Lexicon) -> str:
    """What a plural name names: a side by its colour ('Whites'), a family by its surname
    ('the Webbs'), a nation ('Germans'), the followers of a doctrine ('Marxists'), or a
    party or faction."""
    word = _ARTICLE.sub("", text).split()[-1] if text.split() else ""
    low = word.lower()
    if not (word[:1].isupper() and is_plural(word, lexicon)):
        return ""
    singular = lexicon.lemma(low)
    if _is_colour(singular, lexicon):
        return "side"
    synsets = lexicon.noun_synsets(singular)
    if synsets and all(s.instance_hypernyms() for s in synsets):
        return "family"
    if synsets and any(h.name() in _PEOPLES for h in synsets[0].closure(lambda s: s.hypernyms())):
        return "people"
    return "followers" if low.endswith("ists") else "group"


def _is_colour(word: str, lexicon: Lexicon) -> bool:
    for synset in lexicon.noun_synsets(word):
        if any(h.name() in _COLOURS for h in synset.closure(lambda s: s.hypernyms())):
            return True
    return False


def gerund(text: str, lexicon: Lexicon) -> bool:
    """'acting', 'attempting': a verb's -ing form, which reads as an action, not a thing."""
    last = text.split()[-1].lower() if text.split() else ""
    return last.endswith("ing") and lexicon.lemma(last, "v") != last


#: What WordNet says a named place is an instance of, most telling first.
_PLACE_CLASSES = (
    ("island", ("island",)), ("river", ("river",)), ("continent", ("continent",)),
    ("country", ("country", "nation", "state")), ("town", ("city", "capital", "town", "port", "metropolis")),
    ("region", ("region", "area", "province")),
)


def place_class(text: str, lexicon: Lexicon) -> str:
    """'island' for Martinique, 'river' for the Neva, 'continent' for Europe; '' when
    WordNet does not know the place."""
    sense = lexicon.first_noun_sense(_ARTICLE.sub("", text))
    if sense is None:
        return ""
    parents = " ".join(n.lower() for h in sense.instance_hypernyms() for n in h.lemma_names())
    return next((name for name, cues in _PLACE_CLASSES if any(c in parents for c in cues)), "")


def same_place_class(text: str, answer: str, lexicon: Lexicon) -> bool:
    a, b = place_class(text, lexicon), place_class(answer, lexicon)
    return not a or not b or a == b


def noun_phrase(text: str, lexicon: Lexicon) -> bool:
    """An answer a list of options can stand beside is a noun phrase: not 'as a package'
    (a prepositional phrase), not 'introduce workers' management' (a verb phrase), not
    'economic crisis worse' (a phrase ending in an adjective)."""
    words = _ARTICLE.sub("", text).replace("’", "'").split()
    if not words:
        return False
    first, last = words[0].lower(), words[-1].lower().removesuffix("'s").strip("'")
    if first in _PREPOSITIONS:
        return False
    if last[:1].isalpha() and not text.split()[-1][:1].isupper() and lexicon.first_noun_sense(lexicon.lemma(last)) is None:
        return False
    return not _no_noun_opener(first, lexicon)


def _no_noun_opener(word: str, lexicon: Lexicon) -> bool:
    """A known word that is neither a noun, an adjective nor a function word ('introduce')
    cannot open a noun phrase."""
    return (
        word.isalpha() and lexicon.is_word(word) and not lexicon.is_stopword(word)
        and lexicon.first_noun_sense(lexicon.lemma(word)) is None and not lexicon.is_adjective(word)
    )


def similar_length(text: str, answer: str, name: bool = False) -> bool:
    """Options of about the answer's size: no option over twice as long as another, and
    for a short common-noun phrase the same number of words (a name may differ by one)."""
    tw, aw = len(text.split()), len(answer.split())
    allowed = 1 if name or aw > 2 else 0
    short, long_ = sorted((len(text), len(answer)))
    return abs(tw - aw) <= allowed and short * 2 >= long_

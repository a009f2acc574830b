"""Entity kinds from our own evidence, pooled over the whole essay.

No offline named-entity model exists, so a name's kind is voted on from what the essay
shows about it: titles ("General Denikin"), verbs of saying ("Lenin wrote"), the head
word's WordNet category ("... Party" is a group), "who" after it, plural forms, and
the name's own WordNet senses. Dates, numbers and quoted terms come from their form.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from quizgen.nlp.lexicon import Lexicon
from quizgen.nlp.tokens import Token

MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
SEASONS = {"spring", "summer", "autumn", "fall", "winter", "end", "beginning", "start", "middle"}
NUMBER_WORDS = {
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "thousand", "million", "billion", "dozen", "half",
}
SCALE_WORDS = {"hundred", "thousand", "million", "billion", "percent", "per"}
NUMBER_LEAD = {"over", "about", "nearly", "almost", "around", "roughly", "some", "approximately"}
TITLES = {
    "general", "admiral", "baron", "comrade", "president", "tsar", "czar", "king", "queen", "prince",
    "dr", "mr", "mrs", "ms", "professor", "prof", "sir", "lord", "captain", "colonel", "commander",
    "minister", "chairman", "secretary", "father", "saint", "st", "emperor", "pope", "bishop",
}
SAYING = {
    "said", "says", "say", "wrote", "writes", "write", "argued", "argues", "claimed", "claims",
    "declared", "declares", "stated", "states", "noted", "notes", "insisted", "insists", "explained",
    "explains", "admitted", "admits", "told", "tells", "asked", "asks", "replied", "remarked",
    "recalled", "recalls", "observed", "observes", "put", "puts", "added", "adds", "warned",
    "believed", "believes", "thought", "thinks", "proclaimed", "proclaims", "announced",
    "announces", "demanded", "complained", "conceded", "concluded", "concludes", "suggests",
    "suggested", "acknowledged", "acknowledges", "described", "describes", "called", "calls",
}
ORG_HEADS = {
    "party", "parties", "committee", "committees", "congress", "council", "army", "armies", "soviet",
    "soviets", "union", "unions", "international", "government", "commissariat", "assembly",
    "bureau", "league", "federation", "association", "organisation", "organization", "ministry",
    "department", "court", "church", "company", "corporation", "bank", "university", "college",
    "school", "academy", "society", "guard", "guards", "navy", "police", "front", "opposition",
    "group", "faction", "movement", "commission", "cabinet", "senate", "parliament", "duma",
    "politburo", "institute", "press", "club", "brigade", "regiment", "division", "corps",
}
EVENT_HEADS = {
    "revolution", "war", "uprising", "rebellion", "revolt", "days", "terror", "battle", "strike",
    "strikes", "offensive", "massacre", "coup", "insurrection", "mutiny", "treaty", "conference",
    "famine", "purge", "purges", "crisis", "election", "elections", "campaign", "siege", "plan",
    "plans", "policy", "reform", "reforms", "movement",
}
PLACE_HEADS = {
    "city", "river", "sea", "island", "islands", "mountains", "street", "square", "province",
    "region", "republic", "empire", "fortress", "county", "valley", "ocean", "lake", "district",
    "factory", "works", "palace", "prison",
}
WORK_CUES = {
    "book", "books", "pamphlet", "article", "essay", "novel", "letter", "theses", "poem", "paper",
    "work", "speech", "manifesto", "journal", "newspaper", "magazine", "report", "text", "study",
    "memoir", "memoirs", "treatise", "resolution", "decree",
}
_CONNECTORS = {"of", "de", "von", "van"}
_PROPER = {"NNP", "NNPS"}
_YEAR = re.compile(r"^(1[0-9]|20)\d\d$")
_DECADE = re.compile(r"^(1[0-9]|20)\d0s$")
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")


@dataclass
class EntityKinds:
    """The kind of each proper name in one essay, decided from all its mentions."""

    votes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def kind(self, name: str) -> str:
        counts = self.votes.get(name)
        if not counts:
            return ""
        best = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
        if best[0] == "place" and best[1] < 2:
            return ""  # "in X" alone is no evidence of a place ("in Europe", "in Lenin's view")
        return best[0]

    @classmethod
    def from_sentences(cls, sentences: Sequence[Sequence[Token]], lexicon: Lexicon) -> "EntityKinds":
        kinds = cls()
        names: set[str] = set()
        aliases: list[tuple[str, str]] = []
        coordinated: list[tuple[str, str]] = []
        determined: set[str] = set()  # one-word names the essay writes after "the"
        for tokens in sentences:
            spans = proper_names(tokens)
            for a, b in spans:
                name = _name_text(tokens, a, b)
                names.add(name)
                for kind, weight in _evidence(tokens, a, b, lexicon):
                    kinds.votes[name][kind] += weight
            aliases += _bracketed_aliases(tokens, spans)
            determined.update(
                tokens[a].text for a, b in spans
                if b - a == 1 and a > 0 and tokens[a - 1].lower == "the" and tokens[a].tag == "NNP"
                and tokens[a].lower not in TITLES
            )
            coordinated += _coordinated(tokens, spans)
        # "the Supreme Council of the National Economy (the Vesenkha)": one body, two names;
        # "Zinoviev and Kamenev", "Orel, Tver, and Tula": names listed together are alike.
        for outer, inner in aliases:
            if outer != inner and kinds.kind(outer) and not kinds.kind(inner):
                kinds.votes[inner][kinds.kind(outer)] += 3
        for first, second in coordinated:
            for known, unknown in ((first, second), (second, first)):
                if kinds.kind(known) in ("person", "place") and not kinds.kind(unknown):
                    kinds.votes[unknown][kinds.kind(known)] += 2
        # People are not named with "the": "the Cheka" is a body even where "Cheka's
        # methods" alone would suggest a person.
        for name in determined:
            kinds.votes[name].pop("person", None)
        # A surname alone shares the kind of the full name it belongs to ("Serge", "Victor Serge").
        for name in sorted(names):
            parts = name.split()
            if len(parts) > 1 and kinds.kind(name) == "person":
                kinds.votes[parts[-1]]["person"] += 2
        return kinds


def _coordinated(tokens: Sequence[Token], spans: list[tuple[int, int]]) -> list[tuple[str, str]]:
    """Names joined by 'and', or by commas in a list that ends with 'and' ('Orel, Tver, and
    Tula'); a lone comma between two names is more often a clause boundary."""
    gaps = [[t.lower for t in tokens[b1:a2]] for (_, b1), (a2, _) in zip(spans, spans[1:])]
    out = []
    for k, gap in enumerate(gaps):
        listed = gap == [","] and any(g in (["and"], [",", "and"]) for g in gaps[k + 1 :])
        if gap in (["and"], [",", "and"]) or listed:
            out.append((_name_text(tokens, *spans[k]), _name_text(tokens, *spans[k + 1])))
    return out


def _bracketed_aliases(tokens: Sequence[Token], spans: list[tuple[int, int]]) -> list[tuple[str, str]]:
    out = []
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        between = [t.lower for t in tokens[b1:a2]]
        if between in (["("], ["(", "the"]) and b2 < len(tokens) and tokens[b2].text == ")":
            out.append((_name_text(tokens, a1, b1), _name_text(tokens, a2, b2)))
    return out


def _name_text(tokens: Sequence[Token], a: int, b: int) -> str:
    out = ""
    for i in range(a, b):
        if i > a and tokens[i].start > tokens[i - 1].end:
            out += " "
        out += tokens[i].text
    return out


def _is_name_word(tok: Token, first: bool) -> bool:
    if not tok.text[:1].isupper() or not tok.text[:1].isalpha():
        return False
    if tok.lower in MONTHS and tok.tag in _PROPER and not first:
        return False
    if tok.text in ("I",):
        return False
    if first and tok.tag not in _PROPER:
        return False
    return tok.tag in _PROPER or tok.tag in {"NN", "NNS", "JJ", "VBN", "CD"}


def proper_names(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    """Runs of capitalised proper nouns, with inner 'of'/'’s' ('Council of People’s Commissars')."""
    spans = []
    i, n = 0, len(tokens)
    while i < n:
        # A capitalised modifier opens a name when a proper noun follows: "Green Armies",
        # "Military-Revolutionary Committee", "Five Year Plans" (not the sentence's first word).
        opens = _is_name_word(tokens[i], True) or (
            i > 0 and _is_name_word(tokens[i], False) and i + 1 < n and tokens[i + 1].tag in _PROPER
            and tokens[i + 1].is_capitalised
        )
        if not opens:
            i += 1
            continue
        j = i + 1
        while j < n:
            if _is_name_word(tokens[j], False):
                j += 1
            elif (
                tokens[j].lower in _CONNECTORS or tokens[j].tag == "POS"
            ) and j + 1 < n and (
                _is_name_word(tokens[j + 1], True)
                or (tokens[j + 1].lower == "the" and j + 2 < n and _is_name_word(tokens[j + 2], True))
            ):
                j += 2 if tokens[j + 1].lower != "the" else 3
            else:
                break
        spans.append((i, j))
        i = j
    return spans


def _evidence(tokens: Sequence[Token], a: int, b: int, lexicon: Lexicon) -> list[tuple[str, int]]:
    words = [t.text for t in tokens[a:b]]
    head = _name_head(words)
    before = tokens[a - 1].lower if a > 0 else ""
    before2 = tokens[a - 2].lower if a > 1 else ""
    after = tokens[b].lower if b < len(tokens) else ""
    after2 = tokens[b + 1].lower if b + 1 < len(tokens) else ""
    out: list[tuple[str, int]] = []
    if len(words) == 1 and words[0].isupper() and len(words[0]) > 1 or re.fullmatch(r"[A-Z]{2,}s", words[-1]):
        out.append(("organization", 3))  # "RSDLP", "Left SRs"
    if head.endswith("ism") and head.isalpha():
        return [("term", 5)]  # "Marxism", "Tsarism": a doctrine or an order, not a body or a place
    if head in ORG_HEADS:
        out.append(("organization", 4))
    elif head in EVENT_HEADS:
        out.append(("event", 4))
    elif head in PLACE_HEADS:
        out.append(("place", 3))
    if words[0].lower().rstrip(".") in TITLES and len(words) > 1:
        out.append(("person", 4))
    if before.rstrip(".") in TITLES:
        out.append(("person", 4))
    if after in SAYING or (after in {"had", "has", "also", "then"} and after2 in SAYING):
        out.append(("person", 2))
    if before == "to" and before2 == "according":
        out.append(("person", 2))
    out += _described_person(tokens, a, b, lexicon)
    if after == "," and after2 == "who" or after == "who":
        out.append(("person", 3))
    if before in WORK_CUES or (before == "," and before2 in WORK_CUES):
        out.append(("work", 3))
    if before == "of" and before2 in _SETTLEMENTS:
        out.append(("place", 3))  # "the cities of Orel, Tver and Tula"
    if before in {"in", "at", "from", "near", "outside", "across"} and head not in ORG_HEADS:
        # An unknown word after "in" or "at" is most likely a town ("at Kronstadt"); a known
        # word there may be anything ("in Europe", "in the Commune", "in Lenin's view").
        strong = before != "from" and after not in {"’s", "'s"} and not _common_noun(head, lexicon) and len(words) == 1
        out.append(("place", 2 if strong and head not in lexicon.words else 1))
    out += _apposed_description(tokens, b, lexicon)
    if head not in ORG_HEADS | EVENT_HEADS | PLACE_HEADS:
        # The most frequent sense only: "Europe" is a continent before it is a political body.
        wn_kinds = {lexicon.first_noun_kind(" ".join(words))} - {""} if len(words) > 1 else set()
        if not wn_kinds and len(words) <= 3:
            wn_kinds = {lexicon.first_noun_kind(words[-1])} - {""}
        plural = tokens[b - 1].tag == "NNPS" or (head.endswith("s") and lexicon.lemma(head) != head)
        for kind in sorted(wn_kinds):
            if kind == "person" and plural:
                out.append(("organization", 2))
            elif kind == "place" and plural:
                continue  # "Germans", "Soviets": people or bodies, not places
            elif kind == "person" and len(words) == 1 and not _individual(words[0], lexicon):
                continue  # "Bolshevik", "Marxist": a member of a group, not someone in particular
            elif kind in {"person", "place", "organization"}:
                out.append((kind, 2))
        if (
            not wn_kinds and 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
            and not lexicon.is_adjective(words[0]) and not _modifies_noun(tokens, b)
        ):
            out.append(("person", 1))  # "Gleb Krzhizhanovsky"; not "Social Democracy", "Moscow Guberniia conference"
    if b - a == 1 and (tokens[a].tag == "JJ" or (before == "the" and head not in TITLES)):
        # "White", "Red": colours of a side; "the Cheka": people are not named with "the"
        out = [(kind, weight) for kind, weight in out if kind != "person"]
    return out


def _individual(word: str, lexicon: Lexicon) -> bool:
    """WordNet knows the word as one particular person ('Lenin'), not as a sort of
    person ('Bolshevik')."""
    sense = lexicon.first_noun_sense(word)
    return sense is not None and bool(sense.instance_hypernyms())


def _common_noun(word: str, lexicon: Lexicon) -> bool:
    """A word whose main sense is an ordinary noun ('commune', 'state'), not a name."""
    sense = lexicon.first_noun_sense(word)
    return sense is not None and sense.lemma_names()[0][:1].islower()


def _apposed_description(tokens: Sequence[Token], b: int, lexicon: Lexicon) -> list[tuple[str, int]]:
    """The kind a description right after the name gives it: "the Cheka, the Bolsheviks'
    secret police," is a body; "Grachov, their commander," a person."""
    if b + 1 >= len(tokens) or tokens[b].text != "," or tokens[b + 1].tag not in {"DT", "PRP$"}:
        return []
    j = b + 2
    while j < len(tokens) and j - b <= 7 and tokens[j].tag in {"JJ", "NN", "NNS", "POS", "NNP", "NNPS", "VBN"}:
        j += 1
    if j == b + 2 or j >= len(tokens) or tokens[j].text not in {",", ".", ";", ")"}:
        return []
    head = tokens[j - 1].lower
    if tokens[j - 1].tag not in {"NN", "NNS"}:
        return []
    if head in ORG_HEADS:
        return [("organization", 3)]
    if head in PLACE_HEADS:
        return [("place", 3)]
    if head in EVENT_HEADS:
        return [("event", 3)]
    if lexicon.first_noun_kind(lexicon.lemma(head)) == "person":
        return [("person", 3)]
    return []


def _name_head(words: Sequence[str]) -> str:
    """What the name names: the noun before 'of' in "Council of People's Commissars" or
    "Battle of Kronstadt", else the last word."""
    for k, word in enumerate(words):
        if k > 0 and word.lower() == "of":
            return words[k - 1].lower()
    return words[-1].lower()


def _modifies_noun(tokens: Sequence[Token], b: int) -> bool:
    nxt = tokens[b] if b < len(tokens) else None
    return nxt is not None and nxt.tag in {"NN", "NNS"} and not nxt.is_capitalised


_THOUGHT_LEXNAMES = {"noun.act", "noun.communication", "noun.cognition", "noun.motive", "noun.feeling"}


def _described_person(tokens: Sequence[Token], a: int, b: int, lexicon: Lexicon) -> list[tuple[str, int]]:
    """A person by description: "their commander, Grachov", "the Menshevik leader
    Tsereteli", or by what only people have: "Kornilov's coup", "Pirani's study"."""
    out = []
    before = tokens[a - 1] if a > 0 else None
    if before is not None and before.text == "," and a > 1:
        before = tokens[a - 2]
        apposed = True
    else:
        apposed = False
    if (
        before is not None and before.tag == "NN" and before.text.islower()
        and lexicon.first_noun_kind(before.text) == "person" and (apposed or before.lower not in TITLES)
    ):
        out.append(("person", 3 if apposed else 2))
    if b + 1 < len(tokens) and tokens[b].tag == "POS" and b - a <= 2:
        owned = next((t for t in tokens[b + 1 : b + 4] if t.tag not in {"JJ", "VBN", "VBG", "RB"}), tokens[b + 1])
        sense = lexicon.first_noun_sense(owned.lower) if owned.tag in {"NN", "NNS"} else None
        if sense is not None and sense.lexname() in _THOUGHT_LEXNAMES:
            out.append(("person", 1))
    return out


def find_entities(
    tokens: Sequence[Token], kinds: EntityKinds, lexicon: Lexicon
) -> list[tuple[int, int, str]]:
    """Entity spans of one sentence: dates, numbers, quoted terms and titles, and named things."""
    found: list[tuple[int, int, str]] = []
    taken: set[int] = set()

    def add(a: int, b: int, kind: str) -> None:
        if b > a and not taken.intersection(range(a, b)):
            found.append((a, b, kind))
            taken.update(range(a, b))

    for a, b in dates(tokens):
        add(a, b, "date")
    for a, b in numbers(tokens):
        add(a, b, "number")
    for a, b, kind in quoted_terms(tokens):
        add(a, b, kind)
    for a, b in proper_names(tokens):
        name = _name_text(tokens, a, b)
        kind = kinds.kind(name)
        if a == 0 and not kind and b - a == 1:
            continue  # a capitalised first word with no other evidence is just a first word
        end, headed = _named_head(tokens, b)
        if headed:
            add(a, end, headed)  # "the Putilov factory", "the Kronstadt uprising": one name
            continue
        if (b - a == 1 or kind == "person") and _modifies_noun(tokens, b):
            continue  # an attribute ("Bolshevik regime", "German Social Democrat politicians"), not a name
        if tokens[a].lower in MONTHS and b - a == 1:
            continue
        add(a, b, kind or "name")
    found.sort()
    return sorted(found + _lists(tokens, found))


#: Common nouns that make one name with a proper noun before them ("the Putilov factory").
_NAMED_HEADS = {
    **{w: "organization" for w in ORG_HEADS - {"group", "front", "opposition", "movement", "press", "division"}},
    **{w: "event" for w in {"revolution", "uprising", "rebellion", "revolt", "mutiny", "insurrection",
                            "massacre", "coup", "strike", "strikes", "offensive", "war", "battle", "famine"}},
    **{w: "place" for w in {"factory", "works", "fortress", "province", "region", "district", "river", "palace"}},
}


def _named_head(tokens: Sequence[Token], b: int) -> tuple[int, str]:
    """The end and kind of a common-noun head that makes one name with the proper noun
    before it ("the Putilov factory", "the Kronstadt naval fortress"), or (b, '')."""
    j = b + 1 if b + 1 < len(tokens) and tokens[b].tag == "JJ" and tokens[b].text.islower() else b
    nxt = tokens[j] if j < len(tokens) else None
    if nxt is None or nxt.is_capitalised or nxt.tag not in {"NN", "NNS"}:
        return b, ""
    if j + 1 < len(tokens) and tokens[j + 1].tag in {"NN", "NNS"}:
        return b, ""  # "the Bolshevik party leadership": the name is only an attribute
    kind = _NAMED_HEADS.get(nxt.lower, "")
    return (j + 1, kind) if kind else (b, "")


def _lists(tokens: Sequence[Token], found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Two or more entities of one kind joined by commas and 'and' ('Orel, Tver, Tula, and
    Ivanovo'): a teacher asks for the whole list."""
    out = []
    i = 0
    while i < len(found):
        a, b, kind = found[i]
        j = i
        while j + 1 < len(found) and found[j + 1][2] == kind and _joined(tokens, found[j][1], found[j + 1][0]):
            j += 1
        if j > i and tokens[found[j][0] - 1].lower == "and" and kind not in ("number",):
            out.append((a, found[j][1], kind))
        i = j + 1
    return out


def _joined(tokens: Sequence[Token], end: int, start: int) -> bool:
    between = [t.lower for t in tokens[end:start]]
    return between in ([","], ["and"], [",", "and"], ["the"], [",", "the"], ["and", "the"], [",", "and", "the"])


def dates(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    spans = []
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        low = t.lower
        if low in MONTHS and t.is_capitalised and _is_month(tokens, i):
            j = i + 1
            if j < n and _NUMBER.match(tokens[j].text) and len(tokens[j].text) <= 2:
                j += 1
                if j + 1 < n and tokens[j].text == "," and _YEAR.match(tokens[j + 1].text):
                    j += 2
            if j < n and _YEAR.match(tokens[j].text):
                j += 1
            start = i - 1 if i > 0 and _NUMBER.match(tokens[i - 1].text) and len(tokens[i - 1].text) <= 2 else i
            spans.append((start, j))
            i = j
        elif _YEAR.match(t.text) or _DECADE.match(t.text):
            if i + 1 < n and tokens[i + 1].text in {"%", "percent"}:
                i += 1
                continue
            start = i
            if i >= 2 and tokens[i - 1].lower == "of" and tokens[i - 2].lower in SEASONS:
                start = i - 2
            spans.append((start, i + 1))
            i += 1
        else:
            i += 1
    return spans


def _is_month(tokens: Sequence[Token], i: int) -> bool:
    """'April 1917', 'in April', but not 'April Theses' or the verb 'may'."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    day_before = i > 0 and tokens[i - 1].text.isdigit() and 1 <= int(tokens[i - 1].text) <= 31
    if nxt is not None and nxt.is_capitalised and nxt.is_word and not day_before:
        return False  # "April Theses"; but "On 4 November Lenin ..." is a date before a name
    return tokens[i].tag in _PROPER or _next_is_number(tokens, i)


def _next_is_number(tokens: Sequence[Token], i: int) -> bool:
    return i + 1 < len(tokens) and bool(_NUMBER.match(tokens[i + 1].text))


def numbers(tokens: Sequence[Token]) -> list[tuple[int, int]]:
    spans = []
    n = len(tokens)
    i = 0
    while i < n:
        t = tokens[i]
        is_digit = bool(_NUMBER.match(t.text)) and not _YEAR.match(t.text)
        if is_digit and i > 0 and tokens[i - 1].text == "(" and i + 1 < n and tokens[i + 1].text == ")":
            i += 1
            continue  # an enumeration mark: (1), (2)
        is_word = t.lower in NUMBER_WORDS and (
            t.tag == "CD" or (i > 0 and tokens[i - 1].lower == "a" and t.lower in SCALE_WORDS)
        )
        if not (is_digit or is_word):
            i += 1
            continue
        start = i
        if i > 0 and tokens[i - 1].lower == "a" and t.lower in {"million", "thousand", "hundred", "billion", "dozen"}:
            start = i - 1
        elif i > 1 and tokens[i - 1].lower == "and" and spans and spans[-1][1] == i - 1 and tokens[spans[-1][0]].lower == "between":
            start = spans.pop()[0]  # "between 2000 and 4000"
        elif i > 0 and tokens[i - 1].lower in NUMBER_LEAD:
            start = i - 1
        elif i > 1 and tokens[i - 1].lower == "than" and tokens[i - 2].lower in {"more", "fewer", "less"}:
            start = i - 2
        j = i + 1
        while j < n and (tokens[j].lower in SCALE_WORDS or tokens[j].text == "%"):
            j += 1
        if is_word and j == i + 1 and not (j < n and tokens[j].tag in {"NNS", "NN"}):
            i += 1
            continue  # "two" alone is rarely a fact; "two months" is
        spans.append((start, j))
        i = j
    return spans


def quoted_terms(tokens: Sequence[Token]) -> list[tuple[int, int, str]]:
    """Short quoted phrases: coined terms (“commune-state”) and titles of works."""
    spans = []
    n = len(tokens)
    i = 0
    while i < n:
        if tokens[i].text in {"“", '"', "‘"}:
            close = {"“": "”", '"': '"', "‘": "’"}[tokens[i].text]
            j = i + 1
            while j < n and tokens[j].text != close and j - i <= 7:
                j += 1
            if j < n and tokens[j].text == close and 1 <= j - i - 1 <= 6:
                inner = tokens[i + 1 : j]
                if inner[-1].text in {",", "."}:
                    inner = inner[:-1]
                nouns = [t for t in inner if t.tag.startswith("NN")]
                verbs = [t for t in inner if t.tag.startswith("VB") or t.tag == "MD"]
                if inner and nouns and not verbs and all(t.is_word or t.text in {"-", "’", "'"} for t in inner):
                    title_case = all(t.is_capitalised for t in inner if len(t.text) > 3)
                    before = tokens[i - 1].lower if i > 0 else ""
                    kind = "work" if title_case and (before in WORK_CUES or len(inner) > 1) else "term"
                    if title_case and before not in WORK_CUES:
                        kind = _quoted_name_kind(inner[-1].lower, kind)  # “Supreme Soviet”, “Red Terror”
                    spans.append((i + 1, i + 1 + len(inner), kind))
            i = j + 1
        else:
            i += 1
    return spans


#: Suffixes of words naming a body of people by what they hold to ("Bolsheviks",
#: "Anarchists", "Trotskyites", "Narodniks", "Conservatives", "Parisians").
GROUP_SUFFIXES = ("ists", "iks", "ites", "ives", "ards")
#: Heads of events, by what sort of event: a distractor for an uprising is another
#: uprising, not a five-year plan.
EVENT_SORTS = {
    "policy": {"plan", "plans", "policy", "reform", "reforms", "campaign", "purge", "purges", "communism"},
    "meeting": {"conference", "treaty", "election", "elections", "congress"},
}
_SPLIT_WORDS = {"of", "for", "in", "on"}
_SETTLEMENTS = {"city", "cities", "town", "towns", "village", "villages", "province", "provinces", "region",
                "regions", "port", "ports", "island", "islands"}
#: Bodies by what sort of body: an army beside armies, a party beside parties.
BODY_SORTS = {
    "armed": {"army", "armies", "navy", "guard", "guards", "brigade", "regiment", "division", "corps", "police", "front"},
    "party": {"party", "parties", "faction", "opposition", "group", "movement", "league", "club", "international",
              "federation", "association"},
    "council": {"committee", "committees", "congress", "council", "soviet", "soviets", "assembly", "bureau",
                "commission", "senate", "parliament", "duma", "politburo", "conference", "cabinet", "union", "unions"},
    "state": {"government", "commissariat", "ministry", "department", "court"},
}


def head_word(text: str) -> str:
    """The word that says what a phrase names: the first noun of an 'X of Y' phrase
    ("Battle of Kronstadt" is a battle), else the last word."""
    words = [w.strip("“”\"‘’'.,") for w in text.split()]
    words = [w for w in words if w]
    for k, word in enumerate(words):
        if k > 0 and word.lower() in _SPLIT_WORDS:
            return words[k - 1].lower()
    return words[-1].lower().removesuffix("’s").removesuffix("'s") if words else ""


def is_plural(word: str, lexicon: Lexicon) -> bool:
    low = word.lower()
    if not low.endswith("s") or low.endswith(("ss", "us", "is")):
        return False
    # WordNet lists some plurals as nouns of their own ("Soviets"): the singular decides.
    return lexicon.lemma(low) != low or low[:-1] in ORG_HEADS or lexicon.first_noun_sense(low[:-1]) is not None


def fine_kind(text: str, kind: str, lexicon: Lexicon) -> str:
    """A finer kind than the answer kind, with grammatical number: what a multiple-choice
    option must share with the answer to be a plausible wrong answer ("group:pl" for
    "Bolsheviks", "ideology:sg" for "Marxism", "body:sg" for "Central Committee").
    '' when the phrase is not a noun phrase a list of options could stand beside."""
    if kind in ("date", "number"):
        return kind
    low = f" {text.lower()} "
    if " and " in low or "," in text or "/" in text:
        return kind + ":list"  # a pair or list is only ever offered beside other lists
    head = head_word(text)
    if not head or not head[:1].isalpha():
        return ""
    number = ":pl" if is_plural(head, lexicon) else ":sg"
    return _sort(text, head, kind, lexicon) + number if _sort(text, head, kind, lexicon) else ""


def _sort(text: str, head: str, kind: str, lexicon: Lexicon) -> str:
    if head.endswith(("ism", "isms")):
        return "ideology"
    if kind == "person":
        if len(text.split()) == 1 and (head in TITLES or lexicon.is_adjective(head)):
            return ""  # "Tsar", "White": a title or a side, not a person to choose among
        if " of " in f" {text.lower()} " or not all(w[:1].isupper() for w in text.split()):
            return ""
        return "group" if is_plural(head, lexicon) else "person"
    if kind == "place" and head not in PLACE_HEADS and _common_noun(head, lexicon):
        return ""  # "the State", "the Paris Commune": not somewhere on a map
    if kind in ("organization", "name"):
        if text.isupper() or re.fullmatch(r"[A-Z]{2,}s", text):
            return ""  # "NEP", "CEC": an abbreviation does not say what sort of thing it is
        singular = head[:-1] if is_plural(head, lexicon) and head[:-1] in ORG_HEADS else lexicon.lemma(head)
        if head in ORG_HEADS or singular in ORG_HEADS:
            return "body-" + next((sort for sort, heads in BODY_SORTS.items() if singular in heads or head in heads), "other")
        if is_plural(head, lexicon) and (head.endswith(GROUP_SUFFIXES) or _member_name(head, lexicon)):
            return "group"
        return "organization" if kind == "organization" else ""
    if kind == "event":
        return "event-" + next((sort for sort, heads in EVENT_SORTS.items() if head in heads), "conflict")
    if kind == "place":
        return "place-" + _place_sort(text, head, lexicon)
    if kind == "work":
        return kind
    if kind == "term":
        if any(head in heads or lexicon.lemma(head) in heads for heads in BODY_SORTS.values()):
            return "term-body"  # "the white army" beside "the provisional government", not "the working class"
        sense = lexicon.first_noun_sense(lexicon.lemma(head))
        if sense is None:
            return ""  # "overnight", "reformist" as adjective: not a thing to choose among
        return "term-" + sense.lexname().removeprefix("noun.")
    return ""


def _member_name(word: str, lexicon: Lexicon) -> bool:
    """A capitalised name for a member of a people or party ('German', 'Jacobin'), unlike
    the common nouns 'soldier' or 'worker' that merely open a sentence."""
    sense = lexicon.first_noun_sense(lexicon.lemma(word))
    return sense is not None and sense.lexname() == "noun.person" and sense.lemma_names()[0][:1].isupper()


def _quoted_name_kind(head: str, kind: str) -> str:
    if head in ORG_HEADS:
        return "organization"
    if head in EVENT_HEADS - {"plan", "plans", "policy", "movement"}:
        return "event"
    return kind


def _place_sort(text: str, head: str, lexicon: Lexicon) -> str:
    """Country, town or region, from WordNet's 'instance of': a country is offered beside
    countries, a town beside towns. A place WordNet does not know is most often a town."""
    if head in PLACE_HEADS:
        return "site" if head in {"factory", "works", "palace", "prison", "fortress", "street", "square"} else "region"
    sense = lexicon.first_noun_sense(text)
    if sense is None:
        sense = lexicon.first_noun_sense(head)
    parents = " ".join(
        name.lower() for h in (sense.instance_hypernyms() if sense is not None else []) for name in h.lemma_names()
    )
    if sense is None or not parents:
        return "town" if sense is None else "region"
    if "city" in parents or "capital" in parents or "town" in parents or "port" in parents:
        return "town"  # before countries: a "national capital" is a town
    if "country" in parents or "nation" in parents or "state" in parents or "kingdom" in parents:
        return "country"
    return "region"

"""Key statements: sentences central to the essay's argument, ranked.

Centrality is PageRank over a tf-idf cosine similarity graph (the TextRank/LexRank
idea), built through an inverted index so only sentences that share a word are
compared. Cues then lift thesis and conclusion phrasing, definitions and sentences on
their section's topic, and sentences that cannot stand alone are pushed down.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Collection, Sequence

from quizgen.nlp.annotate import AnnotatedSentence
from quizgen.nlp.lexicon import Lexicon
from quizgen.nlp.tokens import FINITE_TAGS as _FINITE_TAGS, TIME_UNITS as _TIME_UNITS

THESIS_CUES = re.compile(
    r"\b(?:in sum|in short|in conclusion|to conclude|to sum up|my point|the point is|i argue|"
    r"i will argue|i have argued|this essay|this article|the (?:key|central|main|real|fundamental) "
    r"(?:point|question|issue|problem|reason|lesson)|in truth|in fact|the truth is|it is clear|"
    r"clearly|above all|the lesson|ultimately|therefore|thus|was meant to|myth|the reality)\b",
    re.I,
)
#: The writer steering the reader ("We turn now to ...", "To see this we need simply compare"):
#: about the essay, not about its subject.
META_CUES = re.compile(
    r"^(?:[^,;]{0,40},\s*)?(?:\w+\s+){0,3}?(?:i|we)(?: will| shall| must| now| first| can| need(?: simply| only)?(?: to)?)? "
    r"(?:see|note|concentrate|focus|turn|compare|discuss|consider|examine|look|begin|return|explore|address)\b",
    re.I,
)
DEFINITION_CUES = re.compile(r"\b(?:is|was|are|were) (?:a|an|the) |\bso-called\b|\bknown as\b|\bmeans\b|\bdefined\b", re.I)
#: Openings that lean on an earlier sentence: read alone, the statement is unclear.
DEPENDENT_START = re.compile(
    r"^(?:he|she|it|they|them|his|her|its|their|this|these|those|that|such|here|there|we|us|our|i|my|which (?:is|was) why|which means|which meant|"
    r"him|both|another|others|the others|the rest|the latter|the former|the same|instead|yes|no|so|also|"
    # "Many formed ...", "Some of them were ...": a quantity of a group named earlier
    r"(?:soon|later|then|now|still|again|eventually|finally|initially|subsequently|afterwards) (?:it|he|she|they|this|these)\b|"
    r"(?:many|some|most|several|few|all|none|each|neither|either)(?= of (?:them|these|those|us)\b| [a-z]+ed\b| (?:were|was|are|had|have|would|could|did)\b)|(?:and|but|or) (?:he|she|it|they|this|these|that))\b",
    re.I,
)
CONNECTIVE_START = re.compile(
    r"^(?:however|but|and|yet|moreover|furthermore|nevertheless|nonetheless|still|indeed|"
    r"in addition|in other words|consequently|thus|hence|therefore|meanwhile|of course|"
    r"in fact|in sum|in short|after all|finally|first|second|third|similarly|likewise|"
    r"again|besides|otherwise|so|then|now|admittedly|instead|rather(?! than)|as a result|for example|"
    r"for instance|in particular|at the same time|in turn|to repeat|ironically|arguably|"
    r"in short|in any case|on the other hand|on the one hand|by contrast|in contrast|"
    r"to be sure|that is|in practice|in theory|"
    # the writer pointing at the essay itself: what follows is the claim
    r"as (?:i|we) (?:have|had) (?:already |just )?(?:shown|seen|argued|noted|written(?: elsewhere)?|suggested|said)|"
    r"as (?:i|we) (?:will|shall) (?:show|see|argue)|it is my (?:view|contention|argument|belief) that|"
    r"my (?:point|argument|claim)(?: in [^,.;]{1,40})? is (?:to (?:demonstrate|show|argue) )?that|"
    r"i (?:would )?(?:argue|contend|believe|think|submit|suggest) that|"
    # a hedge before the claim: the claim alone is the stem
    r"it (?:is|was) (?:clear|true|evident|obvious|significant|also clear|also true) that|"
    r"it (?:seems|seemed|follows|followed)(?: that)?)\b,?\s+",
    re.I,
)


@dataclass(frozen=True)
class Statement:
    index: int  # the sentence's position among the document's body sentences
    score: float  # 0-1, higher is more central to the argument
    centrality: float
    standalone: bool
    cues: tuple[str, ...] = ()
    #: nouns this sentence names with "the" because the previous sentence introduced them
    leans_on: frozenset[str] = frozenset()


def content_terms(sentence: AnnotatedSentence, lexicon: Lexicon) -> list[str]:
    out = []
    for token in sentence.tokens:
        if not token.is_word or lexicon.is_stopword(token.text) or len(token.text) < 3:
            continue
        pos = "v" if token.tag.startswith("VB") else "n"
        out.append(lexicon.lemma(token.lower, pos))
    return out


#: "There is ..." opens a statement without pointing back to anything.
EXPLETIVE_START = re.compile(r"^there (?:is|are|was|were|has been|have been|had been)\b", re.I)


def strip_connectives(text: str) -> int:
    """How many leading characters are connectives and hedges ("Of course, as we have shown, ")."""
    pos = 0
    for _ in range(3):
        match = CONNECTIVE_START.match(text[pos:])
        if not match or match.end() >= len(text) - pos:
            break
        pos += match.end()
    return pos


def stands_alone(text: str) -> bool:
    body = text.lstrip("“\"‘'(")
    stripped = body[strip_connectives(body):]
    return not DEPENDENT_START.match(stripped)


def rank_statements(
    sentences: Sequence[AnnotatedSentence],
    lexicon: Lexicon,
    usable: Sequence[bool],
    section_titles: Sequence[str] = (),
) -> list[Statement]:
    """A Statement for every sentence, in document order."""
    bags = [Counter(content_terms(s, lexicon)) for s in sentences]
    n = len(sentences)
    if n == 0:
        return []
    df = Counter(term for bag in bags for term in bag)
    idf = {term: math.log((n + 1) / (count + 0.5)) for term, count in df.items()}
    vectors = [{t: c * idf[t] for t, c in bag.items()} for bag in bags]
    norms = [math.sqrt(sum(w * w for w in v.values())) or 1.0 for v in vectors]
    centrality = _pagerank(_similarity_graph(vectors, norms, df, n), n)
    top = max(centrality) or 1.0
    title_terms = [set(content_terms_text(t, lexicon)) for t in section_titles]
    nouns = Counter(t.lower for s in sentences for t in s.tokens if t.tag.startswith("NN"))
    statements = []
    for i, sentence in enumerate(sentences):
        text = sentence.text
        cues = []
        boost = 0.0
        if THESIS_CUES.search(text):
            cues.append("thesis")
            boost += 0.15
        if DEFINITION_CUES.search(text):
            cues.append("definition")
            boost += 0.05
        section = sentence.sentence.section
        if section < len(title_terms) and title_terms[section] & set(bags[i]):
            cues.append("section-topic")
            boost += 0.1
        previous = sentences[i - 1] if i and sentences[i - 1].sentence.paragraph == sentence.sentence.paragraph else None
        leans_on = back_nouns(sentence, previous, nouns)
        refs = unresolved_references(sentence_words(sentence), person_words(sentence), leans_on)
        alone = stands_alone(text)
        if META_CUES.match(text):
            cues.append("meta")
        length = sum(1 for t in sentence.tokens if t.is_word)
        fit = 1.0 if 10 <= length <= 40 else 0.7
        raw = (centrality[i] / top) * fit + boost
        if not alone:
            raw *= 0.6
        # A pointer after the opening is not penalised here: a trimmed stem may drop it, and
        # every stem is checked for it on its own.
        alone = alone and not refs
        if "meta" in cues:
            raw *= 0.3
        if not usable[i]:
            raw *= 0.2
        statements.append(Statement(i, min(1.0, raw), centrality[i] / top, alone, tuple(cues), leans_on))
    return statements


def content_terms_text(text: str, lexicon: Lexicon) -> list[str]:
    return [
        lexicon.lemma(w.lower(), "n")
        for w in re.findall(r"[A-Za-z][A-Za-z-]+", text)
        if not lexicon.is_stopword(w) and len(w) >= 3
    ]


def _similarity_graph(vectors, norms, df, n) -> list[dict[int, float]]:
    postings: dict[str, list[int]] = defaultdict(list)
    # Words in many sentences link everything to everything; the cap also keeps the work
    # linear in the length of the essay.
    common = min(max(3, n // 5), 150)
    for i, vec in enumerate(vectors):
        for term in vec:
            if df[term] <= common:
                postings[term].append(i)
    graph: list[dict[int, float]] = [defaultdict(float) for _ in range(n)]
    for term in sorted(postings):
        ids = postings[term]
        weights = [(b, vectors[b][term], norms[b]) for b in ids]
        for a, weight, norm in weights:
            wa = weight / norm
            links = graph[a]
            for b, wb, nb in weights:
                if a != b:
                    links[b] += wa * wb / nb
    return graph


def _pagerank(graph: list[dict[int, float]], n: int, damping: float = 0.85, rounds: int = 40) -> list[float]:
    # Summed in the order of the linked sentences. Each rank below adds its shares in the
    # order of the sentences they come from, whatever order each one's links are in.
    out_weight = [sum(map(links.__getitem__, sorted(links))) for links in graph]
    linked = [(a, links.items(), weight) for a, (links, weight) in enumerate(zip(graph, out_weight)) if weight]
    rank = [1.0 / n] * n
    for _ in range(rounds):
        nxt = [(1 - damping) / n] * n
        for a, links, weight in linked:
            share = damping * rank[a] / weight
            for b, w in links:
                nxt[b] += share * w
        change = sum(abs(x - y) for x, y in zip(nxt, rank))
        rank = nxt
        if change < 1e-6:
            break
    return rank


# ---------------------------------------------------------------- references to earlier text

_PERSONAL = frozenset("he him his himself she her hers herself".split())
_PLURAL = frozenset("they them their theirs themselves".split())
_WRITER = frozenset("we us our ours ourselves my me myself".split())
_DEMONSTRATIVE = frozenset("this these those such".split())
_ORDINALS = frozenset("first second third last other same two".split())
_BREAK_WORDS = frozenset({";", ":", "—", "–", "--"})
#: Singular nouns that name a group of people: "the working class ... they".
COLLECTIVE = frozenset(
    """people police class party proletariat peasantry bourgeoisie leadership government army navy
    committee council soviet union movement population public crew staff majority minority masses
    workforce regime opposition faction group""".split()
)
_RESTRICTIVE_AFTER = frozenset({"of", "which", "that", "who", "whom", "whose", "in", "at", "on", "for", "to"})


def _outside_quotes(words: Sequence[tuple[str, str]]) -> list[bool]:
    """Which words the writer says in their own voice: a pronoun in a quotation is the
    speaker's, and the stem cannot be blamed for it."""
    inside = False
    flags = []
    for text, _ in words:
        if text in ("“", "”"):
            inside = text == "“"
            flags.append(False)
            continue
        flags.append(not inside)
    if any(text == "”" for text, _ in words) and not any(text == "“" for text, _ in words):
        # a stem cut from inside a quotation that closes in it: everything before is quoted
        close = next(i for i, (text, _) in enumerate(words) if text == "”")
        flags = [i > close and f for i, f in enumerate(flags)]
    return flags


#: A gap or a question word stands for the answer, and the answer can be what a pronoun means.
_ANSWER_SLOTS = frozenset({"_____", "who", "whom", "what", "which"})


def _is_plural_noun(text: str, tag: str) -> bool:
    return text.lower() in _ANSWER_SLOTS or tag in ("NNS", "NNPS") or (tag == "NNP" and text.endswith("s") and len(text) > 3) or text.lower() in COLLECTIVE


def _named_person(people: Collection[str]):
    return lambda text, tag: text.lower() in people


def _named_plural(text: str, tag: str) -> bool:
    """A plural a pronoun may point forward to; a gap will not do ('To them, the _____ was')."""
    return text.lower() not in _ANSWER_SLOTS and _is_plural_noun(text, tag)


def _clause_end(words: Sequence[tuple[str, str]], i: int) -> int:
    return next((j for j in range(i, len(words)) if words[j][0] in _BREAK_WORDS), len(words))


def _cataphora(words: Sequence[tuple[str, str]], i: int, matches) -> bool:
    """'In his memoirs, Serge wrote ...': a pronoun in an opening phrase may point forward to
    the subject that follows the comma, within the same clause. A pronoun that is itself the
    subject ('Later, in 1921, they would explain that ..., the sailors') points back."""
    comma = next((j for j in range(i, len(words)) if words[j][0] == ","), None)
    if comma is None or any(words[j][0] in _BREAK_WORDS for j in range(i)):
        return False
    opener = next((j for j in range(i - 1, max(-1, i - 4), -1) if words[j][1] in ("IN", "WRB", "TO")), None)
    if opener is None or any(words[j][0] == "," for j in range(opener, i)):
        return False
    end = _clause_end(words, comma)
    return any(matches(*words[j]) for j in range(comma + 1, min(end, comma + 5)))


#: Pronouns that stand for a person or thing named before: unlike "this demand", they name nothing themselves.
PERSONAL_POINTERS = frozenset({"he", "she", "him", "her", "his", "they", "them", "their", "it", "its", "we", "our", "i"})


#: Every word the walk below can take for a pointer; a stem with none of them has none.
_POINTER_WORDS = (
    _WRITER | _PERSONAL | _PLURAL | _DEMONSTRATIVE | _ORDINALS
    | {"i", "it", "its", "that", "let", "latter", "former", "one", "another", "later", "earlier", "future", "both"}
)


def may_point_back(text: str, back_nouns: Collection[str] = ()) -> bool:
    """Whether `text` holds a word that could point back at all: a cheap look before the
    tagged walk of `unresolved_references`, which finds nothing without one."""
    return _holds_pointer_word(set(_PLAIN_WORD.findall(text.lower())), back_nouns)


def _holds_pointer_word(lowered: set[str], back_nouns: Collection[str]) -> bool:
    return not _POINTER_WORDS.isdisjoint(lowered) or not set(back_nouns).isdisjoint(lowered)


_PLAIN_WORD = re.compile(r"[a-z]+")


def unresolved_references(
    words: Sequence[tuple[str, str]], people: Collection[str] = (), back_nouns: Collection[str] = ()
) -> list[str]:
    """The words of a stem (text, tag) that point back to something it does not name: a
    pronoun with no agreeing name before it, the writer's 'we', a demonstrative, 'the
    latter', or 'the N' for a noun the previous sentence introduced (`back_nouns`). Only the
    writer's own words count; `people` are the lower-cased words of the persons named."""
    lowered = [text.lower() for text, _ in words]
    if not _holds_pointer_word(set(lowered), back_nouns):
        return []  # most stems hold no word that could point back: spare the walk through them
    voice = _outside_quotes(words)
    out = []
    for i, (text, tag) in enumerate(words):
        if not voice[i]:
            continue
        low = lowered[i]
        nxt = words[i + 1] if i + 1 < len(words) else ("", "")
        if low in _WRITER or (text == "I" and tag == "PRP"):
            out.append(text)
        elif low in _PERSONAL:
            is_person = lambda t, g: t.lower() in people or t.lower() in _ANSWER_SLOTS
            if not any(is_person(*w) and voice[k] for k, w in enumerate(words[:i])) and not _cataphora(words, i, _named_person(people)):
                out.append(text)
        elif low in _PLURAL:
            if not any(_is_plural_noun(*w) and (voice[k] or w[0] != "_____") for k, w in enumerate(words[:i])) and not _cataphora(words, i, _named_plural):
                out.append(text)
        elif low in ("it", "its") and _it_points_back(words, lowered, i):
            out.append(text)
        elif low in _DEMONSTRATIVE and _points_back(words, lowered, i):
            out.append(text)
        elif low == "that" and _that_noun(words, i):
            out.append(text)  # "at that time", "by that point"
        elif low == "let" and nxt[0].lower() in ("us", "’s", "'s"):
            out.append(text)  # "Let's rewind to 1919": the writer talking to the reader
        elif low == "the" and _definite_back(words, lowered, i, back_nouns):
            out.append(text + " " + nxt[0])
        elif low in ("one", "another") and _counts_off(words, i):
            out.append(text)  # "One is a distrust of ...": one of things named before
        elif low == "both" and nxt[1].startswith(("VB", "MD")) and not (i and words[i - 1][1].startswith("NN")):
            out.append(text)  # "from 1918 both were a regular feature": both of what?
        elif low in ("later", "earlier", "future") and _time_after(lowered, i):
            out.append(text)  # "Two days later", "two years in the future": from a date the stem does not give
    return out


_CLAUSE_START_TAGS = frozenset({",", ":", ";", "``", "''", "(", "CC", "RB"})


def _counts_off(words, i: int) -> bool:
    """'One' or 'another' as the subject of its clause, its verb next."""
    nxt = words[i + 1][1] if i + 1 < len(words) else ""
    return nxt in _FINITE_TAGS and all(tag in _CLAUSE_START_TAGS for _, tag in words[:i])


def _time_after(lowered, i: int) -> bool:
    if lowered[i] == "future":
        i -= 2  # "two years in the future"
        if i < 1 or lowered[i:i + 2] != ["in", "the"]:
            return False
    return i >= 2 and lowered[i - 1] in _TIME_UNITS and lowered[i - 2] not in ("the", "those", "these")


_BE = frozenset("is was are were be been being ’s 's isn’t wasn’t isn't wasn't".split())
#: Verbs that take an empty "it": "it seems", "it took three years", "it follows that".
_EXPLETIVE_VERBS = frozenset(
    """seems seemed seem appears appeared appear took takes take follows followed follow remains
    remained matters mattered happens happened happen turns turned transpired emerged""".split()
)
#: Nouns whose "that"-clause is their content ("the difference is that it was ..."): an "it"
#: inside cannot mean them, and "at the time it" means no time.
_NOT_ANTECEDENTS = frozenset(
    """difference point problem question issue irony truth fact reason conclusion lesson result
    time moment day year way case thing sense view""".split()
)


def _it_points_back(words, lowered, i: int) -> bool:
    """'it' or 'its' with no singular thing named before it in the stem: 'it was the
    instrument of a new minority', 'the lessons they drew from it'. An empty 'it' ('it is
    clear that', 'it was not until', 'it took years') points nowhere and is fine. A quotation
    may hold what it means ('the “freedom of the oppressors” ... but it applies')."""
    tag = words[i][1]
    prev_tag = words[i - 1][1] if i else ""
    reach = i
    if lowered[i] == "its":
        if tag != "PRP$" and not (i + 1 < len(words) and words[i + 1][1].startswith(("NN", "JJ"))):
            return False
    elif _it_is_subject(words, lowered, i) and (prev_tag not in ("IN", "TO") or lowered[i - 1] in _SUBORDINATORS):
        if _expletive_it(words, lowered, i):
            return False  # "it is clear that", "it was not until", "it took years"
        reach = _contrast_start(lowered, i)
    elif prev_tag in ("IN", "TO"):
        if lowered[i - 1] not in _PLACE_PREPOSITIONS:
            # "which Marx drew from it": an object is never the subject of its own clause
            # (that would be "itself"), so only a noun before the clause can be what it means;
            # "the State produced around it" may mean the subject
            reach = next((k for k in range(i - 1, -1, -1) if lowered[k] in _CLAUSE_OPENERS), i)
    else:
        return False  # "made it clear", "make it to Russia": often empty
    for k in range(reach):
        low = lowered[k]
        if low in _ANSWER_SLOTS and low != "who":
            return False
        if words[k][1] not in ("NN", "NNP") or low in _NOT_ANTECEDENTS:
            continue
        if k + 1 < i and words[k + 1][1] in ("NN", "NNS") and words[k][1] == "NN":
            continue  # "the turnpike trusts": a noun that only describes the next one
        if k == i - 1 and lowered[i] == "it":
            continue  # "the State it replaced": the noun is what 'it' acted on, not 'it'
        return False
    return True


#: Words tagged as prepositions that open a clause: "as it must", "because it was".
_SUBORDINATORS = frozenset(
    "as because if since while although though whether that unless until once so than when before after".split()
)
_PLACE_PREPOSITIONS = frozenset("around behind before beside near within inside under over above below".split())
_CLAUSE_OPENERS = frozenset({"which", "that", "who", "whom", ",", ";", "—", "–"})


def _contrast_start(lowered, i: int) -> int:
    """'Rather than an instrument of the bourgeoisie, it was ...', 'Unlike the canal, it ...':
    what an opening contrast names is what 'it' is set against, never what it means."""
    if not i or lowered[i - 1] != ",":
        return i
    for k in range(i - 2, -1, -1):
        pair = (lowered[k], lowered[k + 1] if k + 1 < i else "")
        if lowered[k] == "unlike" or pair in (("rather", "than"), ("instead", "of")):
            return k
        if lowered[k] in (";", ":", "—", "–") or (lowered[k] == "." and k):
            break
    return i


def _it_is_subject(words, lowered, i: int) -> bool:
    j = i + 1
    while j < len(words) and words[j][1] in ("RB", "RBR"):
        j += 1
    return j < len(words) and (words[j][1] in _FINITE_TAGS or lowered[j] in _BE)


def _expletive_it(words, lowered, i: int) -> bool:
    j = i + 1
    while j < len(words) and (words[j][1] in ("RB", "MD") or lowered[j] in ("have", "has", "had", "been", "be")):
        j += 1
    if j >= len(words):
        return False
    verb = lowered[j]
    if verb in _EXPLETIVE_VERBS:
        return True
    if verb not in _BE and lowered[j - 1] not in ("be", "been"):
        return False
    if verb not in _BE:
        j -= 1
    while j + 1 < len(words) and lowered[j + 1] in ("n’t", "n't"):
        j += 1
    rest = lowered[j + 1 : j + 8]
    head = words[j + 1][1] if j + 1 < len(words) else ""
    if head.startswith("JJ") or (rest[:1] and rest[0] in ("not", "worth", "only", "also", "no", "just", "precisely")):
        return True  # "it is clear that", "it was not until", "it is worth"
    # a cleft, "it was Engels' own ideology which produced", or "it is time to"
    return any(w in ("that", "which", "who", "to", "until", "when", "because") for w in rest)


def _that_noun(words, i: int) -> bool:
    """'at that moment', not 'so that workers were' (a clause, whatever the tagger says)."""
    if not i or words[i - 1][1] != "IN" or i + 1 >= len(words) or not words[i + 1][1].startswith("NN"):
        return False
    after = words[i + 2][1] if i + 2 < len(words) else ""
    return after not in _FINITE_TAGS and after != "VBN"


def _points_back(words, lowered, i: int) -> bool:
    low = lowered[i]
    nxt = lowered[i + 1] if i + 1 < len(words) else ""
    if low == "such":
        return nxt not in ("as", "that")
    if low == "those" and nxt in ("who", "whom", "whose", "which", "that", "of"):
        return False
    if low == "this" and _sums_up_the_clause_before(words, lowered, i):
        return False  # "..., this was a deception": the clause before is what it means
    # "this decree" after the decree was named in the same stem
    j = i + 1
    while j < len(words) and words[j][1] in ("JJ", "JJR", "VBN"):
        j += 1
    if j < len(words) and words[j][1].startswith("NN"):
        noun = lowered[j].rstrip("s")
        return not any(w.rstrip("s") == noun for w in lowered[:i])
    return True




def _sums_up_the_clause_before(words, lowered, i: int) -> bool:
    """A bare 'this' opening a new clause after one in the same stem ('..., and this was a
    deception') means that clause; 'they were explicit about this' points outside the stem."""
    if _noun_follows(words, i) or i < 6 or not any(tag in _FINITE_TAGS for _, tag in words[:i]):
        return False
    k = i - 1
    while k > 0 and lowered[k] in ("”", "’", '"'):
        k -= 1  # '... a “soviet government,” this was a deception'
    opens_clause = lowered[k] in (",", ";", "and", "but", "so", "—", "–")
    return opens_clause and i + 1 < len(words) and words[i + 1][1] in _FINITE_TAGS | {"RB"}


def _noun_follows(words, i: int) -> bool:
    j = i + 1
    while j < len(words) and words[j][1] in ("JJ", "JJR", "VBN"):
        j += 1
    return j < len(words) and words[j][1].startswith("NN")


def _definite_back(words, lowered, i: int, back_nouns: Collection[str]) -> bool:
    """'the latter', 'the first is', 'the two are', or 'the decree' for a decree the previous
    sentence introduced."""
    nxt = lowered[i + 1] if i + 1 < len(words) else ""
    after = words[i + 2] if i + 2 < len(words) else ("", "")
    if nxt in ("latter", "former"):
        return True
    if nxt in _ORDINALS and not after[1].startswith(("NN", "JJ", "CD")) and after[0].lower() not in ("of", "time", "to"):
        return True  # not "among the first to level the accusation": the earliest, not one of a list
    j = i + 1
    while j < len(words) and words[j][1] in ("JJ", "VBN") and words[j][0].islower():
        j += 1
    if j >= len(words) or lowered[j] not in back_nouns or not words[j][0].islower():
        return False
    following = lowered[j + 1] if j + 1 < len(words) else ""
    if following in _RESTRICTIVE_AFTER or (j + 1 < len(words) and words[j + 1][1].startswith(("NN", "VBN", "VBG"))):
        return False
    return lowered[j] not in lowered[:i]


def back_nouns(sentence: AnnotatedSentence, previous: AnnotatedSentence | None, counts: Counter) -> frozenset[str]:
    """Nouns the previous sentence introduced ('a decree', 'the Moscow soviet') that are rare
    in the essay: 'the decree' in this sentence means that one, which a stem alone leaves unclear."""
    if previous is None:
        return frozenset()
    introduced = set()
    tokens = previous.tokens
    for k, token in enumerate(tokens):
        if not token.tag.startswith("NN") or not token.text.islower() or len(token.text) < 4:
            continue
        before = tokens[k - 1] if k else None
        fresh = before is not None and (before.lower in ("a", "an") or before.tag in ("NNP", "CD"))
        if counts[token.lower] <= (6 if fresh else 2):
            introduced.add(token.lower)
    return frozenset(t.lower for t in sentence.tokens if t.lower in introduced)


def sentence_words(sentence: AnnotatedSentence) -> list[tuple[str, str]]:
    return [(t.text, t.tag) for t in sentence.tokens]


_NOT_PEOPLE = frozenset({"place", "organization", "date", "number", "event", "work", "term"})


def person_words(sentence: AnnotatedSentence) -> frozenset[str]:
    """Words that may name a person: names of no other known kind, including bare proper
    nouns the entity finder left unclassified."""
    covered = {i for e in sentence.entities if e.kind in _NOT_PEOPLE for i in range(e.start, e.end)}
    words = {w.lower() for e in sentence.entities if e.kind not in _NOT_PEOPLE for w in e.text.split()}
    words |= {t.lower for i, t in enumerate(sentence.tokens) if t.tag == "NNP" and i not in covered and i}
    return frozenset(words)

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
from typing import Sequence

from quizgen.nlp.annotate import AnnotatedSentence
from quizgen.nlp.lexicon import Lexicon

THESIS_CUES = re.compile(
    r"\b(?:in sum|in short|in conclusion|to conclude|to sum up|my point|the point is|i argue|"
    r"i will argue|i have argued|this essay|this article|the (?:key|central|main|real|fundamental) "
    r"(?:point|question|issue|problem|reason|lesson)|in truth|in fact|the truth is|it is clear|"
    r"clearly|above all|the lesson|ultimately|therefore|thus|was meant to|myth|the reality)\b",
    re.I,
)
DEFINITION_CUES = re.compile(r"\b(?:is|was|are|were) (?:a|an|the) |\bso-called\b|\bknown as\b|\bmeans\b|\bdefined\b", re.I)
#: Openings that lean on an earlier sentence: read alone, the statement is unclear.
DEPENDENT_START = re.compile(
    r"^(?:he|she|it|they|them|his|her|its|their|this|these|those|that|such|here|there|we|us|our|"
    r"him|both|another|others|the others|the rest|the latter|the former|the same|instead|yes|no|so|also|(?:and|but|or) (?:he|she|it|they|this|these|that))\b",
    re.I,
)
CONNECTIVE_START = re.compile(
    r"^(?:however|but|and|yet|moreover|furthermore|nevertheless|nonetheless|still|indeed|"
    r"in addition|in other words|consequently|thus|hence|therefore|meanwhile|of course|"
    r"in fact|in sum|in short|after all|finally|first|second|third|similarly|likewise|"
    r"again|besides|otherwise|so|then|now|admittedly|instead|rather|as a result|for example|"
    r"for instance|in particular|at the same time|in turn|to repeat|ironically|arguably|"
    r"in short|in any case|on the other hand|on the one hand|by contrast|in contrast|"
    r"to be sure|that is|in practice|in theory|"
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


def stands_alone(text: str) -> bool:
    stripped = CONNECTIVE_START.sub("", text.lstrip("“\"‘'("), count=1)
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
        alone = stands_alone(text)
        length = sum(1 for t in sentence.tokens if t.is_word)
        fit = 1.0 if 10 <= length <= 40 else 0.7
        raw = (centrality[i] / top) * fit + boost
        if not alone:
            raw *= 0.6
        if not usable[i]:
            raw *= 0.2
        statements.append(Statement(i, min(1.0, raw), centrality[i] / top, alone, tuple(cues)))
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
        for a in ids:
            wa = vectors[a][term] / norms[a]
            for b in ids:
                if a != b:
                    graph[a][b] += wa * vectors[b][term] / norms[b]
    return graph


def _pagerank(graph: list[dict[int, float]], n: int, damping: float = 0.85, rounds: int = 40) -> list[float]:
    edges = [sorted(links.items()) for links in graph]
    out_weight = [sum(w for _, w in links) for links in edges]
    rank = [1.0 / n] * n
    for _ in range(rounds):
        nxt = [(1 - damping) / n] * n
        for a, links in enumerate(edges):
            if out_weight[a]:
                share = damping * rank[a] / out_weight[a]
                for b, w in links:
                    nxt[b] += share * w
        change = sum(abs(x - y) for x, y in zip(nxt, rank))
        rank = nxt
        if change < 1e-6:
            break
    return rank

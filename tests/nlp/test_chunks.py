from quizgen.nlp.chunks import base_noun_phrases
from quizgen.nlp.tokens import Token


def tokens(tagged: str) -> list[Token]:
    out, offset = [], 0
    for pair in tagged.split():
        word, tag = pair.rsplit("/", 1)
        out.append(Token(word, tag, offset, offset + len(word)))
        offset += len(word) + 1
    return out


def phrases(tagged: str) -> list[str]:
    toks = tokens(tagged)
    return [" ".join(t.text for t in toks[a:b]) for a, b in base_noun_phrases(toks)]


def test_an_adverbial_idiom_does_not_join_the_next_noun_phrase():
    assert phrases("in/IN fact/NN anarchists/NNS provided/VBD a/DT deeper/JJR analysis/NN") == [
        "anarchists",
        "a deeper analysis",
    ]


def test_the_same_noun_outside_the_idiom_is_a_noun_phrase():
    assert phrases("the/DT fact/NN remained/VBD") == ["the fact"]

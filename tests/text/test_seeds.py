"""The five seed essays: every body sentence is clean English with no trace of the layout.

The defect patterns are the ones the project's sentence checker uses.
"""

import re

import pytest

SEED_NAMES = [
    "mckay-state-and-revolution.txt",
    "tabor-bolsheviks-serge-commune-state.txt",
    "anarchist-perspective-russian-revolution.txt",
    "hampton-workers-rule-degenerate.txt",
    "bolshevik-realism-1919.txt",
]
SPLIT_WORD = re.compile(r"[a-z]- [a-z]")
SUSPENDED_HYPHEN = re.compile(r"[a-z]- (?:and|or|to) ")
FOOTNOTE_DIGIT = re.compile(r"(?<=[a-z][.,;:?!’”\"')])\d{1,3}\b|\b[a-z]{3,}\d{1,3}\b")
PAGE_REF = re.compile(r"\(\s*(?:pp?\.\s*)?\d{2,3}(?:\s*[-–]\s*\d{1,4})?\s*\)")
CAMEL_GLUE = re.compile(r"\b[a-z]{2,}[A-Z][a-z]+|\b[AI][A-Z][a-z]{2,}\b")
CITATION = re.compile(r"\b(?:ibid|op\. cit|vol\.|pp?\.\s*\d|collected works|university press)\b", re.IGNORECASE)
INLINE_CITATION = re.compile(r"\([A-Z][a-z]+,? (?:1[89]|20)\d\d\)")


def all_sentences(seed_documents):
    return [(name, s.text) for name, doc in seed_documents.items() for s in doc.sentences]


def test_every_seed_yields_sentences(seed_documents):
    assert sorted(seed_documents) == sorted(SEED_NAMES)
    for name, document in seed_documents.items():
        assert len(document.sentences) > 90, name


@pytest.mark.parametrize(
    ("name", "pattern"),
    [
        ("line break", re.compile(r"\n")),
        ("footnote digit", FOOTNOTE_DIGIT),
        ("page reference", PAGE_REF),
        ("camel-case glue", CAMEL_GLUE),
        ("citation", CITATION),
        ("inline citation", INLINE_CITATION),
    ],
)
def test_no_layout_debris_in_any_sentence(seed_documents, name, pattern):
    dirty = [(seed, text) for seed, text in all_sentences(seed_documents) if pattern.search(text)]
    assert dirty == [], name


def test_no_split_words(seed_documents):
    # "national- and regional-level" is English (a suspended hyphen), not a split word.
    dirty = [
        text for _, text in all_sentences(seed_documents) if SPLIT_WORD.search(SUSPENDED_HYPHEN.sub(" ", text))
    ]
    assert dirty == []


def test_no_glued_words(seed_documents, lexicon):
    from quizgen.text.glued import segment

    glued = []
    for _, text in all_sentences(seed_documents):
        # Editorial brackets inside words are read through: "organis[ing]", "[a]bolishing".
        for token in re.findall(r"\b[a-z]{6,}\b", re.sub(r"\[(\w{1,4})\]", r"\1", text)):
            if not lexicon.known(token) and segment(token, lexicon):
                glued.append(token)
    assert glued == []


def test_sentences_start_like_sentences(seed_documents):
    odd = [text for _, text in all_sentences(seed_documents) if text.lstrip("\"'“(‘[")[:1].islower()]
    assert odd == []


def test_sentences_end_like_sentences(seed_documents):
    ending = re.compile(r"[.!?…:][\"'”’)\]]*$")
    assert [text for _, text in all_sentences(seed_documents) if not ending.search(text)] == []


def test_nothing_from_the_bibliography(seed_documents):
    document = seed_documents["hampton-workers-rule-degenerate.txt"]
    text = " ".join(s.text for s in document.sentences)
    assert "Aves, J." not in text and "Cambridge University Press" not in text and "References" not in text
    assert sum(1 for s in document.set_aside if s.kind == "bibliography") >= 20


def test_nothing_from_the_reader_comment(seed_documents):
    document = seed_documents["anarchist-perspective-russian-revolution.txt"]
    text = " ".join(s.text for s in document.sentences)
    assert "Thank you for this article" not in text and "Michael Hudson" not in text
    assert [s.kind for s in document.set_aside] == ["comment"]
    assert len(document.footnotes) == 3


def test_the_sentence_interrupted_by_footnote_one_comes_out_whole(seed_documents):
    document = seed_documents["bolshevik-realism-1919.txt"]
    whole = (
        "And who better to protect the interests of the soldiers than the political commissar who stands at the "
        "back of the line during an offensive, pistol in hand, ready to shoot anyone who does not charge into enemy fire?"
    )
    assert whole in [s.text for s in document.sentences]


def test_booklet_pages_read_in_order(seed_documents):
    sentences = [s.text for s in seed_documents["bolshevik-realism-1919.txt"].sentences]
    assert sentences[0].startswith("One hundred years ago in Russia")
    assert sentences[-1] == "Anything else would be anarchy."
    assert "Workers who did not work were like broken machines." in sentences
    assert any(s.startswith("Idealistic anarchist critiques of “state capitalism” have long pointed out") for s in sentences)


def test_captions_and_cut_sentences_are_set_aside(seed_documents):
    document = seed_documents["tabor-bolsheviks-serge-commune-state.txt"]
    kinds = [s.kind for s in document.set_aside]
    assert kinds.count("caption") == 2 and kinds.count("fragment") >= 5
    text = " ".join(s.text for s in document.sentences)
    assert "courtesy of" not in text and "Bouquins Robert Laffont" not in text


def test_sections_of_the_seeds(seed_documents):
    titles = [s.title for s in seed_documents["mckay-state-and-revolution.txt"].sections]
    assert titles[:4] == ["", "Theory", "The Paris Commune", "Opportunism"]
    realism = [s.title for s in seed_documents["bolshevik-realism-1919.txt"].sections]
    assert "Bolshevik Realism" in realism and "The End of Resistance to Bolshevik Realism" in realism
    for document in seed_documents.values():
        sentence_texts = {s.text.rstrip(".") for s in document.sentences}
        assert not sentence_texts & {s.title for s in document.sections if s.title}


def test_footnotes_are_kept(seed_documents):
    notes = seed_documents["mckay-state-and-revolution.txt"].footnotes
    assert len(notes) >= 50 and notes[0].label == "1"
    realism = seed_documents["bolshevik-realism-1919.txt"].footnotes
    assert {n.label for n in realism} >= {str(n) for n in range(1, 18)}

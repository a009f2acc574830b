"""Page references and inline citations are kept out of sentence text."""

import pytest

from quizgen.text.citations import is_citation_block, is_reference_entry, remove_citations


def cleaned(text):
    repairs = []
    out = " ".join(remove_citations(text, repairs).split())
    return out.replace(" .", ".").replace(" ,", ","), repairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the smashed state machine.” (336) Marx is also quoted", "the smashed state machine.” Marx is also quoted"),
        ("at the same time” (341) It, Lenin summarised", "at the same time”. It, Lenin summarised"),
        ("deputies (Smith 2002).", "deputies."),
        ("the party (Rabinowitch 2007 ).", "the party."),
        ("in the first place (Rabinowitch 2004) Rabinowitch explains", "in the first place. Rabinowitch explains"),
        ("Murphy (2007) has argued that", "Murphy has argued that"),
        ("open and mass character” (2004). The", "open and mass character”. The"),
        ("in any case.” (Revolution in Danger, p. 102.) In any case", "in any case.” In any case"),
        ("without representative institutions” (343-4) for while", "without representative institutions” for while"),
        ("the anthology Bloodstained (Oakland/Edinburgh: AK Press, 2017).", "the anthology Bloodstained."),
    ],
)
def test_references_are_removed(text, expected):
    out, repairs = cleaned(text)
    assert out == expected
    assert repairs


@pytest.mark.parametrize(
    "text",
    [
        "the dictatorship (the dictatorship of the proletariat) was",
        "the goals were: (1) to seize the state; and (2) to centralise production.",
        "freedom of the press, speech, meetings (and the vote) for all",
        "a new (semi-) state",
    ],
)
def test_prose_in_brackets_stays(text):
    out, repairs = cleaned(text)
    assert out == text
    assert repairs == []


@pytest.mark.parametrize(
    "block",
    [
        "(Revolution in Danger, p. 127)",
        "(Lenin, “Fear of the Collapse of the Old,” Collected Works, Volume 26, p. 401. Emphasis in the original.)",
        "(Geoffrey Swain, The Origins of the Russian Civil War, Longman Publishing, New York, 1996, p. 68)",
        "Lenin, Vladimir Ilich (Summer) [1905], “Two Tactics of Social Democracy”, Collected Works, 9, Marxists, p. 29.",
    ],
)
def test_citation_only_blocks(block):
    assert is_citation_block(block)


def test_a_bracketed_paragraph_of_prose_is_not_a_citation():
    assert not is_citation_block(
        "(According to Israel Getzler, in his book, Kronstadt 1917-1921, 80% of the sailors who revolted "
        "in March 1921 had been at Kronstadt in 1917. )"
    )


def test_reference_entries():
    assert is_reference_entry("Aves, J. (1989) The demise of non-Bolshevik trade unionism in Moscow.")
    assert is_reference_entry("Rigby, T. (1979) Lenin's government: Sovnarkom, 1917-1922.")
    assert not is_reference_entry("Lenin, who was still in hiding, advocated yet another approach in 1917.")

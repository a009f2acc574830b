"""Headings, front matter and the parts kept out of the body."""


def sentences(document):
    return [s.text for s in document.sentences]


def test_headings_become_section_titles(clean):
    raw = (
        "Bolshevik Realism\n\nIn March 1919, the party had uncontested power over the state.\n\n"
        "Opportunism\n\nThe opportunists wanted reform and the Kautskyites wanted revolution.\n"
    )
    document = clean(raw)
    assert [s.title for s in document.sections] == ["Bolshevik Realism", "Opportunism"]
    assert [document.section_title(s) for s in document.sentences] == ["Bolshevik Realism", "Opportunism"]
    assert "Opportunism" not in sentences(document)


def test_capitals_headings_in_wrapped_text(clean):
    raw = (
        "The party could now speak of itself as the party of\nthe proletariat in every city.\n\n"
        "WORKERS’ GOVERNMENT\nOn 25 October 1917, the congress voted to form\na coalition government.\n"
    )
    document = clean(raw)
    assert [s.title for s in document.sections] == ["", "WORKERS’ GOVERNMENT"]
    assert sentences(document)[-1] == "On 25 October 1917, the congress voted to form a coalition government."


def test_title_and_byline_are_front_matter(clean):
    raw = "The Myth of the Commune-State\n\nby Ronald Tabor\n\nThere is a view held among some sections of the left.\n"
    document = clean(raw, title="The Myth of the Commune-State")
    assert sentences(document) == ["There is a view held among some sections of the left."]
    assert [s.kind for s in document.set_aside] == ["front_matter", "front_matter"]
    assert document.found_title == "The Myth of the Commune-State"


def test_bibliography_is_set_aside(clean):
    raw = (
        "The soviets lost power by 1921 (Smith 2002).\n\nReferences\n\n"
        "Aves, J. (1989) The demise of non-Bolshevik trade unionism in Moscow. Revolutionary Russia.\n\n"
        "Smith, S. (2002) The Russian Revolution: A Very Short Introduction. Oxford: Oxford University Press.\n"
    )
    document = clean(raw)
    assert sentences(document) == ["The soviets lost power by 1921."]
    assert {s.kind for s in document.set_aside} == {"bibliography"}


def test_citation_lines_and_attributions_are_set_aside(clean):
    raw = (
        "“The party is in a sense the nervous system of the class.”\n\n(Revolution in Danger, p. 99)\n\n"
        "“All power has passed to the Soviets.”\n-Bolshevik spokesmen at the second Congress of Soviets, 1917\n\n"
        "Lenin saw it otherwise.\n"
    )
    document = clean(raw)
    assert sentences(document) == [
        "“The party is in a sense the nervous system of the class.”",
        "“All power has passed to the Soviets.”",
        "Lenin saw it otherwise.",
    ]
    assert [s.kind for s in document.set_aside] == ["citation", "citation"]


def test_endnotes_and_reader_comments_after_the_essay(clean):
    raw = (
        "The workers would never reach socialist consciousness by themselves.1 This dream quickly died.\n\n\n"
        "1. “We have said that there could not have been such consciousness among the workers.”\n\n\n"
        "  1. Thank you for this article. I believe the movement is still with us. Peace, Michael\n"
    )
    document = clean(raw)
    assert sentences(document) == [
        "The workers would never reach socialist consciousness by themselves.",
        "This dream quickly died.",
    ]
    assert [(n.label, n.text[:14]) for n in document.footnotes] == [("1", "“We have said ")]
    assert [s.kind for s in document.set_aside] == ["comment"]


def test_marked_headings_dividers_and_bullets(clean):
    raw = (
        "# The Kronstadt Rising\n\nThe sailors rose in March 1921.\n\n* * *\n\n"
        "## Demands\n\nTheir demands were simple:\n- free elections to the soviets,\n- freedom of speech.\n\n"
        "- Each sailor had a vote.\n- Each ship sent delegates.\n\n"
        "Results\n=======\n\nThe rising was crushed.\n"
    )
    document = clean(raw, title="")
    assert document.found_title == "The Kronstadt Rising"
    assert [s.title for s in document.sections] == ["", "Demands", "Results"]
    assert [s.text for s in document.sentences] == [
        "The sailors rose in March 1921.",
        "Their demands were simple: free elections to the soviets, freedom of speech.",
        "Each sailor had a vote.",
        "Each ship sent delegates.",
        "The rising was crushed.",
    ]


def test_one_paragraph_per_line_without_blank_lines(clean):
    raw = (
        "Theory\n"
        "The first paragraph is a long line of text that goes on for a long while without any wrapping, "
        "as web pages do when they are copied. It has two sentences.\n"
        "Practice\n"
        "The second paragraph is also a long line of text that goes on for a long while without wrapping.\n"
    )
    document = clean(raw, title="Essay")
    assert [s.title for s in document.sections] == ["Theory", "Practice"]
    assert len(document.paragraphs) == 2 and len(document.sentences) == 3

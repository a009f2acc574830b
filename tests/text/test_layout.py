"""Layout: wrapped lines, double spacing, pages, footnotes at page bottoms, pages out of order."""

from quizgen.text import layout


def sentences(document):
    return [s.text for s in document.sentences]


def test_wrapped_lines_join_and_blank_lines_end_paragraphs(clean):
    document = clean(
        "The soviets were the principal organs of\nworkers’ self-expression in 1917.\n\n"
        "Factory committees also\nproliferated that spring.\n"
    )
    assert sentences(document) == [
        "The soviets were the principal organs of workers’ self-expression in 1917.",
        "Factory committees also proliferated that spring.",
    ]
    assert len(document.paragraphs) == 2


def test_double_spaced_text_is_not_a_paragraph_per_line(clean):
    body = (
        "There were three revolutions in 1917 and the second of them was the one\n\n"
        "that brought the party to power after a long and difficult year of war and\n\n"
        "strikes in the capital. Hope for a better future spread around the globe and\n\n"
        "the revolution was welcomed by many on the revolutionary left in Europe and\n\n"
        "beyond it as the culmination of a long process of struggle and of hope.\n\n"
    )
    shape = layout.measure(layout.split_lines(body * 3))
    assert shape.double_spaced
    document = clean(body)
    assert sentences(document)[0] == (
        "There were three revolutions in 1917 and the second of them was the one that brought the party to "
        "power after a long and difficult year of war and strikes in the capital."
    )


def test_blank_lines_inside_sentences_are_not_paragraph_breaks(clean):
    raw = (
        "Some 700 soviets sprang up in spring 1917 embracing\n\naround 200,000 deputies by summer.\n"
        "Throughout Russia there were about two million trade-\n\nunion members at the time.\n"
        "The Bolshevik party led the seizure of power in October\n\n1917. In 1905 there were few.\n"
    )
    assert sentences(clean(raw)) == [
        "Some 700 soviets sprang up in spring 1917 embracing around 200,000 deputies by summer.",
        "Throughout Russia there were about two million trade-union members at the time.",
        "The Bolshevik party led the seizure of power in October 1917.",
        "In 1905 there were few.",
    ]


PAGE_ONE = (
    " One hundred years ago the workers of the city were on strike against the new\n"
    "government of the party. And who better than a party official who never worked\n"
    "in a factory to decide what they needed?1 And who better\n"
    "\n"
    "1 Of the seven members of the first committee, six had an elite education and\n"
    "became professional activists immediately after their education ended.\n"
)
PAGE_TWO = (
    " to protect the interests of the soldiers than the political commissar\n"
    "who stands at the back of the line, ready to shoot anyone who does not\n"
    "charge into enemy fire?\n"
)


def test_a_note_block_between_pages_is_taken_out_and_the_sentence_joined(clean):
    document = clean(PAGE_ONE + PAGE_TWO)
    assert (
        "And who better to protect the interests of the soldiers than the political commissar who stands at the "
        "back of the line, ready to shoot anyone who does not charge into enemy fire?"
    ) in sentences(document)
    assert [note.label for note in document.footnotes] == ["1"]
    assert document.footnotes[0].text.startswith("Of the seven members")
    assert not any("Of the seven" in s for s in sentences(document))


def test_a_lone_page_number_is_layout(clean):
    raw = (
        "The first page ends in the middle of a long sentence about the\n\n"
        "9\n\n"
        "revolution and the second page carries it on to its end.\n"
    )
    document = clean(raw)
    assert sentences(document) == [
        (
            "The first page ends in the middle of a long sentence about the revolution and the second page "
            "carries it on to its end."
        )
    ]
    assert [(s.kind, s.text) for s in document.set_aside] == [("layout", "9")]


def _page(number: int, opening: str, closing: str) -> str:
    middle = "".join(f"The council met again in the {word} district and argued about the harvest.\n" for word in "abcdefg")
    return f" {opening} This was page {number}.\n{middle}{closing}\n"


def test_booklet_pages_extracted_in_printing_order_are_put_back(clean):
    # Reading pages 1..8 printed as 8,1,2,7,6,3,4,5; page 8 (the back cover) is blank and missing.
    pages = {
        1: ("It began in spring.", "Then the strikers"),
        2: ("marched to the square.", "Everyone agreed."),
        3: ("Then the soldiers came.", "They joined the"),
        4: ("crowd in the square.", "They sang."),
        5: ("Later the workers came.", "They elected a"),
        6: ("new committee of their own.", "Then the delegates"),
        7: ("voted for the strike.", "It ended."),
    }
    raw = "".join(_page(n, *pages[n]) for n in [1, 2, 7, 6, 3, 4, 5])
    document = clean(raw)
    found = sentences(document)
    positions = [found.index(f"This was page {n}.") for n in range(1, 8)]
    assert positions == sorted(positions)
    for joined in (
        "Then the strikers marched to the square.",
        "They joined the crowd in the square.",
        "They elected a new committee of their own.",
        "Then the delegates voted for the strike.",
    ):
        assert joined in found
    assert any(r.kind == "page_order" for r in document.repairs)


def test_a_sentence_cut_by_a_picture_is_set_aside_not_stitched(clean):
    raw = (
        "Serge was active in the youth group of the party, but soon became discontented with\n"
        "its reformist politics and joined a group of anarchists who were known in the city as\n"
        "\n"
        "Victor Serge, Memoirs of a Revolutionary, Paris edition\n"
        "\n"
        "In March 1941, Serge and his son managed to get out of France.\n"
    )
    document = clean(raw)
    assert sentences(document) == ["In March 1941, Serge and his son managed to get out of France."]
    kinds = {s.kind for s in document.set_aside}
    assert {"fragment", "caption"} <= kinds


def test_a_caption_at_a_page_bottom_is_set_aside(clean):
    raw = (
        " The old officials sabotaged us. This frightened us very much and we pleaded:\n"
        "\n"
        "Lenin and Trotsky with soldiers of the Red Army, 1921\n"
        " ‘Please come back’. They all came back, and that was our misfortune.\n"
    )
    document = clean(raw)
    assert not any("Red Army, 1921" in s for s in sentences(document))
    assert ("caption", "Lenin and Trotsky with soldiers of the Red Army, 1921") in [
        (s.kind, s.text) for s in document.set_aside
    ]


def test_form_feed_pages_with_numbers_and_notes(clean):
    raw = (
        "The council met in the spring and the strikers marched to the square where the\n"
        "soldiers, who had been ordered to stop them, joined the crowd instead.1 The\n"
        "\n"
        "1 Brovkin, Workers’ Unrest, 1990.\n"
        "7\n"
        "\fgovernment fell within a week of the strike.\n"
        "8\n"
    )
    document = clean(raw)
    assert sentences(document) == [
        (
            "The council met in the spring and the strikers marched to the square where the soldiers, who had "
            "been ordered to stop them, joined the crowd instead."
        ),
        "The government fell within a week of the strike.",
    ]
    assert [(n.label, n.text) for n in document.footnotes] == [("1", "Brovkin, Workers’ Unrest, 1990.")]
    assert [s.text for s in document.set_aside if s.kind == "layout"] == ["7", "8"]


def test_a_page_number_at_the_top_of_a_page(clean):
    raw = "The strikers marched to the square where the\n\f12\n\nsoldiers joined the crowd instead.\n"
    document = clean(raw)
    assert sentences(document) == ["The strikers marched to the square where the soldiers joined the crowd instead."]
    assert [s.text for s in document.set_aside] == ["12"]

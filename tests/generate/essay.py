"""A short essay written for the tests, and a Document built from it without the text layer."""

from __future__ import annotations

from quizgen.text.document import Document, DocumentInfo, Paragraph, Section, Sentence

ESSAY = [
    ("The Canal Age", [
        "The Grand Junction Canal opened in 1805 and linked London to the industrial Midlands.",
        "Its chief engineer was William Jessop, who had trained under John Smeaton.",
        "In 1793 the Grand Junction Canal Company raised 350,000 pounds from investors in London.",
        "The so-called canal mania of the 1790s saw more than forty new canals authorised by Parliament.",
    ]),
    ("Engineers and Critics", [
        "Thomas Telford was the leading civil engineer of his generation.",
        "He built the Pontcysyllte Aqueduct, which carried the Ellesmere Canal across the Dee valley in 1805.",
        "The navvies, the labourers who dug the canals by hand, worked in gangs of twenty or thirty men.",
        "The narrow boats that carried coal to London were known as the “Joey boats.”",
        "Telford wrote that “a canal is a road that carries its own power and never wears out.”",
        "The railway, a far faster rival, took most of the canals' trade after 1840.",
    ]),
    ("Decline", [
        "By 1850 the railway companies had bought about a third of all canal mileage in England.",
        "However, the canals kept carrying coal and stone for another century.",
        "This was the end of the canal age.",
        "In conclusion, the canals built the trade that the railways later inherited.",
    ]),
]


def document_from_text(sections=ESSAY, title: str = "Canals and Their Builders", path: str = "canals.txt") -> Document:
    paragraphs = []
    section_list = []
    index = 0
    for s, (heading, sentences) in enumerate(sections):
        section_list.append(Section(s, heading))
        built = []
        for text in sentences:
            built.append(Sentence(text, index, len(paragraphs), s))
            index += 1
        paragraphs.append(Paragraph(len(paragraphs), s, tuple(built)))
    return Document(
        info=DocumentInfo(title=title, author="A. Writer", path=path),
        sections=tuple(section_list),
        paragraphs=tuple(paragraphs),
    )

"""Tokens, tags and entity kinds from our own evidence."""

from __future__ import annotations

from essay import document_from_text
from quizgen.nlp.annotate import annotate_document, tag_sentence
from quizgen.nlp.tokens import tokenize


def entities_of(tools, *sentences):
    doc = document_from_text([("", list(sentences))])
    annotated = annotate_document(doc, tools.lexicon, tools.tagger)
    return [{e.text: e.kind for e in a.entities} for a in annotated]


def test_tokens_keep_offsets_into_the_sentence():
    text = "Lenin’s “April Theses” didn't mention 69% of 10,000 workers."
    pieces = tokenize(text)
    assert [w for w, _, _ in pieces][:3] == ["Lenin", "’s", "“"]
    assert all(text[a:b] == w for w, a, b in pieces)
    assert "10,000" in [w for w, _, _ in pieces]


def test_tagging_gives_penn_tags(tools):
    tokens = tag_sentence("Lenin returned to Russia in April 1917.", tools.tagger)
    assert [t.tag for t in tokens][:2] == ["NNP", "VBD"]


def test_dates_numbers_and_quoted_terms(tools):
    [found] = entities_of(
        tools, "On October 25, 1917, over 10,000 workers backed “war communism” and 69% of factories closed."
    )
    assert found["October 25, 1917"] == "date"
    assert found["over 10,000"] == "number"
    assert found["war communism"] == "term"
    assert any(text.startswith("69") and kind == "number" for text, kind in found.items())


def test_month_before_a_name_is_part_of_the_name(tools):
    [found] = entities_of(tools, "Lenin presented the April Theses to the party in 1917.")
    assert "April" not in found
    assert found.get("1917") == "date"


def test_a_day_and_month_before_a_name_is_a_date(tools):
    [found] = entities_of(tools, "On 4 November Telford appeared before the canal committee in London.")
    assert found.get("4 November") == "date"
    assert not any("November Telford" in text for text in found)


def test_kinds_from_titles_heads_and_verbs_of_saying(tools):
    found = entities_of(
        tools,
        "General Denikin marched on Moscow in 1919.",
        "The Bolshevik Party met in Petrograd.",
        "Makhno wrote that the peasants would rise.",
        "The army of Makhno held the south of Ukraine.",
    )
    assert found[0]["General Denikin"] == "person"
    assert found[1]["Bolshevik Party"] == "organization"
    assert found[1]["Petrograd"] == "place"
    # evidence pooled over the essay: Makhno "wrote", so Makhno is a person everywhere
    assert found[3]["Makhno"] == "person"


def test_lists_of_one_kind_make_one_entity(tools):
    [found] = entities_of(tools, "Strikes spread to the cities of Orel, Tver, Tula, and Ivanovo in 1919.")
    assert found.get("Orel, Tver, Tula, and Ivanovo") == "place" or "Orel, Tver, Tula, and Ivanovo" in found


def test_a_name_does_not_swallow_a_following_preposition(tools):
    [found] = entities_of(tools, "Many historians blamed Josef Stalin for the famine of 1932.")
    assert "Josef Stalin" in found
    assert not any("for" in name for name in found)

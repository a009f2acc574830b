"""Which facts of a sentence become answers, and in what form: written for these tests."""

from __future__ import annotations

import pytest

from quizgen.extract.facts import answer_forms, answer_role, find_facts, count_phrases
from quizgen.generate.cloze import condensed
from quizgen.nlp.annotate import AnnotatedSentence, tag_sentence, load_tagger
from quizgen.nlp.annotate import annotate_document

from essay import document_from_text


def drafted(tools, sections) -> list[tuple]:
    """Every acceptable candidate, with its score, on an essay written for the test."""
    from quizgen.generate.builder import candidates, essay_context

    return candidates(essay_context(document_from_text(sections), tools))


def annotated(tools, text: str) -> AnnotatedSentence:
    doc = document_from_text([("Part", [text])])
    return annotate_document(doc, tools.lexicon, tools.tagger)[0]


def facts_of(tools, text: str):
    sentence = annotated(tools, text)
    return sentence, find_facts(sentence, count_phrases([sentence]), tools.lexicon)


def span_of(sentence, words: str) -> tuple[int, int]:
    texts = [t.text for t in sentence.tokens]
    parts = words.split()
    for i in range(len(texts)):
        if texts[i : i + len(parts)] == parts:
            return i, i + len(parts)
    raise AssertionError(words)


def test_a_range_of_figures_is_one_answer(tools):
    sentence, facts = facts_of(tools, "The mill was run by 300 clerks who were backed by 60-80,000 weavers in the valley.")
    numbers = [f.text for f in facts if f.kind == "number"]
    assert "60-80,000" in numbers
    assert "60" not in numbers and "80,000" not in numbers


def test_an_approximate_figure_keeps_its_weight(tools):
    _, facts = facts_of(tools, "The flood of 1852 drowned over 10,000 sheep in the lower valley.")
    figure = next(f for f in facts if f.kind == "number" and "10,000" in f.text)
    _, plain = facts_of(tools, "The flood of 1852 drowned three sheep in the lower valley.")
    three = next(f for f in plain if f.kind == "number")
    assert figure.weight > three.weight


def test_main_clause_parts_outrank_circumstances(tools):
    sentence = annotated(tools, "In 1805, the canal company hired William Jessop (a Yorkshire engineer) to survey the route.")
    assert answer_role(sentence, *span_of(sentence, "William Jessop")) == 1.0
    assert answer_role(sentence, *span_of(sentence, "1805")) < 1.0
    assert answer_role(sentence, *span_of(sentence, "Yorkshire engineer")) < 1.0


def test_the_subject_counts_less_than_what_is_said_of_it(tools):
    sentence = annotated(tools, "The canal company hired William Jessop to survey the route.")
    assert answer_role(sentence, *span_of(sentence, "canal company")) < answer_role(
        sentence, *span_of(sentence, "William Jessop")
    )


def test_other_forms_of_an_answer():
    assert "Jessop" in answer_forms("William Jessop", "person")
    assert "Grand Junction Canal" in answer_forms("the Grand Junction Canal", "organization")
    assert "the Grand Junction Canal" in answer_forms("Grand Junction Canal", "organization")
    assert "10,000" in answer_forms("over 10,000", "number")
    assert "10000" in answer_forms("over 10,000", "number")
    assert "4" in answer_forms("four", "number")
    assert "80 percent" in answer_forms("80%", "number")
    assert "a threat" in answer_forms("as a threat", "term")


def test_a_long_sentence_loses_its_aside_to_become_a_cloze(tools):
    text = (
        "The engineers of the Grand Junction Canal finished the great tunnel at Blisworth in 1805 "
        "(after two earlier attempts had flooded and a third had been abandoned for lack of money, horses and skilled men) "
        "and opened the whole line to traffic."
    )
    sentence = annotated(tools, text)
    prompt = condensed(sentence, span_of(sentence, "Blisworth"), "{{c1::Blisworth}}")
    assert prompt.startswith("The engineers of the Grand Junction Canal finished")
    assert "{{c1::Blisworth}}" in prompt and "(" not in prompt and prompt.endswith("traffic.")


def test_a_long_sentence_is_cut_at_and_before_a_new_subject(tools):
    text = (
        "The navvies dug the long cutting near Tring through the chalk of the Chiltern hills by hand over four hard and wet years, "
        "and the company paid them in tokens that could only be spent in shops owned by the contractors themselves."
    )
    sentence = annotated(tools, text)
    prompt = condensed(sentence, span_of(sentence, "tokens"), "{{c1::tokens}}")
    assert prompt == "The company paid them in {{c1::tokens}} that could only be spent in shops owned by the contractors themselves."


def test_a_quotation_introduced_by_he_is_attributed_to_the_person_before(tools):
    sections = [("Builders", [
        "Thomas Telford surveyed the route of the new canal for the company in the spring of 1793.",
        "In his report to the committee, he wrote: “A canal is a road that carries its own power and never wears out.”",
    ])]
    quotes = [d for d, _ in drafted(tools, sections) if d.type == "quote"]
    assert quotes and quotes[0].answer == "Thomas Telford"
    assert "Telford" not in quotes[0].prompt


def test_a_quoted_title_after_a_work_cue_is_a_work(tools):
    _, facts = facts_of(tools, "In his pamphlet, “Why Canals Must Fall?,” printed in 1830, the engineer attacked the companies.")
    works = [f.text for f in facts if f.kind == "work"]
    assert works == ["Why Canals Must Fall?"]
    assert not any(f.text == "Fall" for f in facts)


def test_a_title_joined_by_and_is_one_work(tools):
    _, facts = facts_of(tools, "Telford set out his methods in his book, The Roads and Bridges of Scotland, printed in 1838.")
    assert "The Roads and Bridges of Scotland" in [f.text for f in facts if f.kind == "work"]


def test_an_article_is_offered_only_before_a_title_cased_name():
    from quizgen.extract.facts import answer_forms

    assert "the Red Terror" in answer_forms("Red Terror", "event")
    assert answer_forms("Lenin’s conception", "term") == ()
    assert answer_forms("Direct workers’ control of production", "term") == ()



def test_a_list_item_after_and_is_no_clause_to_cut_at(tools):
    text = (
        "Two years later— that is, after the end of the Crimean War and the strike at the docks, after the "
        "owners had dismissed the carters in Leeds, York, and other towns, after they had closed the mills in "
        "Bradford, and while they were cutting wages in the valleys, Owen was to draw the same conclusion."
    )
    sentence = annotated(tools, text)
    prompt = condensed(sentence, span_of(sentence, "Crimean War"), "{{c1::Crimean War}}")
    assert prompt == "" or "Owen was to draw" in prompt


PROTAGONIST_ESSAY = [
    ("Telford's Roads", [
        "Thomas Telford surveyed the Holyhead road for the Post Office in 1810.",
        "Telford rebuilt the road with a camber that shed rain into side ditches.",
        "The Post Office paid Telford from a fund voted by Parliament in 1815.",
        "Critics in Wales accused Telford of spending far more than the estimate.",
        "Telford answered that cheap roads cost more in repairs within a decade.",
        "In his reports, the surveyor John Rennie called the new surface the “Shropshire crust.”",
        "The mail coaches of 1830 covered the road in under thirty hours.",
        "Telford retired from the road work at the age of seventy.",
    ]),
]


def test_the_essays_own_quoted_term_is_asked_before_a_name_in_passing(tools):
    from quizgen.generate.builder import candidates, essay_context
    from quizgen.generate.select import select

    ctx = essay_context(document_from_text(PROTAGONIST_ESSAY), tools)
    pool = [(draft, value) for draft, value in candidates(ctx) if "Shropshire crust" in draft.sentence.text]
    assert {draft.answer for draft, _ in pool} >= {"John Rennie", "Shropshire crust"}
    [(best, _)] = select(pool, ctx, 1)
    assert best.answer == "Shropshire crust"


def _definitions(tools, text: str) -> dict[str, str]:
    from quizgen.extract.facts import quoted_term_appositives

    return {f.text: f.detail for f in quoted_term_appositives(annotated(tools, text))}


def test_a_quoted_term_explained_in_an_appositive_is_defined(tools):
    found = _definitions(tools, "Many weavers joined “friendly societies,” mutual insurance clubs that paid out in sickness.")
    assert found == {"friendly societies": "mutual insurance clubs that paid out in sickness"}


@pytest.mark.parametrize("text", [
    "“Peace,” the old minister said to the crowd, “is near at last.”",
    "He railed against “waste”, “sloth”, idle clerks, “red tape” and worse.",
    "He ran the mill through the “putting-out system”, all the weaving of the valley.",
    "Prejudices in favour of “thrift”, impoverished visions of charity, the rule of the vestry, all played their part.",
])
def test_quotes_that_are_no_term_being_defined(tools, text):
    assert _definitions(tools, text) == {}


def test_a_defined_term_is_asked_for_its_meaning(tools):
    essay = [("Self-help", [
        "The mill towns of Lancashire grew quickly after 1820.",
        "Many weavers joined “friendly societies,” mutual insurance clubs that paid out in sickness.",
        "The clubs met in public houses and kept their funds in a locked box.",
    ])]
    meanings = {d.prompt: d.answer for d, _ in drafted(tools, essay) if d.type == "term"}
    assert meanings.get("What were the “friendly societies”?") == "mutual insurance clubs"


def _complements(tools, text: str) -> list[str]:
    from quizgen.extract.facts import complements

    return [f.text for f in complements(annotated(tools, text), set())]


def test_the_agent_of_a_passive_is_an_answer_with_both_parts_of_a_pair(tools):
    found = _complements(tools, "In his plan, the new canal would be dug by the navvies and the farm labourers of the county.")
    assert "the navvies and the farm labourers" not in found  # the pair goes on: "of the county"
    found = _complements(tools, "In his plan, the new canal would be dug by the navvies and the farm labourers.")
    assert "the navvies and the farm labourers" in found


def test_what_something_was_treated_as_is_an_answer(tools):
    assert "as a threat" in _complements(tools, "From the first week, the mill owners treated the weavers’ clubs as a threat.")


@pytest.mark.parametrize("text", [
    "The term “canal mania” is a reference to the rush of speculation in the 1790s.",
    "This was his justification for raising the tolls in a hard winter.",
    "The result of the survey was no use to the company.",
    "The canal was a meaningless luxury in a county without coal.",
])
def test_a_complement_cut_from_what_completes_it_is_no_answer(tools, text):
    found = _complements(tools, text)
    assert not {"a reference", "his justification", "no use", "a meaningless"} & set(found)


def _quote_answers(tools, sentences) -> dict[str, str]:
    return {d.prompt: d.answer for d, _ in drafted(tools, [("Builders", sentences)]) if d.type == "quote"}


def test_a_quotation_set_off_after_its_introduction_is_attributed(tools):
    found = _quote_answers(tools, [
        "The canal companies raised their capital from merchants in the market towns.",
        "Here is how Thomas Telford put it:",
        "“A canal is a road that carries its own power and never wears out.”",
    ])
    assert found == {"Who wrote: “A canal is a road that carries its own power and never wears out”?": "Thomas Telford"}


def test_a_long_introduction_naming_someone_else_attributes_nothing(tools):
    found = _quote_answers(tools, [
        "The canal companies raised their capital from merchants in the market towns.",
        "So when Thomas Telford argued that the canal would pay for itself within a decade, "
        "his critics in the county simply noted the cost of the locks:",
        "“A canal is a road that carries its own power and never wears out.”",
    ])
    assert found == {}


def test_a_condensed_cloze_is_never_a_list_item_without_a_main_verb(tools):
    sentence = annotated(tools,
        "There were three canal booms in the county – the first boom which started quietly with the "
        "Trent survey in 1766; the second boom when the majority of the shareholders of the Grand Trunk "
        "company voted to build a Harecastle tunnel; and what the engineer James Brindley called the "
        "canal mania in between when the merchants started to push for many more cuts.")
    assert condensed(sentence, span_of(sentence, "Harecastle tunnel"), "{{c1::Harecastle tunnel}}") == ""


def test_a_wh_question_names_the_person_a_leading_he_means(tools):
    essay = [("Roads", [
        "Thomas Telford surveyed the Holyhead road for the Post Office in 1810.",
        "He rebuilt the suspension bridge at Conwy for the mail coaches in 1826.",
    ])]
    asked = {d.prompt: d.answer for d, _ in drafted(tools, essay) if d.type == "wh"}
    assert asked.get("When did Thomas Telford rebuild the suspension bridge at Conwy for the mail coaches?") == "1826"


def test_a_quotation_standing_alone_is_put_in_its_speakers_mouth(tools):
    essay = [("Builders", [
        "The canal companies raised their capital from merchants in the market towns.",
        "Here is how Thomas Telford put it:",
        "“The Ellesmere Canal will carry the coal of Ruabon to the wharves of Chester within a day.”",
    ])]
    clozes = [d.prompt for d, _ in drafted(tools, essay) if d.type == "cloze" and "Ruabon" in d.sentence.text]
    assert clozes and all(p.startswith("Thomas Telford wrote: “The") for p in clozes)


def test_the_sentences_of_a_long_quotation_all_keep_its_speaker(tools):
    from quizgen.extract.facts import quotation_speakers
    from quizgen.nlp.annotate import annotate_document

    doc = document_from_text([("Builders", [
        "Here is how Thomas Telford put it:",
        "“The Ellesmere Canal will carry the coal of Ruabon to Chester.",
        "Its aqueduct at Pontcysyllte will stand for a thousand years.”",
        "The shareholders were not so sure of the coal trade.",
    ])])
    sentences = annotate_document(doc, tools.lexicon, tools.tagger)
    assert quotation_speakers(sentences) == (None, ("Thomas Telford", "wrote"), ("Thomas Telford", "wrote"), None)


def test_a_range_whose_first_figure_looks_like_a_year_is_one_number(tools):
    _, facts = facts_of(tools, "The yeomanry arrested between 2000 and 4000 striking navvies in the valley.")
    assert "between 2000 and 4000" in [f.text for f in facts if f.kind == "number"]


def test_they_after_a_named_body_as_subject_means_the_body(tools):
    from quizgen.generate.stems import referent

    previous = annotated(tools, "On March 16, the Yeomanry stormed the Tring cutting.")
    assert referent(previous) == "the Yeomanry"


def test_a_pronoun_going_on_from_the_sentence_before_keeps_its_referent(tools):
    essay = [("Strikes", [
        "On March 16, the Yeomanry stormed the Tring cutting.",
        "They arrested 90 navvies at the cutting.",
        "They later released 60 navvies from Aylesbury gaol without a trial.",
    ])]
    prompts = [d.prompt for d, _ in drafted(tools, essay) if "released" in d.sentence.text]
    assert prompts and all("Yeomanry" in p for p in prompts if p.startswith(("The", "{{")))



def test_an_everyday_word_in_scare_quotes_is_no_term_of_the_essays_own(tools):
    from quizgen.generate.builder import candidates, essay_context
    from quizgen.generate.select import select

    essay = [("Roads", PROTAGONIST_ESSAY[0][1][:5] + [
        "In his reports, the surveyor John Rennie called the new surface a mere “crust.”",
    ])]
    ctx = essay_context(document_from_text(essay), tools)
    pool = [(d, v) for d, v in candidates(ctx) if "mere" in d.sentence.text]
    assert {d.answer for d, _ in pool} >= {"John Rennie", "crust"}
    [(best, _)] = select(pool, ctx, 1)
    assert best.answer == "John Rennie"


def test_an_abstract_connector_is_no_concept_of_the_essay(tools):
    _, facts = facts_of(tools, "While the board failed to mention it, the driving force behind the canal were merchants of Leeds.")
    assert "driving force" not in [f.text for f in facts]


def test_no_wh_question_on_a_pair_of_names_joined_by_a_slash(tools):
    essay = [("Exile", ["Telford returned to Scotland/the Highlands in 1826 after some time in Bath."])]
    assert not [d for d, _ in drafted(tools, essay) if d.type == "wh" and "/" in d.answer]


def test_a_long_sentence_drops_its_along_with_aside_for_a_cloze(tools):
    sentence = annotated(tools,
        "During the great flood of the spring and summer at the Barton aqueduct over the River Irwell "
        "just west of Manchester in April 1767, Brindley, along with John Gilbert, Thomas Henshall "
        "(both recently hired from the Duke's collieries for their skill with pumps), and other "
        "engineers, offered to rebuild the arches.")
    gap = "{{c1::Barton aqueduct}}"
    assert condensed(sentence, span_of(sentence, "Barton aqueduct"), gap) == (
        "During the great flood of the spring and summer at the " + gap + " over the River Irwell just "
        "west of Manchester in April 1767, Brindley offered to rebuild the arches.")


def test_a_series_of_clauses_is_cut_into_the_one_that_holds_the_answer(tools):
    sentence = annotated(tools,
        "Meanwhile, a Dutch dredging company had landed its machines in Runcorn, the Grand Trunk company "
        "had extended its hold on the Potteries, and at the beginning of March, James Brindley had begun "
        "a general survey of the northern route, quickly reaching Leek and continuing to gain ground.")
    gap = "{{c1::Potteries}}"
    assert condensed(sentence, span_of(sentence, "Potteries"), gap) == (
        "The Grand Trunk company had extended its hold on the " + gap + ".")


def test_no_cut_leaves_a_that_clause_without_its_verb(tools):
    sentence = annotated(tools,
        "In his famous pamphlet on inland navigation, widely read by the merchants of the northern towns "
        "and, later, by the members of Parliament, Brindley contended that the canal company, by its own "
        "efforts, that is, through its own tolls and dues, is able to repay only the interest, or the "
        "dividend, on its shares.")
    out = condensed(sentence, span_of(sentence, "canal company"), "{{c1::canal company}}")
    assert not out.endswith("by its own efforts.")


def _speakers(tools, sections, runs_on=frozenset()):
    from quizgen.extract.facts import quotation_speakers

    return quotation_speakers(annotate_document(document_from_text(sections), tools.lexicon, tools.tagger), runs_on)


_ACCOUNT = [
    ("Builders", ["Here is James Brindley’s summary of what Thomas Telford said to him at Chirk:"]),
    ("Builders", ["“The aqueduct will carry the canal over the Ceiriog.”", "“The ironwork comes from Plas Kynaston.”"]),
    ("Builders", ["“The masons will start in the spring.”"]),
]


def test_a_quotation_from_someones_account_is_theirs_in_every_sentence(tools):
    # the second paragraph left the quotation open: the third goes on with it
    assert _speakers(tools, _ACCOUNT, frozenset({1})) == (None,) + (("James Brindley", "recounted"),) * 3


def test_a_quotation_closed_at_its_paragraphs_end_lends_the_next_one_no_speaker(tools):
    assert _speakers(tools, _ACCOUNT)[3] is None


def test_a_quotation_after_a_claim_is_the_words_of_the_one_who_made_it(tools):
    assert _speakers(tools, [("Roads", [
        "Thomas Telford surveyed the Holyhead road in 1810.",
        "However, he insisted that the road needed a new bridge at Menai.",
        "“The Menai crossing demands an iron bridge of a single span.”",
    ])])[2] == ("Thomas Telford", "insisted")


def test_words_quoted_by_someone_are_not_theirs(tools):
    assert _speakers(tools, [("Roads", [
        "The company accepted the engineer’s estimate as quoted by Thomas Telford:",
        "“The Menai crossing demands an iron bridge of a single span.”",
    ])]) == (None, None)


def test_the_writers_gloss_in_a_quotation_is_shown_in_brackets_without_initials():
    from quizgen.generate.stems import as_editorial

    assert as_editorial("“(H)e (Telford – JR) built the bridge of the Holyhead road (the A5— JR).”") == (
        "“[H]e [Telford] built the bridge of the Holyhead road [the A5].”")


def test_a_long_introduction_with_its_speaker_as_subject_attributes_the_quotation(tools):
    assert _speakers(tools, [("Builders", [
        "During the meeting of the canal committee, which convened at Chester on June 3, "
        "Thomas Telford had the chance to explain his plan:",
        "“The aqueduct will carry the canal over the Ceiriog at a height of seventy feet.”",
    ])])[1] == ("Thomas Telford", "said")


def test_an_attribution_line_gives_every_sentence_of_the_quotation_above_it_its_speaker(tools):
    from quizgen.extract.facts import quotation_speakers

    doc = document_from_text([("Builders", [
        "“The aqueduct will carry the canal over the Ceiriog.”", "“The ironwork comes from Plas Kynaston.”",
    ])])
    sentences = annotate_document(doc, tools.lexicon, tools.tagger)
    assert quotation_speakers(sentences, frozenset(), {0: ("Thomas Telford", "said")}) == (("Thomas Telford", "said"),) * 2


def test_a_quotation_too_long_to_ask_whole_is_asked_up_to_its_ellipsis(tools):
    found = _quote_answers(tools, [
        "The canal companies raised their capital from merchants in the market towns.",
        "Here is how Thomas Telford put it:",
        "“It is absolutely necessary that the whole of the water in the summit level should be kept for the "
        "locks of the canal… Under these conditions any extraction of water by the mills on the river "
        "Dee for their wheels must be regarded as harmful to the trade of the whole county.”",
    ])
    assert found == {"Who wrote: “It is absolutely necessary that the whole of the water in the summit level "
                     "should be kept for the locks of the canal…”?": "Thomas Telford"}


def test_a_quotation_cut_at_a_bracketed_ellipsis_keeps_the_bracket_whole(tools):
    found = _quote_answers(tools, [
        "The canal companies raised their capital from merchants in the market towns.",
        "Here is how Thomas Telford put it:",
        "“It is absolutely necessary that the whole of the water in the summit level should be kept for the "
        "locks of the canal […] Under these conditions any extraction of water by the mills on the river "
        "Dee for their wheels must be regarded as harmful to the trade of the whole county.”",
    ])
    assert found == {"Who wrote: “It is absolutely necessary that the whole of the water in the summit level "
                     "should be kept for the locks of the canal […]”?": "Thomas Telford"}


def test_no_gap_on_the_initials_that_sign_a_gloss_nor_on_half_a_bracket(tools):
    from quizgen.generate.stems import Stem, render

    sentence = annotated(tools, "“The engineer (Telford – JR) built the bridge [at Conwy] in 1826.”")
    whole = Stem(0, len(sentence.text))
    assert render(sentence, whole, span_of(sentence, "JR"), "_____") == ""
    assert render(sentence, whole, span_of(sentence, "bridge ["), "_____") == ""
    assert render(sentence, whole, span_of(sentence, "Telford"), "_____") == "“The engineer [_____] built the bridge [at Conwy] in 1826.”"


def test_a_sentence_that_only_a_cloze_can_ask_about_is_not_left_out_for_the_mix_of_types(tools):
    from quizgen.generate.builder import candidates, essay_context
    from quizgen.generate.select import select

    essay = [("Canals", [
        "The Bridgewater Canal opened in 1761 and halved the price of coal in Manchester.",
        "James Brindley surveyed the route of the Trent and Mersey Canal in 1766.",
        "The Harecastle Tunnel took eleven years to dig through the hills near Kidsgrove.",
        "Josiah Wedgwood cut the first sod of the canal at Burslem in July 1766.",
        "The Grand Junction Canal linked London with the Midlands by 1805.",
    ])]
    ctx = essay_context(document_from_text(essay), tools)
    clozes = [(d, v) for d, v in candidates(ctx) if d.type == "cloze"]
    chosen = select(clozes, ctx, len(essay[0][1]))
    assert {d.sentence.sentence.index for d, _ in chosen} == set(range(len(essay[0][1])))


def test_a_complement_is_no_option_for_other_questions(tools):
    from quizgen.generate.builder import essay_context

    ctx = essay_context(document_from_text([("Mills", [
        "From the first week, the mill owners treated the weavers’ clubs as a threat.",
        "The weavers met in the chapel on Sundays.",
    ])]), tools)
    assert any(f.text == "as a threat" for f in ctx.facts[0])
    assert "as a threat" not in ctx.pool.by_kind["term"]


@pytest.mark.parametrize("text, answer, main_clause", [
    # a list summed up by "all" is the subject, not a clause to cut off
    ("Thus faith in locks, notions that “narrow” boats reflect “sound engineering”, impoverished visions of "
     "trade, the privileged position of the company, the confusion of saving water with “careful” methods, "
     "all played their part in the failure of the northern canals and the decline of the trade.",
     "locks", "played their part"),
    # the condensed stem never stops inside its opening if-clause
    ("If you publish printed copies (or copies in media that commonly have printed covers) of the survey, "
     "numbering more than 100, and the survey's license notice requires Cover Texts, you must enclose the "
     "copies in covers that carry, clearly and legibly, all these Cover Texts on the front cover.",
     "more than 100", "you must"),
])
def test_a_condensed_cloze_keeps_its_main_clause(tools, text, answer, main_clause):
    sentence = annotated(tools, text)
    out = condensed(sentence, span_of(sentence, answer), "{{c1::" + answer + "}}")
    assert out == "" or main_clause in out


def test_a_condensed_cloze_does_not_start_inside_a_list_of_the_opening_phrase(tools):
    sentence = annotated(tools,
        "After being held by the harbour officials in Liverpool, a stay in the Isle of Man, and a brief "
        "detention in Dublin, Telford and his assistant arrived in Glasgow in September 1801, about a year "
        "after the old bridge had been swept away by the flood there.")
    out = condensed(sentence, span_of(sentence, "Telford and his assistant"), "{{c1::Telford and his assistant}}")
    assert not out.startswith("A stay")

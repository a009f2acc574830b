"""One bank question becomes the fields, tags and GUID of one Anki note.

Everything here is pure: no genanki objects, no files. Every piece of question text
is HTML-escaped, so a question about `<b>` shows `<b>`; the only markup in a field is
markup this module writes itself.
"""

from __future__ import annotations

import hashlib
import html
import random
import re
from dataclasses import dataclass
from types import MappingProxyType

from quizgen.bank.model import Bank, Question
from quizgen.export.anki_models import (
    BASIC,
    CLOZE,
    MULTIPLE_CHOICE,
    TRUE_FALSE,
    NoteTypeSpec,
)
from quizgen.study.choices import shown_choices

#: Question types answered by recall of a short phrase: the Basic note type, with an
#: optional box to type the answer in.
TYPED_TYPES = ("wh", "short", "term", "quote")

_GAP_OPEN = re.compile(r"\{\{c(\d+)::")


@dataclass(frozen=True)
class NoteContent:
    note_type: NoteTypeSpec
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    guid: str
    #: How many cards Anki makes from the note.
    cards: int = 1


class Unexportable(Exception):
    """A question Anki cannot show as a card; the message says why."""


# ---- identifiers -------------------------------------------------------------------


def stable_int(*parts: str, low: int = 1 << 30, high: int = 1 << 31) -> int:
    """An integer in [low, high) fixed by `parts`, for Anki's deck ids."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return low + int.from_bytes(digest[:8], "big") % (high - low)


def note_guid(bank_id: str, question_id: str) -> str:
    """The note's GUID: the same question of the same bank is always the same note."""
    digest = hashlib.sha256(f"quizgen\x1f{bank_id}\x1f{question_id}".encode("utf-8")).digest()
    return "qz" + digest[:12].hex()


# ---- tags --------------------------------------------------------------------------


def tag_component(text: str) -> str:
    """`text` as one level of an Anki tag: no spaces, quotes or `::` separators."""
    text = re.sub(r"[\s\x00-\x1f\x7f]+", "_", text.strip())
    text = text.replace('"', "").replace("::", ":")
    return text.strip("_:")


def user_tag(text: str) -> str:
    """An instructor's tag, keeping any `a::b` hierarchy it spells out."""
    levels = [tag_component(level) for level in text.split("::")]
    return "::".join(level for level in levels if level)


def note_tags(bank: Bank, question: Question) -> tuple[str, ...]:
    tags = [f"quizgen::bank::{tag_component(bank.id)}", f"quizgen::type::{question.type}"]
    if question.answer_kind:
        tags.append(f"quizgen::answer::{tag_component(question.answer_kind)}")
    section = tag_component(question.source.section)
    if section:
        tags.append(f"quizgen::section::{section}")
    tags += [user_tag(t) for t in question.tags]
    return tuple(dict.fromkeys(t for t in tags if t))


# ---- text --------------------------------------------------------------------------


def escape(text: str) -> str:
    """Question text as HTML that shows exactly `text`, line breaks included."""
    return html.escape(text.strip(), quote=False).replace("\n", "<br>")


def escape_cloze_text(text: str) -> str:
    # Braces as entities: a stray `{{c1::` in the prose must not become a gap.
    return html.escape(text, quote=False).replace("{", "&#123;").replace("}", "&#125;")


def escape_gap(text: str) -> str:
    # Inside a gap, `::` would start a hint and `}}` would end the gap early.
    return escape_cloze_text(text).replace(":", "&#58;")


@dataclass(frozen=True)
class Gap:
    number: int
    answer: str
    hint: str = ""


def parse_cloze(prompt: str, answers: tuple[str, ...] = ()) -> list[str | Gap]:
    """Split a cloze prompt into text and gaps.

    A gap's answer may itself contain `::` or `}}`; when the question's answer is
    known, a gap that spells it out exactly is read as that answer rather than split
    at the first `::` or `}}`.
    """
    parts: list[str | Gap] = []
    position = 0
    while (opening := _GAP_OPEN.search(prompt, position)) is not None:
        gap_and_end = _read_gap(prompt, opening.end(), int(opening.group(1)), answers)
        if gap_and_end is None:
            break
        gap, end = gap_and_end
        if opening.start() > position:
            parts.append(prompt[position : opening.start()])
        parts.append(gap)
        position = end
    if position < len(prompt):
        parts.append(prompt[position:])
    return parts


def _read_gap(prompt: str, start: int, number: int, answers: tuple[str, ...]):
    for answer in sorted(answers, key=len, reverse=True):
        if answer and prompt.startswith(answer, start):
            after = start + len(answer)
            if prompt.startswith("}}", after):
                return Gap(number, answer), after + 2
            if prompt.startswith("::", after):
                close = prompt.find("}}", after + 2)
                if close >= 0:
                    return Gap(number, answer, prompt[after + 2 : close]), close + 2
    close = prompt.find("}}", start)
    if close < 0:
        return None
    answer, _, hint = prompt[start:close].partition("::")
    return Gap(number, answer, hint), close + 2


def cloze_field(parts: list[str | Gap]) -> str:
    out = []
    for part in parts:
        if isinstance(part, Gap):
            hint = f"::{escape_gap(part.hint)}" if part.hint else ""
            out.append(f"{{{{c{part.number}::{escape_gap(part.answer)}{hint}}}}}")
        else:
            out.append(escape_cloze_text(part))
    return "".join(out).strip().replace("\n", "<br>")


def cloze_filled(parts: list[str | Gap]) -> str:
    return "".join(p.answer if isinstance(p, Gap) else p for p in parts)


def shuffled(items: list[str], *seed_parts: str) -> list[str]:
    """`items` in an order fixed by `seed_parts`, the same in every export."""
    items = list(items)
    random.Random(stable_int(*seed_parts, low=0, high=1 << 62)).shuffle(items)
    return items


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


# ---- notes -------------------------------------------------------------------------


def note_for(bank: Bank, question: Question, type_answers: bool = False) -> NoteContent:
    """The note for `question`; raises Unexportable when it would make no usable card."""
    if not question.id.strip():
        raise Unexportable("has no id (`quizgen lint --fix` gives it one)")
    if not question.prompt.strip():
        raise Unexportable("has an empty prompt")
    builder = _BUILDERS.get(question.type)
    if builder is None:
        raise Unexportable(f"has an unknown type {question.type!r}")
    note_type, own_fields, cards, shown = builder(question, type_answers)
    return NoteContent(
        note_type=note_type,
        fields=(*own_fields, *_common_fields(bank, question, shown)),
        tags=note_tags(bank, question),
        guid=note_guid(bank.id, question.id),
        cards=cards,
    )


def _common_fields(bank: Bank, question: Question, shown: tuple[str, ...]) -> tuple[str, ...]:
    # Nothing is said twice: the source sentence is left off when the card already
    # shows it word for word (a cloze is usually its source sentence with a gap), and
    # an explanation that only repeats the source sentence gives way to it.
    sentence = question.source.sentence
    if any(_same_text(sentence, text) for text in shown):
        sentence = ""
    explanation = question.explanation
    if any(_same_text(explanation, text) for text in (*shown, question.source.sentence)):
        explanation = ""
    return (
        escape(explanation),
        escape(sentence),
        escape(bank.title),
        escape(question.source.section),
        "",
        escape(question.id),
    )


def _cloze(question: Question, type_answers: bool):
    answers = (question.answer, *question.accept)
    parts = parse_cloze(question.prompt, answers)
    gaps = [p for p in parts if isinstance(p, Gap) and p.answer.strip() and p.number > 0]
    if not gaps:
        raise Unexportable("is a cloze without a {{c1::...}} gap")
    cards = len({gap.number for gap in gaps})
    return CLOZE, (cloze_field(parts),), cards, (cloze_filled(parts),)


def _basic(question: Question, type_answers: bool):
    if not question.answer.strip():
        raise Unexportable("has an empty answer")
    accepted = ", ".join(escape(a) for a in question.accept if a.strip())
    typed = "y" if type_answers and question.type in TYPED_TYPES else ""
    fields = (escape(question.prompt), escape(question.answer), accepted, typed)
    return BASIC, fields, 1, ()


def _order(question: Question, type_answers: bool):
    events = [c for c in question.choices if c.strip()]
    if len(events) < 2:
        raise Unexportable("is an ordering question with fewer than two items")
    mixed = shuffled(events, "order", question.id)
    if mixed == events:
        mixed = events[1:] + events[:1]
    front = escape(question.prompt) + _list_html("ul", mixed)
    answer = _list_html("ol", events)
    return BASIC, (front, answer, "", ""), 1, ()


def _multiple_choice(question: Question, type_answers: bool):
    if question.answer not in question.choices:
        raise Unexportable("is a multiple-choice question whose answer is not among its choices")
    # The quiz app's order, so an option has the same letter in the app and in Anki.
    ordered = [c for c in shown_choices(question) if c.strip()]
    if len(ordered) < 2:
        raise Unexportable("is a multiple-choice question with fewer than two choices")
    items = "".join(
        f'<li class="qz-right">{escape(c)}</li>'
        if c == question.answer
        else f"<li>{escape(c)}</li>"
        for c in ordered
    )
    fields = (
        escape(question.prompt),
        f'<ol class="qz-options">{items}</ol>',
        f"{_option_label(ordered.index(question.answer))}. {escape(question.answer)}",
    )
    return MULTIPLE_CHOICE, fields, 1, ()


def _option_label(index: int) -> str:
    # Matches the list's upper-alpha numbering as far as letters go.
    return chr(ord("A") + index) if index < 26 else str(index + 1)


def _true_false(question: Question, type_answers: bool):
    verdict = question.answer.strip().lower()
    if verdict not in ("true", "false"):
        raise Unexportable(f"is a true/false question whose answer is {question.answer!r}")
    shown = [question.prompt]
    correct = ""
    if verdict == "false":
        correct = question.source.sentence or question.explanation
        shown.append(correct)
    fields = (escape(question.prompt), verdict.capitalize(), escape(correct))
    return TRUE_FALSE, fields, 1, tuple(shown)


def _list_html(tag: str, items: list[str]) -> str:
    return (
        f'<{tag} class="qz-order">' + "".join(f"<li>{escape(i)}</li>" for i in items) + f"</{tag}>"
    )


_BUILDERS = MappingProxyType(
    {
        "cloze": _cloze,
        "multiple_choice": _multiple_choice,
        "true_false": _true_false,
        "order": _order,
        **{kind: _basic for kind in TYPED_TYPES},
    }
)

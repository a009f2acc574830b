"""Banks to a printable Markdown worksheet: the questions grouped by section, in the
essay's order (or shuffled reproducibly with a seed), and an answer key at the end."""

from __future__ import annotations

import random
import re
from collections import defaultdict
from dataclasses import dataclass

from quizgen.bank.model import Bank, Question
from quizgen.export.plain import Card, answer_text, cards, prompt_text
from quizgen.study.choices import shown_choices, stable_seed

BLANK = r"\_\_\_\_\_\_\_\_"
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>~|#])")
_PAGE_BREAK = '<div style="page-break-before: always"></div>'
LETTERS = "abcdefghijklmnopqrstuvwxyz"


@dataclass(frozen=True)
class _Item:
    number: int
    card: Card
    choices: tuple[str, ...]  # as printed, for multiple choice and ordering


def escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def worksheet(banks: list[Bank], seed: int | None = None) -> str:
    sheets: list[str] = []
    keys: list[str] = []
    for bank in banks:
        sections = _sections(bank, seed)
        items: list[_Item] = []
        body = [f"# {escape(bank.title)}\n"]
        if bank.author:
            body.append(f"*{escape(bank.author)}*\n")
        body.append("Name: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ Date: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\n")
        for title, questions in sections:
            if title:
                body.append(f"## {escape(title)}\n")
            for question in questions:
                for card in cards(question):
                    item = _Item(len(items) + 1, card, _printed_choices(card.question, seed))
                    items.append(item)
                    body.append(_question_markdown(item))
        sheets.append("\n".join(body))
        keys.append(_answer_key(bank, items))
    key = "\n".join([_PAGE_BREAK + "\n", "# Answer key\n", *keys])
    return "\n".join(sheets) + "\n" + key


def _sections(bank: Bank, seed: int | None) -> list[tuple[str, list[Question]]]:
    """Sections in the essay's order, each with its questions in reading order; with
    a seed, the questions of each section shuffled."""
    grouped: dict[str, list[Question]] = defaultdict(list)
    for question in bank.questions:
        grouped[question.source.section].append(question)
    first_paragraph = {title: min(q.source.paragraph for q in qs) for title, qs in grouped.items()}
    ordered = sorted(grouped, key=lambda title: (first_paragraph[title], title))
    result = []
    for title in ordered:
        questions = sorted(grouped[title], key=lambda q: q.source.paragraph)
        if seed is not None:
            random.Random(stable_seed(str(seed), bank.id, title)).shuffle(questions)
        result.append((title, questions))
    return result


def _printed_choices(question: Question, seed: int | None) -> tuple[str, ...]:
    if question.type == "order":
        items = sorted(question.choices, key=str.casefold)
        random.Random(stable_seed("order", str(seed or 0), question.id)).shuffle(items)
        return tuple(items)
    if not question.choices:
        return ()
    if seed is None:
        return shown_choices(question)  # the order the quiz app and Anki show
    items = sorted(set(question.choices))
    random.Random(stable_seed(str(seed), question.id)).shuffle(items)
    return tuple(items)


def _question_markdown(item: _Item) -> str:
    card = item.card
    question = card.question
    if question.type == "true_false":
        text = f"**True or false?** {escape(question.prompt)} — True / False"
    elif question.type == "order":
        text = f"{escape(question.prompt)} *(number them in order)*"
    elif card.gap is not None:
        marker = "\u0000"
        text = escape(prompt_text(card, blank=marker)).replace(marker, BLANK)
    else:
        text = escape(question.prompt)
    lines = [f"{item.number}. {text}"]
    if question.type == "order":
        lines.append("")
        lines += [f"   - \\_\\_\\_ {escape(choice)}" for choice in item.choices]
    elif item.choices:
        lines.append("")
        lines += [f"   - {LETTERS[i % 26]}) {escape(choice)}" for i, choice in enumerate(item.choices)]
    elif question.type != "true_false" and card.gap is None:
        lines += ["", "   Answer: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_"]
    return "\n".join(lines) + "\n"


def _answer_key(bank: Bank, items: list[_Item]) -> str:
    lines = [f"## {escape(bank.title)}\n"]
    for item in items:
        answer = answer_text(item.card)
        if item.card.question.type != "order" and item.choices and item.card.question.answer in item.choices:
            letter = LETTERS[item.choices.index(item.card.question.answer) % 26]
            answer = f"{letter}) {answer}"
        lines.append(f"{item.number}. {escape(answer)}")
    return "\n".join(lines) + "\n"

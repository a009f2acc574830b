"""GIFT export, read back by a small GIFT parser written from Moodle's format rules."""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import pytest

from quizgen.bank.io import save_bank
from quizgen.bank.model import Bank, Question
from quizgen.cli.main import main
from quizgen.export.gift import escape, gift_export

TRICKY = r"Who wrote {this} = that ~ other # and: C:\path <b>bold</b> & more?"


# ---- a small GIFT reader -------------------------------------------------------------


@dataclass
class GiftQuestion:
    title: str
    text: str  # the question text, with `_____` where an answer box sits mid-text
    answers: list[tuple[str, str]] = field(default_factory=list)  # ("=" | "~" | "T" | "F", text)
    pairs: list[tuple[str, str]] = field(default_factory=list)
    feedback: str = ""
    category: str = ""


def chars(text: str) -> list[tuple[str, bool]]:
    """The text as (character, escaped) pairs; an escaped `\\n` is a line break."""
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            nxt = text[i + 1]
            out.append(("\n" if nxt == "n" else nxt, True))
            i += 2
            continue
        out.append((text[i], False))
        i += 1
    return out


def plain(part: list[tuple[str, bool]]) -> str:
    return "".join(c for c, _ in part)


def split_unescaped(part: list[tuple[str, bool]], marks: str) -> list[tuple[str, list[tuple[str, bool]]]]:
    """Pieces of an answer block, each with the unescaped mark (=, ~) that opened it."""
    pieces: list[tuple[str, list]] = []
    current: list = []
    mark = ""
    for ch, escaped in part:
        if ch in marks and not escaped:
            if current or mark:
                pieces.append((mark, current))
            mark, current = ch, []
        else:
            current.append((ch, escaped))
    pieces.append((mark, current))
    return pieces


def parse_gift(text: str) -> list[GiftQuestion]:
    questions: list[GiftQuestion] = []
    category = ""
    for block in text.split("\n\n"):
        lines = [ln for ln in block.split("\n") if ln and not ln.startswith("//")]
        if lines and lines[0].startswith("$CATEGORY: "):
            category = lines[0][len("$CATEGORY: ") :]
            lines = lines[1:]
        if not lines:
            continue
        cs = chars("\n".join(lines))
        assert plain(cs[:2]) == "::" and not cs[0][1], block
        end_title = next(i for i in range(2, len(cs)) if plain(cs[i : i + 2]) == "::" and not cs[i][1])
        title = plain(cs[2:end_title])
        rest = cs[end_title + 2 :]
        assert plain(rest[:6]) == "[html]", block
        rest = rest[6:]
        opens = [i for i, (c, e) in enumerate(rest) if c == "{" and not e]
        closes = [i for i, (c, e) in enumerate(rest) if c == "}" and not e]
        assert len(opens) == 1 and len(closes) == 1 and opens[0] < closes[0], f"one answer block: {block}"
        before, inside, after = rest[: opens[0]], rest[opens[0] + 1 : closes[0]], rest[closes[0] + 1 :]
        for ch, escaped in before + after:
            assert escaped or ch not in "~=#{}:", f"unescaped {ch!r} in question text: {block}"
        text_part = html.unescape(plain(before)) + ("_____" + html.unescape(plain(after)) if plain(after).strip() else "")
        question = GiftQuestion(title, text_part, category=category)
        body, feedback = inside, []
        for i in range(len(inside) - 3):
            if all(c == "#" and not e for c, e in inside[i : i + 4]):
                body, feedback = inside[:i], inside[i + 4 :]
                break
        question.feedback = html.unescape(plain(feedback).strip())
        stripped = plain(body).strip()
        if stripped in ("TRUE", "FALSE", "T", "F"):
            question.answers.append((stripped[0], ""))
        else:
            for mark, piece in split_unescaped(body, "=~"):
                value = plain(piece).strip()
                if not mark:
                    assert not value, f"text outside any answer: {value!r}"
                    continue
                if " -> " in value:
                    left, right = value.split(" -> ")
                    question.pairs.append((left, right))
                else:
                    question.answers.append((mark, value))
        questions.append(question)
    return questions


# ---- the tests -------------------------------------------------------------------------


def bank(*questions: Question, title: str = "Week 3 / Russia") -> Bank:
    return Bank(id="week3", title=title, questions=questions)


def only(question: Question) -> GiftQuestion:
    parsed = parse_gift(gift_export([bank(question)]).text)
    assert len(parsed) == 1
    return parsed[0]


def test_escape_follows_the_gift_rules():
    assert escape(r"a~b=c#d{e}f:g\h") == r"a\~b\=c\#d\{e\}f\:g\\h"
    assert escape("two\nlines") == r"two\nlines"


def test_multiple_choice_reads_back_exactly():
    q = Question(
        id="mc:1",
        type="multiple_choice",
        prompt=TRICKY,
        answer="A = B",
        choices=("A ~ B", "A = B", "{A}", "#A:"),
        explanation="Because {x} = y #1.",
    )
    parsed = only(q)
    assert parsed.title == "mc:1"
    assert parsed.text == TRICKY
    assert parsed.answers == [("~", "A ~ B"), ("=", "A = B"), ("~", "{A}"), ("~", "#A:")]
    assert parsed.feedback == "Because {x} = y #1."
    assert parsed.category == "quizgen/Week 3 // Russia"


def test_true_false_with_the_true_statement_as_feedback():
    false = only(Question(id="tf", type="true_false", prompt="Lenin returned in 1905.", answer="false", explanation="He returned in 1917."))
    assert (false.text, false.answers, false.feedback) == ("Lenin returned in 1905.", [("F", "")], "He returned in 1917.")
    assert only(Question(id="tf2", type="true_false", prompt="It rained.", answer="true")).answers == [("T", "")]


def test_short_answer_lists_the_accepted_alternatives():
    parsed = only(Question(id="wh", type="wh", prompt="When did Lenin return?", answer="April 1917", accept=("1917", "Apr. 1917")))
    assert parsed.answers == [("=", "April 1917"), ("=", "1917"), ("=", "Apr. 1917")]


def test_cloze_becomes_a_missing_word_short_answer():
    q = Question(id="c", type="cloze", prompt="Lenin returned in {{c1::April 1917}} to {{c2::Petrograd}}: a = b.", answer="April 1917", accept=("1917",))
    parsed = parse_gift(gift_export([bank(q)]).text)
    assert [(p.text, p.answers) for p in parsed] == [
        ("Lenin returned in _____ to Petrograd: a = b.", [("=", "April 1917"), ("=", "1917")]),
        ("Lenin returned in April 1917 to _____: a = b.", [("=", "Petrograd")]),
    ]


def test_a_cloze_hint_follows_the_box():
    parsed = only(Question(id="c", type="cloze", prompt="He returned in {{c1::1917::year}}.", answer="1917"))
    assert (parsed.text, parsed.answers) == ("He returned in _____ (year).", [("=", "1917")])


def test_quote_with_choices_is_multiple_choice():
    parsed = only(Question(id="q", type="quote", prompt="Who said: “all power to the soviets”?", answer="Lenin", choices=("Lenin", "Martov", "Kerensky", "Trotsky")))
    assert ("=", "Lenin") in parsed.answers and len(parsed.answers) == 4


def test_order_becomes_matching_and_short_ones_are_skipped():
    order = Question(id="o", type="order", prompt="Put in order.", answer="", choices=("February", "October", "Kronstadt"))
    assert only(order).pairs == [("February", "1"), ("October", "2"), ("Kronstadt", "3")]
    export = gift_export([bank(Question(id="o2", type="order", prompt="Order.", answer="", choices=("a", "b")))])
    assert export.questions == 0 and "o2" in export.skipped[0]


def run(capsys, *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as finished:
        main(["export", *args])
    captured = capsys.readouterr()
    return finished.value.code, captured.out, captured.err


@pytest.fixture
def decks(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    save_bank(
        bank(
            Question(id="a", type="wh", prompt="Who?", answer="Lenin", status="approved"),
            Question(id="b", type="wh", prompt="When?", answer="1917"),
            Question(id="c", type="wh", prompt="Rejected?", answer="no", status="rejected"),
        ),
        tmp_path / "decks" / "week3.yaml",
    )
    return tmp_path


def test_cli_writes_a_file_honouring_the_selection(capsys, decks):
    code, out, _ = run(capsys, "gift")
    assert code == 0 and out == "Wrote quizgen.gift: 2 questions from 1 bank\n"
    assert [q.title for q in parse_gift((decks / "quizgen.gift").read_text())] == ["a", "b"]
    code, out, _ = run(capsys, "gift", "--approved-only", "--out", "-")
    assert [q.title for q in parse_gift(out)] == ["a"]


def test_cli_says_when_there_is_nothing_to_export(capsys, decks):
    code, out, err = run(capsys, "gift", "decks/week3.yaml", "--approved-only", "--out", "x.gift")
    assert code == 0
    (decks / "decks" / "week3.yaml").write_text((decks / "decks" / "week3.yaml").read_text().replace("approved", "generated"))
    code, out, err = run(capsys, "gift", "--approved-only")
    assert code == 1 and err == "quizgen: nothing to export: no approved questions in decks\n"

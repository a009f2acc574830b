"""The one validator every command that reads banks goes through.

It reads the YAML node tree (see safeyaml), so each problem carries the line of the
offending question or field, and builds the `Bank` in the same pass: a bank that
loads is a bank that validated. Errors stop loading; warnings are for `quizgen lint`.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from quizgen.bank.cloze import cloze_gaps, fill_gaps
from quizgen.bank.ids import hand_written_id
from quizgen.bank.model import (
    ANSWER_KINDS,
    DIFFICULTIES,
    QUESTION_TYPES,
    STATUSES,
    Bank,
    Question,
    Source,
)
from quizgen.bank.safeyaml import YamlError, line_of, parse_yaml

BANK_FIELDS = ("id", "title", "author", "description", "source_file", "generator", "questions")
QUESTION_FIELDS = (
    "id",
    "type",
    "status",
    "prompt",
    "answer",
    "accept",
    "choices",
    "explanation",
    "source",
    "tags",
    "answer_kind",
    "difficulty",
    "score",
    "checksum",
)
SOURCE_FIELDS = ("document", "section", "paragraph", "sentence")

MAX_STEM_WORDS = 40
MIN_DISTRACTORS = 3

_TAG = "tag:yaml.org,2002:"
_TRUE = ("true", "yes", "on")
_FALSE = ("false", "no", "off")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int  # 1-based; 0 when the problem has no line (a bank built in memory)
    message: str
    severity: str = "error"  # or "warning"
    column: int = 0

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def location(self) -> str:
        if self.line and self.column:
            return f"{self.path}:{self.line}:{self.column}"
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        return f"{self.location}: {self.message}"


def errors_of(problems: tuple[Problem, ...]) -> tuple[Problem, ...]:
    return tuple(p for p in problems if p.is_error)


def warnings_of(problems: tuple[Problem, ...]) -> tuple[Problem, ...]:
    return tuple(p for p in problems if not p.is_error)


@dataclass(frozen=True)
class QuestionEntry:
    """One item of the `questions:` list: its node, and the question when it validated."""

    node: yaml.Node
    question: Question | None


@dataclass(frozen=True)
class CheckedBank:
    path: Path
    bank: Bank | None  # None when there are errors
    problems: tuple[Problem, ...]
    root: yaml.Node | None = None
    entries: tuple[QuestionEntry, ...] = ()

    @property
    def errors(self) -> tuple[Problem, ...]:
        return errors_of(self.problems)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return warnings_of(self.problems)


def check_text(text: str, path: Path | str) -> CheckedBank:
    """Validate a bank file's text; never raises for problems in the text."""
    path = Path(path)
    try:
        root = parse_yaml(text, path)
    except YamlError as exc:
        return CheckedBank(path, None, (Problem(str(path), exc.line, exc.detail, column=exc.column),))
    return check_node(root, path)


def check_node(root: yaml.Node | None, path: Path | str) -> CheckedBank:
    path = Path(path)
    checker = _Checker(str(path))
    bank, entries = checker.bank(root, path.stem)
    problems = tuple(sorted(checker.problems, key=lambda p: (p.line, not p.is_error)))
    if any(p.is_error for p in problems):
        bank = None
    return CheckedBank(path, bank, problems, root, entries)


@dataclass
class _Checker:
    path: str
    problems: list[Problem] = field(default_factory=list)
    error_count: int = 0

    def error(self, node: yaml.Node | None, message: str) -> None:
        self.problems.append(Problem(self.path, line_of(node), message))
        self.error_count += 1

    def warn(self, node: yaml.Node | None, message: str) -> None:
        self.problems.append(Problem(self.path, line_of(node), message, "warning"))

    # -- bank -------------------------------------------------------------------------

    def bank(self, root: yaml.Node | None, default_id: str) -> tuple[Bank | None, tuple]:
        if not isinstance(root, yaml.MappingNode):
            what = "the file is empty" if root is None else "expected a mapping at the top"
            self.error(root, f"not a question bank: {what} (with a `questions:` list)")
            return None, ()
        fields = self.fields(root, BANK_FIELDS, "bank")
        if "questions" not in fields:
            self.error(root, "not a question bank: no `questions:` list")
            return None, ()
        questions_node = fields["questions"]
        if _is_null(questions_node):
            items: list[yaml.Node] = []
        elif isinstance(questions_node, yaml.SequenceNode):
            items = questions_node.value
        else:
            self.error(questions_node, "`questions` must be a list of questions")
            return None, ()
        bank_id = self.text(fields, "id") or default_id
        entries = tuple(QuestionEntry(item, self.question(item, bank_id)) for item in items)
        self.check_duplicate_ids(entries)
        bank = Bank(
            id=bank_id,
            title=self.text(fields, "title") or default_id,
            author=self.text(fields, "author") or None,
            description=self.text(fields, "description"),
            source_file=self.text(fields, "source_file"),
            generator=self.text(fields, "generator"),
            questions=tuple(e.question for e in entries if e.question is not None),
        )
        return bank, entries

    def check_duplicate_ids(self, entries: tuple[QuestionEntry, ...]) -> None:
        first_line: dict[str, int] = {}
        for entry in entries:
            if entry.question is None:
                continue
            qid = entry.question.id
            if qid in first_line:
                id_node = _value_of(entry.node, "id")
                if id_node is None:
                    message = "duplicate question: same type, prompt and answer as"
                else:
                    message = f"duplicate id {qid!r}: also used by the question on"
                self.error(id_node or entry.node, f"{message} line {first_line[qid]}")
            else:
                first_line[qid] = line_of(entry.node)

    # -- question ---------------------------------------------------------------------

    def question(self, node: yaml.Node, bank_id: str) -> Question | None:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, "a question must be a mapping of fields (id, type, prompt, answer, ...)")
            return None
        before = self.error_count
        fields = self.fields(node, QUESTION_FIELDS, "question")
        qtype = self.question_type(node, fields)
        status = self.choice_of(fields, "status", STATUSES, error=True)
        prompt = self.text(fields, "prompt")
        if not prompt.strip() and _blank(fields.get("prompt")):
            self.error(fields.get("prompt", node), "question has no prompt")
        answer = self.answer(node, fields, qtype, prompt)
        choices = self.text_list(fields, "choices")
        accept = self.text_list(fields, "accept")
        self.check_choices(node, fields, qtype, answer, choices)
        difficulty = self.choice_of(fields, "difficulty", DIFFICULTIES, error=False)
        answer_kind = self.choice_of(fields, "answer_kind", ANSWER_KINDS, error=False)
        question = Question(
            id=self.text(fields, "id"),
            type=qtype,
            prompt=prompt,
            answer=answer,
            accept=accept,
            choices=choices,
            explanation=self.text(fields, "explanation"),
            source=self.source(fields.get("source")),
            tags=self.text_list(fields, "tags"),
            answer_kind=answer_kind,
            difficulty=difficulty or "medium",
            score=self.number(fields, "score"),
            checksum=self.text(fields, "checksum"),
        )
        if self.error_count > before:
            return None
        if not status:
            # A question someone wrote by hand is theirs, so it counts as approved.
            status = "generated" if question.checksum else "approved"
        if not question.id:
            self.warn(node, "question has no id: `quizgen lint --fix` will add one")
            question = replace(question, id=hand_written_id(bank_id, qtype, prompt, answer))
        question = replace(question, status=status)
        self.quality_warnings(node, fields, question)
        return question

    def question_type(self, node: yaml.Node, fields: dict) -> str:
        qtype = self.text(fields, "type")
        if not qtype:
            if "type" not in fields or _is_null(fields["type"]):
                self.error(node, f"question has no type (one of: {', '.join(QUESTION_TYPES)})")
        elif qtype not in QUESTION_TYPES:
            self.error(fields["type"], f"unknown question type {qtype!r}{_suggest(qtype, QUESTION_TYPES)}")
        return qtype

    def answer(self, node: yaml.Node, fields: dict, qtype: str, prompt: str) -> str:
        answer = self.text(fields, "answer")
        answer_node = fields.get("answer", node)
        if qtype == "cloze":
            gaps = cloze_gaps(prompt)
            if prompt.strip() and not gaps:
                self.error(fields.get("prompt", node), "cloze prompt has no gap: mark the answer as {{c1::answer}}")
            for gap in gaps:
                if not gap.answer.strip():
                    self.error(fields.get("prompt", node), f"cloze gap c{gap.number} is empty")
            if gaps and not answer.strip():
                return gaps[0].answer
            # a gap opening the sentence is capitalised: "{{c1::Working class}}" for "working class"
            if gaps and answer.strip() and _first_lower(answer) not in {_first_lower(g.answer) for g in gaps}:
                self.warn(answer_node, f"answer {answer!r} is not the text of any gap in the prompt")
            return answer
        if qtype == "order":
            return answer  # the choices, in order, are the answer
        if not answer.strip():
            if _blank(fields.get("answer")):
                self.error(answer_node, "question has no answer")
            return answer
        if qtype == "true_false":
            folded = answer.strip().casefold()
            if folded in _TRUE:
                return "true"
            if folded in _FALSE:
                return "false"
            self.error(answer_node, f"a true_false answer must be true or false, not {answer!r}")
        return answer

    def check_choices(
        self, node: yaml.Node, fields: dict, qtype: str, answer: str, choices: tuple[str, ...]
    ) -> None:
        choices_node = fields.get("choices", node)
        if qtype in ("multiple_choice", "order") and len(choices) < 2:
            self.error(choices_node, f"a {qtype} question needs at least 2 choices")
            return
        seen: dict[str, str] = {}
        items = choices_node.value if isinstance(choices_node, yaml.SequenceNode) else []
        for item, choice in zip(items, choices):
            key = " ".join(choice.split()).casefold()
            if key in seen:
                self.error(item, f"duplicate choice {choice!r}")
            seen.setdefault(key, choice)
        if qtype != "multiple_choice" or not answer.strip():
            return
        if answer not in choices:
            near = seen.get(" ".join(answer.split()).casefold())
            hint = f" (the choices have {near!r}: make them match exactly)" if near else ""
            self.error(fields.get("answer", node), f"answer {answer!r} is not among the choices{hint}")
        elif len(set(choices)) - 1 < MIN_DISTRACTORS:
            count = len(set(choices)) - 1
            self.warn(choices_node, f"only {count} distractor{'s' * (count != 1)} (3 or more make a fair question)")

    def quality_warnings(self, node: yaml.Node, fields: dict, question: Question) -> None:
        prompt_node = fields.get("prompt", node)
        # the stem as a student reads it before answering: each gap one word
        stem = fill_gaps(question.prompt, blank="_____") if question.type == "cloze" else question.prompt
        words = len(stem.split())
        if words > MAX_STEM_WORDS:
            self.warn(prompt_node, f"prompt is {words} words long (keep it to {MAX_STEM_WORDS} or fewer)")
        if _answer_visible(question):
            self.warn(prompt_node, f"the answer {question.answer!r} is visible in the prompt")

    def source(self, node: yaml.Node | None) -> Source:
        if node is None or _is_null(node):
            return Source()
        if not isinstance(node, yaml.MappingNode):
            self.error(node, "`source` must be a mapping (document, section, paragraph, sentence)")
            return Source()
        fields = self.fields(node, SOURCE_FIELDS, "source")
        paragraph = 0
        if "paragraph" in fields and not _is_null(fields["paragraph"]):
            value = fields["paragraph"]
            text = value.value if isinstance(value, yaml.ScalarNode) else ""
            if isinstance(value, yaml.ScalarNode) and text.isdigit():
                paragraph = int(text)
            else:
                self.error(value, "`paragraph` must be a whole number (0 or more)")
        return Source(
            document=self.text(fields, "document"),
            section=self.text(fields, "section"),
            paragraph=paragraph,
            sentence=self.text(fields, "sentence"),
        )

    # -- fields -----------------------------------------------------------------------

    def fields(self, node: yaml.MappingNode, known: tuple[str, ...], what: str) -> dict[str, yaml.Node]:
        """The mapping's values by key, reporting duplicate, unknown and non-text keys."""
        found: dict[str, yaml.Node] = {}
        key_lines: dict[str, int] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode):
                self.error(key, f"a {what} field name must be plain text")
                continue
            name = key.value
            if name in found:
                self.error(key, f"duplicate field {name!r} (also on line {key_lines[name]})")
                continue
            if name not in known:
                self.warn(key, f"unknown {what} field {name!r}{_suggest(name, known, list_all=False)}")
            found[name] = value
            key_lines[name] = line_of(key)
        return found

    def text(self, fields: dict, name: str) -> str:
        node = fields.get(name)
        if node is None or _is_null(node):
            return ""
        if isinstance(node, yaml.ScalarNode):
            # The scalar as written: `answer: 1917` is the text "1917", `3.10` stays "3.10".
            return node.value
        self.error(node, f"`{name}` must be text, not a {_kind(node)}")
        return ""

    def text_list(self, fields: dict, name: str) -> tuple[str, ...]:
        node = fields.get(name)
        if node is None or _is_null(node):
            return ()
        if not isinstance(node, yaml.SequenceNode):
            self.error(node, f"`{name}` must be a list, not {_kind(node, article=True)}")
            return ()
        items = []
        for item in node.value:
            if isinstance(item, yaml.ScalarNode) and not _is_null(item):
                items.append(item.value)
            else:
                what = "an empty item" if _is_null(item) else _kind(item, article=True)
                self.error(item, f"`{name}` must be a list of text, and this is {what}")
        return tuple(items)

    def number(self, fields: dict, name: str) -> float:
        node = fields.get(name)
        if node is None or _is_null(node):
            return 0.0
        if isinstance(node, yaml.ScalarNode):
            try:
                return float(node.value.replace("_", ""))
            except ValueError:
                pass
        self.error(node, f"`{name}` must be a number")
        return 0.0

    def choice_of(self, fields: dict, name: str, allowed: tuple[str, ...], error: bool) -> str:
        value = self.text(fields, name)
        if value and value not in allowed:
            message = f"unknown {name} {value!r}{_suggest(value, allowed)}"
            (self.error if error else self.warn)(fields[name], message)
        return value


def _answer_visible(question: Question) -> bool:
    if question.type in ("true_false", "order") or not question.answer.strip():
        return False
    stem = fill_gaps(question.prompt, blank="") if question.type == "cloze" else question.prompt
    pattern = r"(?<!\w)" + re.escape(question.answer.strip().casefold()) + r"(?!\w)"
    return re.search(pattern, stem.casefold()) is not None


def _value_of(node: yaml.Node, name: str) -> yaml.Node | None:
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode) and key.value == name:
            return value
    return None


def _blank(node: yaml.Node | None) -> bool:
    """Missing, null or empty text (a list or mapping in its place is a type error instead)."""
    return node is None or isinstance(node, yaml.ScalarNode)


def _is_null(node: yaml.Node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag == _TAG + "null"


def _kind(node: yaml.Node, article: bool = False) -> str:
    if isinstance(node, yaml.MappingNode):
        return "a mapping" if article else "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "a list" if article else "list"
    return "a single value" if article else "single value"


def _suggest(word: str, known: tuple[str, ...], list_all: bool = True) -> str:
    """The nearest known word, or (with `list_all`) all of them when none is near."""
    close = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    if close:
        return f"; did you mean {close[0]!r}?"
    return f" (one of: {', '.join(known)})" if list_all else ""


def _first_lower(text: str) -> str:
    return text[:1].lower() + text[1:]

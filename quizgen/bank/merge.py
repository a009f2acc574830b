"""Regenerating onto an existing bank without losing the instructor's work.

The merge edits the existing file's text rather than re-serializing it: questions the
instructor owns, comments between questions, key order, quoting and indentation stay
byte for byte as they were. Only the blocks of untouched generated questions are
replaced or removed, and new questions are spliced in after their neighbour in the
new generation's order. The positions come from the YAML parser's marks, and the
result is validated before anything is written.

An instructor owns a question when it is approved, edited or rejected, when it was
written by hand (no checksum), when its content no longer matches its checksum (a
silent edit), or when it carries a comment or a field of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from quizgen.bank.checksum import content_checksum, is_hand_edited
from quizgen.bank.format import bank_header_dict, dump_bank, dump_field, dump_question
from quizgen.bank.model import Bank, Question
from quizgen.bank.validate import QUESTION_FIELDS, CheckedBank, QuestionEntry, check_text
from quizgen.errors import BankError

#: Bank fields the generator owns; the title, author and description are the instructor's.
GENERATOR_FIELDS = ("source_file", "generator")
_COMMENT = re.compile(r"(?:^|(?<=\s))#")
_ITEM_DASH = re.compile(r" *- +")
_BARE_DASH = re.compile(r" *-( +#.*| *)")


@dataclass(frozen=True)
class MergeReport:
    """What writing a generated bank over an existing file did (or would do)."""

    path: Path
    kept: tuple[str, ...] = ()  # ids the instructor owns, left exactly as they were
    updated: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()  # generated questions the new run gave again as they were
    changed: bool = True  # False when the file's bytes stay the same

    def summary(self) -> str:
        counts = [
            (len(self.kept), "kept"),
            (len(self.updated), "updated"),
            (len(self.added), "added"),
            (len(self.dropped), "dropped"),
            (len(self.unchanged), "unchanged"),
        ]
        return ", ".join(f"{n} {what}" for n, what in counts if n) or "no questions"


@dataclass(frozen=True)
class MergeResult:
    text: str
    report: MergeReport


def prepare_generated(bank: Bank, path: Path | str) -> Bank:
    """The generated bank as it will read back from its file, with fresh checksums.

    Writing it and loading it again must give the same questions, or the next merge
    would take every question for a hand edit; and a bank that does not validate is
    never written.
    """
    text = dump_bank(bank)
    checked = check_text(text, path)
    if checked.errors:
        problem = checked.errors[0]
        raise BankError(
            f"{path}: the generated bank does not validate ({_question_at(checked, problem.line)}"
            f"{problem.message}); nothing was written"
        )
    assert checked.bank is not None
    questions = tuple(
        replace(q, checksum=content_checksum(q)) if q.status == "generated" else q
        for q in checked.bank.questions
    )
    return replace(checked.bank, questions=questions)


def merge_generated(existing: str, path: Path | str, new: Bank) -> MergeResult:
    """The existing bank text with `new` (a prepared generated bank) merged in."""
    path = Path(path)
    bom = "\ufeff" if existing.startswith("\ufeff") else ""
    text = existing[len(bom) :]
    checked = check_text(text, path)
    if checked.errors:
        raise BankError(f"{checked.errors[0]} (the bank was left as it was: fix it, then generate again)")
    assert checked.bank is not None
    lines = text.splitlines(keepends=True)
    layout = _Layout.of(text, lines, checked.entries)
    plan = _Plan.make(checked, new, layout, lines)
    if plan.is_pristine(text, checked.bank):
        merged = dump_bank(_with_instructor_header(new, checked.bank))
    else:
        merged = _splice(text, lines, checked, plan, new, layout)
    _verify(merged, path, plan.expected(checked))
    report = plan.report(path, changed=merged != text)
    return MergeResult(bom + merged if report.changed else existing, report)


# -- deciding -------------------------------------------------------------------------


@dataclass
class _Plan:
    """What happens to each existing question, and where the new ones go."""

    decisions: list[str]  # per entry: kept, unchanged, updated, dropped
    entry_ids: list[str]
    new_by_id: dict[str, Question]
    #: New questions by the index of the entry they follow (-1: before the first).
    inserts: dict[int, list[Question]] = field(default_factory=dict)

    @classmethod
    def make(cls, checked: CheckedBank, new: Bank, layout: _Layout | None, lines: list[str]) -> _Plan:
        new_by_id = {q.id: q for q in new.questions}
        decisions, ids = [], []
        for i, entry in enumerate(checked.entries):
            question = entry.question
            assert question is not None
            ids.append(question.id)
            first = layout.starts[i] if layout else entry.node.start_mark.line
            last = layout.ends[i] if layout else _last_line(entry.node, lines)
            if _owned(question) or _has_extra_field(entry.node) or _has_comment(entry.node, lines, first, last):
                decisions.append("kept")
            elif question.id not in new_by_id:
                decisions.append("dropped")
            elif new_by_id[question.id] == question:
                decisions.append("unchanged")
            else:
                decisions.append("updated")
        plan = cls(decisions, ids, new_by_id)
        plan.place_new_questions(new)
        return plan

    def place_new_questions(self, new: Bank) -> None:
        position = {qid: i for i, qid in enumerate(self.entry_ids)}
        anchor = -1
        for question in new.questions:
            if question.id in position:
                if self.decisions[position[question.id]] != "dropped":
                    anchor = position[question.id]
                continue
            self.inserts.setdefault(anchor, []).append(question)

    def expected(self, checked: CheckedBank) -> dict[str, Question]:
        """The questions the merged bank must hold, by id."""
        expected = {}
        for entry, decision in zip(checked.entries, self.decisions):
            assert entry.question is not None
            if decision in ("kept", "unchanged"):
                expected[entry.question.id] = entry.question
            elif decision == "updated":
                expected[entry.question.id] = self.new_by_id[entry.question.id]
        for questions in self.inserts.values():
            expected.update((q.id, q) for q in questions)
        return expected

    def ids(self, decision: str) -> tuple[str, ...]:
        return tuple(qid for qid, d in zip(self.entry_ids, self.decisions) if d == decision)

    @property
    def added(self) -> tuple[str, ...]:
        return tuple(q.id for i in sorted(self.inserts) for q in self.inserts[i])

    def is_pristine(self, text: str, old: Bank) -> bool:
        """No instructor work anywhere: the file is exactly what an earlier run wrote.

        Then the new generation is written as is, so regenerating over untouched
        banks gives the same bytes as generating into an empty folder.
        """
        return "kept" not in self.decisions and dump_bank(old) == text

    def report(self, path: Path, changed: bool) -> MergeReport:
        return MergeReport(
            path=path,
            kept=self.ids("kept"),
            updated=self.ids("updated"),
            added=self.added,
            dropped=self.ids("dropped"),
            unchanged=self.ids("unchanged"),
            changed=changed,
        )


def _owned(question: Question) -> bool:
    return question.status != "generated" or not question.checksum or is_hand_edited(question)


def _has_extra_field(node: yaml.Node) -> bool:
    """A field the generator never writes (an instructor's `notes:`, say) makes the question theirs."""
    names = [getattr(key, "value", None) for key, _ in node.value]
    return any(name not in QUESTION_FIELDS for name in names)


def _has_comment(node: yaml.Node, lines: list[str], first: int, last: int) -> bool:
    """Whether lines `first` to `last` hold a `#` comment (a `#` outside every scalar)."""
    spans = [(s.start_mark.line, s.start_mark.column, s.end_mark.line, s.end_mark.column) for s in _scalars(node)]
    for number in range(first, last + 1):
        for match in _COMMENT.finditer(lines[number]):
            column = match.start()
            inside = any(
                (l1, c1) <= (number, column) < (l2, c2) for l1, c1, l2, c2 in spans
            )
            if not inside:
                return True
    return False


def _scalars(node: yaml.Node) -> list[yaml.ScalarNode]:
    """Every scalar under `node`, keys included (iteratively: nesting may be deep)."""
    found, stack = [], [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.ScalarNode):
            found.append(current)
        elif isinstance(current, yaml.SequenceNode):
            stack += current.value
        elif isinstance(current, yaml.MappingNode):
            stack += [part for pair in current.value for part in pair]
    return found


def _with_instructor_header(new: Bank, old: Bank) -> Bank:
    return replace(new, title=old.title, author=old.author, description=old.description)


# -- splicing -------------------------------------------------------------------------


def _splice(
    text: str, lines: list[str], checked: CheckedBank, plan: _Plan, new: Bank, layout: _Layout | None
) -> str:
    newline = "\r\n" if "\r\n" in text else "\n"
    key, value = _questions_key(checked.root)
    entries = checked.entries
    if isinstance(value, yaml.SequenceNode) and value.flow_style and entries:
        raise BankError(
            f"{checked.path}:{value.start_mark.line + 1}: `questions` is written as a [...] list; "
            "write one `- ` item per question so that new questions can be merged in"
        )
    if layout is None:
        raise BankError(
            f"{checked.path}: the merge cannot tell where each question starts (each should "
            "start with `- ` on its own line); the bank was left as it was"
        )

    def block(question: Question) -> str:
        return layout.reindent(dump_question(question)).replace("\n", newline)

    segments: list[tuple[str, str]] = []  # ("block" | "gap", text)
    for question in plan.inserts.get(-1, []):
        segments += [("block", block(question)), ("gap", newline)]
    for i in range(len(entries)):
        decision = plan.decisions[i]
        if decision in ("kept", "unchanged"):
            segments.append(("block", layout.block_text(i)))
        elif decision == "updated":
            segments.append(("block", block(plan.new_by_id[plan.entry_ids[i]])))
        for question in plan.inserts.get(i, []):
            segments += [("gap", newline), ("block", block(question))]
        if i + 1 < len(entries):
            segments.append(("gap", layout.gap_text(i)))
    body = "".join(_tidy_gaps(segments))
    if entries:
        head_end, tail = layout.edges()
        edits = [] if body else [(key.end_mark.index, key.end_mark.index + 1, ": []")]
    else:
        head_end, edits = _empty_list_head(text, lines, key, value)
        tail = text[head_end:]
    head = _apply(text[:head_end], edits + _generator_field_edits(checked.root, head_end, new))
    if body and not head.endswith(("\n", "\r")):
        head += newline
    return head + body + tail


def _tidy_gaps(segments: list[tuple[str, str]]) -> list[str]:
    """The parts in order, where gaps left side by side by dropped questions become one
    (their comments, or one blank line), and blank gaps at either end go."""
    parts: list[str] = []
    run: list[str] = []
    for kind, part in segments:
        if kind == "gap":
            run.append(part)
            continue
        commented = [gap for gap in run if gap.strip()]
        parts += commented if commented or not parts else run[:1]
        parts.append(part)
        run = []
    parts += [gap for gap in run if gap.strip()]
    return parts


@dataclass(frozen=True)
class _Layout:
    """Where each question's lines start and end in the file."""

    text: str
    line_starts: list[int]  # offset of each line, then of the end of the text
    starts: list[int]  # first line of each question (its `- ` line), 0-based
    ends: list[int]  # last line with content of each question
    dash_column: int
    key_column: int

    @classmethod
    def of(cls, text: str, lines: list[str], entries: tuple[QuestionEntry, ...]) -> _Layout | None:
        """None when some question does not start with `- ` on a line of its own."""
        line_starts = [0]
        for line in lines:
            line_starts.append(line_starts[-1] + len(line))
        starts, ends = [], []
        dash_column, key_column = 2, 4  # the layout quizgen writes, for a bank with no questions
        for number, entry in enumerate(entries):
            found = _dash_line(lines, entry.node)
            if found is None:
                return None
            line, column = found
            if number == 0:
                dash_column = column
                same_line = entry.node.start_mark.line == line
                key_column = entry.node.start_mark.column if same_line else column + 2
            starts.append(line)
            ends.append(_last_line(entry.node, lines))
        return cls(text, line_starts, starts, ends, dash_column, key_column)

    def block_text(self, i: int) -> str:
        return self.text[self.line_starts[self.starts[i]] : self.line_starts[self.ends[i] + 1]]

    def gap_text(self, i: int) -> str:
        return self.text[self.line_starts[self.ends[i] + 1] : self.line_starts[self.starts[i + 1]]]

    def edges(self) -> tuple[int, str]:
        """Where the text before the first question ends, and the text after the last."""
        return self.line_starts[self.starts[0]], self.text[self.line_starts[self.ends[-1] + 1] :]

    def reindent(self, block: str) -> str:
        """A written question block (dash at column 2, keys at 4) in this file's indentation."""
        out = []
        for number, line in enumerate(block.split("\n")):
            if number == 0:
                gap = " " * (self.key_column - self.dash_column - 1)
                out.append(" " * self.dash_column + "-" + gap + line[4:])
            elif line.startswith("    "):
                out.append(" " * self.key_column + line[4:])
            else:
                out.append(line)
        return "\n".join(out)


def _dash_line(lines: list[str], node: yaml.Node) -> tuple[int, int] | None:
    """The line and column of the `-` that opens the item `node`, when it opens a line
    (`- id: ...`, or a bare `-` above the item, with only comments between)."""
    number = node.start_mark.line
    before = lines[number][: node.start_mark.column]
    if _ITEM_DASH.fullmatch(before):
        return number, before.index("-")
    if before.strip():
        return None
    for above in range(number - 1, -1, -1):
        line = lines[above].rstrip("\r\n")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        return (above, line.index("-")) if _BARE_DASH.fullmatch(line) else None
    return None


def _last_line(node: yaml.Node, lines: list[str]) -> int:
    """The last line holding the node's content (0-based), trailing blank lines aside."""
    while isinstance(node, (yaml.MappingNode, yaml.SequenceNode)) and node.value and not node.flow_style:
        last = node.value[-1]
        node = last[1] if isinstance(node, yaml.MappingNode) else last
    mark = node.end_mark
    number = min(mark.line if mark.column > 0 else mark.line - 1, len(lines) - 1)
    while number > node.start_mark.line and not lines[number].strip():
        number -= 1
    return number


def _questions_key(root: yaml.Node | None) -> tuple[yaml.Node, yaml.Node]:
    assert isinstance(root, yaml.MappingNode)
    for key, value in root.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "questions":
            return key, value
    raise AssertionError("a validated bank has a questions key")


def _empty_list_head(text: str, lines: list[str], key: yaml.Node, value: yaml.Node) -> tuple[int, list]:
    """For a bank with no questions yet: where the `questions:` line ends, and the edit
    that takes an empty `[]` out of it so the questions can follow as `- ` items."""
    number = key.start_mark.line
    head_end = sum(len(line) for line in lines[: number + 1])
    if not isinstance(value, yaml.SequenceNode):
        return head_end, []
    if value.end_mark.line != number:
        raise BankError(f"{value.start_mark.name}:{number + 1}: write an empty list as `questions: []`")
    return head_end, [(key.end_mark.index + 1, value.end_mark.index, "")]


def _generator_field_edits(root: yaml.Node | None, head_end: int, new: Bank) -> list:
    """Set the generator's own header fields to the new run's values, where the old value
    is a one-line value before the questions and the new one fits on one line too."""
    assert isinstance(root, yaml.MappingNode)
    wanted = bank_header_dict(new)
    edits = []
    for key, value in root.value:
        name = getattr(key, "value", None)
        if name not in GENERATOR_FIELDS or name not in wanted or not isinstance(value, yaml.ScalarNode):
            continue
        if value.value == wanted[name] or value.end_mark.index > head_end:
            continue
        written = dump_field(name, wanted[name])
        one_line = written.count("\n") == 1 and value.start_mark.line == value.end_mark.line
        if one_line and written.startswith(f"{name}: "):
            edits.append((value.start_mark.index, value.end_mark.index, written[len(name) + 2 : -1]))
    return edits


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def _verify(merged: str, path: Path, expected: dict[str, Question]) -> None:
    """Read the merged text back: it must validate and hold exactly the planned questions."""
    checked = check_text(merged, path)
    found = {q.id: q for q in checked.bank.questions} if checked.bank else None
    if checked.errors or found != expected:
        detail = f" ({checked.errors[0].message})" if checked.errors else ""
        raise BankError(
            f"{path}: could not merge the new questions into this bank safely{detail}; "
            "it was left as it was (generate into another folder to compare)"
        )


def _question_at(checked: CheckedBank, line: int) -> str:
    """`question ID: ` for the question written on `line`, to name it in a message."""
    owner = None
    for entry in checked.entries:
        if entry.node.start_mark.line + 1 <= line:
            owner = entry
    if owner is None or not isinstance(owner.node, yaml.MappingNode):
        return ""
    for key, value in owner.node.value:
        if getattr(key, "value", None) == "id" and isinstance(value, yaml.ScalarNode):
            return f"question {value.value}: "
    return ""

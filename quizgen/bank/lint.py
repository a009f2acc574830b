"""`quizgen lint`: every problem in a set of banks, and the fixes that are safe to make."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml

from quizgen.bank.io import check_file, find_bank_files, read_bank_text
from quizgen.bank.safeyaml import YamlError
from quizgen.bank.validate import CheckedBank, Problem, check_text, errors_of, warnings_of
from quizgen.errors import BankError
from quizgen.fileio import atomic_write_text


@dataclass(frozen=True)
class LintReport:
    files: tuple[Path, ...]
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return errors_of(self.problems)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return warnings_of(self.problems)


@dataclass(frozen=True)
class Fix:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def lint(paths: Iterable[Path | str] = ()) -> LintReport:
    paths = list(paths)
    files = tuple(find_bank_files(paths))
    if not files:
        raise BankError(f"{', '.join(map(str, paths)) or 'decks'}: no bank files (*.yaml) to check")
    checked = [_check(path) for path in files]
    problems = [p for c in checked for p in c.problems] + _shared_ids(checked)
    order = {str(path): index for index, path in enumerate(files)}
    problems.sort(key=lambda p: (order.get(p.path, len(order)), p.line, not p.is_error))
    return LintReport(files, tuple(problems))


def _check(path: Path) -> CheckedBank:
    try:
        return check_file(path)
    except YamlError as exc:
        return CheckedBank(path, None, (Problem(str(path), exc.line, exc.detail, column=exc.column),))


def _shared_ids(checked: list[CheckedBank]) -> list[Problem]:
    """Question ids used in more than one bank: study progress is kept by question id."""
    first: dict[str, tuple[Path, int]] = {}
    problems = []
    for bank in checked:
        for entry in bank.entries:
            if entry.question is None:
                continue
            qid = entry.question.id
            line = entry.node.start_mark.line + 1
            if qid in first and first[qid][0] != bank.path:
                other, other_line = first[qid]
                problems.append(
                    Problem(str(bank.path), line, f"id {qid!r} is also used in {other}:{other_line}; ids must be unique across banks")
                )
            first.setdefault(qid, (bank.path, line))
    return problems


def fix_ids(path: Path) -> list[Fix]:
    """Write ids into the questions that have none, as `load_bank` would derive them.

    Only the `id:` is added; the rest of the file stays byte for byte. Questions that
    have errors are left alone until they are fixed.
    """
    text = read_bank_text(path)
    checked = check_text(text, path)
    edits, fixes = [], []
    for entry in checked.entries:
        if entry.question is None or not isinstance(entry.node, yaml.MappingNode):
            continue
        edit = _id_edit(entry.node, entry.question.id, "\r\n" if "\r\n" in text else "\n")
        if edit is not None:
            edits.append(edit)
            fixes.append(Fix(path, entry.node.start_mark.line + 1, f"added id {entry.question.id!r}"))
    if not edits:
        return []
    fixed = text
    for start, end, replacement in sorted(edits, reverse=True):
        fixed = fixed[:start] + replacement + fixed[end:]
    recheck = check_text(fixed, path)
    before = [e.question for e in checked.entries]
    after = [e.question for e in recheck.entries]
    if len(recheck.errors) != len(checked.errors) or before != after:
        raise BankError(f"{path}: could not add the ids safely; the bank was left as it was")
    atomic_write_text(path, fixed)
    return fixes


def _id_edit(node: yaml.MappingNode, qid: str, newline: str) -> tuple[int, int, str] | None:
    for key, value in node.value:
        if getattr(key, "value", None) == "id":
            if isinstance(value, yaml.ScalarNode) and not value.value.strip():
                return key.start_mark.index, value.end_mark.index, f"id: {qid}"
            return None
    first_key = node.value[0][0] if node.value else None
    if first_key is None:
        return None
    start = first_key.start_mark
    separator = ", " if node.flow_style else newline + " " * start.column
    return start.index, start.index, f"id: {qid}{separator}"

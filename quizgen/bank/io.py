"""Reading and writing bank files.

Every command that reads banks goes through `load_bank`, so they all stop on the
same problems with the same `FILE:LINE: message`. Writes are atomic.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable

from quizgen.bank.format import SCHEMA_FILE_NAME, bank_to_dict, dump_bank, question_to_dict
from quizgen.bank.merge import MergeReport, merge_generated, prepare_generated
from quizgen.bank.model import Bank
from quizgen.bank.safeyaml import YamlError, data_to_node
from quizgen.bank.schema import schema_text
from quizgen.bank.validate import CheckedBank, check_node, check_text
from quizgen.errors import BankError
from quizgen.fileio import atomic_write_text

__all__ = [
    "DEFAULT_DECKS",
    "MergeReport",
    "bank_from_dict",
    "bank_to_dict",
    "check_file",
    "dump_bank",
    "find_bank_files",
    "load_bank",
    "load_banks",
    "question_to_dict",
    "read_bank_text",
    "save_bank",
    "write_generated_bank",
]

DEFAULT_DECKS = Path("decks")
BANK_SUFFIXES = (".yaml", ".yml")


def find_bank_files(paths: Iterable[Path | str] = ()) -> list[Path]:
    """Bank files named by `paths` (files or folders); `decks/` when none is given."""
    paths = [Path(p) for p in paths] or [DEFAULT_DECKS]
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix in BANK_SUFFIXES and p.is_file())
        elif path.exists():
            found.append(path)
        else:
            raise BankError(f"{path}: no such file or folder")
    return found


def read_bank_text(path: Path | str) -> str:
    path = Path(path)
    try:
        data = path.read_bytes()
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise YamlError(path, "not UTF-8 text: save the bank as UTF-8", line) from None
    except IsADirectoryError:
        raise YamlError(path, "is a folder, not a bank file") from None
    except OSError as exc:
        raise YamlError(path, f"cannot read: {exc.strerror or exc}") from None


def check_file(path: Path | str) -> CheckedBank:
    """Every problem in a bank file (for `quizgen lint`); raises only if it cannot be read."""
    return check_text(read_bank_text(path), path)


def load_bank(path: Path | str) -> Bank:
    """The bank in `path`; BankError `FILE:LINE: message` for its first error."""
    checked = check_file(path)
    if checked.errors:
        raise BankError(_first_error(checked))
    assert checked.bank is not None
    return checked.bank


def _first_error(checked: CheckedBank) -> str:
    errors = checked.errors
    more = len(errors) - 1
    if more:
        return f"{errors[0]} (and {more} more: run `quizgen lint {checked.path}`)"
    return str(errors[0])


def load_banks(paths: Iterable[Path | str] = ()) -> list[Bank]:
    return [load_bank(p) for p in find_bank_files(paths)]


def bank_from_dict(data: dict, path: Path) -> Bank:
    """A bank from data already in memory, validated like a file."""
    checked = check_node(data_to_node(data), path)
    if checked.errors:
        raise BankError(_first_error(checked))
    assert checked.bank is not None
    return checked.bank


def save_bank(bank: Bank, path: Path | str) -> None:
    atomic_write_text(Path(path), dump_bank(bank))


def write_generated_bank(bank: Bank, path: Path | str, dry_run: bool = False) -> MergeReport:
    """Write a freshly generated bank to `path`, merging with the bank already there.

    The instructor's questions, comments and layout survive (see merge.py); the
    report says what was kept, updated, added and dropped. With `dry_run` nothing is
    written. The JSON Schema the bank's first line points to is written beside it.
    """
    path = Path(path)
    prepared = prepare_generated(bank, path)
    if path.exists():
        existing = _read_existing(path)
        result = merge_generated(existing, path, prepared)
        text, report = result.text, result.report
    else:
        text = dump_bank(prepared)
        report = MergeReport(path=path, added=tuple(q.id for q in prepared.questions))
    if not dry_run:
        if report.changed:
            atomic_write_text(path, text)
        write_schema_beside(path)
    return report


def _read_existing(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise BankError(f"{path}: not UTF-8 text; the bank was left as it was") from None
    except OSError as exc:
        raise BankError(f"{path}: cannot read: {exc.strerror or exc}") from None


def write_schema_beside(bank_path: Path) -> None:
    """Keep the JSON Schema the banks' first line names next to them, current."""
    schema_path = bank_path.parent / SCHEMA_FILE_NAME
    wanted = schema_text()
    try:
        current = schema_path.read_text(encoding="utf-8") if schema_path.exists() else None
    except (OSError, UnicodeDecodeError):
        current = None
    if current != wanted:
        atomic_write_text(schema_path, wanted)

"""Reading and writing bank files.

Provisional: plain PyYAML, enough for the other stages to build on. The instructor
work (round-trip editing, line numbers in every message, JSON Schema) replaces the
insides of these functions without changing their signatures.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import yaml

from quizgen.bank.model import Bank, Question, Source
from quizgen.errors import BankError
from quizgen.fileio import atomic_write_text

DEFAULT_DECKS = Path("decks")


def find_bank_files(paths: Iterable[Path | str] = ()) -> list[Path]:
    """Bank files named by `paths` (files or folders); `decks/` when none is given."""
    paths = [Path(p) for p in paths] or [DEFAULT_DECKS]
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml"))
        elif path.exists():
            found.append(path)
        else:
            raise BankError(f"{path}: no such file or folder")
    return found


def load_bank(path: Path | str) -> Bank:
    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise BankError(f"{path}: cannot read: {exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise BankError(f"{path}{where}: YAML syntax error: {getattr(exc, 'problem', exc)}") from None
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise BankError(f"{path}: not a question bank (no `questions:` list)")
    return bank_from_dict(data, path)


def load_banks(paths: Iterable[Path | str] = ()) -> list[Bank]:
    return [load_bank(p) for p in find_bank_files(paths)]


def bank_from_dict(data: dict, path: Path) -> Bank:
    questions = tuple(question_from_dict(q, path) for q in data["questions"])
    return Bank(
        id=str(data.get("id") or path.stem),
        title=str(data.get("title") or path.stem),
        author=data.get("author"),
        description=str(data.get("description") or ""),
        source_file=str(data.get("source_file") or ""),
        generator=str(data.get("generator") or ""),
        questions=questions,
    )


def question_from_dict(raw: dict, path: Path) -> Question:
    if not isinstance(raw, dict):
        raise BankError(f"{path}: a question is not a mapping")
    src = raw.get("source") or {}
    return Question(
        id=str(raw.get("id") or ""),
        type=str(raw.get("type") or ""),
        prompt=str(raw.get("prompt") or ""),
        answer=str(raw.get("answer") if raw.get("answer") is not None else ""),
        accept=tuple(str(a) for a in raw.get("accept") or ()),
        choices=tuple(str(c) for c in raw.get("choices") or ()),
        explanation=str(raw.get("explanation") or ""),
        source=Source(
            document=str(src.get("document") or ""),
            section=str(src.get("section") or ""),
            paragraph=int(src.get("paragraph") or 0),
            sentence=str(src.get("sentence") or ""),
        ),
        tags=tuple(str(t) for t in raw.get("tags") or ()),
        answer_kind=str(raw.get("answer_kind") or ""),
        difficulty=str(raw.get("difficulty") or "medium"),
        score=float(raw.get("score") or 0.0),
        status=str(raw.get("status") or "generated"),
        checksum=str(raw.get("checksum") or ""),
    )


def question_to_dict(q: Question) -> dict:
    out: dict = {"id": q.id, "type": q.type, "prompt": q.prompt, "answer": q.answer}
    if q.accept:
        out["accept"] = list(q.accept)
    if q.choices:
        out["choices"] = list(q.choices)
    out["explanation"] = q.explanation
    out["source"] = {
        "document": q.source.document,
        "section": q.source.section,
        "paragraph": q.source.paragraph,
        "sentence": q.source.sentence,
    }
    out["tags"] = list(q.tags)
    out["answer_kind"] = q.answer_kind
    out["difficulty"] = q.difficulty
    out["score"] = round(q.score, 3)
    out["status"] = q.status
    if q.checksum:
        out["checksum"] = q.checksum
    return out


def bank_to_dict(bank: Bank) -> dict:
    return {
        "id": bank.id,
        "title": bank.title,
        "author": bank.author,
        "description": bank.description,
        "source_file": bank.source_file,
        "generator": bank.generator,
        "questions": [question_to_dict(q) for q in bank.questions],
    }


def dump_bank(bank: Bank) -> str:
    return yaml.safe_dump(bank_to_dict(bank), sort_keys=False, allow_unicode=True, width=100)


def save_bank(bank: Bank, path: Path | str) -> None:
    atomic_write_text(Path(path), dump_bank(bank))


@dataclass(frozen=True)
class MergeReport:
    """What writing a generated bank over an existing file did (or would do)."""

    path: Path
    kept: tuple[str, ...] = ()  # ids the instructor owns, left exactly as they were
    updated: tuple[str, ...] = ()
    added: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()


def write_generated_bank(bank: Bank, path: Path | str, dry_run: bool = False) -> MergeReport:
    """Write a freshly generated bank to `path`, merging with the file already there.

    Provisional: overwrites. The merge keeps the instructor's questions and edits.
    """
    path = Path(path)
    if not dry_run:
        save_bank(bank, path)
    return MergeReport(path=path, added=tuple(q.id for q in bank.questions))

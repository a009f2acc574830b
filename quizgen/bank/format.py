"""How a bank looks on disk: the layout instructors read and edit.

Fields come in a fixed order, long text is folded into `>-` blocks at a readable
width, UTF-8 is written as is, and questions are separated by a blank line. The
output is a pure function of the `Bank`, so the same bank always gives the same bytes.
"""

from __future__ import annotations

import io
import re

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)

from quizgen.bank.model import Bank, Question

SCHEMA_FILE_NAME = "bank.schema.json"
#: First line of every bank written: editors with the YAML language server validate
#: and complete fields against the schema file written beside the banks.
SCHEMA_COMMENT = f"# yaml-language-server: $schema={SCHEMA_FILE_NAME}"

#: Text that would run past this column goes into a folded `>-` block, which an
#: instructor can edit freely: no quoting rules apply inside it.
WIDTH = 88
QUESTION_COLUMN = 4

#: Lists of short labels read best on one line: `tags: [dates, lenin]`.
INLINE_LISTS = ("tags", "accept")
INLINE_LIST_LENGTH = 60

_STR_TAG = "tag:yaml.org,2002:str"
_PLAIN_WORDS = re.compile(r"[^\W_][\w .'’()/-]*(?<! )")


def question_to_dict(q: Question) -> dict:
    """The question's fields in file order, leaving out the ones that are empty."""
    out: dict = {"id": q.id, "type": q.type, "status": q.status, "prompt": q.prompt}
    if q.type == "true_false" and q.answer in ("true", "false"):
        out["answer"] = q.answer == "true"  # written `answer: true`, as anyone would type it
    elif q.answer or q.type != "order":
        out["answer"] = q.answer
    if q.accept:
        out["accept"] = list(q.accept)
    if q.choices:
        out["choices"] = list(q.choices)
    if q.explanation:
        out["explanation"] = q.explanation
    source = {
        "document": q.source.document,
        "section": q.source.section,
        "paragraph": q.source.paragraph,
        "sentence": q.source.sentence,
    }
    if q.source.document or q.source.sentence or q.source.section:
        out["source"] = {k: v for k, v in source.items() if v != "" and v is not None}
    if q.tags:
        out["tags"] = list(q.tags)
    if q.answer_kind:
        out["answer_kind"] = q.answer_kind
    out["difficulty"] = q.difficulty
    if q.checksum or q.score:
        out["score"] = round(q.score, 3)
    if q.checksum:
        out["checksum"] = q.checksum
    return out


def bank_header_dict(bank: Bank) -> dict:
    out: dict = {"id": bank.id, "title": bank.title}
    if bank.author:
        out["author"] = bank.author
    for name in ("description", "source_file", "generator"):
        if getattr(bank, name):
            out[name] = getattr(bank, name)
    return out


def bank_to_dict(bank: Bank) -> dict:
    return {**bank_header_dict(bank), "questions": [question_to_dict(q) for q in bank.questions]}


def dump_bank(bank: Bank) -> str:
    parts = [SCHEMA_COMMENT + "\n", _dump(_styled(bank_header_dict(bank)))]
    if bank.questions:
        parts.append("questions:\n")
        parts.append("\n".join(dump_question(q) for q in bank.questions))
    else:
        parts.append("questions: []\n")
    return "".join(parts)


def dump_field(name: str, value: object) -> str:
    """`name: value` as a bank file writes it at the top level."""
    return _dump(_styled({name: value}))


def dump_question(question: Question) -> str:
    """One question as an item of the `questions:` list: `  - id: ...`, keys at column 4."""
    return _dump([_styled(question_to_dict(question), column=QUESTION_COLUMN)])


def _dump(data: object) -> str:
    emitter = YAML(typ="rt")
    emitter.indent(mapping=2, sequence=4, offset=2)
    # Folding is decided in _folded, where the indentation is known; the emitter's own
    # wrapping would let lines run past the width by a word.
    emitter.width = 4096
    emitter.allow_unicode = True
    emitter.representer.ignore_aliases = lambda _data: True
    out = io.StringIO()
    emitter.dump(data, out)
    return out.getvalue()


def _styled(value: dict, column: int = 0) -> CommentedMap:
    """The mapping with each value in the style that reads best at its place in the file;
    `column` is where the mapping's keys start."""
    styled = CommentedMap()
    for name, item in value.items():
        if isinstance(item, dict):
            styled[name] = _styled(item, column + 2)
        elif isinstance(item, list):
            styled[name] = _styled_list(name, item, column)
        elif isinstance(item, str):
            styled[name] = _styled_text(item, column + len(name) + 2, column + 2)
        else:
            styled[name] = item
    return styled


def _styled_list(name: str, items: list, column: int) -> CommentedSeq:
    if name in INLINE_LISTS and _inline_safe(items):
        styled = CommentedSeq(items)
        styled.fa.set_flow_style()
        return styled
    # Block items sit at `column + 2` (`- `), their text at `column + 4`.
    return CommentedSeq(
        _styled_text(item, column + 4, column + 6) if isinstance(item, str) else item for item in items
    )


def _styled_text(text: str, start: int, block_indent: int) -> str:
    """`start`: the column the text would start at on its key's line; `block_indent`:
    the column of a block's lines."""
    if _reads_as_other_type(text):
        # YAML 1.1 readers (PyYAML among them) would take `yes`, `1:20` or `~` for a
        # boolean, a number or null; quotes keep them text for every reader.
        return SingleQuotedScalarString(text)
    if start + len(text) + 2 > WIDTH and " " in text and _foldable(text):
        return _folded(text, WIDTH - block_indent)
    if "\n" in text and _literal_safe(text):
        return LiteralScalarString(text)
    return text


def _folded(text: str, width: int) -> FoldedScalarString:
    """A `>-` block broken at spaces into lines of at most `width` (a longer word has its own)."""
    folds = []
    line_start = 0
    last_space = -1
    for index, char in enumerate(text):
        if char != " ":
            continue
        if index - line_start > width and last_space > line_start:
            folds.append(last_space)
            line_start = last_space + 1
        last_space = index
    if len(text) - line_start > width and last_space > line_start:
        folds.append(last_space)
    block = FoldedScalarString(text)
    block.fold_pos = folds  # type: ignore[attr-defined]
    return block


def _inline_safe(items: list) -> bool:
    """Short items any YAML reader takes as plain text inside `[...]`."""
    return sum(len(str(item)) + 2 for item in items) <= INLINE_LIST_LENGTH and all(
        isinstance(item, str) and _PLAIN_WORDS.fullmatch(item) and not _reads_as_other_type(item)
        for item in items
    )


def _reads_as_other_type(text: str) -> bool:
    resolved = yaml.resolver.Resolver().resolve(yaml.ScalarNode, text, (True, False))
    return resolved != _STR_TAG


def _foldable(text: str) -> bool:
    """Text that a folded block gives back exactly: words separated by single spaces."""
    return text.isprintable() and " ".join(text.split()) == text


def _literal_safe(text: str) -> bool:
    lines = text.split("\n")
    return (
        all(line.isprintable() and line == line.rstrip() for line in lines)
        and not text.startswith((" ", "\n"))
        and not text.endswith("\n")
    )

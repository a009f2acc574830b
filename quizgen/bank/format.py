"""How a bank looks on disk: the layout instructors read and edit.

Fields come in a fixed order, long text is folded into `>-` blocks at a readable
width, UTF-8 is written as is, and questions are separated by a blank line. The
output is a pure function of the `Bank`, so the same bank always gives the same bytes.
"""

from __future__ import annotations

from quizgen.bank.model import Bank, Question
from quizgen.bank.yamlwriter import YamlWriter

SCHEMA_FILE_NAME = "bank.schema.json"
#: First line of every bank written: editors with the YAML language server validate
#: and complete fields against the schema file written beside the banks.
SCHEMA_COMMENT = f"# yaml-language-server: $schema={SCHEMA_FILE_NAME}"

QUESTION_COLUMN = 4


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
    writer = YamlWriter()
    lines = [SCHEMA_COMMENT, *writer.mapping(bank_header_dict(bank))]
    if not bank.questions:
        return "\n".join([*lines, "questions: []"]) + "\n"
    blocks = "\n".join(_question_block(writer, q) for q in bank.questions)
    return "\n".join([*lines, "questions:"]) + "\n" + blocks


def dump_field(name: str, value: object) -> str:
    """`name: value` as a bank file writes it at the top level."""
    return "\n".join(YamlWriter().mapping({name: value})) + "\n"


def dump_question(question: Question) -> str:
    """One question as an item of the `questions:` list: `  - id: ...`, keys at column 4."""
    return _question_block(YamlWriter(), question)


def _question_block(writer: YamlWriter, question: Question) -> str:
    lines = writer.mapping(question_to_dict(question), QUESTION_COLUMN, first_prefix="  - ")
    return "\n".join(lines) + "\n"

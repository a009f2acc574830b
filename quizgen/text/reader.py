"""Reading an essay file into a clean `Document`.

`read_document(path)` reads and checks the file; `parse_text(raw, info)` runs the
cleaning pipeline: layout (lines, pages, notes) -> reading order -> blocks ->
what each block is -> repaired text -> sentences. Both accept a `TextTools`
(lexicon and sentence splitter, slow to build) so a caller reading many essays
builds it once.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from quizgen.errors import TextError
from quizgen.text.document import Document, DocumentInfo
from quizgen.text.metadata import essay_info, has_index_title
from quizgen.text.pipeline import TextTools, clean

MAX_BYTES = 10 * 1024 * 1024  # an essay; anything larger is some other kind of file

__all__ = ["TextTools", "parse_text", "read_document", "read_text_file"]


def read_document(path: Path | str, tools: TextTools | None = None) -> Document:
    path = Path(path)
    raw = read_text_file(path)
    info = essay_info(path)
    if has_index_title(path):
        return parse_text(raw, info, tools)
    # No title on record: the essay's opening heading, if it has one, is its title.
    document = parse_text(raw, dataclasses.replace(info, title=""), tools)
    return dataclasses.replace(document, info=dataclasses.replace(info, title=document.found_title or info.title))


def parse_text(raw: str, info: DocumentInfo, tools: TextTools | None = None) -> Document:
    return clean(raw, info, tools or TextTools.load())


def read_text_file(path: Path) -> str:
    """The file's text, or a TextError that says in one line why there is none."""
    if not path.exists():
        raise TextError(f"{path}: no such file")
    if path.is_dir():
        raise TextError(f"{path}: is a directory, not an essay file")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise TextError(
                f"{path}: {size / 1024 / 1024:.1f} MB is too large for an essay (the limit is "
                f"{MAX_BYTES // 1024 // 1024} MB)"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise TextError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if b"\x00" in data[:8192]:
        raise TextError(f"{path}: is a binary file, not UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TextError(f"{path}:{line}: is not UTF-8 text (byte 0x{data[exc.start]:02x}); save it as UTF-8") from None
    if not text.strip():
        raise TextError(f"{path}: is empty")
    return text

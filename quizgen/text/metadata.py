"""What an essay is called: its entry in an `index.yaml` beside it, else its file name.

The cleaning pipeline may refine the fallback title from the essay's first heading.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from quizgen.errors import TextError
from quizgen.text.document import DocumentInfo

INDEX_NAME = "index.yaml"


def essay_info(path: Path) -> DocumentInfo:
    entry = _index_entry(path)
    title = str(entry.get("title") or "").strip() or title_from_file_name(path)
    author = entry.get("author")
    return DocumentInfo(
        title=title,
        author=str(author).strip() if author else None,
        description=" ".join(str(entry.get("description") or "").split()),
        path=str(path),
    )


def has_index_title(path: Path) -> bool:
    return bool(str(_index_entry(path).get("title") or "").strip())


def title_from_file_name(path: Path) -> str:
    words = path.stem.replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize() if words else path.name


def _index_entry(path: Path) -> dict:
    index = path.parent / INDEX_NAME
    if not index.is_file():
        return {}
    try:
        data = yaml.safe_load(index.read_text(encoding="utf-8")) or {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise TextError(f"{index}: cannot read essay metadata: {exc}") from None
    if not isinstance(data, dict):
        raise TextError(f"{index}: essay metadata must map file names to title/author/description")
    entry = data.get(path.name) or {}
    return entry if isinstance(entry, dict) else {}

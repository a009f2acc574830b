"""Writing the bank layout as YAML text: block mappings, lists and well-chosen scalars.

Banks have a fixed shape (mappings of known keys, lists of text, numbers), so a small
writer does the job of a general emitter about twenty times faster. Scalars take the
style that reads best and gives the same value back to any YAML reader, 1.1 or 1.2:
plain where that is safe, a folded `>-` block for long prose (no quoting rules inside,
broken at spaces to fit the width), a `|-` block for text with line breaks, single
quotes for text a reader would take for another type (`yes`, `1917`, `~`), and double
quotes with escapes for the rest. PyYAML's scalar analysis decides what is safe.
"""

from __future__ import annotations

import math
import re
from types import MappingProxyType

import yaml
from yaml.emitter import Emitter

WIDTH = 88
#: Lists of short labels read best on one line: `tags: [dates, lenin]`.
INLINE_LISTS = ("tags", "accept")
INLINE_LIST_LENGTH = 60

_STR_TAG = "tag:yaml.org,2002:str"
#: Text that is plain-safe at a glance: it starts with a letter or digit (no indicator),
#: holds no `:` or `#` (no `key: ` or ` #comment` look-alikes) and ends with no space.
_SIMPLE_PLAIN = re.compile(r"[^\W_][^:#\s]*(?:\s[^:#\s]+)*")
#: YAML 1.2 core schema values that are not text (1.1's resolver misses `1e5`, `0o17`).
_YAML12_NOT_TEXT = re.compile(
    r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|0o[0-7]+|0x[0-9a-fA-F]+"
    r"|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|~|null|Null|NULL"
)
_PLAIN_WORDS = re.compile(r"[^\W_][\w .'’()/-]*(?<! )")
_DOUBLE_QUOTED_ESCAPES = MappingProxyType({'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"})


class YamlWriter:
    """Writes one document; holds PyYAML's analyser and resolver, which carry no data."""

    def __init__(self, width: int = WIDTH) -> None:
        self.width = width
        self._analyser = Emitter(None, allow_unicode=True)
        self._resolver = yaml.resolver.Resolver()

    def mapping(self, data: dict, column: int = 0, first_prefix: str | None = None) -> list[str]:
        """The mapping's lines, keys at `column`; `first_prefix` replaces the first
        line's indentation (`  - ` for an item of a list)."""
        lines: list[str] = []
        for index, (key, value) in enumerate(data.items()):
            prefix = first_prefix if index == 0 and first_prefix is not None else " " * column
            head = f"{prefix}{key}:"
            if isinstance(value, dict):
                lines.append(head)
                lines += self.mapping(value, column + 2)
            elif isinstance(value, (list, tuple)):
                lines += self._list(head, key, list(value), column)
            else:
                lines.append(f"{head} {self.value(value, column + len(key) + 2, column + 2)}")
        return lines

    def _list(self, head: str, key: str, items: list, column: int) -> list[str]:
        if not items:
            return [f"{head} []"]
        if key in INLINE_LISTS and self._inline_safe(items):
            return [f"{head} [{', '.join(items)}]"]
        dash = " " * (column + 2) + "- "
        return [head] + [dash + self.value(item, column + 4, column + 4) for item in items]

    def _inline_safe(self, items: list) -> bool:
        """Short items any YAML reader takes as plain text inside `[...]`."""
        return sum(len(str(item)) + 2 for item in items) <= INLINE_LIST_LENGTH and all(
            isinstance(item, str) and _PLAIN_WORDS.fullmatch(item) and not self._other_type(item)
            for item in items
        )

    def value(self, value: object, start: int, block_indent: int) -> str:
        """`value` as it follows `key: `; `start` is the column it starts at, and
        `block_indent` the column of a block's lines."""
        if isinstance(value, bool):
            return "true" if value else "false"
        if value is None:
            return "null"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            return repr(value) if math.isfinite(value) else (".nan" if math.isnan(value) else ("-" if value < 0 else "") + ".inf")
        return self.text(str(value), start, block_indent)

    def text(self, text: str, start: int, block_indent: int) -> str:
        if self._other_type(text):
            return _single_quoted(text) if text.isprintable() else _double_quoted(text)
        foldable = " " in text and _foldable(text)
        if foldable and start + len(text) > self.width:
            return _folded(text, block_indent, self.width)
        if _SIMPLE_PLAIN.fullmatch(text) and text.isprintable():
            return text
        analysis = self._analyser.analyze_scalar(text)
        if analysis.allow_block_plain and not analysis.multiline:
            return text
        if foldable and start + len(text) + 2 > self.width:  # 2: the quotes
            return _folded(text, block_indent, self.width)
        if "\n" in text and _literal_safe(text):
            return "|-\n" + "\n".join(" " * block_indent + line if line else "" for line in text.split("\n"))
        if analysis.allow_single_quoted and not analysis.multiline:
            return _single_quoted(text)
        return _double_quoted(text)

    def _other_type(self, text: str) -> bool:
        """Whether a YAML 1.1 or 1.2 reader would take the plain text for a bool, number,
        date or null."""
        if _YAML12_NOT_TEXT.fullmatch(text):
            return True
        return self._resolver.resolve(yaml.ScalarNode, text, (True, False)) != _STR_TAG


def _foldable(text: str) -> bool:
    """Text a folded block gives back exactly: printable words separated by single spaces."""
    return text.isprintable() and " ".join(text.split()) == text


def _folded(text: str, indent: int, width: int) -> str:
    """A `>-` block broken at spaces into lines ending by `width` (a longer word has its own)."""
    room = max(width - indent, 20)
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        if current and len(current) + 1 + len(word) > room:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return ">-\n" + "\n".join(" " * indent + line for line in lines)


def _literal_safe(text: str) -> bool:
    lines = text.split("\n")
    return (
        all(line.isprintable() and line == line.rstrip() for line in lines)
        and not text.startswith((" ", "\n"))
        and not text.endswith("\n")
    )


def _single_quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _double_quoted(text: str) -> str:
    out = []
    for char in text:
        if char in _DOUBLE_QUOTED_ESCAPES:
            out.append(_DOUBLE_QUOTED_ESCAPES[char])
        elif char.isprintable() or char == " ":
            out.append(char)
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04x}")
        else:
            out.append(f"\\U{ord(char):08x}")
    return '"' + "".join(out) + '"'

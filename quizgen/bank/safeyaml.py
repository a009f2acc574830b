"""Parsing bank files into YAML nodes that keep their positions, refusing unsafe YAML.

Banks are read as a node tree (never constructed into Python objects by the YAML
library), so every message can name the line of the offending field, and nothing
in the file can make the loader run code or build objects. Aliases are refused
outright: a bank never needs them, and refusing them is what keeps an alias bomb
("billion laughs") from expanding, in time and memory linear in the file's size.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from quizgen.errors import BankError

try:  # libyaml is much faster, and its marks are the same as the pure-Python parser's
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_CORE = "tag:yaml.org,2002:"
#: The plain data tags of YAML's core schema; anything else (python/object, binary,
#: set, local `!tags`) is refused rather than interpreted.
SAFE_TAGS = frozenset(
    _CORE + name for name in ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")
)


class YamlError(BankError):
    """A bank file that cannot be read as well-formed, safe YAML; `line` and `column`
    are 1-based (0: unknown)."""

    def __init__(self, path: Path | str, detail: str, line: int = 0, column: int = 0) -> None:
        where = f"{path}:{line}:{column}" if column else f"{path}:{line}" if line else f"{path}"
        super().__init__(f"{where}: {detail}")
        self.path = str(path)
        self.detail = detail
        self.line = line
        self.column = column


def line_of(node: yaml.Node | None) -> int:
    """The 1-based line a node starts on; 0 for nodes built in memory."""
    mark = getattr(node, "start_mark", None)
    return mark.line + 1 if mark is not None else 0


def parse_yaml(text: str, path: Path | str) -> yaml.Node | None:
    """The file's single document as a node tree (None for an empty file).

    Raises YamlError: `FILE:LINE:COLUMN: message` for syntax errors, and
    `FILE:LINE: message` for unsafe tags and aliases.
    """
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, path, text) from None
    except yaml.YAMLError as exc:
        raise YamlError(path, f"YAML error: {exc}") from None
    if root is not None:
        refuse_unsafe(root, path, text)
    return root


def _syntax_error(exc: yaml.MarkedYAMLError, path: Path | str, text: str) -> YamlError:
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or exc.context or "invalid YAML"
    if problem == "found undefined alias":
        problem = "aliases (*name) are not allowed in a bank"
    context = ""
    if exc.context and exc.problem:
        started = exc.context_mark
        at = f" on line {started.line + 1}" if started is not None and started.line != getattr(mark, "line", -1) else ""
        context = f" ({exc.context}{at})"
    detail = f"YAML syntax error: {problem}{context}{_hint(problem, text, mark)}"
    if mark is None:
        return YamlError(path, detail)
    return YamlError(path, detail, mark.line + 1, mark.column + 1)


def _hint(problem: str, text: str, mark: object) -> str:
    """What usually causes the error, in an instructor's terms."""
    lines = text.splitlines()
    line = lines[mark.line] if mark is not None and mark.line < len(lines) else ""
    at = line[mark.column : mark.column + 1] if mark is not None else ""
    if at == "\t" or "\t" in line[: len(line) - len(line.lstrip())]:
        return ": indent with spaces, not tabs"
    if problem.startswith("found character") and at in ("@", "`"):
        return f": text starting with {at} must be quoted"
    if problem.startswith("mapping values are not allowed"):
        return ": text holding `: ` must be quoted, or written as a `>-` block"
    if problem.startswith(("did not find expected key", "did not find expected '-' indicator")):
        return ": check this line's indentation, and quotes that end before the text does"
    return ""


def refuse_unsafe(root: yaml.Node, path: Path | str, text: str = "") -> None:
    """Stop at the first alias or non-standard tag, before anything walks the tree.

    The composer resolves an alias to the very node its anchor named, so an alias is
    a node reached a second time. Walking stops there, which bounds the walk by the
    number of nodes written in the file, however deeply the aliases nest.
    """
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            raise YamlError(
                path,
                "aliases (*name) are not allowed in a bank; write the value out in full",
                _first_alias_line(text) or line_of(node),
            )
        seen.add(id(node))
        if node.tag not in SAFE_TAGS:
            raise YamlError(path, f"unsupported YAML tag {_shown_tag(node.tag)}", line_of(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in reversed(node.value):
                stack += [value, key]
        elif isinstance(node, yaml.SequenceNode):
            stack += reversed(node.value)


def _first_alias_line(text: str) -> int:
    """The line of the first `*alias`: the node it resolves to carries its anchor's line."""
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.AliasEvent):
            return event.start_mark.line + 1
    return 0


def _shown_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


class _TreeBuilder(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True  # shared objects in memory are not aliases in any file


_TreeBuilder.add_representer(tuple, yaml.SafeDumper.represent_list)


def data_to_node(data: object) -> yaml.Node:
    """A node tree without positions for data already in memory (dicts and lists)."""
    return _TreeBuilder(None).represent_data(data)  # type: ignore[arg-type]

"""The package's layering: data flows one way and nothing imports in a circle."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "quizgen"
GENERATOR_SIDE = ("quizgen.text", "quizgen.nlp", "quizgen.extract", "quizgen.generate")
STUDY_SIDE = ("quizgen.tui", "quizgen.study", "quizgen.export", "quizgen.bank")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def quizgen_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("quizgen"):
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("quizgen"))
    return found


def import_graph() -> dict[str, set[str]]:
    return {module_name(p): quizgen_imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_study_side_never_imports_the_generator():
    offenders = [
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        if module.startswith(STUDY_SIDE)
        for target in targets
        if target.startswith(GENERATOR_SIDE)
    ]
    assert offenders == []


def test_no_import_cycles_between_sub_packages():
    def package_of(module: str) -> str:
        return ".".join(module.split(".")[:2])

    edges: dict[str, set[str]] = {}
    for module, targets in import_graph().items():
        for target in targets:
            if package_of(target) != package_of(module):
                edges.setdefault(package_of(module), set()).add(package_of(target))

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in edges.get(start, ()):
            if nxt == goal or (nxt not in seen and reaches(nxt, goal, seen | {nxt})):
                return True
        return False

    cycles = sorted(p for p in edges if p != "quizgen.cli" and reaches(p, p, set()))
    assert cycles == []


def test_quiz_and_export_load_without_nltk():
    code = (
        "import sys, importlib\n"
        "for m in ('quizgen.tui.app', 'quizgen.study.store', 'quizgen.export.anki', 'quizgen.export.gift', 'quizgen.export.markdown', 'quizgen.bank.merge', 'quizgen.cli.quiz', 'quizgen.cli.export'):\n"
        "    importlib.import_module(m)\n"
        "loaded = [m for m in sys.modules if m == 'nltk' or m.startswith(('nltk.', 'quizgen.nlp', 'quizgen.generate'))]\n"
        "print(loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"

"""Fixtures for the Anki tests: a real, empty Anki collection and its importer."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest


def open_collection(folder: Path):
    from anki.collection import Collection

    return Collection(str(folder / "collection.anki2"))


@pytest.fixture
def anki_collection(tmp_path):
    col = open_collection(tmp_path)
    yield col
    col.close()


@pytest.fixture(scope="module")
def module_collection(tmp_path_factory):
    """One collection for a module's read-only checks, so Anki starts once."""
    col = open_collection(tmp_path_factory.mktemp("anki"))
    yield col
    col.close()


@pytest.fixture(scope="session")
def import_apkg():
    """Import a package as a student would, with Anki's default options."""
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    def run(col, path: Path):
        request = ImportAnkiPackageRequest(
            package_path=str(path), options=ImportAnkiPackageOptions()
        )
        return col.import_anki_package(request).log

    return run


@pytest.fixture(scope="session")
def visible_text():
    """What a student reads on a rendered card side: no stylesheet, no tags, entities decoded."""

    def text(rendered: str) -> str:
        rendered = re.sub(r"<style>.*?</style>", " ", rendered, flags=re.DOTALL)
        rendered = re.sub(r"<[^>]+>", " ", rendered)
        return " ".join(html.unescape(rendered).split())

    return text

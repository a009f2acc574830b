"""The note types are frozen: a changed id or field list would stop Anki updating notes."""

from __future__ import annotations

import re

import pytest

from quizgen.export.anki_models import NOTE_TYPES, genanki_model, stylesheet

COMMON = ["Explanation", "Source", "Essay", "Section", "Extra", "Question ID"]

# Written out by hand on purpose: editing a note type must fail this test.
FROZEN = {
    1_082_635_847: ("quizgen Cloze", True, ["Text", *COMMON], ["Cloze"]),
    1_610_260_471: (
        "quizgen Basic",
        False,
        ["Prompt", "Answer", "Accepted", "Type Answer", *COMMON],
        ["Card 1"],
    ),
    1_632_227_136: (
        "quizgen Multiple choice",
        False,
        ["Question", "Choices", "Answer", *COMMON],
        ["Card 1"],
    ),
    1_418_326_618: (
        "quizgen True/False",
        False,
        ["Statement", "Answer", "Correct Statement", *COMMON],
        ["Card 1"],
    ),
}


def test_note_type_ids_names_fields_and_templates_never_change():
    actual = {
        spec.model_id: (
            spec.name,
            spec.is_cloze,
            list(spec.fields),
            [t.name for t in spec.templates],
        )
        for spec in NOTE_TYPES
    }
    assert actual == FROZEN


@pytest.mark.parametrize("spec", NOTE_TYPES, ids=lambda s: s.name)
def test_templates_name_only_fields_of_their_note_type(spec):
    special = {"FrontSide"}
    for template in spec.templates:
        for side in (template.front, template.back):
            for ref in re.findall(r"\{\{([^}]+)\}\}", side):
                name = ref.lstrip("#^/").split(":")[-1]
                assert name in spec.fields or name in special, f"{spec.name}: {{{{{ref}}}}}"


@pytest.mark.parametrize("spec", NOTE_TYPES, ids=lambda s: s.name)
def test_no_template_needs_javascript(spec):
    for template in spec.templates:
        assert "<script" not in template.front + template.back


def test_stylesheet_ships_with_the_package_and_has_a_night_mode():
    css = stylesheet()
    assert ".nightMode" in css and ".night_mode" in css


def test_each_export_builds_fresh_genanki_models():
    spec = NOTE_TYPES[0]
    first, second = genanki_model(spec, ""), genanki_model(spec, "")
    assert first is not second and first.templates is not second.templates
    assert first.model_id == spec.model_id

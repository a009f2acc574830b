"""The Anki note types quizgen writes, frozen.

Anki matches an imported note type to the one already in a collection by its id and
its field and template lists. Changing any of them makes Anki create a second note
type and stop updating the student's notes, so these specs never change: new needs go
into the spare `Extra` field or into a new note type with a new id. The CSS and the
template markup may change (Anki takes the newer ones on import).
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

import genanki

#: Fields every note type ends with: what the back of every card shows, a spare
#: field for whatever a student or a later release wants to add, and the question's
#: stable id so a card can always be traced to its bank entry.
COMMON_FIELDS = ("Explanation", "Source", "Essay", "Section", "Extra", "Question ID")


@dataclass(frozen=True)
class Template:
    name: str
    front: str
    back: str


@dataclass(frozen=True)
class NoteTypeSpec:
    model_id: int
    name: str
    fields: tuple[str, ...]
    templates: tuple[Template, ...]
    is_cloze: bool = False
    sort_field: int = 0


# Shared by every back: the explanation, then where the question comes from.
_BACK_DETAILS = """
{{#Explanation}}<div class="qz-explanation">{{Explanation}}</div>{{/Explanation}}
{{#Extra}}<div class="qz-extra">{{Extra}}</div>{{/Extra}}
<div class="qz-source">
{{#Source}}<blockquote class="qz-sentence">{{Source}}</blockquote>{{/Source}}
<div class="qz-cite">{{Essay}}{{#Section}} &middot; {{Section}}{{/Section}}</div>
</div>"""

_ESSAY = '<div class="qz-essay">{{Essay}}</div>'

CLOZE = NoteTypeSpec(
    model_id=1_082_635_847,
    name="quizgen Cloze",
    fields=("Text", *COMMON_FIELDS),
    templates=(
        Template(
            name="Cloze",
            front=f'<div class="qz qz-cloze">\n{_ESSAY}\n'
            '<div class="qz-prompt">{{cloze:Text}}</div>\n</div>',
            back=f'<div class="qz qz-cloze">\n{_ESSAY}\n'
            '<div class="qz-prompt">{{cloze:Text}}</div>\n<hr id="answer">'
            f"{_BACK_DETAILS}\n</div>",
        ),
    ),
    is_cloze=True,
)

# `Type Answer` is a switch: any text in it turns the card into a type-in card.
BASIC = NoteTypeSpec(
    model_id=1_610_260_471,
    name="quizgen Basic",
    fields=("Prompt", "Answer", "Accepted", "Type Answer", *COMMON_FIELDS),
    templates=(
        Template(
            name="Card 1",
            front=f'<div class="qz qz-basic">\n{_ESSAY}\n'
            '<div class="qz-prompt">{{Prompt}}</div>\n'
            "{{#Type Answer}}{{type:Answer}}{{/Type Answer}}\n</div>",
            back=f'<div class="qz qz-basic">\n{_ESSAY}\n'
            '<div class="qz-prompt">{{Prompt}}</div>\n<hr id="answer">\n'
            "{{#Type Answer}}{{type:Answer}}{{/Type Answer}}\n"
            '{{^Type Answer}}<div class="qz-answer">{{Answer}}</div>{{/Type Answer}}\n'
            '{{#Accepted}}<div class="qz-accepted">Also accepted: {{Accepted}}</div>'
            "{{/Accepted}}"
            f"{_BACK_DETAILS}\n</div>",
        ),
    ),
)

# The Choices field holds an <ol> whose right option carries the class `qz-right`;
# only the back's stylesheet rule makes it visible, so no script is needed.
MULTIPLE_CHOICE = NoteTypeSpec(
    model_id=1_632_227_136,
    name="quizgen Multiple choice",
    fields=("Question", "Choices", "Answer", *COMMON_FIELDS),
    templates=(
        Template(
            name="Card 1",
            front=f'<div class="qz qz-mc">\n{_ESSAY}\n'
            '<div class="qz-prompt">{{Question}}</div>\n'
            '<div class="qz-choices">{{Choices}}</div>\n</div>',
            back=f'<div class="qz qz-mc qz-revealed">\n{_ESSAY}\n'
            '<div class="qz-prompt">{{Question}}</div>\n'
            '<div class="qz-choices">{{Choices}}</div>\n<hr id="answer">\n'
            '<div class="qz-answer">{{Answer}}</div>'
            f"{_BACK_DETAILS}\n</div>",
        ),
    ),
)

TRUE_FALSE = NoteTypeSpec(
    model_id=1_418_326_618,
    name="quizgen True/False",
    fields=("Statement", "Answer", "Correct Statement", *COMMON_FIELDS),
    templates=(
        Template(
            name="Card 1",
            front=f'<div class="qz qz-tf">\n{_ESSAY}\n'
            '<div class="qz-label">True or false?</div>\n'
            '<div class="qz-prompt">{{Statement}}</div>\n</div>',
            back=f'<div class="qz qz-tf">\n{_ESSAY}\n'
            '<div class="qz-label">True or false?</div>\n'
            '<div class="qz-prompt">{{Statement}}</div>\n<hr id="answer">\n'
            '<div class="qz-answer qz-verdict">{{Answer}}</div>\n'
            "{{#Correct Statement}}"
            '<div class="qz-correct-statement">{{Correct Statement}}</div>'
            "{{/Correct Statement}}"
            f"{_BACK_DETAILS}\n</div>",
        ),
    ),
)

NOTE_TYPES = (CLOZE, BASIC, MULTIPLE_CHOICE, TRUE_FALSE)


def stylesheet() -> str:
    return resources.files("quizgen.export").joinpath("anki.css").read_text(encoding="utf-8")


def genanki_model(spec: NoteTypeSpec, css: str) -> genanki.Model:
    """A fresh genanki model for `spec` (genanki mutates its models, so never share one)."""
    return genanki.Model(
        model_id=spec.model_id,
        name=spec.name,
        fields=[{"name": name} for name in spec.fields],
        templates=[{"name": t.name, "qfmt": t.front, "afmt": t.back} for t in spec.templates],
        css=css,
        model_type=genanki.Model.CLOZE if spec.is_cloze else genanki.Model.FRONT_BACK,
        sort_field_index=spec.sort_field,
    )

"""Banks to an Anki package (.apkg): a parent deck with one subdeck per bank.

Notes keep their identity across exports (GUID from the bank and question ids, deck
ids from the bank ids, frozen note types), and every package is stamped newer than
the last one written to the same path, so importing a new export over an old one
updates the student's notes and keeps their review history.
"""

from __future__ import annotations

import io
import itertools
import sqlite3
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import genanki

from quizgen.bank.model import Bank
from quizgen.errors import ExportError
from quizgen.export.anki_models import NOTE_TYPES, genanki_model, stylesheet
from quizgen.export.anki_notes import NoteContent, Unexportable, escape, note_for, stable_int
from quizgen.fileio import atomic_write_bytes

DEFAULT_PARENT_DECK = "quizgen"
DEFAULT_OUT = Path("quizgen.apkg")


@dataclass(frozen=True)
class SkippedQuestion:
    bank_id: str
    question_id: str
    reason: str

    def __str__(self) -> str:
        return f"{self.bank_id}: question {self.question_id or '(no id)'} {self.reason}"


@dataclass(frozen=True)
class PlannedDeck:
    deck_id: int
    name: str
    description: str
    notes: tuple[NoteContent, ...]

    def notes_by_type(self) -> Counter:
        return Counter(note.note_type.name for note in self.notes)


@dataclass(frozen=True)
class AnkiPlan:
    """What a package will hold: decks with their notes, and what had to be left out."""

    parent: PlannedDeck
    decks: tuple[PlannedDeck, ...]
    skipped: tuple[SkippedQuestion, ...] = ()

    @property
    def notes(self) -> int:
        return sum(len(deck.notes) for deck in self.decks)

    @property
    def cards(self) -> int:
        return sum(note.cards for deck in self.decks for note in deck.notes)

    def notes_by_type(self) -> Counter:
        return sum((deck.notes_by_type() for deck in self.decks), Counter())


@dataclass(frozen=True)
class AnkiExport:
    path: Path
    plan: AnkiPlan
    timestamp: float


def plan_anki_export(
    banks: Iterable[Bank], parent_deck: str = DEFAULT_PARENT_DECK, type_answers: bool = False
) -> AnkiPlan:
    """Turn banks into planned decks and notes; questions Anki could not show are skipped."""
    banks = list(banks)
    _check_unique_bank_ids(banks)
    parent = deck_name_path(parent_deck) or DEFAULT_PARENT_DECK
    titles = Counter(deck_title(bank) for bank in banks)
    seen_guids: set[str] = set()
    decks, skipped = [], []
    for bank in banks:
        notes = []
        for question in bank.questions:
            try:
                note = note_for(bank, question, type_answers)
            except Unexportable as why:
                skipped.append(SkippedQuestion(bank.id, question.id, str(why)))
                continue
            if note.guid in seen_guids:
                skipped.append(
                    SkippedQuestion(bank.id, question.id, "repeats an id used earlier in its bank")
                )
                continue
            seen_guids.add(note.guid)
            notes.append(note)
        title = deck_title(bank)
        if titles[title] > 1:
            title = f"{title} ({bank.id})"
        decks.append(
            PlannedDeck(
                deck_id=stable_int("deck", bank.id),
                name=f"{parent}::{title}",
                description=_deck_description(bank),
                notes=tuple(notes),
            )
        )
    parent_planned = PlannedDeck(stable_int("parent deck", parent), parent, "", ())
    return AnkiPlan(parent=parent_planned, decks=tuple(decks), skipped=tuple(skipped))


def write_anki_package(
    plan: AnkiPlan, out: Path | str, timestamp: float | None = None
) -> AnkiExport:
    """Write `plan` to `out` atomically, stamped newer than any package already there."""
    out = Path(out)
    check_output_path(out)
    if timestamp is None:
        timestamp = next_timestamp(out)
    package = _genanki_package(plan)
    atomic_write_bytes(out, _package_bytes(package, timestamp))
    return AnkiExport(path=out, plan=plan, timestamp=timestamp)


def export_anki(
    banks: Iterable[Bank],
    out: Path | str = DEFAULT_OUT,
    parent_deck: str = DEFAULT_PARENT_DECK,
    type_answers: bool = False,
    timestamp: float | None = None,
) -> AnkiExport:
    plan = plan_anki_export(banks, parent_deck, type_answers)
    require_notes(plan, Path(out))
    return write_anki_package(plan, out, timestamp)


def require_notes(plan: AnkiPlan, out: Path) -> None:
    """An empty package would import as nothing at all: say so instead of writing one."""
    if plan.notes == 0:
        raise ExportError(f"{out}: nothing to export: no question in the banks can become a card")


# ---- names and checks --------------------------------------------------------------


def deck_name_path(name: str) -> str:
    """A deck name as Anki stores it: levels joined by `::`, none empty or padded."""
    levels = (" ".join(level.split()) for level in name.split("::"))
    return "::".join(level for level in levels if level)


def deck_title(bank: Bank) -> str:
    # A `::` inside a title would nest the deck one level deeper than meant.
    title = " ".join(bank.title.replace("::", ":").split())
    return title or bank.id


def _deck_description(bank: Bank) -> str:
    parts = [escape(bank.title)]
    if bank.author:
        parts[0] += f" &middot; {escape(str(bank.author))}"
    if bank.description:
        parts.append(escape(bank.description))
    return "<br>".join(parts)


def _check_unique_bank_ids(banks: list[Bank]) -> None:
    repeated = sorted(bank_id for bank_id, n in Counter(b.id for b in banks).items() if n > 1)
    if repeated:
        raise ExportError(
            f"two banks share the id {repeated[0]!r}: give each bank its own `id:`"
            " (Anki tells decks and notes apart by it)"
        )


def check_output_path(out: Path) -> None:
    """Refuse an output path that cannot become a package, before any work is done."""
    if out.suffix.lower() != ".apkg":
        raise ExportError(f"{out}: an Anki package must end in .apkg")
    if out.is_dir():
        raise ExportError(f"{out}: is a folder; give a file name ending in .apkg")
    for folder in out.parents:
        if folder.exists():
            if not folder.is_dir():
                raise ExportError(f"{out}: cannot write: {folder} is a file, not a folder")
            break


def next_timestamp(out: Path) -> float:
    """Now, or one second after the package already at `out` if that is later.

    Anki updates an imported note only when the incoming one is newer (in whole
    seconds), so two exports within a second must still be ordered.
    """
    now = time.time()
    previous = _package_timestamp(out)
    return max(now, previous + 1) if previous is not None else now


def _package_timestamp(path: Path) -> float | None:
    if not path.is_file():
        return None
    try:
        with zipfile.ZipFile(path) as package, tempfile.TemporaryDirectory() as tmp:
            db_path = package.extract("collection.anki2", tmp)
            with closing(sqlite3.connect(db_path)) as db:
                (newest,) = db.execute("SELECT max(mod) FROM notes").fetchone()
    except (OSError, KeyError, zipfile.BadZipFile, sqlite3.Error):
        return None
    return float(newest) if newest is not None else None


# ---- writing -----------------------------------------------------------------------


def _genanki_package(plan: AnkiPlan) -> genanki.Package:
    css = stylesheet()
    models = {spec.model_id: genanki_model(spec, css) for spec in NOTE_TYPES}
    parent = genanki.Deck(plan.parent.deck_id, plan.parent.name, plan.parent.description)
    decks = [parent]
    for planned in plan.decks:
        deck = genanki.Deck(planned.deck_id, planned.name, planned.description)
        for note in planned.notes:
            deck.add_note(_genanki_note(note, models))
        decks.append(deck)
    return genanki.Package(decks)


def _genanki_note(note: NoteContent, models: dict[int, genanki.Model]) -> genanki.Note:
    return genanki.Note(
        model=models[note.note_type.model_id],
        fields=list(note.fields),
        tags=list(note.tags),
        guid=note.guid,
    )


def _package_bytes(package: genanki.Package, timestamp: float) -> bytes:
    # genanki's own write_to_file leaves its temporary database behind; this does
    # the same steps in a folder that is removed afterwards.
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "collection.anki2"
        with closing(sqlite3.connect(db_path)) as db:
            package.write_to_db(db.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            db.commit()
        database = db_path.read_bytes()
    # Entries dated by the export's timestamp, not the clock: the same banks and
    # timestamp give the same bytes.
    stamp = time.gmtime(timestamp)[:6]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in (("collection.anki2", database), ("media", b"{}")):
            archive.writestr(zipfile.ZipInfo(name, stamp), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()

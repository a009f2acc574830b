"""The SQLite progress store: a review log and each question's FSRS card.

Every answer is one transaction: the review row and the card's new schedule are
committed together, so quitting, closing the terminal or killing the process never
loses an answer. Questions are keyed by their stable bank id; rows for questions no
longer in any bank stay in the log. A file that is not a healthy quizgen database is
reported and left exactly as it is.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import platformdirs
from fsrs import Card, Rating, State

from quizgen.errors import StoreError

#: "QGZ1": marks the file as ours, so another program's SQLite file is never taken over.
APPLICATION_ID = 0x51475A31
SCHEMA_VERSION = 1
DB_FILENAME = "progress.sqlite3"

SCHEMA = """
CREATE TABLE cards (
    question_id TEXT PRIMARY KEY,
    bank_id TEXT NOT NULL,
    card_id INTEGER NOT NULL,
    state INTEGER NOT NULL,
    step INTEGER,
    stability REAL,
    difficulty REAL,
    due TEXT NOT NULL,
    last_review TEXT
);
CREATE INDEX cards_due ON cards (due);
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    mode TEXT NOT NULL,
    started_at TEXT NOT NULL,
    banks TEXT NOT NULL
);
CREATE TABLE reviews (
    id INTEGER PRIMARY KEY,
    question_id TEXT NOT NULL,
    bank_id TEXT NOT NULL,
    section TEXT NOT NULL,
    question_type TEXT NOT NULL,
    mode TEXT NOT NULL,
    session_id INTEGER REFERENCES sessions (id),
    reviewed_at TEXT NOT NULL,
    duration_ms INTEGER NOT NULL,
    correct INTEGER NOT NULL,
    rating INTEGER NOT NULL,
    response TEXT NOT NULL,
    due_after TEXT NOT NULL
);
CREATE INDEX reviews_question ON reviews (question_id);
CREATE INDEX reviews_time ON reviews (reviewed_at);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


def default_db_path() -> Path:
    return platformdirs.user_data_path("quizgen", appauthor=False) / DB_FILENAME


def to_db_time(moment: datetime) -> str:
    """One fixed ISO format in UTC, so stored times sort and compare as text."""
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def from_db_time(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(timezone.utc)


@dataclass(frozen=True)
class Answer:
    """One answer as the log keeps it."""

    question_id: str
    bank_id: str
    section: str
    question_type: str
    mode: str
    reviewed_at: datetime
    duration_ms: int
    correct: bool
    rating: Rating
    response: str = ""
    session_id: int | None = None


@dataclass(frozen=True)
class Tally:
    """Answers and right answers for one key (a bank, a section, a question)."""

    key: tuple[str, ...]
    answered: int
    correct: int

    @property
    def missed(self) -> int:
        return self.answered - self.correct


class ProgressStore:
    """An open progress database. Use `ProgressStore.open(path)`."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, path: Path | str | None = None) -> ProgressStore:
        path = Path(path) if path is not None else default_db_path()
        if path.is_dir():
            raise StoreError(f"{path}: is a folder, not a progress database")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(path, isolation_level=None, timeout=5)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError(f"{path}: cannot open the progress database: {exc}") from None
        try:
            _prepare(connection, path)
        except BaseException:
            connection.close()
            raise
        # Fail now rather than at the first answer: SQLite needs to write the file and,
        # for its journal, the folder.
        for place in (path, path.parent):
            if not os.access(place, os.W_OK):
                connection.close()
                raise StoreError(f"{path}: cannot save progress: {place} is read-only")
        return cls(connection, path)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ProgressStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------

    def start_session(self, mode: str, bank_ids: list[str], started_at: datetime) -> int:
        with self._transaction():
            cursor = self._db.execute(
                "INSERT INTO sessions (mode, started_at, banks) VALUES (?, ?, ?)",
                (mode, to_db_time(started_at), " ".join(sorted(bank_ids))),
            )
        return int(cursor.lastrowid)

    def record_answer(self, answer: Answer, card: Card) -> int:
        """Log `answer` and save the card's new schedule in one transaction; the row id."""
        with self._transaction():
            cursor = self._db.execute(
                "INSERT INTO reviews (question_id, bank_id, section, question_type, mode,"
                " session_id, reviewed_at, duration_ms, correct, rating, response, due_after)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    answer.question_id,
                    answer.bank_id,
                    answer.section,
                    answer.question_type,
                    answer.mode,
                    answer.session_id,
                    to_db_time(answer.reviewed_at),
                    answer.duration_ms,
                    int(answer.correct),
                    int(answer.rating),
                    answer.response,
                    to_db_time(card.due),
                ),
            )
            self._save_card(answer.question_id, answer.bank_id, card)
        return int(cursor.lastrowid)

    def amend_answer(
        self,
        review_id: int,
        question_id: str,
        bank_id: str,
        rating: Rating,
        correct: bool,
        card: Card,
    ) -> None:
        """Change the rating of a logged answer (the student overrode it) and its schedule."""
        with self._transaction():
            self._db.execute(
                "UPDATE reviews SET rating = ?, correct = ?, due_after = ? WHERE id = ?",
                (int(rating), int(correct), to_db_time(card.due), review_id),
            )
            self._save_card(question_id, bank_id, card)

    def set_setting(self, key: str, value: str) -> None:
        with self._transaction():
            self._db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def _save_card(self, question_id: str, bank_id: str, card: Card) -> None:
        self._db.execute(
            "INSERT INTO cards (question_id, bank_id, card_id, state, step, stability,"
            " difficulty, due, last_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (question_id) DO UPDATE SET bank_id = excluded.bank_id,"
            " card_id = excluded.card_id, state = excluded.state, step = excluded.step,"
            " stability = excluded.stability, difficulty = excluded.difficulty,"
            " due = excluded.due, last_review = excluded.last_review",
            (
                question_id,
                bank_id,
                card.card_id,
                int(card.state),
                card.step,
                card.stability,
                card.difficulty,
                to_db_time(card.due),
                to_db_time(card.last_review) if card.last_review else None,
            ),
        )

    def _transaction(self) -> _Transaction:
        return _Transaction(self._db, self.path)

    # -- reading -----------------------------------------------------------------

    def cards(self) -> dict[str, Card]:
        """Every question's card, by question id."""
        return {row[0]: _card(row[1:]) for row in self._read(f"SELECT {_CARD_COLUMNS} FROM cards")}

    def card(self, question_id: str) -> Card | None:
        rows = self._read(
            f"SELECT {_CARD_COLUMNS} FROM cards WHERE question_id = ?", (question_id,)
        )
        return _card(rows[0][1:]) if rows else None

    def first_reviews_since(self, since: datetime) -> int:
        """How many questions were answered for the first time at or after `since`."""
        rows = self._read(
            "SELECT count(*) FROM (SELECT question_id FROM reviews GROUP BY question_id"
            " HAVING min(reviewed_at) >= ?)",
            (to_db_time(since),),
        )
        return int(rows[0][0])

    def session_count(self) -> int:
        return int(self._read("SELECT count(*) FROM sessions")[0][0])

    def setting(self, key: str, default: str = "") -> str:
        rows = self._read("SELECT value FROM settings WHERE key = ?", (key,))
        return rows[0][0] if rows else default

    def review_count(self) -> int:
        return int(self._read("SELECT count(*) FROM reviews")[0][0])

    def tallies(self, *columns: str) -> list[Tally]:
        """Answers and right answers grouped by review-log `columns`, e.g. ("bank_id",)."""
        allowed = {"bank_id", "section", "question_id", "question_type", "mode"}
        if not columns or not set(columns) <= allowed:
            raise ValueError(f"cannot group by {columns}")
        keys = ", ".join(columns)
        rows = self._read(
            f"SELECT {keys}, count(*), sum(correct) FROM reviews GROUP BY {keys} ORDER BY {keys}"
        )
        width = len(columns)
        return [Tally(tuple(row[:width]), int(row[width]), int(row[width + 1])) for row in rows]

    def review_times_since(self, since: datetime) -> list[datetime]:
        rows = self._read(
            "SELECT reviewed_at FROM reviews WHERE reviewed_at >= ? ORDER BY reviewed_at",
            (to_db_time(since),),
        )
        return [from_db_time(row[0]) for row in rows]

    def reviews_of(self, question_id: str) -> list[tuple[datetime, int, bool]]:
        """(time, rating, correct) of every logged answer to one question, oldest first."""
        rows = self._read(
            "SELECT reviewed_at, rating, correct FROM reviews WHERE question_id = ? ORDER BY id",
            (question_id,),
        )
        return [(from_db_time(r[0]), int(r[1]), bool(r[2])) for r in rows]

    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot read progress: {exc}") from None


_CARD_COLUMNS = "question_id, card_id, state, step, stability, difficulty, due, last_review"


def _card(row: tuple) -> Card:
    card_id, state, step, stability, difficulty, due, last_review = row
    return Card(
        card_id=card_id,
        state=State(state),
        step=step,
        stability=stability,
        difficulty=difficulty,
        due=from_db_time(due),
        last_review=from_db_time(last_review) if last_review else None,
    )


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on error; SQLite errors become StoreError."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self._path = path

    def __enter__(self) -> None:
        try:
            self._db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"{self._path}: cannot save progress: {exc}") from None

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> bool:
        try:
            if exc_type is None:
                self._db.execute("COMMIT")
                return False
            self._db.execute("ROLLBACK")
        except sqlite3.Error as error:
            if self._db.in_transaction:
                self._db.execute("ROLLBACK")
            raise StoreError(f"{self._path}: cannot save progress: {error}") from None
        if isinstance(exc, sqlite3.Error):
            raise StoreError(f"{self._path}: cannot save progress: {exc}") from None
        return False


def _prepare(connection: sqlite3.Connection, path: Path) -> None:
    """Check the file is a healthy quizgen database (creating it if empty)."""
    leave_it = "it was left as it is; move it away or choose another file with --db"
    try:
        application_id = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        check = connection.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: not a readable progress database ({exc}); {leave_it}") from None
    if check != "ok":
        raise StoreError(f"{path}: the progress database is damaged ({check}); {leave_it}")
    if tables and application_id != APPLICATION_ID:
        raise StoreError(f"{path}: not a quizgen progress database; {leave_it}")
    if version > SCHEMA_VERSION:
        raise StoreError(f"{path}: written by a newer quizgen (schema {version}); {leave_it}")
    try:
        connection.execute("PRAGMA synchronous = FULL")
        connection.execute("PRAGMA foreign_keys = ON")
        if not tables:
            # One script, so the tables and the markers appear together or not at all.
            connection.executescript(
                f"BEGIN IMMEDIATE; {SCHEMA}"
                f" PRAGMA application_id = {APPLICATION_ID};"
                f" PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;"
            )
    except sqlite3.Error as exc:
        raise StoreError(f"{path}: cannot create the progress database: {exc}") from None

"""Screens other than answering: text shown as written, help, themes, stats, bank problems."""

from tui_helpers import Clock, screen_text

from quizgen.bank.io import load_bank
from quizgen.study.store import ProgressStore
from quizgen.tui.app import QuizApp
from quizgen.tui.screens.help import HelpScreen
from quizgen.tui.screens.stats import StatsScreen

SIZE = (80, 24)

MARKUP_BANK = r"""
id: markup
title: "[b]rackets [red]in[/red] a title"
questions:
- id: markup-1
  type: multiple_choice
  prompt: '[s]o long as the state exists, is [b]old[/b] text \[escaped]?'
  answer: "[link=https://example.org]a link[/link]"
  choices: ["[link=https://example.org]a link[/link]", "[i]not italic[/i]", "[", "[/]"]
  explanation: "[dim]shown as written[/dim]"
  source: {document: d, section: "[Section] one", sentence: "[s]o long as the state exists."}
"""


def markup_app(tmp_path) -> QuizApp:
    path = tmp_path / "markup.yaml"
    path.write_text(MARKUP_BANK, encoding="utf-8")
    store = ProgressStore.open(tmp_path / "p.sqlite3")
    return QuizApp([load_bank(path)], store, clock=Clock())


async def test_text_from_banks_appears_exactly_as_written(tmp_path):
    app = markup_app(tmp_path)
    async with app.run_test(size=(120, 30)) as pilot:
        assert "[b]rackets [red]in[/red] a title" in screen_text(app)
        await pilot.press("r")
        await pilot.pause()
        text = screen_text(app)
        assert r"[s]o long as the state exists, is [b]old[/b] text \[escaped]?" in text
        for choice in (
            "[link=https://example.org]a link[/link]",
            "[i]not italic[/i]",
            "  [\n",
            "[/]",
        ):
            assert choice.strip() in text
        await pilot.press("ctrl+r")
        await pilot.pause()
        text = screen_text(app)
        assert "Answer: [link=https://example.org]a link[/link]" in text
        assert "Why: [dim]shown as written[/dim]" in text
        assert "“[s]o long as the state exists.”" in text
        assert "— [b]rackets [red]in[/red] a title, [Section] one" in text
        await pilot.press("1", "escape")
        await pilot.pause()
        assert r"is [b]old[/b] text \[escaped]?" in screen_text(app)  # results: mistakes
        await pilot.press("s")
        await pilot.pause()
        text = screen_text(app)
        assert "[b]rackets [red]in[/red] a title" in text  # stats: accuracy per bank
        assert "[Section] one" in text  # stats: accuracy per section
    app.store.close()


async def test_help_lists_the_keys_and_closes(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "Keys" in text and "rate Again, Hard, Good, Easy" in text
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, HelpScreen)
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("f1")  # help from inside a session, too
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_the_footer_shows_the_main_keys(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        footer = screen_text(app).splitlines()[-1]
        for key in ("Review", "Quiz", "Stats", "Quit", "Help"):
            assert key in footer
        await pilot.press("r")
        await pilot.pause()
        assert "Reveal" in screen_text(app).splitlines()[-1]


async def test_the_theme_switches_and_is_remembered(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "textual-dark"
        await pilot.press("ctrl+t")
        assert app.theme == "textual-light"
    again = make_app()
    async with again.run_test(size=SIZE):
        assert again.theme == "textual-light"


async def test_stats_after_some_answers(make_app, bank_path):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("s")
        await pilot.pause()
        assert "No answers yet" in screen_text(app)
        await pilot.press("escape", "r")
        await pilot.pause()
        await pilot.press("ctrl+r", "1")  # missed the first question
        await pilot.pause()
        await pilot.press("t", "enter")  # the second right
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("s")
        await pilot.pause()
        assert isinstance(app.screen, StatsScreen)
        text = screen_text(app)
        assert "2 answers in these banks" in text
        assert "Due in the next 7 days" in text and "today" in text
        assert "The State and Revolution" in text and "50%" in text
        app.screen.query_one("#stats").scroll_end(animate=False)
        await pilot.pause()
        text = screen_text(app)
        assert "Missed most often" in text and "Which city was the capital in 1917?" in text


async def test_banks_that_failed_to_load_are_listed_on_the_home_screen(bank_path, db_path):
    store = ProgressStore.open(db_path)
    problem = "decks/broken.yaml:3:1: YAML syntax error: could not find expected ':'"
    app = QuizApp([load_bank(bank_path)], store, problems=[problem], clock=Clock())
    async with app.run_test(size=SIZE):
        text = screen_text(app)
        assert "Skipped" in text and problem in text
    store.close()


async def test_selecting_banks_before_a_review(tmp_path, bank_path, db_path):
    other = tmp_path / "decks" / "other.yaml"
    other.write_text(
        "id: other\ntitle: Other essay\nquestions:\n"
        "- {id: other-1, type: true_false, prompt: Other statement, answer: 'false'}\n",
        encoding="utf-8",
    )
    store = ProgressStore.open(db_path)
    app = QuizApp([load_bank(bank_path), load_bank(other)], store, clock=Clock())
    async with app.run_test(size=SIZE) as pilot:
        assert "2 of 2 banks selected" in screen_text(app)
        await pilot.press("a")  # none
        assert "No bank selected" in screen_text(app)
        await pilot.press("down", "space")
        assert "1 of 2 banks selected" in screen_text(app)
        await pilot.press("r")
        await pilot.pause()
        assert [item.id for item in app.screen.session.queue] == ["other-1"]
        await pilot.press("f", "enter")  # the last answer leads to the results
        await pilot.pause()
        assert "Score: 1 / 1 (100%)" in screen_text(app)
    store.close()


REPEATING_BANK = """
id: repeat
title: Repeating essay
questions:
- id: repeat-1
  type: cloze
  prompt: The Kronstadt sailors rose in {{c1::1921}}.
  answer: '1921'
  explanation: The Kronstadt sailors rose in 1921.
  source: {document: d, sentence: The Kronstadt sailors rose in 1921.}
"""


async def test_the_sentence_is_shown_once_and_cloze_mistakes_show_the_blank(tmp_path):
    path = tmp_path / "repeat.yaml"
    path.write_text(REPEATING_BANK, encoding="utf-8")
    store = ProgressStore.open(tmp_path / "p.sqlite3")
    app = QuizApp([load_bank(path)], store, clock=Clock())
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("r")
        await pilot.pause()
        await pilot.press("1", "9", "1", "8", "enter")
        await pilot.pause()
        text = screen_text(app)
        assert "✗ Wrong" in text and "Answer: 1921" in text
        assert text.count("The Kronstadt sailors rose in") == 2  # the prompt, the source
        assert "Why:" not in text
        await pilot.press("escape")
        await pilot.pause()
        text = screen_text(app)
        assert "The Kronstadt sailors rose in [...]." in text and "{{c1::" not in text
    store.close()

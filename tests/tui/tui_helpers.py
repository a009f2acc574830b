"""Helpers shared by the quiz app tests: a test bank, a settable clock, the screen as text."""

from datetime import datetime, timedelta, timezone

BANK_YAML = """\
id: state
title: The State and Revolution
questions:
- id: state-mc-1
  type: multiple_choice
  prompt: Which city was the capital in 1917?
  answer: Petrograd
  choices: [Petrograd, Moscow, Kiev, Minsk]
  explanation: The government sat in Petrograd until March 1918.
  source: {document: state, section: Capitals, sentence: The government sat in Petrograd.}
- id: state-tf-1
  type: true_false
  prompt: "[s]o long as the state exists there is no freedom."
  answer: "true"
  explanation: Lenin wrote it in 1917.
  source: {document: state, section: Freedom, sentence: "[s]o long as the state exists there is no freedom."}
- id: state-wh-1
  type: wh
  prompt: Who wrote The State and Revolution?
  answer: Vladimir Lenin
  accept: [Lenin]
  explanation: Written in hiding in 1917.
  source: {document: state, section: Authors, sentence: Lenin wrote it in hiding.}
- id: state-cloze-1
  type: cloze
  prompt: The sailors of {{c1::Kronstadt::a naval base}} rose in 1921.
  answer: Kronstadt
  source: {document: state, section: Rebellion, sentence: The sailors of Kronstadt rose in 1921.}
- id: state-term-1
  type: term
  prompt: "[b]old term: the rule of the working class."
  answer: dictatorship of the proletariat
  source: {document: state, section: Terms, sentence: The rule of the working class.}
- id: state-order-1
  type: order
  prompt: Put these in order.
  answer: February, October, Kronstadt
  choices: [February revolution, October revolution, Kronstadt rising]
  source: {document: state, section: Events, sentence: Events.}
- id: state-rejected
  type: wh
  prompt: A rejected question
  answer: nothing
  status: rejected
"""


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def screen_text(app) -> str:
    """What the terminal shows, as plain text lines."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


class Timer:
    """Seconds that pass only when a test says so, so answer times are exact."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __call__(self) -> float:
        return self.seconds

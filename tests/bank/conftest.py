"""Fixtures for the bank tests."""

from __future__ import annotations

import pytest
from bank_samples import make_bank

from quizgen.bank.model import Bank


@pytest.fixture
def bank() -> Bank:
    return make_bank()

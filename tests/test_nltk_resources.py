"""The NLTK data check: a missing package that cannot be downloaded is one clear error."""

import nltk
import pytest

from quizgen.errors import NltkDataError
from quizgen.nltk_resources import ensure_nltk_data


def test_missing_package_without_network_names_it_and_nltk_data(tmp_path, monkeypatch):
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    monkeypatch.setenv("NLTK_DATA", str(tmp_path))

    def offline(package, *args, **kwargs):
        raise OSError("network is unreachable")

    monkeypatch.setattr(nltk, "download", offline)
    with pytest.raises(NltkDataError) as caught:
        ensure_nltk_data("wordnet")
    message = str(caught.value)
    assert "wordnet" in message and "NLTK_DATA" in message
    assert "\n" not in message


def test_a_download_that_reports_failure_is_an_error_too(tmp_path, monkeypatch):
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])
    monkeypatch.setattr(nltk, "download", lambda *args, **kwargs: False)
    with pytest.raises(NltkDataError, match="punkt_tab"):
        ensure_nltk_data("punkt_tab")


def test_installed_packages_pass(monkeypatch):
    called = []
    monkeypatch.setattr(nltk, "download", lambda *args, **kwargs: called.append(args) or False)
    ensure_nltk_data("punkt_tab", "words", "wordnet")
    assert called == []

"""Finding the NLTK data packages, downloading what is missing, failing in one line."""

from __future__ import annotations

import contextlib
import io

from quizgen.errors import NltkDataError

#: NLTK package name -> the resource path nltk.data.find() looks for.
RESOURCES = {
    "punkt_tab": "tokenizers/punkt_tab/english/",
    "averaged_perceptron_tagger_eng": "taggers/averaged_perceptron_tagger_eng/",
    "wordnet": "corpora/wordnet",
    "stopwords": "corpora/stopwords",
    "words": "corpora/words",
}


def ensure_nltk_data(*packages: str) -> None:
    """Make sure each named NLTK package is installed, downloading it if need be.

    Raises NltkDataError naming the package and NLTK_DATA when it can be neither
    found nor downloaded (no network, say).
    """
    import nltk

    for package in packages or tuple(RESOURCES):
        if _installed(nltk, package):
            continue
        if _download(nltk, package) and _installed(nltk, package):
            continue
        raise NltkDataError(
            f"NLTK data package '{package}' is missing and could not be downloaded: "
            f"install it with python -m nltk.downloader {package}, or point NLTK_DATA "
            "at a folder that holds it"
        )


def _installed(nltk, package: str) -> bool:
    try:
        nltk.data.find(RESOURCES[package])
    except LookupError:
        return False
    return True


def _download(nltk, package: str) -> bool:
    # nltk.download prints progress and errors itself; the user gets our one line instead.
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        try:
            return bool(nltk.download(package, quiet=True, raise_on_error=False))
        except Exception:
            return False

"""Page references and inline citations kept out of sentence text.

"... the state.” (336)", "(343-4)", "(Smith 2002)", "(Rabinowitch 2007 )",
"(Revolution in Danger, p. 102.)", "Murphy (2007) has argued" all lose the
bracket; the sentence reads on without it. A bracket that holds words of the
essay ("(the dictatorship of the proletariat)", "(1) ... (2)") stays.
"""

from __future__ import annotations

import re

from quizgen.text.document import Repair

_NAME = r"(?:[A-Z][A-Za-z'’\-]+|[A-Z]\.)(?:\s+(?:[A-Z][A-Za-z'’\-]+|[A-Z]\.|de|van|von|la|le))*"
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-z]?"
_PAGES = r"(?:pp?\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?"
# (336) (343-4) (p. 68) (pp. 129-130): pages after a quotation.
PAGE_REF = re.compile(r"\(\s*(?:pp?\.\s*\d{1,4}|\d{2,3})(?:\s*[-–]\s*\d{1,4})?\s*\)")
_QUOTED_PAGE_REF = re.compile(r"(?<=[”\"’])\s*\(\s*\d{1,3}(?:\s*[-–]\s*\d{1,4})?\s*\)")
# (Smith 2002) (Farber 1990 ) (Mandel 1984; Smith 2002) (Smith 2002, p. 4) (Smith et al. 2002)
AUTHOR_YEAR = re.compile(
    rf"\(\s*{_NAME}(?:\s+et\s+al\.?)?,?\s+{_YEAR}(?:\s*[,:]\s*{_PAGES})?"
    rf"(?:\s*;\s*{_NAME}(?:\s+et\s+al\.?)?,?\s+{_YEAR}(?:\s*[,:]\s*{_PAGES})?)*\s*\)"
)
# "(2004)" after a quotation, after a name ("Murphy (2007) has argued") or before a full stop.
YEAR_ONLY = re.compile(rf"\(\s*{_YEAR}(?:\s*[,:]\s*{_PAGES})?\s*\)")
# A bracket that is a reference: "p. 102", "Volume 26", "Collected Works", "op. cit.", a publisher...
_REFERENCE_WORDS = re.compile(
    r"\b(?:pp?\.\s*[\dxivl]|vol(?:ume)?\.?\s+[\dIVX]|collected works|op\.\s*cit|ibid|"
    r"eds?\.|trans\.|quoted in|emphasis in (?:the )?original)",
    re.IGNORECASE,
)
_PUBLISHING = re.compile(r"\b(?:Press|Publishers?|Books|Editions)\b")
_BRACKET = re.compile(r"\((?:[^()]|\([^()]*\))*\)")
_PUBLISHER = re.compile(r"\([^()]*:\s*[^()]*,\s*(?:1[5-9]\d\d|20\d\d)\)")


def remove_citations(text: str, repairs: list[Repair]) -> str:
    text = _remove(text, AUTHOR_YEAR, "citation", repairs)
    text = _remove(text, _QUOTED_PAGE_REF, "page_ref", repairs)
    text = _remove(text, PAGE_REF, "page_ref", repairs)
    text = _remove_years(text, repairs)
    text = _remove_reference_brackets(text, repairs)
    return text


def _remove(text: str, pattern: re.Pattern, kind: str, repairs: list[Repair]) -> str:
    def drop(match: re.Match) -> str:
        repairs.append(Repair(kind, match.group(0).strip(), ""))
        return _gap(text, match)

    return pattern.sub(drop, text)


def _gap(text: str, match: re.Match) -> str:
    """What replaces a removed bracket: a full stop when the bracket ended a sentence with none."""
    before = text[: match.start()].rstrip()
    after = text[match.end():]
    next_word = re.match(r"\s+([A-Z][a-z]+)", after)
    if before and before[-1] in "”\"’" and before[-2:-1] not in ".?!" and next_word and not after.startswith(" I "):
        return ". "  # '... at the same time” (341) It, Lenin ...': the quotation ended the sentence
    if before and before[-1].isalnum() and next_word and match.group(0).startswith("(") and _ends_clause(before):
        return ". "
    return " "


def _ends_clause(before: str) -> bool:
    # '... in the first place (Rabinowitch 2004) Rabinowitch explains': a citation closes a sentence
    # whose full stop was lost. Only after a plain lower-case word, never inside a title.
    return bool(re.search(r"\b[a-z]{3,}$", before))


def _remove_years(text: str, repairs: list[Repair]) -> str:
    def drop(match: re.Match) -> str:
        before = text[: match.start()].rstrip()
        after = text[match.end():].lstrip()
        after_quote = before[-1:] in ("”", '"', "’")
        after_name = re.search(r"\b[A-Z][a-z]+$", before) is not None
        sentence_end = after[:1] in (".", ";", "") or after[:1] == ","
        if after_quote or after_name or sentence_end:
            repairs.append(Repair("citation", match.group(0), ""))
            return _gap(text, match)
        return match.group(0)

    return YEAR_ONLY.sub(drop, text)


def _remove_reference_brackets(text: str, repairs: list[Repair]) -> str:
    def drop(match: re.Match) -> str:
        inner = match.group(0)
        if _REFERENCE_WORDS.search(inner) or _PUBLISHING.search(inner) or _PUBLISHER.fullmatch(inner):
            repairs.append(Repair("citation", inner, ""))
            return _gap(text, match)
        return inner

    return _BRACKET.sub(drop, text)


def is_citation_block(text: str) -> bool:
    """A paragraph that is only a reference: "(Revolution in Danger, p. 127)", "Lenin, V. (1905) ..."."""
    stripped = text.strip()
    if not stripped:
        return False
    if stripped.startswith("(") and stripped.rstrip(".").endswith(")"):
        inner = stripped.rstrip(".")
        cited = _REFERENCE_WORDS.search(inner) or _PUBLISHING.search(inner) or AUTHOR_YEAR.fullmatch(inner)
        return bool(cited or re.search(rf"\b{_YEAR}\b", inner)) and _looks_referential(inner)
    if re.match(r"^[-–—―]\s?[A-Z]", stripped):
        return True  # an attribution line under a quotation: "-Lenin speaking at ..."
    return is_reference_entry(stripped)


def _looks_referential(inner: str) -> bool:
    # "(According to Israel Getzler, in his book, Kronstadt 1917-1921, 80% of the sailors ...)" is prose.
    words = re.findall(r"[a-z]+", inner)
    verbs_like = [w for w in words if w in {"had", "was", "were", "is", "are", "has", "have", "did", "do", "does"}]
    return not verbs_like or bool(_REFERENCE_WORDS.search(inner) or _PUBLISHING.search(inner))


_ENTRY = re.compile(
    rf"^(?:{_NAME}),\s*(?:[A-Z][a-z]*\.?\s*)+(?:\(|\[|,|\d)|^{_NAME},\s+[A-Z]\.(?:\s*[A-Z]\.)*\s*(?:\(|\d|,)"
)


def is_reference_entry(text: str) -> bool:
    """A bibliography entry: "Aves, J. (1989) ...", "Lenin, Vladimir Ilich (Summer) [1905], ..."."""
    return bool(_ENTRY.match(text.strip())) and re.search(rf"\b{_YEAR}\b", text) is not None

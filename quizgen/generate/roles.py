"""What an essay's own sentences say about the sort of thing a name is.

A name's sort shows in how the essay writes it: a rank before it ("General Denikin"), a
relative's noun beside it ("his son, Vlady"), the words that cite a scholar ("according to
Pirani", "Rigby argues", "Mandel's study"). And a name belongs to a time: the years the
essay writes beside it. An option of another sort or another time gives itself away.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

#: Ranks an essay writes before a commander's or a ruler's name.
RANKS = frozenset(
    """general admiral baron colonel captain commander marshal lieutenant tsar czar king queen
    prince princess emperor empress lord duke ataman""".split()
)
#: Nouns that name someone by who they are to another person.
KIN = frozenset(
    """son sons daughter daughters wife husband widow widower brother sister mother father
    child children nephew niece cousin uncle aunt grandson granddaughter companion partner""".split()
)
#: Nouns by which an essay introduces a scholar or a writer it draws on.
SCHOLARS = frozenset(
    """historian historians scholar scholars researcher researchers biographer biographers
    economist economists sociologist sociologists academic academics""".split()
)
#: What a scholar's name owns: their work, read as the essay's source.
SCHOLARLY_WORKS = frozenset(
    """study studies research account accounts analysis history histories findings book books
    biography survey work""".split()
)
#: A scholar's voice: the present tense (or present perfect) of reporting.
CITING_VERBS = frozenset(
    """argues states notes suggests shows contends claims maintains observes points explains
    concludes estimates finds found documents demonstrates accepts overstates dates describes
    emphasises emphasizes stresses insists""".split()
)
_CITING_FRAMES = ("according to", "documented by", "as shown by", "historians like", "historians such as")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
#: Share of a name's mentions that cite it, above which the essay uses it as a source.
SCHOLAR_SHARE = 0.5
#: Years between two names' times beyond which they belong to different periods.
ERA_GAP = 10


@dataclass
class NameRoles:
    """The sort and time of each name, read from the essay's sentences when first asked."""

    sentences: list[str]
    _roles: dict[str, str] = field(default_factory=dict, repr=False)
    _eras: dict[str, float | None] = field(default_factory=dict, repr=False)
    _years: dict[str, frozenset[int]] = field(default_factory=dict, repr=False)

    def role(self, name: str) -> str:
        """'rank', 'kin', 'scholar' or '' (a plain actor in the story)."""
        if name not in self._roles:
            self._roles[name] = _role(name, self._mentions(name))
        return self._roles[name]

    def years(self, text: str) -> frozenset[int]:
        if text not in self._years:
            self._years[text] = frozenset(
                int(y) for s in self._sentences_naming(text) for y in _YEAR.findall(s)
            )
        return self._years[text]

    def era(self, text: str) -> float | None:
        if text not in self._eras:
            years = [int(y) for s in self._sentences_naming(text) for y in _YEAR.findall(s)]
            self._eras[text] = statistics.median(years) if years else None
        return self._eras[text]

    def same_era(self, a: str, b: str) -> bool:
        ea, eb = self.era(a), self.era(b)
        return ea is None or eb is None or abs(ea - eb) <= ERA_GAP

    def _sentences_naming(self, text: str) -> list[str]:
        pattern = _name_pattern(text)
        # A plain substring test first: the pattern only runs where the name can be.
        return [s for s in self.sentences if text in s and pattern.search(s)]

    def _mentions(self, name: str) -> list[tuple[str, str]]:
        """Each mention's words before and after, lower-cased."""
        bare = _bare(name)
        pattern = _name_pattern(bare)
        return [
            (s[: m.start()].lower().replace("’", "'"), s[m.end():].lower().replace("’", "'"))
            for s in self.sentences if bare in s for m in pattern.finditer(s)
        ]


def _name_pattern(text: str) -> re.Pattern:
    return re.compile(rf"(?<![\w-]){re.escape(text)}(?![\w-])")


def _bare(name: str) -> str:
    """The name without a rank before it: 'General Denikin' is found as 'Denikin' too."""
    words = name.split()
    return " ".join(words[1:]) if len(words) > 1 and words[0].lower().rstrip(".") in RANKS else name


def _role(name: str, mentions: list[tuple[str, str]]) -> str:
    if name.split()[0].lower() in RANKS or any(_ranked(before) for before, _ in mentions):
        return "rank"
    if any(_kin(before, after) for before, after in mentions):
        return "kin"
    cited = sum(1 for before, after in mentions if cites(before, after))
    return "scholar" if mentions and cited / len(mentions) >= SCHOLAR_SHARE else ""


def _last_words(text: str, n: int) -> list[str]:
    return re.findall(r"[a-z']+", text)[-n:]


def _first_words(text: str, n: int) -> list[str]:
    return re.findall(r"[a-z']+|[,(]", text)[:n]


def _ranked(before: str) -> bool:
    return _last_words(before, 1) in ([r] for r in RANKS)


def _kin(before: str, after: str) -> bool:
    """'his son, Vlady', 'Trotsky's widow Natalia', 'Vlady, his son'."""
    if any(w in KIN for w in _last_words(before, 2)):
        return True
    head = _first_words(after, 3)
    return head[:1] == [","] and any(w in KIN for w in head[1:])


def cites(before: str, after: str) -> bool:
    """The mention draws on the name as a source rather than telling what it did."""
    tail = " ".join(_last_words(before, 3))
    if any(tail.endswith(frame) for frame in _CITING_FRAMES) or any(w in SCHOLARS for w in _last_words(before, 2)):
        return True
    head = _first_words(after, 3)
    if head[:1] == ["'s"] or head[:1] == ["'"]:
        return any(w in SCHOLARLY_WORKS for w in head[1:])
    if head[:1] == ["has"] or head[:1] == ["have"]:
        head = head[1:]
    return bool(head) and (head[0] in CITING_VERBS or head[0] in {"explained", "argued", "shown", "noted", "pointed"})

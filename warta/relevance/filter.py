"""The relevance filter: word n-gram lookups against gazetteer and vocabulary sets."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from warta.config import HOME_STATE

GAZETTEER_DIR = Path(__file__).resolve().parents[1] / "data"
TERMS_FILE = Path(__file__).resolve().parent / "data" / "diplomatic_terms.tsv"
MAX_WORDS = 5  # longest name looked up, in words ("Organisasi Perserikatan Bangsa-Bangsa")
# Organizations that name no international actor: wire services appear in domestic news.
NOT_FOREIGN_KINDS = frozenset({"news_agency", "media"})
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Signals:
    """What the filter found in one article."""

    foreign: frozenset[str]  # foreign states, international orgs, foreign cities (keys)
    foreign_mentions: int
    terms: int  # diplomatic vocabulary mentions

    @property
    def relevant(self) -> bool:
        # A foreign actor in a diplomatic context, or several foreign actors, or one
        # mentioned again and again: recall first, so any of these is enough.
        if not self.foreign:
            return False
        return self.terms >= 1 or len(self.foreign) >= 2 or self.foreign_mentions >= 3


class RelevanceFilter:
    """Names keyed by their words: case-folded for names written any case, as written
    for those that only count in their own case ("AS" is the USA, "as" is not)."""

    def __init__(
        self, names_any_case: dict[str, str], names_exact: dict[str, str], terms: set[str]
    ) -> None:
        self.names_any_case = names_any_case
        self.names_exact = names_exact
        self.terms = terms
        # Most words start no name and no term: one set lookup skips them.
        self.first_any = {k.split(" ", 1)[0] for k in [*names_any_case, *terms]}
        self.first_exact = {k.split(" ", 1)[0] for k in names_exact}

    def signals(self, text: str, title: str | None = None) -> Signals:
        words = _WORD.findall(f"{title}\n{text}" if title else text)
        folded = [w.casefold() for w in words]
        foreign: set[str] = set()
        mentions = terms = 0
        i = 0
        while i < len(words):
            if folded[i] not in self.first_any and words[i] not in self.first_exact:
                i += 1
                continue
            matched = 0
            for size in range(min(MAX_WORDS, len(words) - i), 0, -1):
                exact = " ".join(words[i : i + size])
                key = self.names_exact.get(exact)
                if key is None and words[i][0].isupper():  # names are capitalized
                    key = self.names_any_case.get(" ".join(folded[i : i + size]))
                if key is not None:
                    if key != HOME_STATE:
                        foreign.add(key)
                        mentions += 1
                    matched = size
                    break
                if " ".join(folded[i : i + size]) in self.terms:
                    terms += 1
                    matched = size
                    break
            i += matched or 1
        return Signals(frozenset(foreign), mentions, terms)

    def __call__(self, text: str, title: str | None = None) -> bool:
        return self.signals(text, title).relevant


@lru_cache(maxsize=1)
def default_filter() -> RelevanceFilter:
    any_case: dict[str, str] = {}
    exact: dict[str, str] = {}

    def add(name: str, key: str, case: str = "any") -> None:
        words = _WORD.findall(name)
        if not words or len(words) > MAX_WORDS:
            return
        if case == "exact":
            exact.setdefault(" ".join(words), key)
        else:
            any_case.setdefault(" ".join(w.casefold() for w in words), key)

    for row in _rows(GAZETTEER_DIR / "states.tsv"):
        for name in (row["name_id"], row["name_en"]):
            add(name, row["iso3"])
    for row in _rows(GAZETTEER_DIR / "state_aliases.tsv"):
        add(row["alias"], row["iso3"], row["case"])
    for row in _rows(GAZETTEER_DIR / "organizations.tsv"):
        home = row["country"] == HOME_STATE or row["kind"] in NOT_FOREIGN_KINDS
        key = HOME_STATE if home else f"org:{row['canonical']}"
        for name in [row["canonical"], *filter(None, row["aliases"].split("|"))]:
            # acronyms (all capitals) only count as written: "WHO" the agency, "who" not
            add(name, key, "exact" if name.isupper() else "any")
    for row in _rows(GAZETTEER_DIR / "cities.tsv"):
        key = HOME_STATE if row["country"] == HOME_STATE else f"city:{row['name']}"
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            add(name, key)
    terms = {
        " ".join(w.casefold() for w in _WORD.findall(row["term"])) for row in _rows(TERMS_FILE)
    }
    return RelevanceFilter(any_case, exact, terms)


def is_relevant(text: str, title: str | None = None) -> bool:
    """Whether the article concerns international relations (see Signals.relevant)."""
    return default_filter()(text, title)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))

"""People as Indonesian news introduces them: title (+ state) + name, and appositions.

Patterns handled (all driven by data/titles.tsv):
  "Menteri Luar Negeri Rusia Sergei Lavrov"      title, state word, name
  "Menlu RI Retno Marsudi", "Wakil Presiden M. Hatta"
  "Dubes China untuk Indonesia Xie Feng"         the state after "untuk" is the host, not his
  "Direktur Jenderal Kerja Sama ASEAN, Sidharto R. Suryodipuro"   title + field, comma, name
  "Igor Morgulov, Wakil Menteri Luar Negeri ..."  name, comma, title (post-apposition)
  "Menlu Rusia"                                   role alone + state: a mention to resolve later
  "Menteri Hukum dan HAM Yasonna Laoly"           title, field words (data/office_words.txt), name
  "Juru Bicara Kemlu Lalu Muhamad Iqbal"          title, body, name (the body gives the state)
  "Komandan Jenderal Kopassus Mayjen TNI Iwan Setiawan"   a rank between the office and the name
  "Presiden Chile, Gabriel Boric"                 title, state, comma, name
  "Menteri Perdagangan (Mendag) Budi Santoso"     an abbreviation in brackets (also after a state)
  "Gubernur Jawa Barat Ridwan Kamil"              a regional title's region
  "mantan Presiden ...", "MENTERI Agama ...", "Juru bicara ..."   former offices; case
Names the NER finds that no title introduces, and the offices written around them, are
added in named.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warta.actors.data import Title, office_words, titles
from warta.actors.name_tokens import INITIAL, name_before, take_name, tokens, without_nickname
from warta.actors.office_fields import (
    name_after_field,
    office_field,
    past_state,
    region_field,
    skip_abbreviation,
    skip_ranks,
    vessel_words,
)
from warta.actors.types import Mention

__all__ = [
    "INITIAL",
    "RawPersonMention",
    "former",
    "find_person_mentions",
    "find_portfolio_spans",
    "title_pattern",
]


@dataclass
class RawPersonMention:
    """One place where a person is introduced or referred to by title and/or name."""

    start: int
    end: int
    text: str
    title: Title | None
    role: str | None
    name: str | None  # None for a role alone ("Menlu Rusia")
    country: str | None  # from a state word in the title phrase
    name_start: int = 0
    # False for a mention that may only refer to someone the article introduces elsewhere
    # (a headline's, or a lone word the NER calls a name)
    introduces: bool = True


# "mantan Presiden", "bekas PM": an office held before (corpus/train e009, f017, j027, l002,
# l005, p001)
FORMER = re.compile(r"(?<![\w])(mantan|bekas|eks)\s+$", re.IGNORECASE)


def former(text: str, title_start: int, role: str | None) -> str | None:
    """The role as a former office when the text says so: "mantan Presiden"."""
    m = FORMER.search(text[max(0, title_start - 8) : title_start])
    return f"{m.group(1).lower()} {role}" if m and role else role


@lru_cache(maxsize=1)
def title_pattern() -> tuple[re.Pattern[str], dict[str, Title]]:
    """Titles as written: the first word as in titles.tsv or in capitals (an article's
    opening word, "MENTERI Agama ...": corpus/train c001, j029), the later words in any case
    ("Juru bicara", "Duta besar", "Menteri luar negeri": d014, d018, l023, p022, o019)."""
    by_surface: dict[str, Title] = {}
    for title in titles():  # longest first
        first, _, rest = title.surface.partition(" ")
        for lead in dict.fromkeys((first, first.upper())):
            by_surface.setdefault(f"{lead} {rest}" if rest else lead, title)
    alternation = "|".join(_surface_pattern(s) for s in by_surface)
    pattern = re.compile(rf"(?<![\w])(?:{alternation})(?![\w])")
    return pattern, _CaseInsensitiveRest(by_surface)


def _surface_pattern(surface: str) -> str:
    first, _, rest = surface.partition(" ")
    return re.escape(first) + (rf" (?i:{re.escape(rest)})" if rest else "")


class _CaseInsensitiveRest(dict[str, Title]):
    """Looks a matched title up by its surface, whatever the case of its later words."""

    def __init__(self, by_surface: dict[str, Title]) -> None:
        super().__init__(by_surface)
        self._folded = {_fold(s): t for s, t in reversed(by_surface.items())}

    def __missing__(self, surface: str) -> Title:
        return self._folded[_fold(surface)]


def _fold(surface: str) -> str:
    first, _, rest = surface.partition(" ")
    return f"{first} {rest.lower()}" if rest else first


def find_person_mentions(
    text: str, states: list[Mention], orgs: list[Mention]
) -> list[RawPersonMention]:
    """Titled mentions of people, in text order."""
    pattern, by_surface = title_pattern()
    state_at = {m.start: m for m in states}
    blocked = {m.start for m in states} | {m.start for m in orgs}
    for m in orgs:  # no word inside an organization's name starts a person's name
        blocked.update(t.start() + m.start for t in re.finditer(r"\S+", m.text))
    title_matches = list(pattern.finditer(text))
    blocked |= {m.start() for m in title_matches}
    blocked |= vessel_words(text)
    org_at = {m.start: m for m in orgs}
    out: list[RawPersonMention] = []
    for match in title_matches:
        title = by_surface[match.group(0)]
        toks = tokens(text, match.end())
        i = skip_abbreviation(toks, 0)  # "Menteri Perdagangan (Mendag) Budi Santoso"
        country, role_end = None, match.end()
        role = title.role
        region_end = region_field(toks, i) if title.regional else i
        if region_end > i:  # "Gubernur Jawa Barat ...", "Bupati Belu, Vicente ..."
            role = f"{title.role} {text[toks[i][0] : toks[region_end - 1][1]]}"
            role_end, i = toks[region_end - 1][1], region_end
            if i + 1 < len(toks) and toks[i][2] == ",":
                i += 1
        i = _past_formal_name(toks, i, state_at)  # "Duta Besar Republik Argentina ..."
        # a state word right after the title is the person's state ("Menlu Rusia ...")
        if i < len(toks) and toks[i][0] in state_at and not title.portfolio:
            state = state_at[toks[i][0]]
            country, role_end = state.key, state.end
            i = past_state(toks, i, state, state_at, org_at, blocked)
        if i and toks[i - 1][2].endswith(".") and len(toks[i - 1][2]) > 3:
            toks = toks[:i]  # "Menlu Brasil. Keduanya ...": the sentence ends at the state
        # a portfolio's field may be office words too ("Dirjen Pengelolaan Pembiayaan ...")
        field_words_follow = i < len(toks) and toks[i][2] in office_words()
        if not title.is_honorific and (not title.portfolio or field_words_follow):
            field = office_field(text, toks, i, state_at, org_at)
            if field is not None:
                i, field_text, field_country = field
                role = f"{title.role} {field_text}"
                country = country or field_country
                role_end = toks[i - 1][1] if i else role_end
        i = skip_ranks(toks, i, pattern, by_surface, after_rank=title.is_rank)
        start, end, _ = take_name(text, toks, i, blocked)
        if start < 0 and not title.is_honorific:
            found = name_after_field(text, toks, i, blocked, state_at, orgs)
            if found is not None:
                start, end, field_text, field_country = found
                role = f"{title.role} {field_text}".strip() if field_text else title.role
                country = country or field_country
        lead = _subordinate_lead(text, match.start())
        if lead and role:  # "Juru Bicara Presiden ...": the president's spokesman
            role = f"{lead} {role}"
        if start >= 0:
            out.append(
                RawPersonMention(
                    match.start(), end, text[match.start() : end], title,
                    former(text, match.start(), role), without_nickname(text[start:end]),
                    country, start,
                )
            )  # fmt: skip
            continue
        if title.is_honorific:
            continue
        post = name_before(text, match.start(), blocked)
        if post is not None:
            p_start, p_end = post
            out.append(
                RawPersonMention(
                    p_start, p_end, text[p_start:p_end], title,
                    former(text, match.start(), title.role), text[p_start:p_end], country, p_start,
                )
            )  # fmt: skip
        elif country is not None:
            span_end = role_end
            out.append(
                RawPersonMention(
                    match.start(), span_end, text[match.start() : span_end], title,
                    former(text, match.start(), title.role), None, country,
                )
            )  # fmt: skip
    return _drop_nested(out)


# Words of a state's formal name between a title and the state: "Duta Besar Republik
# Argentina", "Presiden Republik Federasi Brasil", "Perdana Menteri Republik Demokratik Rakyat
# Laos", "Duta Besar Kerajaan Belanda" (corpus/train j003, e026, i014, i017): the role is the
# office, the state its country.
FORMAL_NAME_WORDS = frozenset(
    {"Republik", "Kerajaan", "Federasi", "Demokratik", "Rakyat", "Sosialis", "Islam",
     "Persatuan", "Kesultanan", "Keamiran", "Konfederasi", "Federal", "Serikat"}
)  # fmt: skip


def _past_formal_name(
    toks: list[tuple[int, int, str]], i: int, state_at: dict[int, Mention]
) -> int:
    """The index of the state after a formal name's words, else i."""
    j = i
    while j < len(toks) and toks[j][2] in FORMAL_NAME_WORDS and toks[j][0] not in state_at:
        j += 1
    return j if j > i and j < len(toks) and toks[j][0] in state_at else i


# An office that serves a head of state or a minister, written before his title: "Juru Bicara
# Presiden", "Sekretaris Militer Presiden", "Staf Khusus Menteri Agama", "Asisten Menlu AS"
# (corpus/train l011 (3), g010, j002, l021, c001, p022, l013). The person holds the serving
# office, not the head's.
SUBORDINATE_LEAD = re.compile(
    r"(?<![\w])((?:Juru [Bb]icara|Jurubicara|Jubir|Sekretaris(?: Militer| Pribadi)?|Staf Khusus"
    r"|Staf Ahli|Asisten|Penasihat|Penasehat|Ajudan|Kepala Biro Protokol)) $"
)


def _subordinate_lead(text: str, title_start: int) -> str | None:
    m = SUBORDINATE_LEAD.search(text[max(0, title_start - 40) : title_start])
    return m.group(1) if m else None


def _drop_nested(mentions: list[RawPersonMention]) -> list[RawPersonMention]:
    """A name found twice (via its pre- and post-apposition) keeps the better-ranked role."""
    by_span: dict[tuple[int, int], RawPersonMention] = {}
    for m in mentions:
        key = (m.name_start, m.name_start + len(m.name)) if m.name else (m.start, m.end)
        best = by_span.get(key)
        if best is None:
            by_span[key] = m
            continue
        if m.title and best.title and m.title.rank > best.title.rank:
            m.country = best.country or m.country
            m.start, m.end, m.text = best.start, best.end, best.text
            by_span[key] = m
        else:
            best.country = best.country or m.country
    return sorted(by_span.values(), key=lambda m: m.start)


def find_portfolio_spans(text: str) -> list[tuple[int, int]]:
    """'Dirjen Amerika dan Eropa': the field words after a portfolio title."""
    pattern, by_surface = title_pattern()
    spans = []
    for match in pattern.finditer(text):
        if not by_surface[match.group(0)].portfolio:
            continue
        end = match.end()
        for _start, e, tok in tokens(text, match.end(), limit=8):
            if not (tok[:1].isupper() or tok == "dan"):
                break
            end = e
        spans.append((match.end(), end))
    return spans

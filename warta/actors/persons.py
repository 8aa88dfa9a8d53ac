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
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from warta.actors.data import (
    Title,
    home_cities,
    name_stopwords,
    office_words,
    titles,
    vessel_prefixes,
)
from warta.actors.types import Mention

TOKEN = re.compile(r"[^\s,;:()\"“”‘’'!?]+|[,;:()\"“”‘’'!?]")
# Latin letters with diacritics count too: "Talip Küçükcan", "Mevlüt Çavuşoğlu".
UPPER = "A-Z\u00c0-\u00de\u0100-\u017f"
LOWER = "a-z\u00df-\u00ff\u0100-\u017f"
LETTER = f"{UPPER}{LOWER}'’\\-"
NAME_TOKEN = re.compile(
    rf"^(?:[{UPPER}][{LETTER}]*[{LOWER}][{LETTER}]*|[A-Z]{{1,2}}\.?|[A-Z][a-z]?\.)$"
)
INITIAL = re.compile(r"^[A-Z]\.?$")
NAME_PARTICLES = frozenset(
    {"bin", "binti", "ibn", "van", "der", "den", "de", "da", "das", "do", "dos", "del", "della",
     "al", "el", "von", "la", "le", "ter", "ten"}
)  # fmt: skip
# Words that may follow a rank before the name: "Mayjen TNI Iwan Setiawan", "Irjen Pol."
RANK_SUFFIXES = frozenset({"TNI", "Polri", "Pol", "Pol.", "(Purn)", "(Purn.)", "Purn", "Purn."})
MAX_NAME_TOKENS = 5


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


@lru_cache(maxsize=1)
def _title_pattern() -> tuple[re.Pattern[str], dict[str, Title]]:
    by_surface = {t.surface: t for t in titles()}
    alternation = "|".join(re.escape(s) for s in by_surface)  # already longest first
    return re.compile(rf"(?<![\w])(?:{alternation})(?![\w])"), by_surface


def _tokens(text: str, pos: int, limit: int = 24) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in TOKEN.finditer(text, pos):
        if out and "\n" in text[out[-1][1] : m.start()]:
            break  # a name or a title's field never runs on across a line break
        out.append((m.start(), m.end(), m.group(0)))
        if len(out) >= limit or m.group(0) in ".\n":
            break
    return out


def _is_name_token(tok: str, blocked: set[int], start: int) -> bool:
    bare = tok.rstrip(".") if not INITIAL.match(tok) else tok
    if start in blocked or not bare:
        return False
    return bool(NAME_TOKEN.match(tok) or NAME_TOKEN.match(bare)) and bare not in name_stopwords()


def _take_name(
    text: str, toks: list[tuple[int, int, str]], i: int, blocked: set[int]
) -> tuple[int, int, int]:
    """Consume a run of name tokens from toks[i]; returns (start, end, next index)."""
    start = end = -1
    j = i
    while j < len(toks) and j - i < MAX_NAME_TOKENS:
        s, e, tok = toks[j]
        if tok.lower() in NAME_PARTICLES and tok[:1].islower() and start >= 0:
            k = j  # "von der Leyen", "dos Santos": particles, then a name word
            while k < len(toks) and toks[k][2].lower() in NAME_PARTICLES:
                k += 1
            if k < len(toks) and _is_name_token(toks[k][2], blocked, toks[k][0]):
                j = k
                continue
        if not _is_name_token(tok, blocked, s):
            break
        if start < 0:
            start = s
        sentence_end = tok.endswith(".") and not INITIAL.match(tok) and len(tok) > 3
        end = e - 1 if sentence_end else e
        j += 1
        if sentence_end:
            break
    # A name never ends in an initial ("Sidharto R." is cut text, "R." alone is not a name).
    while start >= 0 and INITIAL.match(text[start:end].split()[-1]):
        parts = text[start:end].rsplit(None, 1)
        if len(parts) == 1:
            return -1, -1, i
        end = start + len(parts[0])
    return start, end, j


def find_person_mentions(
    text: str, states: list[Mention], orgs: list[Mention]
) -> list[RawPersonMention]:
    """Titled mentions of people, in text order."""
    pattern, by_surface = _title_pattern()
    state_at = {m.start: m for m in states}
    blocked = {m.start for m in states} | {m.start for m in orgs}
    for m in orgs:  # no word inside an organization's name starts a person's name
        blocked.update(t.start() + m.start for t in re.finditer(r"\S+", m.text))
    title_starts = {m.start() for m in pattern.finditer(text)}
    blocked |= title_starts
    blocked |= _vessel_words(text)
    org_at = {m.start: m for m in orgs}
    out: list[RawPersonMention] = []
    for match in pattern.finditer(text):
        title = by_surface[match.group(0)]
        toks = _tokens(text, match.end())
        i, country = 0, None
        # a state word right after the title is the person's state ("Menlu Rusia ...")
        if toks and toks[0][0] in state_at and not title.portfolio:
            state = state_at[toks[0][0]]
            country = state.key
            while i < len(toks) and toks[i][0] < state.end:
                i += 1
            # "Dubes China untuk Indonesia": the host state is not the person's
            # "Dubes RI untuk PBB": a body as the post is the host too
            host_at = {**org_at, **state_at}
            if i + 1 < len(toks) and toks[i][2] == "untuk" and toks[i + 1][0] in host_at:
                host = host_at[toks[i + 1][0]]
                i += 1
                while i < len(toks) and toks[i][0] < host.end:
                    i += 1
        role = title.role
        role_end = state_at[toks[0][0]].end if country is not None else match.end()
        if i and toks[i - 1][2].endswith(".") and len(toks[i - 1][2]) > 3:
            toks = toks[:i]  # "Menlu Brasil. Keduanya ...": the sentence ends at the state
        # a portfolio's field may be office words too ("Dirjen Pengelolaan Pembiayaan ...")
        field_words_follow = i < len(toks) and toks[i][2] in office_words()
        if not title.is_honorific and (not title.portfolio or field_words_follow):
            field = _office_field(text, toks, i, state_at, org_at)
            if field is not None:
                i, field_text, field_country = field
                role = f"{title.role} {field_text}"
                country = country or field_country
                role_end = toks[i - 1][1] if i else role_end
        i = _skip_ranks(toks, i, pattern, by_surface)
        start, end, _ = _take_name(text, toks, i, blocked)
        if start < 0 and not title.is_honorific:
            found = _name_after_field(text, toks, i, blocked, state_at, orgs)
            if found is not None:
                start, end, field_text, field_country = found
                role = f"{title.role} {field_text}".strip() if field_text else title.role
                country = country or field_country
        if start >= 0:
            out.append(
                RawPersonMention(
                    match.start(), end, text[match.start() : end], title, role,
                    text[start:end], country, start,
                )
            )  # fmt: skip
            continue
        if title.is_honorific:
            continue
        post = _name_before(text, match.start(), blocked)
        if post is not None:
            p_start, p_end = post
            out.append(
                RawPersonMention(
                    p_start, p_end, text[p_start:p_end], title, title.role,
                    text[p_start:p_end], country, p_start,
                )
            )  # fmt: skip
        elif country is not None:
            span_end = role_end
            out.append(
                RawPersonMention(
                    match.start(), span_end, text[match.start() : span_end], title,
                    title.role, None, country,
                )
            )  # fmt: skip
    return _drop_nested(out)


def _office_field(
    text: str,
    toks: list[tuple[int, int, str]],
    i: int,
    state_at: dict[int, Mention],
    org_at: dict[int, Mention],
) -> tuple[int, str, str | None] | None:
    """'Menteri Ekonomi, Perdagangan, dan Industri Jepang Ken Saito', 'Juru Bicara Kemlu ...'.

    Field words, bodies, an acronym in brackets and a state after a title belong to the role.
    Returns the index of the first token after the field, the role's field text (without the
    state) and the state the field names, or None when no field follows the title.
    """
    words = office_words()

    def is_field(k: int) -> bool:
        return k < len(toks) and (toks[k][2] in words or toks[k][0] in org_at)

    j, country, pieces, seen_field = i, None, [], False
    while j < len(toks):
        start, end, tok = toks[j]
        if start in org_at:
            org = org_at[start]
            pieces.append(org.text)
            country = country or (org.countries[0] if org.countries else None)
            while j < len(toks) and toks[j][0] < org.end:
                j += 1
            seen_field = True
        elif tok in words:
            pieces.append(tok)
            j += 1
            seen_field = True
        elif tok in home_cities() and j == i:  # "Wali Kota Semarang ...": the office's seat
            pieces.append(tok)
            country = country or home_cities()[tok]
            j += 1
            seen_field = True
        elif _joins_fields(toks, j, i, seen_field, is_field):
            pieces.append(tok)
            j += 1
        elif tok == "(" and seen_field and j + 2 < len(toks) and toks[j + 2][2] == ")":
            pieces.append(f"({toks[j + 1][2]})")
            j += 3
        elif start in state_at and seen_field:
            state = state_at[start]
            country = country or state.key
            while j < len(toks) and toks[j][0] < state.end:
                j += 1
            if j + 1 < len(toks) and toks[j][2] == "untuk" and toks[j + 1][0] in state_at:
                host = state_at[toks[j + 1][0]]  # "Dubes ... untuk Indonesia": the host
                while j < len(toks) and toks[j][0] < host.end:
                    j += 1
        else:
            break
    if not seen_field:
        return None
    if j < len(toks) and toks[j][2] == ",":  # "..., Bendito dos Santos Freitas, ..."
        j += 1
    field = " ".join(pieces).replace(" ,", ",")
    return j, field, country


def _joins_fields(
    toks: list[tuple[int, int, str]],
    j: int,
    i: int,
    seen_field: bool,
    is_field: Callable[[int], bool],
) -> bool:
    """'Ekonomi, Perdagangan, dan Industri'; 'Menteri Luar Negeri dan Kerja Sama' (j == i)."""
    tok = toks[j][2]
    if tok == "dan" and j == i:
        return is_field(j + 1)
    return tok in ("dan", ",") and seen_field and (is_field(j + 1) or _is_and(toks, j + 1))


def _is_and(toks: list[tuple[int, int, str]], k: int) -> bool:
    """', dan Industri': the comma before a coordinated field word."""
    return k + 1 < len(toks) and toks[k][2] == "dan" and toks[k + 1][2] in office_words()


def _skip_ranks(
    toks: list[tuple[int, int, str]], i: int, pattern: re.Pattern[str], by_surface: dict[str, Title]
) -> int:
    """'Mayjen TNI Iwan Setiawan': a rank (and its service) stands before the name."""
    j = i
    while j < len(toks):
        rest = " ".join(t[2] for t in toks[j : j + 3])
        m = pattern.match(rest)
        if m and by_surface[m.group(0)].is_rank:
            width = len(m.group(0).split())
            j += width
        elif toks[j][2] in RANK_SUFFIXES and j > i:
            j += 1
        else:
            break
    return j


def _vessel_words(text: str) -> set[int]:
    """Start offsets of the words of a ship's name ("KRI Bung Tomo"): not a person."""
    out: set[int] = set()
    prefixes = vessel_prefixes()
    for m in re.finditer(r"\S+", text):
        if m.group(0) not in prefixes:
            continue
        for w in re.finditer(r"\S+", text[m.end() : m.end() + 60]):
            if not w.group(0)[:1].isupper():
                break
            out.add(m.end() + w.start())
    return out


def _name_after_field(
    text: str,
    toks: list[tuple[int, int, str]],
    i: int,
    blocked: set[int],
    state_at: dict[int, Mention],
    orgs: list[Mention],
) -> tuple[int, int, str, str | None] | None:
    """'Direktur Jenderal Kerja Sama ASEAN, Sidharto R. Suryodipuro': field, comma, name."""
    j = i
    while j < len(toks) and j - i < 8:
        tok = toks[j][2]
        if tok == ",":
            break
        if not (tok[:1].isupper() or tok == "dan"):
            return None
        j += 1
    if j == i or j >= len(toks) or toks[j][2] != ",":
        return None
    field_start, field_end = toks[i][0], toks[j - 1][1]
    start, end, after = _take_name(text, toks, j + 1, blocked)
    if start < 0 or len(text[start:end].split()) < 2:
        return None
    # the name must end where the clause goes on: punctuation or a lower-case word
    if after < len(toks) and toks[after][2][:1].isupper():
        return None
    country = None
    for s in sorted(state_at):
        if field_start <= s < field_end:
            country = state_at[s].key
            break
    if country is None:
        for org in orgs:
            if field_start <= org.start < field_end and org.countries:
                country = org.countries[0]
                break
    return start, end, text[field_start:field_end], country


POST_APPOSITION = re.compile(
    rf"((?:[{UPPER}][\w'’\-]*\.?|[A-Z]\.)(?:\s+(?:[{UPPER}][\w'’\-]*\.?|bin|binti|van|de|al)){{1,4}})"
    r"\s*,\s*$"
)


def _name_before(text: str, title_start: int, blocked: set[int]) -> tuple[int, int] | None:
    """'Igor Morgulov, Wakil Menteri ...': the name just before a comma before the title."""
    m = POST_APPOSITION.search(text[max(0, title_start - 80) : title_start])
    if not m:
        return None
    offset = max(0, title_start - 80)
    start, end = offset + m.start(1), offset + m.end(1)
    words = [(w.start() + start, w.group(0)) for w in re.finditer(r"\S+", text[start:end])]
    # drop leading words that are not part of a name ("Rusia, Igor" -> keep only the name)
    while words and not _is_name_token(words[0][1], blocked, words[0][0]):
        words.pop(0)
    if len(words) < 2 or any(not _is_name_token(w, blocked, s) for s, w in words):
        return None
    return words[0][0], end


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
    pattern, by_surface = _title_pattern()
    spans = []
    for match in pattern.finditer(text):
        if not by_surface[match.group(0)].portfolio:
            continue
        end = match.end()
        for _start, e, tok in _tokens(text, match.end(), limit=8):
            if not (tok[:1].isupper() or tok == "dan"):
                break
            end = e
        spans.append((match.end(), end))
    return spans

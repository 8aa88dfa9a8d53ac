"""People as Indonesian news introduces them: title (+ state) + name, and appositions.

Patterns handled (all driven by data/titles.tsv):
  "Menteri Luar Negeri Rusia Sergei Lavrov"      title, state word, name
  "Menlu RI Retno Marsudi", "Wakil Presiden M. Hatta"
  "Dubes China untuk Indonesia Xie Feng"         the state after "untuk" is the host, not his
  "Direktur Jenderal Kerja Sama ASEAN, Sidharto R. Suryodipuro"   title + field, comma, name
  "Igor Morgulov, Wakil Menteri Luar Negeri ..."  name, comma, title (post-apposition)
  "Menlu Rusia"                                   role alone + state: a mention to resolve later
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warta.actors.data import Title, name_stopwords, titles
from warta.actors.types import Mention

TOKEN = re.compile(r"[^\s,;:()\"“”‘’'!?]+|[,;:()\"“”‘’'!?]")
NAME_TOKEN = re.compile(r"^(?:[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*|[A-Z]{1,2}\.?|[A-Z][a-z]?\.)$")
INITIAL = re.compile(r"^[A-Z]\.?$")
NAME_PARTICLES = frozenset({"bin", "binti", "van", "der", "de", "da", "al", "el", "von"})
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
    out = []
    for m in TOKEN.finditer(text, pos):
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
        if tok.lower() in NAME_PARTICLES and start >= 0 and j + 1 < len(toks):
            nxt = toks[j + 1]
            if _is_name_token(nxt[2], blocked, nxt[0]):
                j += 1
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
            if i + 1 < len(toks) and toks[i][2] == "untuk" and toks[i + 1][0] in state_at:
                host = state_at[toks[i + 1][0]]
                i += 1
                while i < len(toks) and toks[i][0] < host.end:
                    i += 1
        role = title.role
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
            span_end = state_at[toks[0][0]].end
            out.append(
                RawPersonMention(
                    match.start(), span_end, text[match.start() : span_end], title,
                    title.role, None, country,
                )
            )  # fmt: skip
    return _drop_nested(out)


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
    r"((?:[A-Z][\w'’\-]*\.?|[A-Z]\.)(?:\s+(?:[A-Z][\w'’\-]*\.?|bin|binti|van|de|al)){1,4})\s*,\s*$"
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

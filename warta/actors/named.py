"""People the NER names whom no title right before them introduces, and people introduced
only by an honorific or a rank: their office, when the text gives one nearby, comes from
actors/appositions.py ("Thanat Khoman selaku Menlu Thailand", "Kapolda Metro Jaya Irjen Pol
Karyoto"); "Muhammad Farhan (27) yang masih disandera" has none.

The NER's span is trimmed to the name ("Menag Wibowo Prasetyo" -> "Wibowo Prasetyo").
A name in a photo credit ("Foto: Nama/Outlet") or alone on a line (a byline) is nobody of
the story; a span with a word that never belongs to a name ("Thales Group", "Blok Ambalat")
is not a name. Without an office, the NER's word alone is taken for someone new only with
a sign of a person about it ("Maharudin (48)", "kata Gunawan", "Rustian mengatakan"), and a
name made only of dictionary words ("Fakir Miskin", "Mutiara Hitam") not at all: either
may still refer to someone the article introduces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Doc

from warta.actors.appositions import (
    Office,
    bracketed_state,
    descriptor_before,
    office_after,
    office_before,
    office_before_rank,
)
from warta.actors.common_words import is_common_word
from warta.actors.data import (
    Title,
    domestic_body_words,
    name_stopwords,
    office_words,
    organizations,
)
from warta.actors.name_tokens import INITIAL, MAX_NAME_TOKENS, NAME_PARTICLES, TOKEN, is_name_token
from warta.actors.office_fields import RANK_SUFFIXES
from warta.actors.persons import RawPersonMention, title_pattern
from warta.actors.types import Mention

# "di Port Moresby", "ke Khartoum": a place (corpus/train n019, g002, g003, c025)
PLACE_BEFORE = re.compile(r"(?<![\w])(?:di|ke)\s+$")
# "Satinah binti Jumadi Ahmad": the NER's name may start after "bin"/"binti" (g026, d009)
PARENT_LINK = re.compile(r"(?:[A-Z][a-z'’\-]+\s+)+(?:bin|binti)\s+$")
NAME_WORD = re.compile(r"[A-Z][a-z'’\-]+|[A-Z]\.")
# "(Foto: Nama/Outlet)", "ANTARA FOTO/Nama", "Dok. Nama": who took or gave a picture
CREDIT_BEFORE = re.compile(r"(?:\b(?:[Ff]oto|FOTO|[Pp]hoto|[Dd]ok\.?|[Ss]umber)\s*:?|/)\s*$")
# signs that a lone word names a person (corpus/train a025 "Maharudin (48)", f005 "bernama
# Gunawan", j015 "Rustian mengatakan", g022, k025, o021)
PERSON_BEFORE = re.compile(
    r"\b(?:bernama|atas nama|yakni|adalah|[Pp]ak|[Bb]u|Ibu|Bapak|kata|ujar|oleh|[Mm]enurut)\s+$"
)
PERSON_AFTER = re.compile(
    r"^(?:\s*\(\d{1,3}\)|,?\s+(?:mengatakan|menyatakan|ujar|kata|katanya|menegaskan|"
    r"menjelaskan|menuturkan|menyampaikan|mengungkapkan|menambahkan|berkata|menyebut(?:kan)?|"
    r"mengakui|meminta|menilai)\b)"
)


@dataclass(frozen=True)
class NameSpan:
    start: int
    end: int
    from_org: bool = False  # an ORG span of the NER that reads like a name


def person_names(
    text: str, doc: Doc | None, blocked: list[Mention], name_like: list[Mention]
) -> list[NameSpan]:
    """The NER's PERSON spans, and its ORG spans that read like a name (a person's when an
    office stands next to them), trimmed to the name and without states' and bodies' words."""
    if doc is None:
        return []
    covered = [(m.start, m.end) for m in blocked]
    spans = [(e.start_char, e.end_char, False) for e in doc.ents if e.label_ == "PERSON"]
    spans += [(m.start, m.end, True) for m in name_like]
    out = []
    for start, end, from_org in sorted(spans):
        span = _trim(text, start, end, covered)
        if span is not None:
            out.append(replace(span, from_org=from_org))
    return out


def _trim(text: str, start: int, end: int, covered: list[tuple[int, int]]) -> NameSpan | None:
    pattern, by_surface = title_pattern()
    words: list[tuple[int, int, str]] = []
    for m in TOKEN.finditer(text, start, end):
        if m.group(0) in "(/:" or "\n" in text[start : m.start()]:
            break  # "Mohammed bin Salman (Pangeran MBS": the name ends at the bracket
        words.append((m.start(), m.end(), m.group(0)))
        if re.fullmatch(r"[A-Z][a-z]+\.", m.group(0)):
            break  # "Rakyat. Jokowi": the sentence ended
    while words and not _starts_name(text, words, pattern, by_surface, covered):
        words.pop(0)
    if any(w[2].rstrip(".") in name_stopwords() for w in words):
        return None  # "Thales Group", "Blok Ambalat", "Migrant Care": a body, place or thing
    while words and not _name_word(words[-1], covered):
        words.pop()
    if not words:
        return None
    while True:  # the NER's name may start late: "Kementerian Luar Negeri Umar [Hadi]" (c005)
        before = list(TOKEN.finditer(text, max(0, words[0][0] - 30), words[0][0]))
        if not before or text[before[-1].end() : words[0][0]] != " ":
            break
        word = (before[-1].start(), before[-1].end(), before[-1].group(0))
        if not _name_word(word, covered) or pattern.match(text, word[0]) is not None:
            break
        if not INITIAL.match(word[2]) and is_common_word(word[2]):
            break  # "Internasional", "Agenda", "Laskar" before a name are not part of it
        words.insert(0, word)
    first = words[0][0]
    parent = PARENT_LINK.search(text, max(0, first - 40), first)
    if parent is not None and not any(a <= parent.start() < b for a, b in covered):
        first = parent.start()
    return NameSpan(first, words[-1][1])


def _name_word(word: tuple[int, int, str], covered: list[tuple[int, int]]) -> bool:
    start, _, tok = word
    inside = any(a <= start < b for a, b in covered)
    return not inside and is_name_token(tok, set(), start) and tok not in office_words()


def _starts_name(
    text: str,
    words: list[tuple[int, int, str]],
    pattern: re.Pattern[str],
    by_surface: dict[str, Title],
    covered: list[tuple[int, int]],
) -> bool:
    """Titles, ranks and honorifics the NER took in are not the name's first word."""
    title = pattern.match(text, words[0][0])
    if title is not None and title.end() <= words[-1][1]:
        return False
    tok = words[0][2]
    return tok not in RANK_SUFFIXES and _name_word(words[0], covered)


def reads_like_a_name(org: Mention) -> bool:
    """An organization span of the NER made only of capitalised words, initials and name
    particles that no body's name uses (no acronym, no gazetteer organization, no office,
    body or thing word): a person's name ("Bui Thanh Son", "Najib Tun Razak", "Dino Patti
    Djalal": corpus/train a005, e006, f006, g013, j019)."""
    words = org.text.split()
    return (
        org.key == org.text
        and not org.countries
        and 2 <= len(words) <= MAX_NAME_TOKENS
        and all(NAME_WORD.fullmatch(w) or w in NAME_PARTICLES for w in words)
        and NAME_WORD.fullmatch(words[-1]) is not None
        and not any(
            w in office_words() or w in domestic_body_words() or w in name_stopwords()
            for w in words
        )
        and not _known_organization(org.text)
        and not any(_known_organization(w) for w in words)  # "Bareskrim Polri"
    )


@lru_cache(maxsize=4096)
def _known_organization(name: str) -> bool:
    from warta.nlp.gazetteer import org_canonical

    return org_canonical(name) is not None or any(name in o.aliases for o in organizations())


def add_named_persons(
    text: str,
    names: list[NameSpan],
    titled: list[RawPersonMention],
    states: list[Mention],
    orgs: list[Mention],
) -> list[RawPersonMention]:
    """The title-driven mentions and the NER's names they miss, each with its office when
    the text gives one nearby. A title-driven "name" between a title and the NER's name
    was the office's field ("Menteri Badan Usaha Milik Negara (BUMN) Rini Soemarno"): it
    goes."""
    kept = [_checked(text, m, names) for m in titled]
    out: list[RawPersonMention] = []
    state_at = {m.start: m for m in states}
    for name in names:
        if any(m.name and _overlaps(_name_span(m), name) for m in kept):
            continue  # the title-driven finder has this name (its reading of it wins)
        if _is_credit_or_byline(text, name) or _after_place_word(text, name):
            continue
        surface = text[name.start : name.end]
        office = office_after(text, name.end, kept, state_at)
        if office is not None:  # the mention is the name; its office stands after it
            out.append(_with_office(name.start, name.end, surface, name.start, office, text))
            continue
        spans = [(n.start, n.end) for n in names if n != name]
        office, misread = office_before(text, name.start, kept, spans, states, orgs)
        kept = [m for m in kept if m not in misread]
        if office is not None:
            out.append(_with_office(office.start, name.end, surface, name.start, office, text))
            continue
        if name.from_org:
            continue  # a name-like organization is a person only with an office to it
        office = descriptor_before(text, name.start, kept, state_at)
        if office is not None:  # "satu WNI atas nama Muhammad Farhan": a sandera, a pakar
            out.append(_with_office(name.start, name.end, surface, name.start, office, text))
            continue
        country = bracketed_state(text, name.end, state_at)
        out.append(
            RawPersonMention(
                name.start, name.end, surface, None, None, surface, country, name.start,
                introduces=_reads_as_someone(text, name),
            )
        )  # fmt: skip
    spans = [(n.start, n.end) for n in names]
    kept = [_office_of_honoured(text, m, kept, spans, states, orgs) for m in kept]
    return sorted(kept + out, key=lambda m: m.start)


def _with_office(
    start: int, end: int, name: str, name_start: int, office: Office, text: str
) -> RawPersonMention:
    """The mention text[start:end] of the name at name_start, holding the office."""
    return RawPersonMention(
        start, end, text[start:end], office.title, office.role, name, office.country, name_start
    )


def _office_of_honoured(
    text: str,
    m: RawPersonMention,
    titled: list[RawPersonMention],
    names: list[tuple[int, int]],
    states: list[Mention],
    orgs: list[Mention],
) -> RawPersonMention:
    """Someone introduced by an honorific or a rank ("Sultan Brunei, Haji Hassanal
    Bolkiah", "Kapuspen TNI Brigjen Kristomei Sianturi") holds the office written before it."""
    if m.title is None or m.role is not None or m.name is None:
        return m
    office, _ = office_before(text, m.start, titled, names, states, orgs)
    if office is None and m.title.is_rank:
        office = office_before_rank(text, m.start, states, orgs)
        if office is not None:  # the rank still tells whose officer it is ("Irjen Pol")
            office = replace(office, title=m.title)
    if office is None:
        return m
    return _with_office(office.start, m.end, m.name, m.name_start, office, text)


def _checked(text: str, m: RawPersonMention, names: list[NameSpan]) -> RawPersonMention:
    """A title-driven 'name' of dictionary words only, which the NER does not call a name,
    and after which the office's phrase goes on (a capitalised word, a comma) is more likely
    the office's field ("Direktur Promosi Sektoral BKPM", "Ketua Panitia Nasional KTT",
    "Wali Kota Kupang, ...": corpus/train j011, c014, k001, j022, k025): it may only refer
    to someone introduced elsewhere. "Menlu Adam Malik mengatakan" is a name (l010)."""
    if not m.name or any(_overlaps(_name_span(m), n) for n in names):
        return m
    if not all(is_common_word(w) for w in re.findall(r"[^\W\d_]+", m.name)):
        return m
    after = re.match(r"\s*(\S)", text[m.name_start + len(m.name) :])
    if after is None or not (after.group(1).isupper() or after.group(1) == ","):
        return m
    return replace(m, introduces=False)


def _name_span(m: RawPersonMention) -> tuple[int, int]:
    return (m.name_start, m.name_start + len(m.name or ""))


def _overlaps(span: tuple[int, int], name: NameSpan) -> bool:
    return span[0] < name.end and name.start < span[1]


def _after_place_word(text: str, name: NameSpan) -> bool:
    return PLACE_BEFORE.search(text, max(0, name.start - 8), name.start) is not None


def _reads_as_someone(text: str, name: NameSpan) -> bool:
    """A name with no office to it introduces a person when it reads as one."""
    words = text[name.start : name.end].split()
    if len(words) > 1:
        return not all(is_common_word(w) for w in words)
    before = text[max(0, name.start - 12) : name.start]
    return bool(PERSON_BEFORE.search(before) or PERSON_AFTER.match(text[name.end :]))


def _is_credit_or_byline(text: str, name: NameSpan) -> bool:
    if CREDIT_BEFORE.search(text[max(0, name.start - 12) : name.start]):
        return True
    if text[name.end : name.end + 1] == "/":
        return True
    line_start = text.rfind("\n", 0, name.start) + 1
    line_end = text.find("\n", name.end)
    line_end = line_end if line_end >= 0 else len(text)
    rest = text[line_start : name.start] + " " + text[name.end : line_end]
    # nothing but punctuation, a date or a label around it: a name on a line of its own
    return not re.search(r"(?<![\w])[a-z]{3,}", rest)

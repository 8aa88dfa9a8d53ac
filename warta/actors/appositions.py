"""Where a name's office is written when no title stands right before the name.

"Thanat Khoman selaku Menteri Luar Negeri (Menlu) Thailand"      a title after the name
"Yasui Takehiro, Kepala Perwakilan JICA"                          (comma, selaku, sebagai)
"... ujar Direktur Kerja sama Asia Tenggara Kemlu RI Denny Abdi"  a title earlier in the
"Konsul Jenderal RI di Hong Kong, Chalief Akbar"                  clause, past the office's
"Sultan Brunei, Haji Hassanal Bolkiah"                            field, body, state, an
                                                                 abbreviation, an honorific
"Kapolda Metro Jaya Irjen Pol Karyoto"                            before a rank: the office
                                                                 even when no title is known
"Adam Malik (Indonesia), Narciso R. Ramos (Filipina)"             a state in brackets
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warta.actors.data import Title, person_nouns
from warta.actors.name_tokens import NAME_PARTICLES, TOKEN
from warta.actors.persons import RawPersonMention, former, title_pattern
from warta.actors.states import alternation
from warta.actors.types import Mention
from warta.config import HOME_STATE

# "..., Kepala Perwakilan JICA", "... selaku Menteri Luar Negeri", "... sebagai Dubes",
# "Adam Malik (Menteri Luar Negeri), Tun Abdul Razak (Wakil Perdana Menteri Malaysia)" (h102)
APPOSITION = re.compile(r"\s*,\s*|\s*\(\s*|\s+(?:selaku|sebagai|yang juga)\s+")
# between a title and the name it introduces: the office's field, its body and state,
# abbreviations in brackets ("Konsul Jenderal RI di Hong Kong, Chalief Akbar")
FIELD_LINKS = frozenset({"dan", "sama", "untuk", "di", "urusan", "bidang", "serta", "&", ","})
MAX_FIELD_CHARS = 80
# "Kapolda Metro Jaya Irjen Pol Karyoto", "Kapuspen TNI Brigjen Kristomei Sianturi": the
# capitalised words before a rank name the office (corpus/train a026, c010, d025, f001,
# f006, k025, n014)
OFFICE_WORD = re.compile(r"[A-Z][\w'’./\-]*|[0-9][\w/\-]*")


@dataclass(frozen=True)
class Office:
    start: int  # where the office's phrase starts (the title, or the first office word)
    title: Title | None  # None for an office named only by words before a rank
    role: str | None
    country: str | None


def office_after(
    text: str, name_end: int, titled: list[RawPersonMention], state_at: dict[int, Mention]
) -> Office | None:
    """'Thanat Khoman selaku Menteri Luar Negeri (Menlu) Thailand'. Not a title that
    introduces a name of its own ('... di Jl. Cendana, Sultan Bolkiah menerima ...')."""
    link = APPOSITION.match(text, name_end)
    if link is None:
        return None
    pattern, by_surface = title_pattern()
    title_match = pattern.match(text, link.end())
    if title_match is None:
        return None
    title = by_surface[title_match.group(0)]
    if title.is_honorific or title.is_rank:
        return None
    if any(m.start == title_match.start() and m.name for m in titled):
        return None
    if re.match(r"\s+(?!yang\b|dari\b|untuk\b|di\b)[a-z]", text[title_match.end() :]):
        return None  # "di Port Moresby, Presiden mengatakan": the title starts a clause
    return Office(
        title_match.start(), title, title.role, _state_after(text, title_match.end(), state_at)
    )


def _state_after(text: str, pos: int, state_at: dict[int, Mention]) -> str | None:
    """The state right after a title, past an abbreviation in brackets: '(Menlu) Thailand'."""
    gap = re.match(r"\s*(?:\([^()\n]{1,15}\)\s*)?", text[pos:])
    state = state_at.get(pos + (gap.end() if gap else 0))
    return state.key if state is not None else None


def bracketed_state(text: str, name_end: int, state_at: dict[int, Mention]) -> str | None:
    """'Adam Malik (Indonesia)': the state the name stands for in a list."""
    m = re.match(r"\s*\(", text[name_end:])
    if m is None:
        return None
    state = state_at.get(name_end + m.end())
    if state is None or text[state.end : state.end + 1] != ")":
        return None
    return state.key


def office_before(
    text: str,
    anchor: int,
    titled: list[RawPersonMention],
    names: list[tuple[int, int]],
    states: list[Mention],
    orgs: list[Mention],
) -> tuple[Office | None, list[RawPersonMention]]:
    """The nearest title before `anchor` (where the name, or its honorific, starts), with
    only the office's field, body and state between. Returns the office and the
    title-driven mentions of that title that misread its field as a name (a "name" the NER
    does not give: "Seskab Pramono Anung, Menristekdikti M. Nasir" has two people)."""
    pattern, by_surface = title_pattern()
    offices = [
        m
        for m in pattern.finditer(text, max(0, anchor - MAX_FIELD_CHARS), anchor)
        if not by_surface[m.group(0)].is_honorific
        and not by_surface[m.group(0)].is_rank
        and not text[: m.start()].rstrip().endswith("(")  # "(Dirjen Amerop)" repeats one
    ]
    if not offices:
        return None, []
    best = offices[-1]
    if any(best.end() <= a and b <= anchor for a, b in names):
        return None, []  # someone the NER names stands between ("..., R.C. Smith, serta")
    between = [m for m in titled if m.end > best.end() and m.start < anchor]
    misread = [m for m in between if not _named(m, names)]  # "(Dirjen Amerop)" is no one
    if len(misread) < len(between):
        return None, []  # someone else stands between
    if not _reads_as_field(text[best.end() : anchor], best.end(), states, orgs):
        return None, []
    title = by_surface[best.group(0)]
    country = _country_between(text, best.end(), anchor, states, orgs)
    return Office(best.start(), title, former(text, best.start(), title.role), country), misread


def _named(m: RawPersonMention, names: list[tuple[int, int]]) -> bool:
    """The NER gives the mention's name (it is someone, not the office's field)."""
    start = m.name_start
    end = start + len(m.name or "")
    return any(a < end and start < b for a, b in names)


def office_before_rank(
    text: str, rank_start: int, states: list[Mention], orgs: list[Mention]
) -> Office | None:
    """'Kapolda Metro Jaya Irjen Pol Karyoto': the run of capitalised words before a rank
    is the office, whether or not its title is a known one."""
    start = rank_start
    for word in reversed(list(re.finditer(r"\S+", text[max(0, rank_start - MAX_FIELD_CHARS) :
                                                     rank_start]))):  # fmt: skip
        if not OFFICE_WORD.fullmatch(word.group(0)) or re.search(r"\w{4,}\.$", word.group(0)):
            break  # "Tun Abdul Razak. Jenderal Soeharto": the sentence before (h103)
        start = max(0, rank_start - MAX_FIELD_CHARS) + word.start()
    role = text[start:rank_start].strip(" ,")
    if not role or "\n" in role:
        return None
    return Office(start, None, role, _country_between(text, start, rank_start, states, orgs))


def _country_between(
    text: str, start: int, end: int, states: list[Mention], orgs: list[Mention]
) -> str | None:
    for actor in sorted([*states, *orgs], key=lambda a: a.start):
        if start <= actor.start < end and actor.countries:
            if text[max(0, actor.start - 6) : actor.start].strip() == "untuk":
                continue  # "Dubes RI untuk Jepang": the host state
            return actor.countries[0]
    return None


def _reads_as_field(field: str, offset: int, states: list[Mention], orgs: list[Mention]) -> bool:
    """Capitalised words, states, bodies, bracketed abbreviations and a few linking words."""
    if "\n" in field or re.search(r"[;:!?\"“”]|\w{5,}\.(?:\s|$)", field):
        return False  # a sentence ends ("Prof.", "H.E.", "Jl." do not end one)
    if field.count(")") > field.count("("):
        return False  # "(Menteri Luar Negeri), Tun Abdul Razak": the title was someone else's
    spans = [(m.start - offset, m.end - offset) for m in [*states, *orgs]]
    for m in TOKEN.finditer(field):
        tok = m.group(0)
        if any(a <= m.start() < b for a, b in spans) or tok in "()":
            continue
        if not (tok[:1].isupper() or tok.lower() in FIELD_LINKS or tok in NAME_PARTICLES):
            return False
    return True


# "WNI atas nama X", "sandera yang dibebaskan itu adalah X", "personil KKP bernama X",
# "pakar fisika, X": the noun, a few words of its own, a link to the name
MAX_DESCRIPTOR_WORDS = 6
CITIZEN_NOUNS = frozenset({"WNI", "TKI"})  # Indonesian citizens, Indonesian migrant workers


@lru_cache(maxsize=1)
def _descriptor() -> re.Pattern[str]:
    nouns = alternation(list(person_nouns()))
    return re.compile(
        rf"(?<![\w])(?P<noun>{nouns})(?:[ \t]+[\w()\-]+){{0,{MAX_DESCRIPTOR_WORDS}}}?"
        r"(?:[ \t]*,[ \t]*|[ \t]+(?:bernama|atas nama|yakni|yaitu|adalah|ialah)[ \t]+|[ \t]+)$"
    )


def descriptor_before(
    text: str, name_start: int, titled: list[RawPersonMention], state_at: dict[int, Mention]
) -> Office | None:
    """What the text says the person is, when no office does: the noun before the name."""
    window = max(0, name_start - MAX_FIELD_CHARS)
    m = _descriptor().search(text, window, name_start)
    if m is None or re.search(r"[.;:!?\n]", m.group(0)):
        return None
    if any(m.start() < t.end and t.start < name_start for t in titled):
        return None  # someone else is named in between
    noun = m.group("noun")
    country = HOME_STATE if noun in CITIZEN_NOUNS else None
    for start, state in state_at.items():
        if m.end("noun") <= start < name_start:
            country = country or state.key
    return Office(m.start(), None, noun, country)

"""Within-article coreference: later, shorter mentions resolve to the person first introduced.

"Menlu Retno" / "Retno" -> Retno Marsudi; "Bung Hatta" / "M. Hatta" -> Mohammad Hatta;
"Dirjen Arto" -> Sidharto R. Suryodipuro (a short name that ends a known name, same office);
"Menlu Rusia" -> the person holding that role for that state; "kedua menteri luar negeri"
-> both. Office holders (data/office_holders.tsv) confirm and link a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from warta.actors.data import OfficeHolder, name_stopwords, office_holders, titles
from warta.actors.office_links import (
    ArticleDates,
    NameMatch,
    began_by,
    choose_term,
    held_during,
)
from warta.actors.persons import INITIAL, RawPersonMention
from warta.actors.types import Mention, PersonRecord
from warta.config import HOME_STATE

# Two spellings of one word of a name within an article, one letter apart: "Albanese" ~
# "Albanesse", "Suga" ~ "Suka" (corpus/train b014), "Soeharto" ~ "Soehart" (d011); or cut
# short: "Retno" ~ "Retn" (a002), "Enggartiasto" ~ "Enggar" (b021, e010). Two letters apart
# is another name: "Soeharto" / "Soekarno" (h103), "Michiko" / "Michihiko" (l001).
MIN_SLIP_LENGTH = 4  # shorter words ("Un", "Il", "Ani") must be spelt alike

# Plural references to people by office: "kedua menteri luar negeri", "kedua Menlu".
PLURAL_ROLE = re.compile(r"(?<![\w])[Kk]edua\s+(?:para\s+)?([A-Za-z][\w ]{2,40}?)(?=[\s,.])")


def _tokens(name: str) -> list[str]:
    return [t.strip(".").lower() for t in name.replace(".", ". ").split() if t.strip(".")]


def _compatible(short: str, full: str, allow_suffix: bool) -> bool:
    if short == full:
        return True
    if len(short) == 1 or len(full) == 1:  # an initial: "M." ~ "Mohammad"
        return short[0] == full[0]
    return allow_suffix and len(short) >= 4 and full.endswith(short)  # "Arto" ~ "Sidharto"


def name_matches(mention: str, full: str, allow_suffix: bool = False) -> bool:
    """Every word of the mention fits a word of the full name, the surname included."""
    short, long_ = _tokens(mention), _tokens(full)
    if not short or not long_:
        return False
    return all(any(_compatible(s, f, allow_suffix) for f in long_) for s in short)


def _same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < MIN_SLIP_LENGTH:
        return False
    short, long_ = sorted((a, b), key=len)
    if long_.startswith(short) and 2 * len(short) >= len(long_):
        return True  # a name cut short: "Retn", "Enggar"
    return _one_edit_apart(short, long_)


def _one_edit_apart(short: str, long_: str) -> bool:
    """One letter changed, added or dropped (short is not longer than long_)."""
    if len(long_) - len(short) > 1:
        return False
    i = next((k for k, (x, y) in enumerate(zip(short, long_, strict=False)) if x != y), len(short))
    if len(short) == len(long_):
        return short[i + 1 :] == long_[i + 1 :]
    return short[i:] == long_[i + 1 :]


def slip_of(mention: str, full: str) -> bool:
    """The mention is the full name (or part of it) with a slip: each word of the mention a
    spelling of a word of the full name, and the surname the full name's surname."""
    short, long_ = _tokens(mention), _tokens(full)
    if not short or len(short) > len(long_):
        return False
    if len(short) > 1 and not _same_word(short[-1], long_[-1]):
        return False
    return all(any(_same_word(s, f) for f in long_) for s in short)


@lru_cache(maxsize=1)
def _holder_names() -> dict[str, list[tuple[OfficeHolder, list[tuple[str, list[str]]]]]]:
    """Each office holder with its names (name and aliases) ending in a word, by that word,
    each name with its tokens (split once): every test of a name needs the same last word."""
    by_last: dict[str, list[tuple[OfficeHolder, list[tuple[str, list[str]]]]]] = {}
    for holder in office_holders():
        names = [(name, _tokens(name)) for name in (holder.name, *holder.aliases)]
        for last in dict.fromkeys(cand[-1] for _, cand in names if cand):
            same_last = [(name, cand) for name, cand in names if cand[-1:] == [last]]
            by_last.setdefault(last, []).append((holder, same_last))
    return by_last


def find_office_holder(
    name: str, role: str | None, when: ArticleDates = (), country: str | None = None
) -> OfficeHolder | None:
    """The term of a well-known office holder this name denotes at this date (and of this
    state, when the text names one), if any."""
    terms, match = _named_terms(name, role)
    return choose_term(terms, role, when, match=match, country=country)


def _named_terms(name: str, role: str | None) -> tuple[list[OfficeHolder], NameMatch]:
    """Terms whose holder has this name or alias; else a compatible full name ("M. Hatta",
    but "George W. Bush" is not his father); else the same surname with the office the
    title names ("Menlu Lavrov"; a lone "Abe" names nobody)."""
    tokens = _tokens(name)
    exact: list[OfficeHolder] = []
    partial: list[OfficeHolder] = []
    by_surname: list[OfficeHolder] = []
    for holder, same_last in _holder_names().get(tokens[-1] if tokens else "", []):
        if any(tokens == cand for _, cand in same_last):
            exact.append(holder)
        elif len(tokens) > 1 and any(name_matches(name, c) for c, _ in same_last):
            partial.append(holder)
        elif len(tokens) == 1 and role == holder.role:
            by_surname.append(holder)
    if exact:
        return exact, "name"
    return (partial, "partial") if partial else (by_surname, "surname")


def _full_name_in_text(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and not any(INITIAL.match(w) for w in words)


def build_persons(
    raw: list[RawPersonMention], text: str, when: ArticleDates = (), headline_end: int = 0
) -> tuple[list[PersonRecord], list[Mention]]:
    """People from their mentions. Mentions that only refer come last: a headline's ("Presiden
    Soeharto Membuka ..." is Soeharto, nobody new) and those that cannot introduce anyone."""
    persons: list[PersonRecord] = []
    mentions: list[Mention] = []
    role_only: list[RawPersonMention] = []

    def introduces(m: RawPersonMention) -> bool:
        return m.introduces and m.start >= headline_end

    for m in sorted(raw, key=lambda m: not introduces(m)):  # stable: text order within each
        if m.name is None:
            role_only.append(m)
            continue
        record = _find_existing(persons, m, when)
        if record is None and not introduces(m):
            continue
        if record is None:
            record = _new_person(m, when)
            persons.append(record)
        elif m.start < headline_end:
            pass  # a headline names; its Title Case is no evidence of an office or a state
        elif m.title and m.title.rank > record.rank and m.role:
            record.role, record.rank = m.role, m.title.rank
        if m.country and record.country_source != "state_word" and m.start >= headline_end:
            record.country, record.country_source = m.country, "state_word"
        elif record.country is None and m.start >= headline_end:
            _state_of_later_title(record, m, when)
        _add_mention(record, mentions, m.start, m.end, text)
    for m in role_only:
        record = _find_by_role(persons, m.role, m.country)
        if record is not None:
            _add_mention(record, mentions, m.start, m.end, text)
        elif m.country:  # "Deputi Menlu Rusia": no name, but it still stands for its state
            mentions.append(Mention(m.start, m.end, m.text, "group", m.text, (m.country,)))
    _bare_name_mentions(persons, mentions, text, when)
    _plural_role_mentions(persons, mentions, text)
    mentions.sort(key=lambda x: (x.start, x.end))
    persons.sort(key=lambda p: p.first_offset)
    return persons, mentions


def _new_person(m: RawPersonMention, when: ArticleDates) -> PersonRecord:
    assert m.name is not None
    record = PersonRecord(name=m.name, role=m.role, first_offset=m.start)
    record.rank = m.title.rank if m.title else 0
    holder = find_office_holder(m.name, m.role, when, m.country)
    if holder is not None:
        if not _full_name_in_text(m.name):
            record.name = holder.name
        record.wikidata = holder.wikidata
        # the role a term gives is the role at that date; an article that speaks of no date
        # or after the term began (history: "Narciso Ramos" at ASEAN's founding, in an
        # article of 2017) names him by the office he is known for (corpus/train h102,
        # o018, p005)
        if held_during(holder, when) or began_by(holder, when):
            record.role = record.role or holder.role
    if m.country:
        record.country, record.country_source = m.country, "state_word"
    elif holder is not None and holder.country:
        record.country, record.country_source = holder.country, "office_holder"
    elif m.title is not None and m.title.idn_default:
        record.country, record.country_source = HOME_STATE, "default_idn"
    return record


def _state_of_later_title(record: PersonRecord, m: RawPersonMention, when: ArticleDates) -> None:
    """A person first named bare ("kata Marty") and titled later ("Menteri Luar Negeri Marty
    Natalegawa", "Presiden Soeharto": corpus/train d003, l001, n011) takes the state the title
    gives, as if it had introduced him: an office holder's, or Indonesia for an Indonesian
    office."""
    if m.title is None or not m.role:
        return
    holder = find_office_holder(record.name, m.role, when)
    if holder is not None and holder.country:
        record.country, record.country_source = holder.country, "office_holder"
        record.wikidata = record.wikidata or holder.wikidata
    elif m.title.idn_default:
        record.country, record.country_source = HOME_STATE, "default_idn"


def _find_existing(
    persons: list[PersonRecord], m: RawPersonMention, when: ArticleDates
) -> PersonRecord | None:
    assert m.name is not None
    for record in persons:
        if name_matches(m.name, record.name) or name_matches(record.name, m.name):
            return record
    for record in persons:  # nickname: the same office and a name that ends a known name,
        # or a familiar name after an honorific ("Pak Harto", "Bung Karno": corpus/train b007,
        # l015, l026, l029, b025, p013)
        same_office = m.role and record.role and _office_head(m.role) == _office_head(record.role)
        familiar = m.title is not None and m.title.is_honorific
        if (same_office or familiar) and name_matches(m.name, record.name, allow_suffix=True):
            return record
    holder = find_office_holder(m.name, m.role, when)
    if holder is not None:
        for record in persons:
            other = find_office_holder(record.name, record.role, when)
            if other is not None and other.name == holder.name:  # one person, any office
                return record
    for record in persons:  # a slip of a name already met: "Albanesse", "Retn"
        if slip_of(m.name, record.name) or slip_of(record.name, m.name):
            return record
    return None


# Offices written in short in the role as the text gives them (data/titles.tsv "Dirjen"):
# the same office as their long form when a short mention is tied to a person
SHORT_HEADS = {"Dirjen": "Direktur"}


def _office_head(role: str) -> str:
    """What office a role is, whichever way it is written ("Dirjen ..." ~ "Direktur ...")."""
    first = role.split()[0]
    return SHORT_HEADS.get(first, first)


def _find_by_role(
    persons: list[PersonRecord], role: str | None, country: str | None
) -> PersonRecord | None:
    candidates = [
        p for p in persons if p.role and role and (p.role == role or p.role.startswith(role + " "))
    ]
    if country:
        same = [p for p in candidates if p.country == country]
        unknown = [p for p in candidates if p.country is None]
        if not same and len(unknown) == 1:  # "Presiden Bush ... Presiden AS": his state
            unknown[0].country, unknown[0].country_source = country, "role_mention"
        candidates = same or unknown
    return candidates[0] if len(candidates) == 1 else None


def _add_mention(record: PersonRecord, mentions: list[Mention], start: int, end: int, text: str):
    surface = text[start:end]
    if surface not in record.mentions:
        record.mentions.append(surface)
    countries = (record.country,) if record.country else ()
    mentions.append(Mention(start, end, surface, "person", record.name, countries))


def _bare_name_mentions(
    persons: list[PersonRecord], mentions: list[Mention], text: str, when: ArticleDates
) -> None:
    """'Lavrov', 'Retno', 'Bung Hatta': a word of a known name, alone or after an honorific."""
    honorifics = [t.surface for t in titles() if t.is_honorific]
    taken = [(m.start, m.end) for m in mentions]
    for record in persons:
        words = {w.strip(".") for w in record.name.split()}
        words |= {w.strip(".") for s in record.mentions for w in s.split()}
        words = {w for w in words if len(w) >= 4 and w[:1].isupper() and w not in name_stopwords()}
        words = {w for w in words if w.lower() in _tokens(record.name) or _is_name_part(w, record)}
        # a known office holder's by-names ("Jokowi", "Gus Dur", "SBY") stand for him too
        holder = find_office_holder(record.name, record.role, when)
        if holder is not None:
            words |= {a for a in holder.aliases if a[:1].isupper() and " " not in a.strip()}
            words |= {a for a in holder.aliases if " " in a and a.split()[0] in ("Gus", "Bung")}
        if not words:
            continue
        alternation = "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))
        for m in re.finditer(rf"(?<![\w])(?:{alternation})(?![\w])", text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            start = m.start()
            for h in honorifics:
                if text[max(0, start - len(h) - 1) : start] == h + " ":
                    start -= len(h) + 1
                    break
            taken.append((start, m.end()))
            _add_mention(record, mentions, start, m.end(), text)


def _is_name_part(word: str, record: PersonRecord) -> bool:
    return any(word.lower() in _tokens(m) for m in record.mentions) and any(
        name_matches(word, record.name, allow_suffix=True) for _ in (0,)
    )


def _plural_role_mentions(persons: list[PersonRecord], mentions: list[Mention], text: str) -> None:
    roles = {t.surface.lower(): t.role for t in titles() if t.role}
    for m in PLURAL_ROLE.finditer(text):
        phrase = m.group(1).lower()
        role = next(
            (roles[s] for s in sorted(roles, key=len, reverse=True) if phrase.startswith(s)), None
        )
        if role is None:
            continue
        holders = [p for p in persons if p.role and p.role.startswith(role) and p.country]
        countries = tuple(dict.fromkeys(p.country for p in holders if p.country))
        if m.group(0)[:5].lower() == "kedua":
            countries = _last_two_told(mentions, m.start(), countries) or countries
        if len(countries) >= 2:
            end = m.start(1) + len(
                next(s for s in sorted(roles, key=len, reverse=True) if phrase.startswith(s))
            )
            mentions.append(
                Mention(m.start(), end, text[m.start() : end], "group", role, countries)
            )


def _last_two_told(
    mentions: list[Mention], before: int, countries: tuple[str, ...]
) -> tuple[str, ...]:
    """'Kedua menteri' are the two holders told last, not every minister in the article."""
    told: list[str] = []
    for x in sorted(mentions, key=lambda x: x.start, reverse=True):
        if x.kind != "person" or x.end > before or not x.countries:
            continue
        if x.countries[0] in countries and x.countries[0] not in told:
            told.append(x.countries[0])
        if len(told) == 2:
            return tuple(sorted(told))
    return ()

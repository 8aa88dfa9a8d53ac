"""Named international instruments (MoU, Perjanjian, Pernyataan Bersama ...) and their status.

Name: the instrument noun and the words that qualify it, up to a clause boundary; "antara X
dan Y", "tentang ...", "untuk periode 2021-2023" stay part of the name. A bare or pointing
noun ("Perjanjian ini") or a counted one ("139 rencana aksi") is not a named instrument.
Status: the strongest cue of data/agreement_status.tsv in the sentence (and in the next one
when it refers back: "Kedua draft perjanjian ini diharapkan segera ditandatangani").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warta.actors import ActorIndex
from warta.actors.data import read_rows
from warta.extract.dates import DateMention
from warta.extract.lexicon import (
    DATA_DIR,
    agreement_status_cues,
    instrument_pattern,
    instrument_tail_pattern,
    sectors_of,
)
from warta.extract.sentences import Sentence, party_mentions

TOKEN = re.compile(r"[^\s,;:()\"“”]+|[,;:()\"“”]")
# Words that end an instrument's name: relative and clause words, auxiliaries, demonstratives.
STOP_WORDS = frozenset(
    {
        "yang", "akan", "telah", "sudah", "sedang", "ini", "itu", "tersebut", "pada", "di",
        "ke", "oleh", "dalam", "guna", "agar", "serta", "bagi", "sebagai", "karena", "namun",
        "tetapi", "sehingga", "supaya", "yakni", "yaitu", "merupakan", "adalah", "untuk",
        "dan", "atau", "juga", "pun", "dapat", "bisa", "harus", "segera", "dengan", "baru",
        "serupa", "sejenis",  # "Perjanjian serupa ...": a kind of instrument, not a name
    }
)  # fmt: skip
KEEP_AFTER = frozenset({"antara", "tentang", "mengenai", "soal"})
QUANTIFIER = re.compile(
    r"(?:\d[\d.,]*|dua|tiga|empat|lima|beberapa|sejumlah|berbagai|kedua|para|sebuah)\s+$", re.I
)
REFERS_BACK = re.compile(r"^\W*(?:\S+\s+){0,4}?(?:ini|itu|tersebut)\b", re.I)
SIGNING_STATUSES = ("signed", "ratified", "in_force", "agreed")
PLANNED_BEFORE = re.compile(
    r"(?:akan|diharapkan|rencana|berencana|segera|bakal)\s+(?:\S+\s+){0,2}$", re.I
)
MAX_NAME_TOKENS = 16
GLOSS = re.compile(r"\s*\([^()]{1,80}\)")  # "(IUAE-CEPA)", "(Code of Conduct/COC)"
PASSIVE = re.compile(r"di\w{3,}(?:kan|i)$|diteken$")  # "Perjanjian diteken oleh ...": a verb
ALIAS = re.compile(r"\s+atau\s+")
NOUN_REACH = 2  # words: a status noun this close before the head governs it


@lru_cache(maxsize=1)
def _name_qualifiers() -> frozenset[str]:
    return frozenset(row[0] for row in read_rows(DATA_DIR / "name_qualifiers.txt"))


@lru_cache(maxsize=1)
def _scope_places() -> frozenset[str]:
    return frozenset(row[0] for row in read_rows(DATA_DIR / "scope_places.txt"))


@dataclass
class AgreementDraft:
    name: str
    status: str
    parties: list[str]
    date: str | None
    sectors: list[str]
    sentence: Sentence


def _part_of_name(text: str, after: int, tok: str, in_between: bool) -> bool:
    """'untuk periode 2021-2023' and the 'dan' of 'antara X dan Y' belong to the name."""
    low = tok.lower()
    if low == "untuk":
        return bool(re.match(r"\s*periode", text[after:], re.I))
    if low == "dan":
        return in_between
    return low == "periode" or bool(re.fullmatch(r"\d{4}(?:[–-]\d{4})?", tok))


def _capitalised_next(text: str, pos: int) -> bool:
    nxt = TOKEN.search(text, pos)
    return bool(nxt and nxt.group(0)[:1].isupper())


def _name_end(text: str, pos: int) -> int:
    """Where the instrument's name ends, scanning from the end of its head noun."""
    end = pos
    in_between = False  # inside "antara X dan Y"
    in_topic = False  # after "tentang": a place may be part of what the instrument is about
    for count, m in enumerate(TOKEN.finditer(text, pos)):
        tok = m.group(0)
        low = tok.lower()
        if count >= MAX_NAME_TOKENS:
            break
        if low in KEEP_AFTER:
            in_between = in_between or low == "antara"
            in_topic = in_topic or low in ("tentang", "mengenai")
        elif _part_of_name(text, m.end(), tok, in_between):
            pass
        elif low == "di" and in_topic and _capitalised_next(text, m.end()):
            pass  # "Perjanjian tentang ... Batas Laut Teritorial di Laut Sulawesi"
        elif low == "di" and _scope_next(text, m.end()):
            pass  # "Kode Tata Perilaku di Laut China Selatan": the scope is part of the name
        elif tok == "(" and GLOSS.match(text, m.start()):
            gloss = GLOSS.match(text, m.start())
            assert gloss is not None
            return _name_end_after_gloss(text, gloss.end())
        elif low in STOP_WORDS or tok in ',;:()"“”' or tok.endswith("."):
            if tok.endswith(".") and len(tok) > 1 and low[:-1] not in STOP_WORDS:
                end = m.end() - 1
            break
        elif low in _name_qualifiers():
            pass  # "penghindaran pajak berganda": not a verb
        elif not tok[:1].isupper() and re.match(r"(?:me|di|ber|ter)\w{3,}", low) and count:
            break  # a verb ends the name ("MoU ... ditandatangani")
        elif not count and PASSIVE.match(low):
            break  # "Perjanjian diteken oleh ...": a bare noun and its verb
        end = m.end()
    return end


def _scope_next(text: str, pos: int) -> bool:
    nxt = TOKEN.search(text, pos)
    return bool(nxt and nxt.group(0) in _scope_places())


def _name_end_after_gloss(text: str, pos: int) -> int:
    """After a bracketed gloss the name goes on only with its scope ('di Laut ...')."""
    m = re.match(r"\s+di(?=\s)", text[pos:])
    if m and _scope_next(text, pos + m.end()):
        return _name_end(text, pos)
    return pos


def _governing_status(sentence: str, head_start: int) -> str | None:
    """'perundingan Kode ...', 'penandatanganan persetujuan ...': the noun right before."""
    before = " ".join(sentence[:head_start].split()[-NOUN_REACH:])
    for cue in agreement_status_cues():
        found = list(cue.pattern.finditer(before))
        if found and not before[found[-1].end() :].strip(" ,"):
            if cue.value in SIGNING_STATUSES and PLANNED_BEFORE.search(sentence[:head_start]):
                return "planned"
            return cue.value
    return None


def _status(sentence: str, next_sentence: str | None) -> str | None:
    texts = [sentence]
    if next_sentence and REFERS_BACK.match(next_sentence):
        texts.append(next_sentence)
    best: tuple[int, str] | None = None
    for chunk in texts:
        for cue in agreement_status_cues():
            for m in cue.pattern.finditer(chunk):
                status, priority = cue.value, int(cue.extra or 0)
                if status in SIGNING_STATUSES and PLANNED_BEFORE.search(chunk[: m.start()]):
                    status, priority = "planned", 15
                if best is None or priority > best[0]:
                    best = (priority, status)
    return best[1] if best else None


def extract_agreements(
    text: str,
    sentences: list[Sentence],
    actors: ActorIndex,
    dates: dict[int, list[DateMention]],
    main_date: str | None,
) -> list[AgreementDraft]:
    out: list[AgreementDraft] = []
    seen: set[str] = set()
    for i, sent in enumerate(sentences):
        following = sentences[i + 1].text if i + 1 < len(sentences) else None
        for start, end in _name_spans(sent.text):
            name = sent.text[start:end].strip()
            status = _governing_status(sent.text, start) or _status(sent.text, following)
            if status is None or _told_before(name, seen):
                continue  # "Perjanjian ekstradisi itu ...": an instrument already named
            seen.add(name.lower())
            parties = _parties(actors, text, sent)
            date = None
            if status in SIGNING_STATUSES:
                points = [d.value for d in dates.get(sent.index, []) if not d.is_period]
                date = points[0] if points else main_date
            name = name[0].upper() + name[1:]
            out.append(AgreementDraft(name, status, parties, date, sectors_of(name), sent))
    return out


def _name_spans(text: str) -> list[tuple[int, int]]:
    """Instrument names in a sentence: Indonesian head first, or English head last."""
    spans: list[tuple[int, int]] = []
    for m in instrument_pattern().finditer(text):
        if QUANTIFIER.search(text[max(0, m.start() - 40) : m.start()]) or any(
            s <= m.start() < e for s, e in spans
        ):
            continue  # a counted noun, or a head inside a name's gloss: "(Code of Conduct)"
        end = _name_end(text, m.end())
        if end <= m.end() or len(text[m.start() : end].split()) < 2:
            continue  # a bare noun: "Perjanjian ini", "perjanjian tersebut"
        spans.append((m.start(), end))
    for m in instrument_tail_pattern().finditer(text):
        if any(s <= m.start() < e for s, e in spans):
            continue
        # "perjanjian Kemitraan ... Regional atau Regional Comprehensive Economic Partnership":
        # the English name after "atau" is the same instrument's other name
        alias_of = [i for i, (_, e) in enumerate(spans) if ALIAS.fullmatch(text[e : m.start()])]
        if alias_of:
            spans[alias_of[0]] = (spans[alias_of[0]][0], m.end())
        else:
            spans.append((m.start(), m.end()))
    return sorted(spans)


def _told_before(name: str, seen: set[str]) -> bool:
    """The same name, or a shorter mention whose words all belong to a name already seen."""
    words = set(re.findall(r"\w+", name.lower()))
    return any(words <= set(re.findall(r"\w+", earlier)) for earlier in seen)


def _parties(actors: ActorIndex, text: str, sent: Sentence) -> list[str]:
    parties: list[str] = []
    for m in party_mentions(actors, text, sent.start, sent.end):
        if m.kind == "org" and not m.countries:
            parties.append(m.key if len(m.key) < 12 else m.text)
        parties.extend(m.countries)
    return list(dict.fromkeys(parties))

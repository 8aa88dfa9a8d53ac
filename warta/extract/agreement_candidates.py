"""Candidate agreements of a sentence, wider than the rules' named instruments.

Three sources, each a span of the sentence that could be an agreement's name:
  - rule: the spans of the rule extractor (warta/extract/agreements.py `_name_spans`);
  - head: a word of data/agreement_candidates.tsv (any case) with the words that qualify it,
    or the capitalised English name ending in a tail word, or a CEPA-like acronym;
  - item: one item of a list of instruments ("menandatangani tiga MoU, yaitu A, B dan C"):
    the annotation gives one agreement per item, named by the item.
Candidates overlap; the learned model scores them and keeps the best of overlapping ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from warta.actors.data import read_rows
from warta.extract.agreements import (
    QUANTIFIER,
    _name_end,
    _name_qualifiers,
    _name_spans,
    _scope_next,
)
from warta.extract.lexicon import DATA_DIR, instrument_pattern
from warta.extract.sentences import Sentence

# A counted or plural instrument noun opens a list: "tiga nota kesepahaman", "sejumlah MoU".
COUNTED = re.compile(
    r"(?i)(?<![\w-])(?:\d+|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|"
    r"sebelas|\w+\s+belas|\w+\s+puluh|beberapa|sejumlah|berbagai|ke(?:dua|tiga|empat|lima|"
    r"enam|tujuh|delapan|sembilan|sepuluh))\s+$"
)
# Where the items of a list start: after one of these following the list's head.
LIST_OPEN = re.compile(
    r"(?i)(?<![\w-])(?:yaitu|yakni|adalah|seperti|antara lain|meliputi|mencakup|"
    r"di bidang|dalam bidang|bidang|tentang|mengenai|soal|terkait|untuk)(?![\w-])|:"
)
STRONG_OPEN = re.compile(r"(?i)(?<![\w-])(?:yaitu|yakni|adalah|seperti|antara lain|meliputi)\b|:")
LIST_COMMA = re.compile(r"\s*[,;]\s*(?:(?:dan|serta|hingga|juga)\s+)?|\s+(?:serta|hingga)\s+")
LIST_AND = re.compile(r"\s+dan\s+")
ITEM_LEAD = re.compile(r"(?i)^(?:dan|serta|hingga|juga|yang|pertama|kedua|ketiga)\s+")
CEPA = re.compile(r"(?<![\w-])(?:[A-Z][\w]*[-–]\s?)*[A-Z]{1,5}[-–]?(?:CEPA|FTA|PTA|CECA)(?![\w-])")
MAX_ITEM_WORDS = 14
COUNT_REACH = 40  # characters before a head where its count stands ("dua puluh satu MoU")
# How far after the list's head (characters) its items may open: "tiga MoU, yaitu ...",
# "lima nota kesepahaman di bidang ..."; further on, the sentence has moved on.
STRONG_REACH = 200
OPEN_REACH = 200
REFERS_TO_LIST = re.compile(
    r"(?i)^\W*(?:\S+\s+){0,3}?(?:ke(?:dua|tiga|empat|lima|enam|tujuh|delapan|sembilan)|"
    r"\d+|beberapa)\s+\S+"
)


@dataclass(frozen=True)
class Candidate:
    sentence: Sentence
    start: int  # offsets in the sentence's text
    end: int
    kind: str  # rule | head | tail | acronym | item
    head: str  # the instrument word (lower-case), for items the list's head
    split: str = ""  # items: "comma" (split at commas) or "and" (also at "dan")
    item_index: int = 0
    items: int = 0
    opener: str = ""  # items: the word that opened the list ("yaitu", "seperti", ...)
    counted: int = 0  # items: how many instruments the text says the list has (0: unsaid)
    label: str = ""  # the name when it is not the span's text (a bare noun and its parties)

    @property
    def text(self) -> str:
        return self.sentence.text[self.start : self.end]

    @property
    def name(self) -> str:
        """The name shown: an item without an instrument word gets its list's head."""
        text = self.label or self.text.strip()
        if self.kind == "item" and not _starts_with_head(text):
            text = f"{self.head} {text}"
        return text[:1].upper() + text[1:]


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], re.Pattern[str]]:
    rows = read_rows(DATA_DIR / "agreement_candidates.tsv")
    heads = sorted((r[0] for r in rows if r[1] == "head"), key=len, reverse=True)
    tails = sorted((r[0] for r in rows if r[1] == "tail"), key=len, reverse=True)
    head = re.compile(rf"(?i)(?<![\w-])(?:{'|'.join(map(re.escape, heads))})(?![\w])")
    word = r"(?:[A-Z][\w'’-]*|of|and|for|on|the|to|in|a|A)\s+"
    english = r"(?:[A-Z][\w'’-]*|of|the|and|in|on|to|for|a|an|between|by|with|concerning),?"
    tail = re.compile(
        rf"(?<![\w-])[A-Z][\w'’-]*\s+(?:{word}){{0,12}}?(?:{'|'.join(map(re.escape, tails))})"
        rf"(?![\w])(?:\s+(?:on|of|for|between|concerning)\s+(?:{english}\s+){{0,14}}"
        rf"[A-Z][\w'’-]*)?(?:\s*\([^()]{{1,40}}\))?"
    )
    return head, tail


def _any_head() -> re.Pattern[str]:
    head, _ = _lexicon()
    return head


def _starts_with_head(text: str) -> bool:
    return bool(instrument_pattern().match(text) or _any_head().match(text))


def candidates(
    sentences: list[Sentence], parties: dict[int, list[str]] | None = None
) -> list[Candidate]:
    """`parties`: by sentence index, the names of the states the sentence names."""
    out: list[Candidate] = []
    for i, sent in enumerate(sentences):
        previous = sentences[i - 1].text if i else ""
        out += sentence_candidates(sent, previous, (parties or {}).get(i))
    return out


def sentence_candidates(
    sent: Sentence, previous: str = "", parties: list[str] | None = None
) -> list[Candidate]:
    text = sent.text
    found: dict[tuple[int, int], Candidate] = {}

    def add(c: Candidate) -> None:
        if c.end - c.start >= 3 and (c.start, c.end) not in found:
            found[(c.start, c.end)] = c

    for start, end in _name_spans(text):
        add(Candidate(sent, start, end, "rule", _head_word(text[start:end])))
    heads = [(m.start(), m.end()) for m in instrument_pattern().finditer(text)]
    heads += [(m.start(), m.end()) for m in _any_head().finditer(text)]
    for start, head_end in sorted(set(heads)):
        word = text[start:head_end].lower()
        end = _name_end(text, head_end)
        if end > head_end:
            add(Candidate(sent, start, end, "head", word))
        wide = _wide_end(text, head_end)
        if wide > head_end:
            add(Candidate(sent, start, wide, "wide", word))
        elif parties and len(parties) >= 2 and not counted_before(text, start):
            # "menandatangani perjanjian": named by its parties ("tiga MoU" is a count)
            label = f"{text[start:head_end]} {'-'.join(parties[:2])}"
            add(Candidate(sent, start, head_end, "bare", word, label=label))
    _, tail = _lexicon()
    for m in tail.finditer(text):
        for start, end in _tail_parts(tail, text, m.start(), m.end()):
            add(Candidate(sent, start, end, "tail", _tail_word(text[start:end])))
    for m in CEPA.finditer(text):
        add(Candidate(sent, m.start(), m.end(), "acronym", "cepa"))
    for c in _list_items(sent, heads, previous):
        add(c)
    return sorted(found.values(), key=lambda c: (c.start, c.end))


# Words that end even a wide name: clause words, auxiliaries, demonstratives.
HARD_STOP = frozenset(
    {
        "yang", "akan", "telah", "sudah", "sedang", "ini", "itu", "tersebut", "pada", "oleh",
        "ke", "agar", "sebagai", "karena", "namun", "tetapi", "sehingga", "supaya", "yakni",
        "yaitu", "merupakan", "adalah", "juga", "pun", "dapat", "bisa", "harus", "segera",
        "dengan", "serta", "kepada", "dari", "bagi", "guna", "atas", "sejak", "hingga",
    }
)  # fmt: skip
WIDE_TOKEN = re.compile(r"\([^()]{1,80}\)|[^\s,;:()\"“”]+|[,;:()\"“”]")
MAX_WIDE_TOKENS = 18


def _wide_end(text: str, pos: int) -> int:
    """A longer reading of a name than the rules': through a bracketed gloss and "di bidang",
    "dalam", "untuk", "dan", up to a clause boundary or a verb."""
    end = pos
    previous = ""
    for count, m in enumerate(WIDE_TOKEN.finditer(text, pos)):
        tok = m.group(0)
        low = tok.lower().rstrip(".")
        if count >= MAX_WIDE_TOKENS or tok in ',;:()"“”' or low in HARD_STOP:
            break
        if low == "di" and not (
            re.match(r"\s+(?:[Bb]idang|[Ss]ektor)\b", text[m.end() :]) or _scope_next(text, m.end())
        ):
            break  # "MoU di bidang energi", "... di Laut China Selatan", not "di Hanoi"
        if _is_verb(tok) and previous not in ("untuk", "tentang", "mengenai"):
            break  # "MoU ditandatangani ...", but "Pernyataan bersama untuk memperkuat ..."
        previous = low
        if low == "dan" and _starts_with_head(text[m.end() :].lstrip()):
            break  # "perjanjian perikanan dan Perjanjian Ekstradisi": two instruments
        if low in ("dan", "dalam", "untuk", "di", "tentang", "mengenai"):
            continue  # part of the name only when words follow
        end = m.end() - (1 if tok.endswith(".") and not tok.startswith("(") else 0)
        if tok.endswith(".") and not tok.startswith("("):
            break
    return end


def _is_verb(tok: str) -> bool:
    """A lower-case me-/di-/ber-/ter- word ends a name ("MoU ditandatangani ..."), unless it
    qualifies one ("pajak berganda")."""
    low = tok.lower()
    return (
        not tok[:1].isupper()
        and bool(re.match(r"(?:me|di|ber|ter)\w{3,}", low))
        and low not in _name_qualifiers()
    )


def _trim_item(body: str, start: int, end: int) -> int:
    """Where a list item ends: before a quote, a clause word or a verb after its first word."""
    stop = end
    for m in WIDE_TOKEN.finditer(body, start, end):
        tok = m.group(0)
        if tok in '"“”()' or tok.lower() in HARD_STOP or _is_verb(tok):
            stop = m.start()
            break
    return len(body[:stop].rstrip(" ,;:"))


def _tail_parts(tail: re.Pattern[str], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The whole English name, the two names it may join ("Maritime Transport Agreement and
    Investment Treaty"), and the name without the capitalised sentence opener
    ("Penandatanganan Indonesia-Peru ... Agreement")."""
    out = [(start, end)]
    for joint in re.finditer(r"\s(?:and|dan)\s", text[start:end]):
        first = tail.fullmatch(text, start, start + joint.start())
        second = tail.match(text, start + joint.end(), end)
        if first and second:
            out += [(first.start(), first.end()), (second.start(), second.end())]
    opener = re.match(r"[A-Z][a-z]+\s+(?=[A-Z])", text[start:end])
    if opener:
        rest = tail.match(text, start + opener.end(), end)
        if rest:
            out.append((rest.start(), rest.end()))
    return out


def _head_word(name: str) -> str:
    m = instrument_pattern().match(name) or _any_head().match(name)
    return m.group(0).lower() if m else _tail_word(name)


def _tail_word(name: str) -> str:
    words = re.sub(r"\s*\([^()]*\)\s*$", "", name).split()
    return words[-1].lower() if words else ""


def _list_items(sent: Sentence, heads: list[tuple[int, int]], previous: str) -> list[Candidate]:
    """The items of a list of instruments opened in this sentence (or the one before)."""
    text = sent.text
    opened = [(s, e) for s, e in heads if counted_before(text, s)]
    refers = bool(REFERS_TO_LIST.match(text)) and any(
        counted_before(previous, m.start()) for m in _all_heads(previous)
    )
    if not opened and not refers:
        return []
    start, head = (opened[0][1], text[opened[0][0] : opened[0][1]]) if opened else (0, "")
    counted = _count(text[: opened[0][0]]) if opened else 0
    if not head:
        prev_heads = [m for m in _all_heads(previous) if counted_before(previous, m.start())]
        head = prev_heads[0].group(0)
        counted = _count(previous[: prev_heads[0].start()])
    strong = STRONG_OPEN.search(text, start, start + STRONG_REACH)
    cue = strong or LIST_OPEN.search(text, start, start + OPEN_REACH)
    if cue is None:
        return []
    body_start = cue.end()
    body = text[body_start:].rstrip(' ."”')
    out: list[Candidate] = []
    for split, pieces in (("comma", _split(body, False)), ("and", _split(body, True))):
        pieces = [(s, _trim_item(body, s, e)) for s, e in pieces]
        pieces = [(s, e) for s, e in pieces if 0 < len(body[s:e].split()) <= MAX_ITEM_WORDS]
        for n, (s, e) in enumerate(pieces):
            out.append(
                Candidate(
                    sent, body_start + s, body_start + e, "item", head.lower(), split, n,
                    len(pieces), cue.group(0).lower(), counted,
                )
            )  # fmt: skip
    return out


NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10,
}  # fmt: skip


def _count(before: str) -> int:
    """The number of a counted head: "tiga MoU" 3, "ketiga MoU" 3, "14 MoU" 14."""
    words = before.split()
    if not words:
        return 0
    last = words[-1].lower()
    if last.isdigit():
        return int(last)
    return NUMBER_WORDS.get(last.removeprefix("ke"), NUMBER_WORDS.get(last, 0))


def counted_before(text: str, start: int) -> bool:
    """A number or a plural word right before the head: "tiga MoU", "sejumlah perjanjian"."""
    before = text[max(0, start - COUNT_REACH) : start]  # not the whole sentence: long ones
    return bool(QUANTIFIER.search(before) or COUNTED.search(before))


def _all_heads(text: str) -> list[re.Match[str]]:
    return list(instrument_pattern().finditer(text)) + list(_any_head().finditer(text))


def _split(body: str, at_and: bool) -> list[tuple[int, int]]:
    """Item spans of a list body, split at commas (and at "dan" when at_and)."""
    cuts = [(m.start(), m.end()) for m in LIST_COMMA.finditer(body)]
    if at_and:
        cuts += [(m.start(), m.end()) for m in LIST_AND.finditer(body)]
    pieces: list[tuple[int, int]] = []
    pos = 0
    for s, e in sorted(cuts):
        if s < pos:
            continue
        pieces.append((pos, s))
        pos = e
    pieces.append((pos, len(body)))
    out = []
    for s, e in pieces:
        chunk = body[s:e]
        lead = ITEM_LEAD.match(chunk)
        if lead:
            s += lead.end()
        chunk = body[s:e]
        s += len(chunk) - len(chunk.lstrip())
        e = s + len(body[s:e].strip())
        if e > s:
            out.append((s, e))
    return out

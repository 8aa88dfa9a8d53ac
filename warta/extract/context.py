"""Partner states named in a neighbouring sentence (data/context_cues.tsv).

Indonesian news names the foreign side once and goes on without it: "Dalam kunjungan itu,
Kemhan menandatangani kontrak ...", "Ia berbicara melalui telepon ...". It also names a group
first and its members next: "Indonesia bersama 13 negara lainnya menandatangani ..." followed
by "... negara anggota IPEF adalah Australia, Brunei ...", or "Latihan ... resmi dibuka" followed
by "Sebanyak 36 negara mengirim delegasinya dalam latihan ini, di antaranya ...".
"""

from __future__ import annotations

import re
from functools import lru_cache

from warta.actors import ActorIndex, Mention
from warta.actors.data import read_rows
from warta.config import HOME_STATE
from warta.extract.lexicon import DATA_DIR
from warta.extract.sentences import Sentence, party_mentions

# "latihan ini", "KTT yang", "Kemitraan itu": a word of the previous sentence taken up again
POINTER = r"\s+(?:ini|itu|tersebut|yang)(?![\w])"
POINTED_WORD = re.compile(rf"(?<![\w])([A-Za-z]{{3,}}){POINTER}")
LONG_WORD = re.compile(r"[A-Za-z]{3,}")
POINTER_REACH = 12  # words: how far into the next sentence the taken-up noun may stand
MIN_NEW_STATES = 2  # a next sentence adds its states only when it lists members
FORWARD_REACH = 2  # sentences: a member list may follow one sentence about something else
BACK_REACH = 2  # sentences: how far back a continuing sentence looks for its partners


@lru_cache(maxsize=1)
def _cues() -> dict[str, tuple[re.Pattern[str], ...]]:
    out: dict[str, list[re.Pattern[str]]] = {}
    for row in read_rows(DATA_DIR / "context_cues.tsv"):
        out.setdefault(row[1], []).append(re.compile(row[0], re.IGNORECASE))
    return {k: tuple(v) for k, v in out.items()}


def continues_previous(sentence: str) -> bool:
    return any(p.search(sentence.strip()) for p in _cues().get("back", ()))


def counts_states(sentence: str) -> bool:
    return any(p.search(sentence) for p in _cues().get("count", ()))


def _foreign_states(parties: list[Mention]) -> list[Mention]:
    return [m for m in parties if any(c != HOME_STATE for c in m.countries)]


def _takes_up(current: str, following: str) -> bool:
    """The next sentence points back to a noun of this one ('dalam latihan ini')."""
    words = set(LONG_WORD.findall(current.lower()))
    head = " ".join(following.split()[:POINTER_REACH])
    return any(m.group(1).lower() in words for m in POINTED_WORD.finditer(head))


def with_context(
    actors: ActorIndex,
    text: str,
    sentences: list[Sentence],
    index: int,
    parties: list[Mention],
) -> list[Mention]:
    """The sentence's parties plus partner states its neighbours name for it."""
    sent = sentences[index]
    countries = {c for m in parties for c in m.countries}
    extra: list[Mention] = []
    if continues_previous(sent.text) and len(countries - {HOME_STATE}) == 0:
        for back in range(index - 1, max(-1, index - 1 - BACK_REACH), -1):
            prev = sentences[back]
            found = party_mentions(actors, text, prev.start, prev.end)
            if _foreign_states(found):  # the whole pair: "Ia" may be the Indonesian side
                extra = [m for m in found if m.countries]
                break
    for ahead, nxt in enumerate(sentences[index + 1 : index + 1 + FORWARD_REACH]):
        if not ((ahead == 0 and counts_states(sent.text)) or _takes_up(sent.text, nxt.text)):
            continue
        found = [
            m
            for m in party_mentions(actors, text, nxt.start, nxt.end)
            if m.kind == "state" and m.key not in countries
        ]
        if len({m.key for m in found}) >= MIN_NEW_STATES:
            extra += found
            break
    return sorted(parties + extra, key=lambda m: m.start) if extra else parties

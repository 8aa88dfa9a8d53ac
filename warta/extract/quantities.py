"""Money, percentage and count claims about relations between states.

Each figure gets a metric (data/metrics.tsv words before it), a kind (actual/target/growth),
a period (the sentence's year or range; for growth "dibandingkan tahun 2017" the year being
compared is the one the article reports on), its parties, and met=False for "belum terpenuhi".
"19,8 miliar dolar AS atau setara Rp267 triliun" is one claim with an alternative value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from warta.actors import ActorIndex
from warta.config import HOME_STATE
from warta.extract.dates import DateMention
from warta.extract.lexicon import any_metric_cue, counted_nouns, metric_cues
from warta.extract.sentences import Sentence, partner_places, party_mentions
from warta.numbers import SCALES, parse_number

NUM = r"\d+(?:[.,]\d+)*"
# A count written in words: "enam pesawat", "seribu beasiswa", "dua belas kapal".
NUM_WORDS = (
    r"(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|seratus|seribu)"
    r"(?:\s+(?:belas|puluh|ratus))?"
)
DIGIT = re.compile(rf"\d|(?<![\w]){NUM_WORDS}(?![\w])", re.I)
SCALE = r"(?:ribu|juta|miliar|milyar|triliun)"
SAME_CLAIM = re.compile(
    r"^\s*(?:,\s*)?(?:atau\s+)?(?:setara(?:\s+dengan)?|sekitar|senilai)?\s*$", re.I
)
GROWTH = re.compile(r"(?:meningkat|naik|tumbuh|pertumbuhan|kenaikan|turun|menurun|penurunan)", re.I)
# The last change word before a percentage says its sign: "turun 4,5 persen" is -4.5.
DECLINE = re.compile(r"(?:turun|menurun|penurunan|merosot|anjlok|berkurang|terkontraksi)", re.I)
CHANGE_WORDS = re.compile(rf"{GROWTH.pattern}|{DECLINE.pattern}", re.I)
COMPARED = re.compile(
    r"dibandingkan(?:\s+dengan)?(?:\s+(?:tahun|periode))?\s+((?:19|20)\d{2})", re.I
)
NOT_MET = re.compile(r"(?:belum|tidak|tak)\s+(?:ter)?(?:penuhi|capai|terpenuhi|tercapai)", re.I)
MET = re.compile(r"(?<!belum )(?<!tidak )(?:terpenuhi|tercapai|melampaui)", re.I)
YEAR_NUMBER = re.compile(r"(?:19|20)\d{2}")
BILATERAL = re.compile(r"(?<![\w])(?:bilateral|kedua negara|dua arah)(?![\w])", re.I)
METRIC_WINDOW = 140  # characters before a figure in which its metric words are sought
AFTER_METRIC_WINDOW = 25  # characters after a count: "140 ton bantuan"


@dataclass
class QuantityDraft:
    metric: str
    value: float
    unit: str
    period: str | None
    parties: list[str]
    kind: str
    met: bool | None
    sentence: Sentence
    start: int  # offset in the article
    alt_values: list[dict[str, float | str]] = field(default_factory=list)
    end: int = 0  # offset in the article
    ruled: bool = True  # the rules report it (False: a candidate only, see all_mentions)


@dataclass
class Figure:
    start: int  # in the sentence (in the article for amount_entities)
    end: int
    value: float
    unit: str


def amount_entities(doc: Doc | None) -> list[Figure]:
    """The NLP stage's MONEY and PERCENT entities of the whole Doc (offsets in the article),
    with their values (warta/nlp/money.py); read once per article."""
    if doc is None:
        return []
    return [
        Figure(ent.start_char, ent.end_char, float(ent._.value["value"]), ent._.value["unit"])
        for ent in doc.ents
        if ent.label_ in ("MONEY", "PERCENT") and ent._.value
    ]


def _metric(before: str, is_percent: bool) -> tuple[str, str]:
    found = metric_values(before)
    trade = "trade" in found
    if is_percent and trade and GROWTH.search(before):
        return "trade_growth_pct", "growth"
    if "target" in found:
        return ("trade_target" if trade or not found - {"target"} else "other"), "target"
    for cue in metric_cues():
        if cue.value in found and cue.value != "target":
            metric = "trade_volume" if cue.value == "trade" else cue.value
            return metric, "actual"
    return "other", "growth" if is_percent and GROWTH.search(before) else "actual"


def metric_values(text: str) -> set[str]:
    """The metrics (data/metrics.tsv) whose words are in the text."""
    if not any_metric_cue().search(text):
        return set()
    return {c.value for c in metric_cues() if c.pattern.search(text)}


def extract_quantities(
    text: str,
    amounts: list[Figure],
    sentences: list[Sentence],
    actors: ActorIndex,
    dates: dict[int, list[DateMention]],
    all_mentions: bool = False,
) -> list[QuantityDraft]:
    """The figures the rules report; with `all_mentions`, also every other amount mention
    (ruled=False: in a sentence without parties), as candidates for the learned model."""
    out: list[QuantityDraft] = []
    previous: list[str] = []
    for sent in sentences:
        parties = _parties(actors, text, sent)
        if not parties:
            parties = _continued_parties(actors, text, sent, previous)
        previous = parties
        if not (parties or all_mentions) or not DIGIT.search(sent.text):
            continue  # every figure (money, percentage, count) has a number in digits or words
        in_sentence = [
            Figure(a.start - sent.start, a.end - sent.start, a.value, a.unit)
            for a in amounts
            if sent.start <= a.start and a.end <= sent.end
        ]
        figures = [f for f in in_sentence if f.unit != "percent"]
        claims: list[tuple[Figure, list[Figure], bool]] = []
        for fig in figures:
            if (
                claims
                and SAME_CLAIM.match(sent.text[claims[-1][0].end : fig.start])
                and claims[-1][0].unit != fig.unit
            ):
                claims[-1][1].append(fig)
                continue
            if (
                claims
                and claims[-1][1]
                and SAME_CLAIM.match(sent.text[claims[-1][1][-1].end : fig.start])
            ):
                claims[-1][1].append(fig)
                continue
            claims.append((fig, [], False))
        taken = [(f.start, f.end) for f in figures]
        claims += [(f, [], True) for f in in_sentence if f.unit == "percent"]
        for fig in _counts(sent.text, taken, all_mentions):
            claims.append((fig, [], False))
        for fig, alts, is_percent in sorted(claims, key=lambda c: c[0].start):
            before = sent.text[max(0, fig.start - METRIC_WINDOW) : fig.start]
            metric, kind = _metric(before, is_percent)
            if fig.unit != "percent" and metric == "other":
                # "20 ton bantuan", "30 beasiswa": the counted thing can say what it measures
                metric, _ = _metric(sent.text[fig.end : fig.end + AFTER_METRIC_WINDOW], False)
                metric = metric if metric in ("aid", "purchase") else "other"
            if kind == "growth" and _declines(before):
                fig.value = -fig.value
            if fig.unit not in ("percent",) and not fig.unit.isupper() and metric != "other":
                metric = metric if metric in ("aid", "purchase") else "other"
            after = sent.text[fig.end : fig.end + 80]
            met = (
                False
                if NOT_MET.search(after)
                else (True if kind == "target" and MET.search(after) else None)
            )
            period = _period(sent, dates.get(sent.index, []), fig, metric, out)
            out.append(
                QuantityDraft(
                    metric, fig.value, fig.unit, period, parties, kind, met, sent,
                    sent.start + fig.start,
                    [{"value": a.value, "unit": a.unit} for a in alts],
                    sent.start + (alts[-1] if alts else fig).end, bool(parties),
                )
            )  # fmt: skip
    return out


def _declines(before: str) -> bool:
    changes = list(CHANGE_WORDS.finditer(before))
    return bool(changes) and bool(DECLINE.fullmatch(changes[-1].group(0)))


def _continued_parties(
    actors: ActorIndex, text: str, sent: Sentence, previous: list[str]
) -> list[str]:
    """Parties for a sentence that names no foreign party.

    A foreign state named as a place ("hibah ... untuk pembangunan di Papua Nugini") is the
    partner; failing that, a sentence naming no other state goes on with the parties of the
    sentence before ("Nilai kontrak keseluruhan mencapai ...", "Indonesia tercatat menunggak
    ...").
    """
    mentions = party_mentions(actors, text, sent.start, sent.end)
    widened = partner_places(actors, text, sent.start, sent.end, mentions)
    if any(c != HOME_STATE for m in widened for c in m.countries):
        return list(dict.fromkeys(c for m in widened for c in m.countries))
    named = {c for m in actors.in_span(sent.start, sent.end) for c in m.countries}
    if named - {HOME_STATE}:
        return []
    return previous


def _count_pattern(nouns: str) -> re.Pattern[str]:
    """A number (and scale) before one of `nouns` (a regex alternation)."""
    return re.compile(
        rf"(?<![\w.,])({NUM}|{NUM_WORDS})(?:\s+({SCALE}))?\s+(?:dari\s+(?:total\s+)?({NUM})\s+)?"
        rf"(?:{nouns})(?![\w])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _count_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(pattern, unit) per counted noun (data/counted_nouns.tsv), compiled once."""
    return tuple((_count_pattern(re.escape(noun)), unit) for noun, unit in counted_nouns())


@lru_cache(maxsize=1)
def _any_count() -> re.Pattern[str]:
    """Matches wherever one of the _count_patterns() does, in one search."""
    return _count_pattern("|".join(re.escape(noun) for noun, _ in counted_nouns()))


def _counts(text: str, taken: list[tuple[int, int]], words: bool = False) -> list[Figure]:
    """Counted nouns after a number; in `words` too ("enam pesawat") only for the learned
    model's candidates: the rules alone would take too many of them."""
    out: list[Figure] = []
    if not _any_count().search(text):
        return out
    for pattern, unit in _count_patterns():
        for m in pattern.finditer(text):
            if any(s <= m.start() < e for s, e in taken) or YEAR_NUMBER.fullmatch(m.group(1)):
                continue
            if not words and not m.group(1)[0].isdigit():
                continue
            value = parse_number(m.group(1))
            if value is None:
                continue
            value *= SCALES.get((m.group(2) or "").lower(), 1)  # "1,6 juta pekerja migran"
            label = f"{unit} of {m.group(3)}" if m.group(3) else unit
            out.append(Figure(m.start(), m.end(), value, label))
            taken.append((m.start(), m.end()))
    return out


def _period(
    sent: Sentence, dates: list[DateMention], fig: Figure, metric: str, earlier: list[QuantityDraft]
) -> str | None:
    compared = COMPARED.search(sent.text)
    candidates = [
        d for d in dates
        if not (
            compared
            and d.start < sent.start + compared.end(1)
            and sent.start + compared.start(1) < d.end
        )
    ]  # fmt: skip
    if candidates:
        pos = sent.start + fig.start
        best = min(candidates, key=lambda d: (abs(d.start - pos), d.start))
        return best.value[:4] if not best.is_period and len(best.value) > 4 else best.value
    if compared:
        # growth over a named year: the report is about the year after it, or the year the
        # article has been reporting figures for
        prior = [q.period for q in earlier if q.period and len(q.period) == 4]
        return prior[-1] if prior else str(int(compared.group(1)) + 1)
    return None


def _parties(actors: ActorIndex, text: str, sent: Sentence) -> list[str]:
    parties: list[str] = []
    for m in party_mentions(actors, text, sent.start, sent.end):
        if m.kind == "org" and not m.countries:
            parties.append(m.text if len(m.key) >= 12 else m.key)
        parties.extend(m.countries)
    parties = list(dict.fromkeys(parties))
    if not any(p != HOME_STATE for p in parties) and not BILATERAL.search(sent.text):
        return []
    return parties

"""The speed-ups of extraction and cleaning give exactly what the plain versions gave.

Each test keeps the plain (slow) version as the oracle and compares on news-like and
arbitrary text, including the characters that re folds case-insensitively with ASCII
letters ("ſ", "ı", "İ", "K").
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.clean.dedup import _minhash, minhash_signature, shingles
from warta.clean.language import _dominant_script
from warta.clean.lines import LineSpan, is_blank_char
from warta.clean.offsets import _CleanTextBuilder, build_clean_text
from warta.extract.events import Hit, find_hits
from warta.extract.lexicon import (
    ASCII_CASE_TWINS,
    counted_nouns,
    metric_cues,
    sector_cues,
    sectors_of,
    triggers,
    triggers_in,
)
from warta.extract.quantities import NUM, SCALE, Figure, _counts, metric_values
from warta.numbers import SCALES, parse_digits

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"
WORDS = sorted({w for t in triggers() for w in t.surface.replace("...", " ").split()})
ODD_CASE = ["ſ", "ı", "İ", "\u212a", "NYA", "nya", "lah", "pun", "-", "_", "2", "é"]
_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))


def _news_texts() -> list[str]:
    folders = [REPO / "examples", *(REPO / "tests" / "data").glob("*/articles"), SEEDS]
    paths = [path for folder in folders for path in sorted(folder.glob("*.txt"))]
    return [path.read_text(encoding="utf-8", errors="replace") for path in paths]


# --- events: the first-word prefilter of the triggers ---------------------------------


def _find_hits_plain(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for trig in triggers():
        for m in trig.pattern.finditer(text):
            if any(h.start < m.end() and m.start() < h.end for h in hits):
                continue
            hits.append(Hit(trig, m.start(), m.end(), trig.type))
    return sorted(hits, key=lambda h: h.start)


def _same_hits(text: str) -> None:
    matching = {t.surface for t in triggers() if t.pattern.search(text)}
    assert matching <= {t.surface for t in triggers_in(text)}
    assert find_hits(text) == _find_hits_plain(text)


_SENTENCE = st.lists(
    st.one_of(
        st.sampled_from(WORDS),
        st.sampled_from(WORDS).map(str.upper),
        st.sampled_from(WORDS).map(str.title),
        st.sampled_from(WORDS).map(lambda w: w.replace("s", "ſ").replace("i", "ı")),
        st.sampled_from(WORDS).map(lambda w: w.upper().replace("I", "İ").replace("K", "\u212a")),
        st.sampled_from(ODD_CASE),
        st.sampled_from(["Rusia", "Indonesia", "itu", "dan", "akan", ",", "."]),
        st.text(max_size=6),
    ),
    max_size=14,
).flatmap(lambda parts: st.sampled_from([" ", "", "-"]).map(lambda sep: sep.join(parts)))


@_SETTINGS
@given(_SENTENCE)
def test_trigger_prefilter_misses_no_match(text: str) -> None:
    _same_hits(text)


def test_trigger_prefilter_on_news() -> None:
    texts = _news_texts()
    assert texts
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            _same_hits(sentence)


def test_ascii_case_twins_are_all_non_ascii_characters_re_folds_to_ascii() -> None:
    ascii_word = re.compile(r"[A-Za-z0-9_]", re.IGNORECASE)
    twins = {chr(c) for c in range(128, sys.maxunicode + 1) if ascii_word.fullmatch(chr(c))}
    assert twins == set(ASCII_CASE_TWINS)
    for twin in twins:  # the same for the escaped literal letters of a trigger pattern
        assert any(re.fullmatch(c, twin, re.IGNORECASE) for c in "iIsSkK")


# --- cue lexicons: one search for "none of them" --------------------------------------


def _same_cues(text: str) -> None:
    assert sectors_of(text) == sorted({c.value for c in sector_cues() if c.pattern.search(text)})
    assert metric_values(text) == {c.value for c in metric_cues() if c.pattern.search(text)}


_CUE_TEXT = st.lists(
    st.sampled_from([c.words for c in (*sector_cues(), *metric_cues())] + ODD_CASE + ["a", "-"])
    | st.text(max_size=5),
    max_size=8,
).map(" ".join)


@_SETTINGS
@given(_CUE_TEXT)
def test_cue_guards_as_plain(text: str) -> None:
    _same_cues(text)
    _same_cues(text.upper())


def test_cue_guards_on_news() -> None:
    for text in _news_texts():
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
            _same_cues(sentence)
            assert _counts(sentence, []) == _counts_plain(sentence, [])


def _counts_plain(text: str, taken: list[tuple[int, int]]) -> list[Figure]:
    out = []
    for noun, unit in counted_nouns():
        pattern = (
            rf"(?<![\w.,])({NUM})(?:\s+({SCALE}))?\s+(?:dari\s+(?:total\s+)?({NUM})\s+)?"
            rf"{re.escape(noun)}(?![\w])"
        )
        for m in re.finditer(pattern, text, re.IGNORECASE):
            if any(s <= m.start() < e for s, e in taken) or re.fullmatch(
                r"(?:19|20)\d{2}", m.group(1)
            ):
                continue
            value = parse_digits(m.group(1))
            if value is None:
                continue
            value *= SCALES.get((m.group(2) or "").lower(), 1)
            label = f"{unit} of {m.group(3)}" if m.group(3) else unit
            out.append(Figure(m.start(), m.end(), value, label))
            taken.append((m.start(), m.end()))
    return out


_COUNT_TEXT = st.lists(
    st.sampled_from([n for n, _ in counted_nouns()] + ["12", "1.500", "3,5", "juta", "dari"])
    | st.sampled_from(ODD_CASE)
    | st.text(max_size=4),
    max_size=8,
).map(" ".join)


@_SETTINGS
@given(_COUNT_TEXT)
def test_count_guard_as_plain(text: str) -> None:
    assert _counts(text, []) == _counts_plain(text, [])


# --- clean: blank runs by regex, script counts per distinct character -----------------


def test_regex_whitespace_is_str_isspace() -> None:
    space = re.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        assert bool(space.match(ch)) == ch.isspace(), hex(code)


class _PlainBuilder(_CleanTextBuilder):
    def copy_normalized(self, start: int, end: int) -> None:
        raw = self._raw
        run_start = start
        i = start
        while i < end:
            if not is_blank_char(raw[i]):
                i += 1
                continue
            self.copy(run_start, i)
            blank_end = i
            while blank_end < end and is_blank_char(raw[blank_end]):
                blank_end += 1
            if any(raw[k].isspace() for k in range(i, blank_end)):
                if raw[i] == " " and blank_end == i + 1:
                    self.copy(i, i + 1)
                else:
                    self.emit(" ")
            i = run_start = blank_end
        self.copy(run_start, end)


_BLANKY = st.text(
    alphabet=st.sampled_from(list("ab \t\u00a0\u200b\u00ad\u2003\ufeff\u3000x\n")), max_size=40
)


@_SETTINGS
@given(_BLANKY, st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=4))
def test_copy_normalized_as_plain(raw: str, cuts: list[tuple[int, int]]) -> None:
    spans = [(0, len(raw))] + [(min(a, b), max(a, b)) for a, b in cuts]
    fast, plain = _CleanTextBuilder(raw), _PlainBuilder(raw)
    for start, end in spans:
        start, end = min(start, len(raw)), min(end, len(raw))
        for builder in (fast, plain):
            builder.copy_normalized(start, end)
            builder.emit("\n")
    assert fast.result() == plain.result()


def test_build_clean_text_on_news() -> None:
    for text in _news_texts():
        lines = [LineSpan(0, len(text))]
        fast = build_clean_text(text, lines)
        plain = _PlainBuilder(text)
        plain.copy_normalized(0, len(text))
        assert fast == plain.result()


def _dominant_script_plain(text: str, sample: int = 2000) -> str | None:
    counts: dict[str, int] = {}
    letters = 0
    for ch in text[:sample]:
        if not ch.isalpha():
            continue
        letters += 1
        script = unicodedata.name(ch, "UNKNOWN").split(" ")[0]
        counts[script] = counts.get(script, 0) + 1
    if not letters:
        return None
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count / letters >= 0.5 else None


@_SETTINGS
@given(st.text(alphabet=st.sampled_from(list("abcабвгαβ中文12 .")), max_size=60) | st.text())
def test_dominant_script_as_plain(text: str) -> None:
    assert _dominant_script(text) == _dominant_script_plain(text)
    assert _dominant_script(text, sample=7) == _dominant_script_plain(text, sample=7)


# --- dedup: one update_batch instead of an update per shingle --------------------------


def _signature_plain(text: str) -> list[int]:
    minhash = _minhash()
    for shingle in sorted(shingles(text)):
        minhash.update(shingle.encode("utf-8"))
    return [int(value) for value in minhash.hashvalues]


@_SETTINGS
@given(st.text(max_size=200))
def test_minhash_batch_as_plain(text: str) -> None:
    assert minhash_signature(text) == _signature_plain(text)


def test_minhash_batch_on_news() -> None:
    for text in _news_texts():
        assert np.array_equal(minhash_signature(text), _signature_plain(text))

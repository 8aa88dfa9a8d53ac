"""Property-based fuzzing of the text stages on arbitrary Unicode mixed with news-like
pieces: the cleaner, the date/money/number normalizers and the extractor never raise,
every offset lies inside its text, and every normalized value is well-formed.

(test_clean_properties.py covers the cleaner's own offset map; here the cleaner feeds
the extractor, whose evidence spans must point into the cleaned text.) Example counts
are small in the suite; WARTA_FUZZ_EXAMPLES raises them for a long run.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warta.clean import clean_document
from warta.clean.pubdate import infer_publication_date
from warta.ingest.types import RawDocument

EXAMPLES = int(os.environ.get("WARTA_FUZZ_EXAMPLES", "0")) or None

PIECES = st.sampled_from(
    [
        "Jakarta (ANTARA) - ",
        "Menteri Luar Negeri Retno Marsudi bertemu Sergei Lavrov",
        " di Moskow, Rusia, ",
        "Selasa (6/7/2021)",
        "Rabu (32/13)",
        "31 Februari 2021",
        "29 Februari 2023",
        "(0/0)",
        "pekan depan",
        "kemarin",
        "tahun 1950-an",
        "periode 2023-2021",
        "9999-99-99",
        "Juni lalu",
        "sebesar 5 miliar dolar AS",
        "Rp 1.500.000",
        "US$ -3",
        "$ 2,7 miliar",
        "1e308 triliun rupiah",
        "999999999999999999999 triliun triliun dolar",
        "€ 3 juta",
        "nol koma lima juta yen",
        "18 persen",
        "ke-25",
        "3 dari 5",
        " menandatangani nota kesepahaman kerja sama energi",
        " dengan target perdagangan 10 miliar dolar AS pada 2025",
        ". ",
        "\n\n",
        "\r\n",
        "\u00a0",
        "\u200b",
        "\ufeff",
        "“",
        "’",
        "🇮🇩",
    ]
)
TEXT = st.lists(st.one_of(st.text(max_size=20), PIECES), max_size=30).map("".join)
PUBLISHED = st.one_of(st.none(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).map(str))


def fuzz_settings(examples: int) -> settings:
    return settings(
        max_examples=EXAMPLES or examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )


# --- what a well-formed value is ------------------------------------------------------

_ISO4217 = re.compile(r"^[A-Z]{3}$")


def valid_date_norm(norm: str) -> bool:
    """YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, START/END; XXXX for a year not known."""
    if norm.startswith("XXXX-"):
        norm = "2000" + norm[4:]  # a leap year: 29 February is possible
    if "/" in norm:
        start, _, end = norm.partition("/")
        return valid_date_norm(start) and valid_date_norm(end) and start <= end
    if re.fullmatch(r"\d{4}", norm):
        return True
    if m := re.fullmatch(r"\d{4}-(\d{2})", norm):
        return 1 <= int(m.group(1)) <= 12
    if m := re.fullmatch(r"(\d{4})-W(\d{2})", norm):
        try:
            dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        except ValueError:
            return False
        return True
    try:
        dt.date.fromisoformat(norm)
    except ValueError:
        return False
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}", norm))


def test_the_date_check_itself() -> None:
    assert all(map(valid_date_norm, ["2021", "2021-02", "2021-02-28", "2021-W05", "XXXX-02-29",
                                     "XXXX-07", "2016/2020", "2021-06/2021-07"]))  # fmt: skip
    assert not any(map(valid_date_norm, ["2021-02-31", "2021-13", "2021-W54", "2020/2016",
                                         "XXXX-02-30", "21-2-3", "2021-2-3"]))  # fmt: skip


# --- the normalizers ------------------------------------------------------------------


@pytest.fixture(scope="module")
def rules_nlp():  # type: ignore[no-untyped-def]
    from warta.nlp.api import build_pipeline

    return build_pipeline(ner_dir=None)  # the rule components: dates, money, numbers


@fuzz_settings(300)
@given(text=TEXT, published=PUBLISHED)
def test_normalizers_never_fail_and_values_are_well_formed(rules_nlp, text, published) -> None:  # type: ignore[no-untyped-def]
    doc = rules_nlp.make_doc(text)
    doc._.published = published
    doc = rules_nlp(doc)
    for ent in doc.ents:
        assert 0 <= ent.start_char <= ent.end_char <= len(text)
        assert text[ent.start_char : ent.end_char] == ent.text
        norm, value = ent._.norm, ent._.value
        if ent.label_ == "DATE" and norm is not None:
            assert valid_date_norm(norm), (ent.text, norm)
        if ent.label_ == "MONEY" and value is not None:
            amount = value["value"]
            assert isinstance(amount, int | float) and math.isfinite(amount) and amount >= 0
            assert _ISO4217.match(value["unit"]), value
        if ent.label_ in ("PERCENT", "CARDINAL", "ORDINAL", "QUANTITY") and norm is not None:
            for number in norm.split()[0].split("/"):  # "3/5": a count of a total
                assert math.isfinite(float(number)), (ent.text, norm)


@fuzz_settings(300)
@given(text=TEXT)
def test_publication_date_is_a_real_date_or_none(text: str) -> None:
    found = infer_publication_date(text, today=dt.date(2026, 1, 1))
    if found is not None:
        assert valid_date_norm(found.value), found
        assert 0 <= found.confidence <= 1


@pytest.mark.parametrize("text", ["pada 31 Februari 2021 itu", "Rabu (32/13) lalu", "(0/0)",
                                  "tanggal 30 Februari", "Senin (31/4/2021)"])  # fmt: skip
def test_impossible_dates_are_not_publication_dates(text: str) -> None:
    lead = f"Jakarta (ANTARA) - Menteri bertemu duta besar {text} di Jakarta."
    assert infer_publication_date(lead, today=dt.date(2026, 1, 1)) is None


# --- clean + analyze + extract ----------------------------------------------------------


@fuzz_settings(100)
@given(text=TEXT, published=PUBLISHED)
def test_extraction_never_fails_and_evidence_points_into_the_text(text, published) -> None:  # type: ignore[no-untyped-def]
    from warta.extract import extract_article
    from warta.nlp import analyze

    raw = RawDocument(doc_id="fuzz", source="fuzz", text=text, format="txt", published=published)
    cleaned = clean_document(raw, today=dt.date(2026, 1, 1))
    knowledge = extract_article(cleaned, analyze(cleaned.text, published), "fuzz", None)
    facts = [*knowledge.events, *knowledge.agreements, *knowledge.quantities]
    for fact in facts:
        evidence = fact.evidence
        assert 0 <= evidence.start <= evidence.end <= len(cleaned.text), evidence
        assert cleaned.text[evidence.start : evidence.end] == evidence.text
    for dated in [*knowledge.events, *knowledge.agreements]:
        if dated.date is not None:
            assert valid_date_norm(dated.date), dated.date
    for quantity in knowledge.quantities:
        assert math.isfinite(quantity.value), quantity
        if _ISO4217.match(quantity.unit):
            assert quantity.value >= 0, quantity

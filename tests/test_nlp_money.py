import pytest

from warta.nlp.api import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(ner_dir=None)


def ents(nlp, text: str, label: str) -> list[tuple[str, str | None]]:
    return [(e.text, e._.norm) for e in nlp(text).ents if e.label_ == label]


@pytest.mark.parametrize(
    ("text", "span", "norm"),
    [
        ("sebesar 5 miliar dolar AS.", "5 miliar dolar AS", "5000000000 USD"),
        ("sebesar 5 Miliar USD pada", "5 Miliar USD", "5000000000 USD"),
        ("mencapai $ 2,7 miliar dan", "$ 2,7 miliar", "2700000000 USD"),
        ("setara Rp267 triliun pada", "Rp267 triliun", "267000000000000 IDR"),
        ("senilai US$ 33,03 miliar itu", "US$ 33,03 miliar", "33030000000 USD"),
        ("senilai 133,2 juta dolar AS itu", "133,2 juta dolar AS", "133200000 USD"),
        ("senilai dua ratus juta rupiah itu", "dua ratus juta rupiah", "200000000 IDR"),
        ("senilai Rp 1,5 triliun itu", "Rp 1,5 triliun", "1500000000000 IDR"),
        ("senilai € 3 juta itu", "€ 3 juta", "3000000 EUR"),
        ("senilai 10 juta yen itu", "10 juta yen", "10000000 JPY"),
        ("senilai US$5 itu", "US$5", "5 USD"),
        ("senilai Rp 1.500.000 itu", "Rp 1.500.000", "1500000 IDR"),
        ("senilai 2 juta dolar Singapura itu", "2 juta dolar Singapura", "2000000 SGD"),
        ("devisa sebesar us$ 70 juta.", "us$ 70 juta", "70000000 USD"),
        ("senilai A$ 5 juta atau", "A$ 5 juta", "5000000 AUD"),
        ("sekitar Rp50 triliun dua tahun setelah", "Rp50 triliun", "50000000000000 IDR"),
        ("senilai 500.000 dolar Selandia Baru", "500.000 dolar Selandia Baru", "500000 NZD"),
        ("sebesar 10 juta gulden itu", "10 juta gulden", "10000000 NLG"),
    ],
)
def test_money(nlp, text, span, norm):
    assert ents(nlp, text, "MONEY") == [(span, norm)]


def test_money_value(nlp):
    (money,) = [e for e in nlp("sebesar 5 miliar dolar AS.").ents if e.label_ == "MONEY"]
    assert money._.value == {"value": 5e9, "unit": "USD"}


@pytest.mark.parametrize(
    ("text", "span", "norm"),
    [("naik 18 persen", "18 persen", "18"), ("naik 18% dari", "18%", "18"),
     ("naik 2,5 persen", "2,5 persen", "2.5")],
)  # fmt: skip
def test_percent(nlp, text, span, norm):
    assert ents(nlp, text, "PERCENT") == [(span, norm)]


def test_ordinal(nlp):
    assert ents(nlp, "HUT ke-25 kemitraan", "ORDINAL") == [("ke-25", "25")]


def test_count_of_total(nlp):
    doc = nlp("sebanyak 79 dari total 139 rencana aksi")
    assert [(e.text, e.label_, e._.norm) for e in doc.ents] == [
        ("79 dari total 139", "QUANTITY", "79/139")]  # fmt: skip
    assert doc.ents[0]._.value == {"value": 79, "total": 139}


def test_cardinals(nlp):
    assert ents(nlp, "membahas empat bidang dan 12 dokumen", "CARDINAL") == [
        ("empat", "4"), ("12", "12")]  # fmt: skip
    assert ents(nlp, "salah satu negara", "CARDINAL") == []


def test_money_before_a_relative_date(nlp):
    doc = nlp("senilai US$ 7 miliar tahun lalu")
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("US$ 7 miliar", "MONEY"), ("tahun lalu", "DATE")]  # fmt: skip


def test_year_is_not_cardinal(nlp):
    doc = nlp("pada 2018 naik")
    assert [(e.text, e.label_) for e in doc.ents] == [("2018", "DATE")]

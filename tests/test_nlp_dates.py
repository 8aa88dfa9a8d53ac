import pytest

from warta.nlp.api import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline(ner_dir=None)


def dates(nlp, text: str, published: str | None = None) -> list[tuple[str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    return [(e.text, e._.norm) for e in doc.ents if e.label_ == "DATE"]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("pada 3 Februari 1950 merupakan awal", None, [("3 Februari 1950", "1950-02-03")]),
        ("pada tanggal 25 Januari 1950 dan", None, [("tanggal 25 Januari 1950", "1950-01-25")]),
        ("diselenggarakan pada 26 Januari 2021 secara", None, [("26 Januari 2021", "2021-01-26")]),
        ("Lavrov Selasa 6 Juli.", "2021-07-07", [("Selasa 6 Juli", "2021-07-06")]),
        ("di Bangkok, Rabu (31/7).", "2019-08-01", [("Rabu (31/7)", "2019-07-31")]),
        ("Minggu (3/7/2022), pada", None, [("Minggu (3/7/2022)", "2022-07-03")]),
        ("sumber (3/7/2022) itu", None, [("3/7/2022", "2022-07-03")]),
        ("di Bangkok, Juni lalu tersebut", "2019-08-01", [("Juni lalu", "2019-06")]),
        ("di Bangkok, Juni lalu tersebut", "2019-03-01", [("Juni lalu", "2018-06")]),
        ("Bulan lalu Kepala Dinas", "2021-07-06", [("Bulan lalu", "2021-06")]),
        ("pertemuan kemarin bersama", "2021-01-27", [("kemarin", "2021-01-26")]),
        ("bilateral hari ini, Menlu", "2021-07-06", [("hari ini", "2021-07-06")]),
        ("digelar pekan depan di", "2021-07-06", [("pekan depan", "2021-W28")]),
        ("digelar tahun depan di", "2021-07-06", [("tahun depan", "2022")]),
        ("pada tahun 2022 mendatang.", None, [("tahun 2022 mendatang", "2022")]),
        ("setara Rp267 triliun pada 2018.", None, [("2018", "2018")]),
        ("dimulai sejak tahun 1991 dan", None, [("tahun 1991", "1991")]),
        ("untuk periode 2016-2020 telah", None, [("periode 2016-2020", "2016/2020")]),
        ("untuk periode 2021–2023.", None, [("periode 2021–2023", "2021/2023")]),
        ("sejak tahun 1950-an dan", None, [("tahun 1950-an", "1950/1959")]),
        ("tiga tahun lalu Rusia", "2021-07-06", [("tiga tahun lalu", "2018")]),
        ("pada 25-26 Januari 2021 di", None, [("25-26 Januari 2021", "2021-01-25/2021-01-26")]),
        (
            "pada 30 Maret-2 April 2021 di",
            None,
            [("30 Maret-2 April 2021", "2021-03-30/2021-04-02")],
        ),
        ("berangkat ke Seoul, Minggu pagi.", "2021-07-06", [("Minggu pagi", "2021-07-04")]),
        ("tiba pada Minggu, lalu", "2021-07-06", [("Minggu", "2021-07-04")]),
        ("Hari Minggu ribuan orang", "2021-07-06", [("Hari Minggu", "2021-07-04")]),
        ("Minggu lalu Menlu", "2021-07-06", [("Minggu lalu", "2021-07-04")]),
        ("mengekspor US$ 7 miliar tahun lalu.", "2021-07-06", [("tahun lalu", "2020")]),
    ],
)
def test_dates(nlp, text, published, expected):
    assert dates(nlp, text, published) == expected


@pytest.mark.parametrize(
    "text",
    [
        "pada 31 Februari 2021 itu",
        "Rabu (32/13) lalu",
        "angka (3/13) itu",
        "pada 3 April-30 Maret 2021",  # a range that ends before it starts
        "digelar pada minggu ketiga",  # lower-case "minggu" is a week
    ],
)
def test_invalid_dates_are_not_dates(nlp, text):
    assert dates(nlp, text, "2021-07-06") == []


def test_weekday_picks_matching_year_nearest_publication(nlp):
    # 8 March fell on a Monday in 2021; published in 2022 the nearest past match is 2021.
    assert dates(nlp, "Senin (8/3) lalu", "2022-01-10") == [("Senin (8/3)", "2021-03-08")]


def test_weekday_without_publication_gives_candidates(nlp):
    doc = nlp("TASS pada Senin (8/3).")
    (date,) = [e for e in doc.ents if e.label_ == "DATE"]
    assert date._.norm == "XXXX-03-08"
    assert "2021-03-08" in date._.value["candidates"]


def test_period_value(nlp):
    doc = nlp("periode 2016-2020")
    assert doc.ents[0]._.value == {"start": "2016", "end": "2020", "granularity": "year"}


def test_relative_without_publication_keeps_offset(nlp):
    doc = nlp("pertemuan kemarin bersama")
    assert doc.ents[0]._.norm is None
    assert doc.ents[0]._.value["offset"] == -1


def test_five_digit_numbers_are_not_years() -> None:
    from warta.nlp import analyze

    doc = analyze("Jumlah penumpang mencapai 43900 orang pada 2014.", "2014-05-01")
    dates = [(e.text, e._.norm) for e in doc.ents if e.label_ == "DATE"]
    assert ("43900", "4390") not in dates
    assert all(e.text != "43900" for e in doc.ents if e.label_ == "DATE")
    assert any(norm == "2014" for _, norm in dates)

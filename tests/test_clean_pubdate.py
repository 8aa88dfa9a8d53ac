"""Publication date selection on invented Indonesian news texts."""

from __future__ import annotations

import datetime as dt

from warta.clean.pubdate import infer_publication_date, metadata_date

TODAY = dt.date(2026, 1, 1)


def pubdate(text: str, **kwargs):  # type: ignore[no-untyped-def]
    return infer_publication_date(text, today=TODAY, **kwargs)


def test_metadata_wins() -> None:
    found = pubdate("Presiden tiba di Tokyo, Senin (3/7/2023).", metadata="2022-07-03T08:00:00")
    assert (found.value, found.method) == ("2022-07-03", "metadata")


def test_metadata_partial_and_invalid() -> None:
    assert metadata_date("2022-07") is not None and metadata_date("2022-07").value == "2022-07"
    assert metadata_date("2021-02-31") is None
    assert metadata_date("kemarin") is None
    assert metadata_date(None) is None


def test_explicit_weekday_date() -> None:
    text = "Menlu bertemu mitranya, Jumat (5/8/2022). Pada 17 Agustus 1945 Indonesia merdeka."
    found = pubdate(text)
    assert (found.value, found.method) == ("2022-08-05", "explicit")
    assert found.text == "Jumat (5/8/2022)"
    assert found.confidence >= 0.85


def test_explicit_weekday_mismatch_lowers_confidence() -> None:
    found = pubdate("Menlu bertemu mitranya, Senin (5/8/2022).")  # 5/8/2022 is a Friday
    assert found.value == "2022-08-05" and found.confidence < 0.7


def test_timestamp_evidence_outranks_text() -> None:
    found = pubdate(
        "Pertemuan digelar Senin (1/8/2022).",
        evidence_texts=["Selasa, 2 Agustus 2022 - 10:15 WIB"],
    )
    assert (found.value, found.method) == ("2022-08-02", "explicit")


def test_weekday_inference_uses_years_mentioned() -> None:
    text = (
        "Menlu menerima Dubes Jepang Selasa 6 Juli.\n"
        "Keduanya membahas rencana kerja 2021–2023 dan target tahun 2020 yang belum tercapai."
    )
    found = pubdate(text)
    assert (found.value, found.method) == ("2021-07-06", "weekday")
    assert "2010-07-06" in found.candidates


def test_weekday_inference_copyright_year() -> None:
    found = pubdate("Pertemuan digelar di Bangkok, Rabu (31/7).", copyright_years=[2019])
    assert found.value == "2019-07-31" and found.method == "weekday"


def test_reporting_weekday_after_anchor_moves_date() -> None:
    text = (
        "Pertemuan digelar di Bangkok, Rabu (31/7).\n"
        "“Kerja sama meningkat,” kata Menlu dalam taklimat media, Kamis."
    )
    found = pubdate(text, copyright_years=[2019])
    assert found.value == "2019-08-01"
    assert found.text == "Rabu (31/7) … Kamis"
    assert found.confidence < 0.8


def test_reporting_weekday_same_as_anchor_keeps_date() -> None:
    text = "Pertemuan digelar Rabu (31/7/2019). Hal itu dikatakan Menlu, Rabu."
    assert pubdate(text).value == "2019-07-31"


def test_related_links_cannot_move_date() -> None:
    # The caller passes cleaned text: a "Baca juga" headline is not in it. Here the
    # only date is the weekday one; years near it decide.
    text = "Menlu bicara di Moskow, Senin (8/3).\nNilai dagang pada 2019 naik."
    assert pubdate(text).value == "2021-03-08"


def test_event_date_then_yesterday() -> None:
    text = (
        "Pertemuan berlangsung pada 26 Januari 2021 secara virtual.\n"
        "Indonesia memimpin pertemuan kemarin bersama pejabat Rusia."
    )
    found = pubdate(text)
    assert (found.value, found.method) == ("2021-01-27", "relative")


def test_last_week_is_not_yesterday() -> None:
    text = "Pertemuan berlangsung pada 26 Januari 2021.\nPekan kemarin ia ke Tokyo."
    assert pubdate(text).value == "2021-01-26"


def test_full_date_in_lead_preferred_to_history() -> None:
    text = (
        "KTT digelar pada 12 Mei 2023 di Labuan Bajo.\n"
        "Hubungan kedua negara dimulai pada 3 Februari 1950."
    )
    found = pubdate(text)
    assert (found.value, found.method) == ("2023-05-12", "explicit")
    assert found.confidence <= 0.5


def test_copyright_year_alone() -> None:
    found = pubdate("Tidak ada tanggal di sini.", copyright_years=[2019])
    assert (found.value, found.method) == ("2019", "copyright")


def test_no_date() -> None:
    assert pubdate("Menlu bertemu mitranya, Kamis.") is None
    assert pubdate("") is None


def test_reporting_weekday_far_from_anchor_is_ignored() -> None:
    text = (
        "Pertemuan digelar Rabu (31/7/2019).\n" + "Isi berita panjang. " * 100 + "kata dia, Kamis."
    )
    assert pubdate(text).value == "2019-07-31"

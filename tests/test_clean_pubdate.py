"""Publication date selection on invented Indonesian news texts."""

from __future__ import annotations

import datetime as dt

from warta.clean.pubdate import infer_publication_date, metadata_date

TODAY = dt.date(2026, 1, 1)


def pubdate(text: str, **kwargs):  # type: ignore[no-untyped-def]
    return infer_publication_date(text, today=TODAY, **kwargs)


def test_metadata_wins() -> None:
    found = pubdate("Presiden tiba di Tokyo, Senin (3/7/2023).", metadata="2023-07-04T08:00:00")
    assert (found.value, found.method) == ("2023-07-04", "metadata")
    found = pubdate("Presiden tiba di Tokyo, Senin.", metadata="2022-07-03T08:00:00")
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


def test_stamp_line_with_a_clock_time() -> None:
    text = (
        "Terbaru 5 Maret 2019 - 10:15 WIB\n"
        "Presiden menerima Perdana Menteri Belanda di Istana Bogor, Senin (4/3/2019)."
    )
    found = pubdate(text)
    assert (found.value, found.method, found.text) == ("2019-03-05", "explicit", "5 Maret 2019")


def test_date_and_time_in_a_sentence_is_no_stamp() -> None:
    text = (
        "Presiden menerima Perdana Menteri Belanda di Istana Bogor pada Selasa, 5 Maret 2019 "
        "pukul 10.00 WIB, setelah keduanya bertemu di Jakarta sehari sebelumnya, Senin (4/3/2019)."
    )
    assert pubdate(text).value == "2019-03-05"  # the latest weekday date, not a stamp
    assert pubdate(text).confidence < 0.95


def test_source_line() -> None:
    text = (
        "Presiden tiba di Tokyo, Senin malam.\nKeduanya membahas kerja sama.\n"
        "Sumber: HARIAN NUSANTARA (12 /03/ 1994)"
    )
    assert pubdate(text).value == "1994-03-12"


def test_source_line_taken_out_as_a_byline_dates_the_article() -> None:
    from warta.clean import clean_document
    from warta.ingest.types import RawDocument

    text = (
        "Presiden Terima Dubes Jepang\n\nPresiden menerima Duta Besar Jepang di Istana "
        "Merdeka Sabtu pagi untuk membahas kerja sama ekonomi.\n"
        "Sumber : HARIAN NUSANTARA (07/12/1991)\n"
    )
    clean = clean_document(RawDocument(doc_id="t", source="t", text=text, format="txt"))
    assert ("byline", "Sumber : HARIAN NUSANTARA (07/12/1991)") in [
        (r.kind, r.text) for r in clean.removed
    ]
    assert clean.published is not None and clean.published.value == "1991-12-07"


def test_the_report_day_named_as_such() -> None:
    text = (
        "Menlu akan bertemu mitranya di Paris, Senin (11/3/2024).\n"
        "Hal itu tertulis dalam siaran pers yang diterima di Jakarta pada Kamis (7/3/2024)."
    )
    found = pubdate(text)
    assert (found.value, found.text) == ("2024-03-07", "Kamis (7/3/2024)")
    text = "Ekspor naik 2022 ini, seperti dikutip siaran pers hari ini, Selasa (23/8)."
    assert pubdate(text).value == "2022-08-23"


def test_days_ahead_and_past_are_not_the_report_day() -> None:
    ahead = "Larangan ekspor berlaku mulai Kamis 28 April 2022, kata Presiden, Jumat (22/4/2022)."
    assert pubdate(ahead).value == "2022-04-22"
    past = (
        "Dubes dipanggil pada Jumat (20/2/2015) yang lalu.\n"
        "Menlu menjelaskan hal itu di Jakarta, Selasa (17/2/2015)."
    )
    assert pubdate(past).value == "2015-02-17"


def test_a_date_called_yesterday() -> None:
    found = pubdate("Hal itu dinyatakan juru bicara di Tokyo, Selasa (29/9/2015) kemarin.")
    assert (found.value, found.method) == ("2015-09-30", "relative")


def test_anniversary() -> None:
    text = (
        "Sejarah hari ini mencatat, pada Jumat 8 April 2005 atau tepat 16 tahun silam, "
        "kedua negara berselisih di perbatasan laut."
    )
    found = pubdate(text)
    assert (found.value, found.method) == ("2021-04-08", "relative")
    text = "Tepat hari ini, 20 Mei 2002 silam Timor Leste merdeka.\nSudah 20 Tahun Timor Leste"
    assert pubdate(text).value == "2022-05-20"


def test_weekday_year_never_in_the_future() -> None:
    # 27 December is a Sunday in 2026 and in 2020: read on 2 December 2026, it was 2020
    found = infer_publication_date("Menlu berbicara, Minggu (27/12).", today=dt.date(2026, 12, 2))
    assert found.value == "2020-12-27"


def test_office_holder_picks_the_weekday_year() -> None:
    # 25/1 is a Tuesday in 2011 and 2022; only 2022 falls in President Joko Widodo's term
    text = (
        "Presiden Joko Widodo menerima tamu di Istana, Selasa (25/1).\nPertemuan berlangsung lama."
    )
    found = infer_publication_date(text, today=dt.date(2026, 1, 1))
    assert found is not None and found.value == "2022-01-25"


def test_former_office_holder_dates_nothing() -> None:
    from warta.clean.office_years import office_years

    assert not office_years("Hadir pula mantan Presiden Susilo Bambang Yudhoyono.")
    assert office_years("Menlu Retno Marsudi berbicara.", dt.date(2026, 1, 1))[2015] == 1
    assert not office_years("")


def test_weekday_with_time_of_day_before_the_date() -> None:
    text = "Kedua menteri bertemu di Jakarta, Minggu sore (29/09/2019).\nMereka membahas dagang."
    found = infer_publication_date(text, today=dt.date(2026, 1, 1))
    assert found is not None and found.value == "2019-09-29" and found.step == "weekday_date"


def test_statement_weekday_is_the_report_day() -> None:
    # the statement's weekday wins over an earlier weekday date the report looks back on
    text = (
        "Delegasi tiba di Jakarta, Minggu (27/12).\n"
        "Pertemuan berjalan baik, ucap juru bicara itu, Selasa (29/12/2020)."
    )
    found = pubdate(text)
    assert found is not None and (found.value, found.step) == ("2020-12-29", "statement")


# --- implausible dates and metadata that contradicts the text ------------------------


def test_dates_outside_1900_to_tomorrow_are_refused_with_a_note() -> None:
    for text in ("Menlu tiba di Tokyo, Jumat (31/12/9999).", "Pada 1 Januari 1850 kapal tiba."):
        assert pubdate(text) is None
    for metadata in ("9999-12-31", "1850-01-01", "0001-01-01", "2026-01-03"):
        notes: list[str] = []
        found = infer_publication_date("Senin (4/1/2021).", metadata=metadata, today=TODAY,
                                       notes=notes)  # fmt: skip
        assert found is not None and found.value == "2021-01-04", metadata
        assert len(notes) == 1 and "outside 1900..today + 1 day: refused" in notes[0], notes
    tomorrow = pubdate("Kemlu mengumumkan.", metadata="2026-01-02")
    assert tomorrow is not None and tomorrow.value == "2026-01-02"  # today + 1: time zones
    assert pubdate("Kemlu mengumumkan.", metadata="1900-01-01") is not None  # the first day


def test_metadata_never_silently_overrides_an_explicit_date_in_the_text() -> None:
    text = "Menlu Retno bertemu Menlu Jepang di Tokyo, Selasa (6/7/2021)."
    for metadata in ("20200101", "1900-01-01", "2020"):
        notes: list[str] = []
        found = infer_publication_date(text, metadata=metadata, today=TODAY, notes=notes)
        assert found is not None and found.value == "2021-07-06", metadata
        assert len(notes) == 1 and "disagrees with the explicit date" in notes[0], notes
    notes = []
    near = infer_publication_date(text, metadata="2021-07-07", today=TODAY, notes=notes)
    assert near is not None and (near.value, near.method) == ("2021-07-07", "metadata")
    assert notes and "the text suggests 2021-07-06" in notes[0]
    notes = []
    same = infer_publication_date(text, metadata="2021-07-06T09:00", today=TODAY, notes=notes)
    assert same is not None and same.method == "metadata" and notes == []


def test_metadata_gives_way_only_to_a_consistent_date() -> None:
    """A weekday that contradicts the date (6/7/2021 is a Tuesday) is a typo somewhere:
    the metadata stays, and the note says what the text suggested."""
    notes: list[str] = []
    text = "Menlu Retno bertemu Menlu Jepang di Tokyo, Jumat (6/7/2021)."
    found = infer_publication_date(text, metadata="2020-03-01", today=TODAY, notes=notes)
    assert found is not None and found.value == "2020-03-01"
    assert notes and "the text suggests 2021-07-06" in notes[0]


def test_compact_metadata_dates_are_read() -> None:
    found = metadata_date("20210706")
    assert found is not None and found.value == "2021-07-06"

"""The dyad brief: built from the sample corpus and from invented knowledge, rendered to PDF,
the PDF rendered to page images (kept in .ci/artifacts/screenshots) and read back: page
count, no heading at the foot of a page, Indonesian formats, sources with titles."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_api_corpus import copy_of_corpus

from warta.kb.brief import (
    HEADINGS,
    DyadBrief,
    SourceInfo,
    build_brief,
    id_date,
    id_money,
    id_number,
    render_markdown,
    render_pdf,
)
from warta.kb.repository import KnowledgeStore
from warta.kb.types import Citation, Claim, KBAgreement, KBEvent, QuantitySeries, StatusStep
from warta.store import open_store

pdfium = pytest.importorskip("pypdfium2")
SCREENSHOTS = Path(__file__).resolve().parents[1] / ".ci" / "artifacts" / "screenshots"


@pytest.fixture(scope="module")
def ks(tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeStore]:
    with open_store(copy_of_corpus(tmp_path_factory.mktemp("brief"))) as store:
        yield KnowledgeStore(store)


def page_lines(pdf_bytes: bytes) -> list[list[str]]:
    """Each page's text lines in drawing order, without the footer (drawn last)."""
    document = pdfium.PdfDocument(pdf_bytes)
    pages = []
    for page in document:
        text = page.get_textpage().get_text_range()
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        assert lines and lines[-1].startswith("warta · dibuat"), lines[-1:]
        pages.append(lines[:-1])
    return pages


def _image_below(page: object, heading: str) -> bool:
    """Is a picture (the trade chart) drawn under the heading on the same page?"""
    textpage = page.get_textpage()  # type: ignore[attr-defined]
    found = textpage.search(heading, match_case=True).get_next()
    if not found:
        return False
    heading_bottom = textpage.get_charbox(found[0])[1]
    return any(
        obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE and obj.get_bounds()[3] <= heading_bottom
        for obj in page.get_objects()  # type: ignore[attr-defined]
    )


def stranded_headings(pdf_bytes: bytes) -> list[tuple[int, str]]:
    """Pages (but the last) whose last text line is a heading with nothing drawn under it."""
    pages = page_lines(pdf_bytes)
    document = pdfium.PdfDocument(pdf_bytes)
    return [
        (number, lines[-1])
        for number, lines in enumerate(pages[:-1], start=1)
        if lines and lines[-1] in HEADINGS and not _image_below(document[number - 1], lines[-1])
    ]


def test_indonesian_numbers_and_dates() -> None:
    assert id_number(4.2) == "4,2"
    assert id_number(1234567) == "1.234.567"
    assert id_money(4.2e9, "USD") == "4,2 miliar USD"
    assert id_money(18, "percent") == "18 persen"
    assert id_date("2021-07-06") == "6 Juli 2021"
    assert id_date("2022-05") == "Mei 2022"
    assert id_date("2022") == "2022"


@pytest.mark.slow  # renders PDFs and page images
def test_corpus_brief_reads_as_a_brief(ks: KnowledgeStore) -> None:
    brief = build_brief(ks, "state:IDN", "state:RUS")
    md = render_markdown(brief)
    assert "## Ringkasan" in md and "dibuat" in md and "cakupan" in md
    assert "2,7 miliar USD" in md and "4.2 miliar" not in md
    for english in ("| signed |", "| planned |", "| realized |", " in_force"):
        assert english not in md
    # sources by title, outlet and date, never a bare file name
    assert "Indonesia dan Rusia teken MoU kerja sama pendidikan tinggi — Warta Dunia" in md
    assert "\n1. antara-" not in md
    pdf = render_pdf(brief)
    document = pdfium.PdfDocument(pdf)
    assert 1 <= len(document) <= 4
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for i, page in enumerate(document, start=1):
        image = page.render(scale=1.0).to_pil()
        assert image.width > 500 and image.getextrema() != ((255, 255),) * 3  # not blank
        image.save(SCREENSHOTS / f"brief-page-{i}.png")
    assert not stranded_headings(pdf)
    text = "\n".join(line for lines in page_lines(pdf) for line in lines)
    assert "Ringkasan" in text and "Tanggal" in text and "Peristiwa" in text  # real tables


def invented_brief(events: int) -> DyadBrief:
    def cite(i: int) -> Citation:
        return Citation(f"artikel-{i % 7}", 0, 30, "Kalimat bukti yang dikarang.", "2020-01-02")

    return DyadBrief(
        a="Indonesia",
        b="Negeri Contoh",
        events=[
            KBEvent(
                f"event:{i}",
                ["CONSULT", "AGREE", "AID"][i % 3],
                f"20{10 + i % 12}-0{1 + i % 9}-1{i % 10}",
                ["IDN", "XCX"],
                ["state:IDN"],
                None,
                "realized",
                [],
                [cite(i)],
            )
            for i in range(events)
        ],
        agreements=[
            KBAgreement(
                f"agreement:{i}",
                f"Nota kesepahaman bidang contoh nomor {i}",
                ["IDN", "XCX"],
                "signed",
                [StatusStep("signed", "2021-03-04", cite(i))],
            )
            for i in range(4)
        ],
        series=[
            QuantitySeries(
                "series:trade_volume:IDN-XCX:2020",
                "trade_volume",
                ["IDN", "XCX"],
                "2020",
                [Claim(4.2e9, "USD", "actual", None, cite(1))],
            )
        ],
        people=[],
        conflicts=[],
        articles={
            f"artikel-{i}": SourceInfo(f"artikel-{i}", f"Judul {i}", "Warta Uji", None, None)
            for i in range(7)
        },
        generated=dt.date(2024, 5, 6),
    )


@pytest.mark.slow  # renders two dozen PDFs, each with its chart
def test_no_heading_ends_a_page_whatever_the_length() -> None:
    checked = 0
    for events in range(20, 90, 3):
        pdf = render_pdf(invented_brief(events))
        assert not stranded_headings(pdf), events
        checked += 1
    assert checked > 20
    md = render_markdown(invented_brief(3))
    assert "4,2 miliar USD" in md and "dibuat 6 Mei 2024" in md

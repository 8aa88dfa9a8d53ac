"""A dyad brief an analyst could hand to a minister's office: Markdown, HTML or PDF.

Sections: summary of the period, key numbers, timeline table, agreements with their status
history, trade chart (actual vs target by year), key people with roles and dates, conflicts
between sources, and numbered sources (title, outlet, date, link). Numbers and dates are in
Indonesian formats ("4,2 miliar USD", "6 Juli 2021"); the generation date and coverage are
stated. In the PDF a heading never ends a page: it moves to the next page with its content.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from warta.kb.types import Citation, Conflict, Entity, KBAgreement, KBEvent, QuantitySeries

if TYPE_CHECKING:
    from warta.kb.repository import KnowledgeStore

TRADE_METRICS = ("trade_volume", "trade_target")
MONTHS = (
    "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember"
).split()
EVENT_WORDS = {
    "CONSULT": "Pertemuan/konsultasi",
    "AGREE": "Kesepakatan",
    "COOPERATE": "Kerja sama",
    "AID": "Bantuan",
    "REQUEST": "Permintaan",
    "SUPPORT": "Dukungan",
    "ACCUSE": "Tuduhan",
    "REJECT": "Penolakan",
    "SANCTION": "Sanksi",
    "THREATEN": "Ancaman",
    "PROTEST": "Protes",
}
EVENT_STATUS = {"realized": "terjadi", "planned": "direncanakan", "negated": "batal/dibantah"}
AGREEMENT_STATUS = {
    "planned": "direncanakan",
    "negotiating": "dirundingkan",
    "finalized": "final",
    "agreed": "disepakati",
    "signed": "ditandatangani",
    "ratified": "diratifikasi",
    "in_force": "berlaku",
}
DONE = {"signed", "ratified", "in_force"}
CONFLICT_TITLES = {
    "figure": "Angka berbeda",
    "event_order": "Urutan peristiwa janggal",
    "agreement_status": "Status perjanjian berbeda",
    "role": "Jabatan berbeda",
}
HEADINGS = (
    "Ringkasan",
    "Angka kunci",
    "Linimasa",
    "Perjanjian",
    "Perdagangan",
    "Tokoh kunci",
    "Konflik antarsumber",
    "Sumber",
)


@dataclass(frozen=True)
class SourceInfo:
    """What a reader needs to find an article again."""

    article_id: str
    title: str
    outlet: str | None
    published: str | None
    url: str | None


@dataclass
class DyadBrief:
    a: str  # display names
    b: str
    events: list[KBEvent]
    agreements: list[KBAgreement]
    series: list[QuantitySeries]
    people: list[Entity]
    conflicts: list[Conflict]
    actor_names: dict[str, str] = field(default_factory=dict)
    articles: dict[str, SourceInfo] = field(default_factory=dict)
    generated: dt.date = field(default_factory=dt.date.today)

    @property
    def title(self) -> str:
        return f"Hubungan {self.a}–{self.b}"

    def sources(self) -> list[Citation]:
        """One citation per article, in the order of first publication."""
        cites = [c for e in self.events for c in e.citations]
        cites += [s.citation for a in self.agreements for s in a.history]
        cites += [c.citation for s in self.series for c in s.claims]
        cites += [c for x in self.conflicts for c in x.citations]
        seen: dict[str, Citation] = {}
        for c in sorted(cites, key=lambda c: (c.published or "9999", c.article_id, c.start)):
            seen.setdefault(c.article_id, c)
        return list(seen.values())

    def source_number(self) -> dict[str, int]:
        return {c.article_id: i for i, c in enumerate(self.sources(), start=1)}

    def refs(self, citations: Sequence[Citation]) -> str:
        numbers = self.source_number()
        return " ".join(f"[{n}]" for n in sorted({numbers[c.article_id] for c in citations}))

    def source_line(self, citation: Citation) -> tuple[str, str, str, str]:
        """(title, outlet, date, link) of a cited article."""
        info = self.articles.get(citation.article_id)
        title = info.title if info else citation.article_id
        outlet = (info.outlet if info else None) or citation.outlet or "–"
        date = id_date((info.published if info else None) or citation.published)
        return title, outlet, date, (info.url if info else None) or ""

    def coverage(self) -> str:
        dated = sorted(e.date for e in self.events if e.date)
        if not dated:
            return "tanpa peristiwa bertanggal"
        return f"{id_date(dated[0])} – {id_date(dated[-1])}"

    def key_numbers(self) -> list[tuple[str, str]]:
        rows = [("Peristiwa tercatat", id_number(len(self.events)))]
        rows.append(("Rentang waktu", self.coverage()))
        signed = [a for a in self.agreements if a.status in DONE]
        rows.append(
            ("Perjanjian (ditandatangani / semua)", f"{len(signed)} / {len(self.agreements)}")
        )
        for metric, label in (
            ("trade_volume", "Perdagangan terakhir"),
            ("trade_target", "Target perdagangan"),
        ):
            points = trade_points(self.series, metric)
            if points:
                year, value, unit = points[-1]
                rows.append((label, f"{id_money(value, unit)} ({year})"))
        rows.append(("Sumber", id_number(len(self.sources()))))
        return rows

    def summary(self) -> list[str]:
        """A few sentences on what the period holds, most recent first where it matters."""
        out = []
        dated = [e for e in self.events if e.date]
        if self.events:
            out.append(
                f"Tercatat {len(self.events)} peristiwa antara {self.a} dan {self.b} "
                f"({self.coverage()}) dari {len(self.sources())} artikel."
            )
        else:
            out.append(f"Belum ada peristiwa antara {self.a} dan {self.b} yang tercatat.")
        latest = sorted(dated, key=lambda e: e.date or "")[-3:]
        if latest:
            items = [
                f"{EVENT_WORDS.get(e.type, e.type).lower()} pada {id_date(e.date)}"
                for e in reversed(latest)
            ]
            out.append(f"Peristiwa terbaru: {id_join(items)}.")
        if self.agreements:
            changed = max(self.agreements, key=lambda a: a.history[-1].date or "")
            done = sum(a.status in DONE for a in self.agreements)
            out.append(
                f"{done} dari {len(self.agreements)} perjanjian telah ditandatangani atau "
                f"berlaku; perubahan status terakhir: {changed.name} "
                f"({AGREEMENT_STATUS.get(changed.status, changed.status)}, "
                f"{id_date(changed.history[-1].date)})."
            )
        actual = trade_points(self.series, "trade_volume")
        target = trade_points(self.series, "trade_target")
        if actual:
            year, value, unit = actual[-1]
            sentence = f"Nilai perdagangan terakhir {id_money(value, unit)} ({year})"
            if target:
                sentence += f", dengan target {id_money(target[-1][1], target[-1][2])}"
            out.append(sentence + ".")
        if self.conflicts:
            out.append(f"{len(self.conflicts)} hal dilaporkan berbeda oleh sumber-sumber.")
        return out

    def name(self, key: str) -> str:
        return self.actor_names.get(key, key.split(":", 1)[-1])


def id_number(value: float, decimals: int = 2) -> str:
    """Indonesian digits: 4.2 -> "4,2", 1234 -> "1.234"."""
    text = f"{value:,.{decimals}f}"
    if decimals:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def id_money(value: float, unit: str) -> str:
    if unit == "percent":
        return f"{id_number(value)} persen"
    for size, word in ((1e12, "triliun"), (1e9, "miliar"), (1e6, "juta")):
        if abs(value) >= size:
            return f"{id_number(value / size)} {word} {unit}"
    return f"{id_number(value)} {unit}"


def id_date(value: str | None) -> str:
    """ "2021-07-06" -> "6 Juli 2021"; "2021-07" -> "Juli 2021"; "2021" stays."""
    if not value:
        return "–"
    parts = value[:10].split("-")
    if len(parts) == 1:
        return parts[0]
    month = MONTHS[int(parts[1]) - 1]
    return f"{int(parts[2])} {month} {parts[0]}" if len(parts) == 3 else f"{month} {parts[0]}"


def id_join(items: Sequence[str]) -> str:
    if len(items) <= 2:
        return " dan ".join(items)
    return ", ".join(items[:-1]) + " dan " + items[-1]


def trade_points(series: list[QuantitySeries], metric: str) -> list[tuple[str, float, str]]:
    """(year, value, unit) per year for one metric, in USD where given, the latest claim winning."""
    points: dict[str, tuple[float, str]] = {}
    for s in series:
        if s.metric != metric or not s.period:
            continue
        for claim in s.claims:
            if claim.unit == "USD" or s.period not in points:
                points[s.period[:4]] = (claim.value, claim.unit)
    return [(year, v, u) for year, (v, u) in sorted(points.items())]


def trade_chart_png(brief: DyadBrief) -> bytes | None:
    actual = trade_points(brief.series, "trade_volume")
    target = trade_points(brief.series, "trade_target")
    if not actual and not target:
        return None
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.ticker import FuncFormatter

    years = sorted({y for y, _, _ in actual + target})
    fig, ax = plt.subplots(figsize=(6, 2.8), dpi=100)
    width = 0.38
    xs = range(len(years))
    for offset, points, label, color in (
        (-width / 2, actual, "Realisasi", "#1f77b4"),
        (width / 2, target, "Target", "#ff7f0e"),
    ):
        by_year = {y: v / 1e9 for y, v, _ in points}
        ax.bar(
            [x + offset for x in xs],
            [by_year.get(y, 0) for y in years],
            width,
            label=label,
            color=color,
        )
    ax.set_xticks(list(xs), years)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: id_number(v, 1)))
    ax.set_ylabel("miliar USD")
    ax.set_title(f"Perdagangan {brief.a}–{brief.b}: realisasi dan target")
    ax.legend()
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()


# --- rows shared by the three renderings -------------------------------------------------


def timeline_rows(brief: DyadBrief) -> list[tuple[str, str, str, str, str]]:
    rows = []
    for e in brief.events:
        actors = ", ".join(brief.name(a) for a in e.actors if not a.startswith("name:"))
        rows.append(
            (
                id_date(e.date) if e.date else "tanpa tanggal",
                EVENT_WORDS.get(e.type, e.type),
                EVENT_STATUS.get(e.status, e.status),
                actors or ", ".join(e.countries),
                brief.refs(e.citations),
            )
        )
    return rows


def agreement_rows(brief: DyadBrief) -> list[tuple[str, str, str, str]]:
    rows = []
    for a in brief.agreements:
        history = "; ".join(
            f"{AGREEMENT_STATUS.get(s.status, s.status)} {id_date(s.date)}" for s in a.history
        )
        rows.append(
            (
                a.name,
                AGREEMENT_STATUS.get(a.status, a.status),
                history,
                brief.refs([s.citation for s in a.history]),
            )
        )
    return rows


def people_rows(brief: DyadBrief) -> list[tuple[str, str, str, str]]:
    rows = []
    for p in brief.people:
        roles = sorted({r.role for r in p.roles})
        dates = sorted(r.date for r in p.roles if r.date)
        period = f"{id_date(dates[0])} – {id_date(dates[-1])}" if dates else "–"
        if dates and dates[0] == dates[-1]:
            period = id_date(dates[0])
        rows.append((p.name, p.country or "–", ", ".join(roles) or "–", period))
    return rows


def conflict_rows(brief: DyadBrief) -> list[tuple[str, str, str]]:
    return [
        (CONFLICT_TITLES.get(c.kind, c.kind), c.description, brief.refs(c.citations))
        for c in brief.conflicts
    ]


def footer_text(brief: DyadBrief) -> str:
    return (
        f"warta · dibuat {id_date(brief.generated.isoformat())} · cakupan {brief.coverage()}"
        f" · {len(brief.sources())} sumber"
    )


# --- Markdown ---------------------------------------------------------------------------


def _md_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    def clean(text: str) -> str:
        return text.replace("|", "/").replace("\n", " ")

    out = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    out += ["| " + " | ".join(clean(x) for x in row) + " |" for row in rows]
    return out


def render_markdown(brief: DyadBrief, chart_path: str | None = None) -> str:
    out = [f"# {brief.title}", "", f"*{footer_text(brief)}*", "", "## Ringkasan", ""]
    out += [" ".join(brief.summary()), "", "## Angka kunci", ""]
    out += [f"- **{k}**: {v}" for k, v in brief.key_numbers()]
    out += ["", "## Linimasa", ""]
    out += _md_table(("Tanggal", "Peristiwa", "Status", "Pihak", "Sumber"), timeline_rows(brief))
    out += ["", "## Perjanjian", ""]
    out += _md_table(("Perjanjian", "Status", "Riwayat", "Sumber"), agreement_rows(brief))
    out += ["", "## Perdagangan", ""]
    if chart_path:
        out += [f"![Perdagangan]({chart_path})", ""]
    for metric, label in zip(TRADE_METRICS, ("Realisasi", "Target"), strict=True):
        for year, value, unit in trade_points(brief.series, metric):
            out.append(f"- {label} {year}: {id_money(value, unit)}")
    out += ["", "## Tokoh kunci", ""]
    out += _md_table(("Nama", "Negara", "Jabatan", "Disebut"), people_rows(brief))
    out += ["", "## Konflik antarsumber", ""]
    out += [f"- **{t}**: {d} {r}" for t, d, r in conflict_rows(brief)] or ["- (tidak ada)"]
    out += ["", "## Sumber", ""]
    for i, c in enumerate(brief.sources(), start=1):
        title, outlet, date, url = brief.source_line(c)
        out.append(f"{i}. {title} — {outlet}, {date}" + (f" <{url}>" if url else ""))
    return "\n".join(out) + "\n"


# --- HTML -------------------------------------------------------------------------------


def _html_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    esc = html.escape
    head = "".join(f"<th>{esc(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render_html(brief: DyadBrief) -> str:
    esc = html.escape
    chart = trade_chart_png(brief)
    parts = [
        "<!doctype html><html lang='id'><head><meta charset='utf-8'>",
        f"<title>{esc(brief.title)}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 8px;"
        "text-align:left;vertical-align:top}th{background:#edf2f7}h2{break-after:avoid}"
        ".meta{color:#555}</style>",
        f"</head><body><h1>{esc(brief.title)}</h1><p class='meta'>{esc(footer_text(brief))}</p>",
        f"<h2>Ringkasan</h2><p>{esc(' '.join(brief.summary()))}</p><h2>Angka kunci</h2>",
        _html_table(("Angka", "Nilai"), brief.key_numbers()),
        "<h2>Linimasa</h2>",
        _html_table(("Tanggal", "Peristiwa", "Status", "Pihak", "Sumber"), timeline_rows(brief)),
        "<h2>Perjanjian</h2>",
        _html_table(("Perjanjian", "Status", "Riwayat", "Sumber"), agreement_rows(brief)),
        "<h2>Perdagangan</h2>",
    ]
    if chart:
        data = base64.b64encode(chart).decode()
        parts.append(f"<img alt='Perdagangan' src='data:image/png;base64,{data}'>")
    parts += [
        "<h2>Tokoh kunci</h2>",
        _html_table(("Nama", "Negara", "Jabatan", "Disebut"), people_rows(brief)),
        "<h2>Konflik antarsumber</h2>",
        _html_table(("Jenis", "Keterangan", "Sumber"), conflict_rows(brief))
        if brief.conflicts
        else "<p>(tidak ada)</p>",
        "<h2>Sumber</h2><ol>",
    ]
    for c in brief.sources():
        title, outlet, date, url = brief.source_line(c)
        link = f" <a href='{esc(url)}'>{esc(url)}</a>" if url.startswith("http") else ""
        parts.append(f"<li>{esc(title)} — {esc(outlet)}, {esc(date)}{link}</li>")
    parts.append("</ol></body></html>")
    return "\n".join(parts)


# --- PDF --------------------------------------------------------------------------------

HEADING_HEIGHT = 9.0  # mm
KEEP_WITH_HEADING = 28.0  # mm of content that must fit under a heading on its page
CHART_HEIGHT = 78.0  # mm: the 6 x 2.8 in chart at 160 mm wide, and a margin


def _latin1(text: str) -> str:
    """The core PDF fonts are Latin-1: dashes and quotes made plain, the rest replaced."""
    for fancy, plain in (("–", "-"), ("—", "-"), ("“", '"'), ("”", '"'), ("’", "'"), ("…", "...")):
        text = text.replace(fancy, plain)
    return text.encode("latin-1", "replace").decode("latin-1")


def render_pdf(brief: DyadBrief) -> bytes:
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    footer = _latin1(footer_text(brief))

    class BriefPDF(FPDF):
        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("helvetica", "", 7)
            self.set_text_color(110)
            self.cell(0, 5, f"{footer} · halaman {self.page_no()}", align="C")
            self.set_text_color(0)

    pdf = BriefPDF(format="A4")
    pdf.set_auto_page_break(True, margin=16)
    pdf.set_title(_latin1(brief.title))
    pdf.add_page()
    heading_style = FontFace(emphasis="BOLD", fill_color=(237, 242, 247))

    def heading(text: str, keep: float = KEEP_WITH_HEADING) -> None:
        # a heading never ends a page: it goes with the start of its content
        if pdf.will_page_break(HEADING_HEIGHT + keep):
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font("helvetica", "B", 13)
        pdf.cell(0, HEADING_HEIGHT - 2, _latin1(text), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("helvetica", "", 9)

    def paragraph(text: str, size: int = 9) -> None:
        pdf.set_font("helvetica", "", size)
        pdf.multi_cell(0, 4.5, _latin1(text), align="L", new_x="LMARGIN", new_y="NEXT")

    def table(headers: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int]) -> None:
        pdf.set_font("helvetica", "", 8)
        with pdf.table(
            col_widths=tuple(widths),
            headings_style=heading_style,
            line_height=4,
            text_align="LEFT",
            repeat_headings=1,
        ) as t:
            t.row([_latin1(h) for h in headers])
            for r in rows:
                t.row([_latin1(x) for x in r])

    pdf.set_font("helvetica", "B", 17)
    pdf.multi_cell(0, 9, _latin1(brief.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 8)
    pdf.set_text_color(90)
    pdf.multi_cell(0, 4, footer, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    heading("Ringkasan")
    paragraph(" ".join(brief.summary()), 10)
    heading("Angka kunci")
    table(("Angka", "Nilai"), brief.key_numbers(), (2, 3))
    heading("Linimasa")
    if brief.events:
        table(
            ("Tanggal", "Peristiwa", "Status", "Pihak", "Sumber"),
            timeline_rows(brief),
            (24, 30, 20, 60, 16),
        )
    else:
        paragraph("(tidak ada)")
    heading("Perjanjian")
    if brief.agreements:
        table(
            ("Perjanjian", "Status", "Riwayat", "Sumber"), agreement_rows(brief), (52, 20, 58, 16)
        )
    else:
        paragraph("(tidak ada)")
    chart = trade_chart_png(brief)
    if chart:
        heading("Perdagangan", keep=CHART_HEIGHT)
        pdf.image(io.BytesIO(chart), w=160, h=CHART_HEIGHT - 4)
    heading("Tokoh kunci")
    if brief.people:
        table(("Nama", "Negara", "Jabatan", "Disebut"), people_rows(brief), (40, 14, 60, 36))
    else:
        paragraph("(tidak ada)")
    heading("Konflik antarsumber")
    if brief.conflicts:
        table(("Jenis", "Keterangan", "Sumber"), conflict_rows(brief), (30, 100, 16))
    else:
        paragraph("(tidak ada)")
    heading("Sumber")
    for i, c in enumerate(brief.sources(), start=1):
        title, outlet, date, url = brief.source_line(c)
        paragraph(f"[{i}] {title} - {outlet}, {date}" + (f". {url}" if url else ""), 8)
    return bytes(pdf.output())


# --- building a brief from the knowledge base --------------------------------------------


def build_brief(ks: KnowledgeStore, a: str, b: str) -> DyadBrief:
    """The brief of two entity keys: their events, agreements, the pair's own figures (an
    ASEAN-Russia figure is not an Indonesia-Russia figure), people, conflicts, sources."""
    events = ks.events_between([a, b])
    people_keys = sorted({k for e in events for k in e.actors if k.startswith("person:")})
    pair = {key.split(":", 1)[1] for key in (a, b)}
    cited = {c.article_id for e in events for c in e.citations}
    brief = DyadBrief(
        a=ks.actor_name(a),
        b=ks.actor_name(b),
        events=events,
        agreements=ks.agreements_of([a, b]),
        series=[s for s in ks.series_of([a, b]) if set(s.parties) == pair],
        people=[p for p in (ks.entity(k) for k in people_keys) if p],
        conflicts=[c for c in ks.conflicts() if {x.article_id for x in c.citations} & cited],
        actor_names={k: ks.actor_name(k) for e in events for k in e.actors},
    )
    for c in brief.sources():
        article = ks.store.get_article(c.article_id)
        if article is None:
            continue
        title = article.title or _lead(article.text)
        brief.articles[c.article_id] = SourceInfo(
            c.article_id, title, article.outlet, article.published, article.url
        )
    return brief


def _lead(text: str, size: int = 90) -> str:
    """An untitled article's lead sentence, as its title."""
    lead = text.strip().split(". ", 1)[0].strip().rstrip(".")
    return lead if len(lead) <= size else lead[:size].rsplit(" ", 1)[0] + "…"

"""A dyad brief an analyst could hand to a minister: Markdown, HTML or PDF.

Sections: key numbers, timeline, agreements with status, trade chart (actual vs target
by year), key people with roles, open conflicts, sources.
"""

from __future__ import annotations

import base64
import html
import io
from dataclasses import dataclass, field

from warta.kb.types import Citation, Conflict, Entity, KBAgreement, KBEvent, QuantitySeries

TRADE_METRICS = ("trade_volume", "trade_target")


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

    @property
    def title(self) -> str:
        return f"Hubungan {self.a}–{self.b}"

    def sources(self) -> list[Citation]:
        cites = [c for e in self.events for c in e.citations]
        cites += [s.citation for a in self.agreements for s in a.history]
        cites += [c.citation for s in self.series for c in s.claims]
        seen: dict[str, Citation] = {}
        for c in sorted(cites):
            seen.setdefault(c.article_id, c)
        return list(seen.values())

    def key_numbers(self) -> list[tuple[str, str]]:
        dated = sorted(e.date for e in self.events if e.date)
        rows = [("Peristiwa tercatat", str(len(self.events)))]
        if dated:
            rows.append(("Rentang waktu", f"{dated[0]} – {dated[-1]}"))
        signed = [a for a in self.agreements if a.status in {"signed", "ratified", "in_force"}]
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
                rows.append((label, f"{value / 1e9:g} miliar {unit} ({year})"))
        rows.append(("Sumber", str(len(self.sources()))))
        return rows

    def name(self, key: str) -> str:
        return self.actor_names.get(key, key.split(":", 1)[-1])


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

    years = sorted({y for y, _, _ in actual + target})
    fig, ax = plt.subplots(figsize=(6, 3), dpi=100)
    width = 0.38
    xs = range(len(years))
    for offset, points, label, color in (
        (-width / 2, actual, "Realisasi (actual)", "#1f77b4"),
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
    ax.set_ylabel("miliar USD")
    ax.set_title(f"Perdagangan {brief.a}–{brief.b}")
    ax.legend()
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    plt.close(fig)
    return buffer.getvalue()


def _event_line(brief: DyadBrief, e: KBEvent) -> tuple[str, str, str, str, str]:
    actors = ", ".join(brief.name(a) for a in e.actors) or ", ".join(e.countries)
    cites = ", ".join(sorted({c.article_id for c in e.citations}))
    return (e.date or "–", e.type, e.status, actors, cites)


def render_markdown(brief: DyadBrief, chart_path: str | None = None) -> str:
    out = [f"# {brief.title}", "", "## Angka kunci", ""]
    out += [f"- **{k}**: {v}" for k, v in brief.key_numbers()]
    out += [
        "",
        "## Linimasa",
        "",
        "| Tanggal | Jenis | Status | Aktor | Sumber |",
        "|---|---|---|---|---|",
    ]
    out += ["| " + " | ".join(_event_line(brief, e)) + " |" for e in brief.events]
    out += ["", "## Perjanjian", "", "| Perjanjian | Status | Riwayat |", "|---|---|---|"]
    for a in brief.agreements:
        history = "; ".join(
            f"{s.date or '?'} {s.status} ({s.citation.article_id})" for s in a.history
        )
        out.append(f"| {a.name} | {a.status} | {history} |")
    out += ["", "## Perdagangan", ""]
    if chart_path:
        out.append(f"![Perdagangan]({chart_path})")
    for metric in TRADE_METRICS:
        for year, value, unit in trade_points(brief.series, metric):
            out.append(f"- {metric} {year}: {value / 1e9:g} miliar {unit}")
    out += ["", "## Tokoh kunci", ""]
    for p in brief.people:
        roles = sorted({r.role for r in p.roles})
        out.append(f"- **{p.name}** ({p.country or '?'}): {', '.join(roles) or '–'}")
    out += ["", "## Konflik antarsumber", ""]
    out += [f"- {c.kind}: {c.description}" for c in brief.conflicts] or ["- (tidak ada)"]
    out += ["", "## Sumber", ""]
    out += [f"- {c.article_id} ({c.outlet or '?'}, {c.published or '?'})" for c in brief.sources()]
    return "\n".join(out) + "\n"


def render_html(brief: DyadBrief) -> str:
    esc = html.escape
    chart = trade_chart_png(brief)
    parts = [
        "<!doctype html><html lang='id'><head><meta charset='utf-8'>",
        f"<title>{esc(brief.title)}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}</style>",
        f"</head><body><h1>{esc(brief.title)}</h1><h2>Angka kunci</h2><ul>",
    ]
    parts += [f"<li><b>{esc(k)}</b>: {esc(v)}</li>" for k, v in brief.key_numbers()]
    parts.append(
        "</ul><h2>Linimasa</h2><table><tr><th>Tanggal</th><th>Jenis</th><th>Status</th>"
        "<th>Aktor</th><th>Sumber</th></tr>"
    )
    for e in brief.events:
        parts.append(
            "<tr>" + "".join(f"<td>{esc(x)}</td>" for x in _event_line(brief, e)) + "</tr>"
        )
    parts.append(
        "</table><h2>Perjanjian</h2><table><tr><th>Perjanjian</th><th>Status</th>"
        "<th>Riwayat</th></tr>"
    )
    for a in brief.agreements:
        history = "; ".join(f"{s.date or '?'} {s.status}" for s in a.history)
        parts.append(
            f"<tr><td>{esc(a.name)}</td><td>{esc(a.status)}</td><td>{esc(history)}</td></tr>"
        )
    parts.append("</table><h2>Perdagangan</h2>")
    if chart:
        data = base64.b64encode(chart).decode()
        parts.append(f"<img alt='Perdagangan' src='data:image/png;base64,{data}'>")
    parts.append("<h2>Tokoh kunci</h2><ul>")
    for p in brief.people:
        roles = ", ".join(sorted({r.role for r in p.roles}))
        parts.append(f"<li><b>{esc(p.name)}</b> ({esc(p.country or '?')}): {esc(roles)}</li>")
    parts.append("</ul><h2>Konflik antarsumber</h2><ul>")
    parts += [f"<li>{esc(c.kind)}: {esc(c.description)}</li>" for c in brief.conflicts]
    parts.append("</ul><h2>Sumber</h2><ul>")
    parts += [
        f"<li>{esc(c.article_id)} ({esc(c.outlet or '?')}, {esc(c.published or '?')})</li>"
        for c in brief.sources()
    ]
    parts.append("</ul></body></html>")
    return "\n".join(parts)


def render_pdf(brief: DyadBrief) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", "B", 16)

    def line(text: str, size: int = 10, style: str = "") -> None:
        pdf.set_font("helvetica", style, size)
        # the core PDF fonts are Latin-1; replace what they cannot show
        safe = (
            text.replace("–", "-").replace("—", "-").encode("latin-1", "replace").decode("latin-1")
        )
        pdf.multi_cell(0, 5, safe, new_x="LMARGIN", new_y="NEXT")

    line(brief.title, 16, "B")
    line("Angka kunci", 13, "B")
    for k, v in brief.key_numbers():
        line(f"{k}: {v}")
    line("Linimasa", 13, "B")
    for e in brief.events:
        line(" | ".join(_event_line(brief, e)), 9)
    line("Perjanjian", 13, "B")
    for a in brief.agreements:
        line(f"{a.name}: {a.status}", 9)
    chart = trade_chart_png(brief)
    if chart:
        line("Perdagangan", 13, "B")
        pdf.image(io.BytesIO(chart), w=170)
    line("Tokoh kunci", 13, "B")
    for p in brief.people:
        line(f"{p.name} ({p.country or '?'}): {', '.join(sorted({r.role for r in p.roles}))}", 9)
    line("Konflik antarsumber", 13, "B")
    for conflict in brief.conflicts:
        line(f"{conflict.kind}: {conflict.description}", 9)
    line("Sumber", 13, "B")
    for c in brief.sources():
        line(f"{c.article_id} ({c.outlet or '?'}, {c.published or '?'})", 9)
    return bytes(pdf.output())

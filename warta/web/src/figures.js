// Figures by year: one chart per measure with the actual values and the targets together,
// one point per (measure, parties, period) with every source that reports it (Chart.js).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";

import { api } from "./api.js";
import { clear, el, $ } from "./dom.js";
import { evidenceLink } from "./evidence.js";
import { currentLanguage, t } from "./i18n.js";
import { articleLabel } from "./titles.js";

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Legend,
  Tooltip,
);
const KIND_COLOR = { actual: "#2b6cb0", target: "#ed8936", growth: "#38a169" };
const charts = [];

function formatValue(value, unit) {
  const number = new Intl.NumberFormat(currentLanguage() === "en" ? "en" : "id", {
    notation: Math.abs(value) >= 1e6 ? "compact" : "standard",
    maximumFractionDigits: 2,
  }).format(value);
  if (!unit) return number;
  return unit === "percent" ? `${number}%` : `${number} ${unit}`;
}

function metricName(metric) {
  return t(`metric_${metric}`, metric.replace(/_/g, " "));
}

// A target is reported under its own metric (trade_target) or as a target claim of the
// measure itself: both belong on the measure's chart.
function measureOf(metric) {
  return metric.endsWith("_target") ? metric.slice(0, -"_target".length) + "_volume" : metric;
}

function kindOf(series, claim) {
  return series.metric.endsWith("_target") ? "target" : claim.kind;
}

// The most often reported value of a point (ties: the largest), with all its sources.
function consensus(claims) {
  const counts = new Map();
  for (const c of claims) counts.set(c.value, (counts.get(c.value) || 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
}

export function resetFigures() {
  while (charts.length) charts.pop().destroy();
  clear($("#figure-charts"));
  clear($("#figures-table tbody"));
}

export async function renderFigures(state, dates) {
  const params = { actor: state.actors, ...dates, limit: 500 };
  if (state.actors.length === 2) params.only_pair = true;
  const page = await api("/figures", { params });
  resetFigures();
  // one point per (measure, kind, unit, parties, period)
  const points = new Map();
  for (const series of page.items) {
    for (const claim of series.claims) {
      const kind = kindOf(series, claim);
      const measure = measureOf(series.metric);
      const id = [measure, kind, claim.unit, series.parties.join("-"), series.period || ""].join("|");
      if (!points.has(id)) {
        points.set(id, { measure, kind, unit: claim.unit, parties: series.parties, period: series.period, claims: [] });
      }
      points.get(id).claims.push(claim);
    }
  }
  const rows = [...points.values()].map((p) => ({ ...p, value: consensus(p.claims) }));
  const measures = [...new Set(rows.map((r) => r.measure))].sort();
  for (const measure of measures) drawMeasure(measure, rows.filter((r) => r.measure === measure));
  const body = $("#figures-table tbody");
  rows.sort((a, b) => a.measure.localeCompare(b.measure) || String(a.period).localeCompare(String(b.period)));
  for (const row of rows) {
    const differing = new Set(row.claims.map((c) => c.value)).size > 1;
    body.append(
      el(
        "tr",
        { class: "figure-row", dataset: { measure: row.measure, kind: row.kind, period: row.period || "" } },
        el("td", {}, row.period || t("unknownYear")),
        el("td", {}, metricName(row.measure)),
        el("td", {}, t(row.kind), row.claims.some((c) => c.met === false) ? ` (${t("notMet")})` : ""),
        el(
          "td",
          { class: "number" },
          formatValue(row.value, row.unit),
          differing ? el("small", { class: "differs" }, ` (${row.claims.map((c) => formatValue(c.value)).join(" / ")})`) : "",
        ),
        el(
          "td",
          { class: "sources" },
          row.claims.map((c) => el("div", {}, evidenceLink(c.citation, articleLabel(c.citation)))),
        ),
      ),
    );
  }
  $("#figures-empty").textContent = rows.length ? "" : t("noFigures");
  return rows.map(({ claims, ...row }) => ({ ...row, sources: claims.map((c) => c.citation) }));
}

function drawMeasure(measure, rows) {
  const periods = [...new Set(rows.map((r) => r.period || t("unknownYear")))].sort();
  const units = [...new Set(rows.map((r) => r.unit))];
  const datasets = [];
  const kinds = [];
  for (const kind of ["actual", "target", "growth"]) {
    for (const unit of units) {
      const ofKind = rows.filter((r) => r.kind === kind && r.unit === unit);
      if (!ofKind.length) continue;
      kinds.push(kind);
      datasets.push({
        type: kind === "target" ? "line" : "bar",
        label: `${t(kind)} (${unit})`,
        backgroundColor: KIND_COLOR[kind],
        borderColor: KIND_COLOR[kind],
        pointRadius: 6,
        showLine: false,
        data: periods.map((p) => {
          const found = ofKind.filter((r) => (r.period || t("unknownYear")) === p);
          return found.length ? Math.max(...found.map((r) => r.value)) : null;
        }),
      });
    }
  }
  const canvas = el("canvas", {
    role: "img",
    "aria-label": `${metricName(measure)}: ${[...new Set(kinds)].map((k) => t(k)).join(", ")}`,
    dataset: { measure, series: [...new Set(kinds)].join(",") },
  });
  const box = el("figure", { class: "figure-chart" }, el("figcaption", {}, metricName(measure)), el("div", { class: "chart-box" }, canvas));
  $("#figure-charts").append(box);
  charts.push(
    new Chart(canvas, {
      type: "bar",
      data: { labels: periods, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { callback: (value) => formatValue(value) } } },
        plugins: {
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${formatValue(item.raw)}` } },
        },
      },
    }),
  );
}

// Trade and other figures by year: actual values beside targets (Chart.js).
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
} from "chart.js";

import { api } from "./api.js";
import { clear, el, $ } from "./dom.js";
import { evidenceLink } from "./evidence.js";
import { currentLanguage, t } from "./i18n.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);
const KIND_COLOR = { actual: "#2b6cb0", target: "#ed8936", growth: "#38a169" };
let chart = null;
let series = [];

function formatValue(value, unit) {
  const number = new Intl.NumberFormat(currentLanguage() === "en" ? "en" : "id", {
    notation: Math.abs(value) >= 1e6 ? "compact" : "standard",
    maximumFractionDigits: 2,
  }).format(value);
  return unit === "percent" ? `${number}%` : `${number} ${unit}`;
}

function metricName(metric) {
  const name = t(`metric_${metric}`);
  return name === `metric_${metric}` ? metric : name;
}

export async function renderFigures(state) {
  const page = await api("/figures", { params: { actor: state.actors, limit: 500 } });
  series = page.items;
  const select = $("#figure-metric");
  const metrics = [...new Set(series.map((s) => s.metric))];
  const previous = select.value;
  clear(select);
  for (const metric of metrics) select.append(el("option", { value: metric }, metricName(metric)));
  if (metrics.includes(previous)) select.value = previous;
  else if (metrics.includes("trade_volume")) select.value = "trade_volume";
  select.onchange = () => draw(select.value);
  draw(select.value);
}

function draw(metric) {
  const chosen = series.filter((s) => s.metric === metric);
  const claims = chosen.flatMap((s) => s.claims.map((c) => ({ ...c, period: s.period, metric: s.metric })));
  const periods = [...new Set(claims.map((c) => c.period || t("unknownYear")))].sort();
  const units = [...new Set(claims.map((c) => c.unit))];
  const datasets = [];
  for (const kind of ["actual", "target", "growth"]) {
    for (const unit of units) {
      const ofKind = claims.filter((c) => c.kind === kind && c.unit === unit);
      if (!ofKind.length) continue;
      datasets.push({
        label: `${t(kind)} (${unit})`,
        backgroundColor: KIND_COLOR[kind],
        data: periods.map((p) => {
          const found = ofKind.filter((c) => (c.period || t("unknownYear")) === p);
          return found.length ? Math.max(...found.map((c) => c.value)) : null;
        }),
      });
    }
  }
  if (chart) chart.destroy();
  chart = new Chart($("#figures-chart"), {
    type: "bar",
    data: { labels: periods, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${formatValue(item.raw, "")}` } },
      },
    },
  });
  const body = clear($("#figures-table tbody"));
  for (const c of claims.sort((a, b) => String(a.period).localeCompare(String(b.period)))) {
    body.append(
      el(
        "tr",
        {},
        el("td", {}, c.period || t("unknownYear")),
        el("td", {}, metricName(c.metric)),
        el("td", {}, t(c.kind), c.met === false ? ` (${t("notMet")})` : ""),
        el("td", { class: "number" }, formatValue(c.value, c.unit)),
        el("td", {}, evidenceLink(c.citation, c.citation.outlet || c.citation.article_id)),
      ),
    );
  }
  $("#figures-empty").textContent = claims.length ? "" : t("noFigures");
}

// The events of the chosen actors on an interactive timeline, one row per PLOVER quad,
// a count-by-month chart of cooperation vs conflict, a sortable list, and the undated apart.
import { DataSet, Timeline } from "vis-timeline/standalone";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from "chart.js";

import { clear, el, $ } from "./dom.js";
import { evidenceLink, openEvidence } from "./evidence.js";
import { t } from "./i18n.js";
import { articleLabel } from "./titles.js";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

// PLOVER's quad categories in order, as /api/event-types serves them (setQuads).
let quads = [];

let timeline = null;
let quadChart = null;
const items = new DataSet();
const groups = new DataSet();
let byKey = new Map();
let shownEvents = [];
const sorting = { field: "date", descending: false };

export function setQuads(names) {
  quads = names;
}

export function renderLegend() {
  const legend = clear($("#quad-legend"));
  for (const quad of quads) {
    legend.append(el("span", { class: `swatch ${quad}` }, t(`quad_${quad}`)));
  }
}

function actorNames(event) {
  const names = event.actors.filter((a) => !a.key.startsWith("name:")).map((a) => a.name);
  return names.length ? names : event.countries;
}

export function describeEvent(event) {
  return `${event.type} · ${actorNames(event).slice(0, 4).join(", ")}`;
}

// A stored date is "YYYY", "YYYY-MM" or "YYYY-MM-DD". A partial date is the span it names
// (a year is the whole year), built from numbers: a bare "2022" handed to the timeline
// would be read as 2022 milliseconds after 1970.
export function dateSpan(date) {
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date || "");
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), match[2] && Number(match[2]), match[3] && Number(match[3])];
  if (day) return { start: new Date(year, month - 1, day), end: null, precision: "day" };
  if (month) return { start: new Date(year, month - 1, 1), end: new Date(year, month, 1), precision: "month" };
  return { start: new Date(year, 0, 1), end: new Date(year + 1, 0, 1), precision: "year" };
}

function timelineItem(event) {
  const span = dateSpan(event.date);
  const base = {
    id: event.key,
    group: event.quad || "verbal_cooperation",
    title: `${event.date} · ${describeEvent(event)}`,
    content: el("span", { class: "item-text", dataset: { key: event.key } }, event.type),
  };
  if (span.end) {
    return { ...base, start: span.start, end: span.end, type: "range", className: `${event.quad || ""} status-${event.status} partial-${span.precision}` };
  }
  return { ...base, start: span.start, type: "box", className: `${event.quad || ""} status-${event.status}` };
}

// The window: from the first to the last of the pair's dated events, with a margin.
function fittedWindow(dated) {
  const starts = dated.map((item) => item.start.getTime());
  const ends = dated.map((item) => (item.end || item.start).getTime());
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  const margin = Math.max((last - first) * 0.04, 45 * 24 * 3600 * 1000);
  return { start: new Date(first - margin), end: new Date(last + margin) };
}

export function renderTimeline(events) {
  renderLegend();
  const dated = events.filter((e) => dateSpan(e.date));
  const undated = events.filter((e) => !dateSpan(e.date));
  shownEvents = dated;
  byKey = new Map(events.map((e) => [e.key, e]));
  const counts = Object.fromEntries(quads.map((quad) => [quad, dated.filter((e) => e.quad === quad).length]));
  groups.clear();
  groups.add(
    quads.map((quad, order) => ({
      id: quad,
      order,
      content: el(
        "span",
        { class: `group-label ${quad}`, dataset: { quad, count: counts[quad] } },
        `${t(`quad_${quad}`)} (${counts[quad]})`,
      ),
    })),
  );
  items.clear();
  const timelineItems = dated.map(timelineItem);
  items.add(timelineItems);
  if (!timeline) {
    timeline = new Timeline($("#timeline"), items, groups, {
      stack: true,
      zoomable: true,
      horizontalScroll: false,
      verticalScroll: false,
      minHeight: 200,
      margin: { item: { horizontal: 2, vertical: 3 }, axis: 4 },
      orientation: "top",
      groupOrder: "order",
      tooltip: { followMouse: false },
    });
    timeline.on("click", ({ item }) => {
      const event = byKey.get(item);
      if (event) showEvent(event);
    });
  }
  if (timelineItems.length) {
    const window = fittedWindow(timelineItems);
    timeline.setOptions({ min: window.start, max: window.end });
    timeline.setWindow(window.start, window.end, { animation: false });
  }
  $("#timeline-empty").textContent = events.length ? "" : t("noEvents");
  renderQuadChart(dated);
  renderSortedList();
  renderUndated(undated);
}

export function visibleRange() {
  return timeline ? timeline.getWindow() : null;
}

// Cooperation (verbal + material) against conflict, counted per month; an event dated only
// by its year is counted under the year, never spread over a month it may not belong to.
function renderQuadChart(events) {
  const buckets = new Map();
  for (const event of events) {
    const bucket = event.date.slice(0, 7);
    if (!buckets.has(bucket)) buckets.set(bucket, { cooperation: 0, conflict: 0 });
    const side = (event.quad || "").endsWith("conflict") ? "conflict" : "cooperation";
    buckets.get(bucket)[side] += 1;
  }
  const labels = [...buckets.keys()].sort();
  const canvas = $("#quad-chart");
  if (quadChart) quadChart.destroy();
  quadChart = null;
  canvas.parentElement.hidden = !labels.length;
  if (!labels.length) return;
  const series = [
    { key: "cooperation", color: "#2f855a" },
    { key: "conflict", color: "#e53e3e" },
  ];
  canvas.setAttribute(
    "aria-label",
    `${t("chartPerMonth")}: ${series.map((s) => t(s.key)).join(", ")}`,
  );
  canvas.dataset.series = series.map((s) => s.key).join(",");
  quadChart = new Chart(canvas, {
    type: "bar",
    data: {
      labels,
      datasets: series.map((s) => ({
        label: t(s.key),
        backgroundColor: s.color,
        data: labels.map((label) => buckets.get(label)[s.key]),
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
    },
  });
}

const SORT_KEYS = {
  date: (e) => e.date || "",
  type: (e) => e.type,
  quad: (e) => String(quads.indexOf(e.quad)).padStart(2, "0"),
  status: (e) => e.status,
};

function renderSortedList() {
  const key = SORT_KEYS[sorting.field];
  const sorted = [...shownEvents].sort(
    (a, b) => key(a).localeCompare(key(b)) || (a.date || "").localeCompare(b.date || ""),
  );
  if (sorting.descending) sorted.reverse();
  for (const button of document.querySelectorAll("#event-sort [data-sort]")) {
    const active = button.dataset.sort === sorting.field;
    button.setAttribute("aria-pressed", String(active));
    button.textContent = `${t(`sort_${button.dataset.sort}`)}${active ? (sorting.descending ? " ↓" : " ↑") : ""}`;
  }
  renderEventList($("#event-list"), sorted);
}

export function initTimelineControls(onChange) {
  for (const button of document.querySelectorAll("#event-sort [data-sort]")) {
    button.addEventListener("click", () => {
      if (sorting.field === button.dataset.sort) sorting.descending = !sorting.descending;
      else Object.assign(sorting, { field: button.dataset.sort, descending: false });
      renderSortedList();
      onChange();
    });
  }
}

export function sortState() {
  return sorting.field === "date" && !sorting.descending ? "" : `${sorting.field}${sorting.descending ? "-desc" : ""}`;
}

export function setSortState(text) {
  const [field, direction] = (text || "").split("-");
  if (SORT_KEYS[field]) Object.assign(sorting, { field, descending: direction === "desc" });
}

function renderUndated(undated) {
  const box = $("#undated");
  box.hidden = !undated.length;
  $("#undated-title").textContent = `${t("undated")} (${undated.length})`;
  renderEventList($("#undated-list"), undated);
}

export function showEvent(event) {
  document.querySelectorAll(".event-row.selected").forEach((row) => row.classList.remove("selected"));
  const row = document.querySelector(`.event-row[data-key="${CSS.escape(event.key)}"]`);
  if (row) row.classList.add("selected");
  const citation = event.citations[0];
  if (citation) openEvidence({ ...citation, label: `${describeEvent(event)} — ${event.date || ""}` });
}

export function renderEventList(container, events) {
  clear(container);
  for (const event of events) {
    container.append(
      el(
        "div",
        { class: `event-row ${event.quad || ""}`, dataset: { key: event.key, date: event.date || "" } },
        el("span", { class: `badge ${event.quad || ""}` }, event.type),
        el("button", { type: "button", class: "link date", onclick: () => showEvent(event) }, event.date || "?"),
        el("span", { class: "who" }, actorNames(event).join(", ")),
        event.place ? el("span", { class: "place" }, `@ ${event.place}`) : "",
        el("span", { class: `status status-${event.status}` }, t(`status_${event.status}`)),
        event.sectors.length ? el("span", { class: "sectors" }, event.sectors.map((s) => t(`sector_${s}`, s)).join(", ")) : "",
        el(
          "span",
          { class: "cites" },
          event.citations.map((c) => evidenceLink(c, articleLabel(c))),
        ),
      ),
    );
  }
}

// The events of the chosen actors on an interactive timeline, one row per PLOVER quad.
import { DataSet, Timeline } from "vis-timeline/standalone";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";

import { clear, el, $ } from "./dom.js";
import { evidenceLink, openEvidence } from "./evidence.js";
import { t } from "./i18n.js";

// PLOVER's quad categories in order, as /api/event-types serves them (setQuads).
let quads = [];

let timeline = null;
const items = new DataSet();
const groups = new DataSet();
let byKey = new Map();

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

export function renderTimeline(events) {
  renderLegend();
  byKey = new Map(events.map((e) => [e.key, e]));
  groups.clear();
  groups.add(
    quads.map((quad, order) => ({
      id: quad,
      order,
      content: el("span", { class: `group-label ${quad}` }, t(`quad_${quad}`)),
    })),
  );
  items.clear();
  items.add(
    events
      .filter((e) => e.date)
      .map((e) => ({
        id: e.key,
        group: e.quad || "verbal_cooperation",
        start: e.date,
        className: `${e.quad || ""} status-${e.status}`,
        content: el("span", { class: "item-text", dataset: { key: e.key } }, e.type),
      })),
  );
  if (!timeline) {
    timeline = new Timeline($("#timeline"), items, groups, {
      stack: true,
      zoomable: true,
      horizontalScroll: false,
      maxHeight: 480,
      minHeight: 200,
      margin: { item: 4 },
      orientation: "top",
      tooltip: { followMouse: false },
    });
    timeline.on("click", ({ item }) => {
      const event = byKey.get(item);
      if (event) showEvent(event);
    });
  }
  if (items.length) timeline.fit({ animation: false });
  $("#timeline-empty").textContent = events.length ? "" : t("noEvents");
  renderEventList($("#event-list"), events);
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
        { class: `event-row ${event.quad || ""}`, dataset: { key: event.key } },
        el("span", { class: `badge ${event.quad || ""}` }, event.type),
        el("button", { type: "button", class: "link date", onclick: () => showEvent(event) }, event.date || "?"),
        el("span", { class: "who" }, actorNames(event).join(", ")),
        event.place ? el("span", { class: "place" }, `@ ${event.place}`) : "",
        el("span", { class: `status status-${event.status}` }, t(`status_${event.status}`)),
        event.sectors.length ? el("span", { class: "sectors" }, event.sectors.join(", ")) : "",
        el(
          "span",
          { class: "cites" },
          event.citations.map((c) => evidenceLink(c, c.outlet || c.article_id)),
        ),
      ),
    );
  }
}

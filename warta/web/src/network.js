// The actors linked by shared events (cytoscape); a click on a link lists its events.
// The layout is deterministic (the same data gives the same picture on every load):
// actors on rings by how many events they take part in, the most active in the middle.
import cytoscape from "cytoscape";

import { api } from "./api.js";
import { clear, el, $ } from "./dom.js";
import { t } from "./i18n.js";
import { renderEventList } from "./timeline.js";

const KIND_COLOR = { state: "#2b6cb0", org: "#805ad5", person: "#dd6b20" };
const KIND_LABEL = { state: "legendState", org: "legendOrg", person: "legendPerson" };
let graph = null;

export function resetNetwork() {
  if (graph) graph.destroy();
  graph = null;
  clear($("#network-events"));
}

function renderLegend() {
  const legend = clear($("#network-legend"));
  for (const kind of Object.keys(KIND_COLOR)) {
    legend.append(el("span", { class: `legend-item kind-${kind}` }, el("span", { class: `dot ${kind}` }), t(KIND_LABEL[kind])));
  }
}

export async function renderNetwork(state, dates, onPickActor) {
  const params = { actor: state.actors, ...state.filters, ...dates, max_nodes: 40 };
  delete params.sector;
  const data = await api("/network", { params });
  renderLegend();
  const nodes = [...data.nodes].sort((a, b) => b.events - a.events || a.id.localeCompare(b.id));
  const elements = [
    ...nodes.map((n) => ({
      data: { id: n.id, label: n.name, kind: n.kind, weight: n.events },
    })),
    ...data.edges.map((e, i) => ({
      data: { id: `edge-${i}`, source: e.source, target: e.target, weight: e.events, keys: e.event_keys },
    })),
  ];
  resetNetwork();
  graph = cytoscape({
    container: $("#network"),
    elements,
    layout: {
      name: "concentric",
      animate: false,
      concentric: (node) => node.data("weight"),
      levelWidth: () => 2,
      minNodeSpacing: 40,
      avoidOverlap: true,
    },
    style: [
      {
        selector: "node",
        style: {
          label: "data(label)",
          "background-color": (n) => KIND_COLOR[n.data("kind")] || "#718096",
          width: (n) => 14 + Math.min(n.data("weight"), 30) * 1.5,
          height: (n) => 14 + Math.min(n.data("weight"), 30) * 1.5,
          "font-size": 11,
          "text-valign": "bottom",
          "text-margin-y": 3,
          "text-background-color": "#fff",
          "text-background-opacity": 0.8,
          "text-background-padding": 1,
          "min-zoomed-font-size": 6,
        },
      },
      {
        selector: "edge",
        style: {
          width: (e) => 1 + Math.min(e.data("weight"), 10),
          "line-color": "#a0aec0",
          opacity: 0.7,
          "curve-style": "haystack",
        },
      },
      { selector: ":selected", style: { "line-color": "#e53e3e", "background-color": "#e53e3e" } },
    ],
  });
  graph.on("tap", "edge", async (event) => {
    const keys = new Set(event.target.data("keys"));
    const pair = [event.target.data("source"), event.target.data("target")];
    const page = await api("/events", { params: { actor: pair, limit: 500 } });
    const box = clear($("#network-events"));
    const names = pair.map((id) => graph.getElementById(id).data("label"));
    box.append(el("h3", {}, `${names[0]} — ${names[1]}`));
    const list = el("div");
    box.append(list);
    renderEventList(list, page.items.filter((e) => keys.has(e.key)));
  });
  graph.on("tap", "node", (event) => onPickActor(event.target.data("id"), event.target.data("label")));
  if (!data.nodes.length) $("#network-events").textContent = t("noEvents");
  return data.nodes;
}

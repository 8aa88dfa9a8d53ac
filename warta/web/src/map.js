// Where the events of the chosen actors took place: a world map drawn from Natural Earth's
// country shapes (world-atlas, bundled: no tile server, works offline). Each country is
// shaded by the number of filtered events it takes part in, with a circle at its centre;
// a click lists its events.
import { geoCentroid, geoNaturalEarth1, geoPath } from "d3-geo";
import countryCodes from "i18n-iso-countries";
import { feature } from "topojson-client";
import world from "world-atlas/countries-110m.json";

import { clear, el, $ } from "./dom.js";
import { t } from "./i18n.js";
import { renderEventList } from "./timeline.js";

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 960;
const HEIGHT = 480;
// historical states drawn where their successor is
const SUCCESSOR = { SUN: "RUS", YUG: "SRB", CSK: "CZE" };
let shapes = null;

function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  for (const child of children) node.append(child);
  return node;
}

function countryShapes() {
  if (!shapes) shapes = feature(world, world.objects.countries).features;
  return shapes;
}

function iso3(numeric) {
  return countryCodes.numericToAlpha3(numeric) || "";
}

export function renderMap(events) {
  const byCountry = new Map();
  const unplaced = [];
  for (const event of events) {
    const codes = [...new Set(event.countries.map((c) => SUCCESSOR[c] || c))];
    if (!codes.length) unplaced.push(event);
    for (const code of codes) {
      if (!byCountry.has(code)) byCountry.set(code, []);
      byCountry.get(code).push(event);
    }
  }
  const most = Math.max(1, ...[...byCountry.values()].map((list) => list.length));
  const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: "Sphere" });
  const path = geoPath(projection);
  const map = svg("svg", { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: "img", "aria-label": t("tabMap") });
  map.append(svg("path", { d: path({ type: "Sphere" }), class: "sphere" }));
  const marks = svg("g", { class: "marks" });
  const drawn = new Set();
  for (const shape of countryShapes()) {
    const code = iso3(shape.id);
    const list = byCountry.get(code) || [];
    const level = list.length ? Math.ceil((list.length / most) * 4) : 0;
    const country = svg(
      "path",
      { d: path(shape), class: `country level-${level}${list.length ? " has-events" : ""}`, "data-iso3": code },
      svg("title", {}, `${shape.properties.name}${list.length ? `: ${list.length} ${t("events")}` : ""}`),
    );
    map.append(country);
    if (list.length) {
      drawn.add(code);
      country.addEventListener("click", () => showCountry(shape.properties.name, list));
      const [x, y] = projection(geoCentroid(shape));
      marks.append(
        svg("circle", { cx: x, cy: y, r: 3 + 9 * Math.sqrt(list.length / most), class: "mark", "data-iso3": code }),
      );
    }
  }
  map.append(marks);
  const box = clear($("#map"));
  box.append(map);
  const missing = [...byCountry.keys()].filter((code) => !drawn.has(code));
  $("#map-note").textContent = missing.length ? `${t("notOnMap")}: ${missing.join(", ")}` : "";
  if (!events.length) $("#map-note").textContent = t("noEvents");
  clear($("#map-events"));
  return [...byCountry.entries()].map(([country, list]) => ({ country, events: list.length }));
}

function showCountry(name, events) {
  const box = clear($("#map-events"));
  box.append(el("h3", {}, `${name} (${events.length})`));
  const list = el("div", { class: "event-list" });
  box.append(list);
  renderEventList(list, events);
}

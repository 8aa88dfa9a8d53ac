// The warta dashboard: wiring of the panels around one state (chosen actors + filters).
import "./style.css";

import { typeahead, actorValue } from "./actors.js";
import { renderArticles, initArticles } from "./articles.js";
import { api, takeTokenFromAddress } from "./api.js";
import { clear, el, $ } from "./dom.js";
import { initEvidence } from "./evidence.js";
import { renderFigures } from "./figures.js";
import { applyStaticTexts, onLanguageChange, setLanguage, t } from "./i18n.js";
import { renderNetwork } from "./network.js";
import { initSearch } from "./search.js";
import { renderAgreements, renderConflicts } from "./tables.js";
import { renderTimeline, setQuads } from "./timeline.js";
import { initUpload } from "./upload.js";

const state = { actors: [], filters: { type: "", status: "", sector: "" }, tab: "timeline" };
let eventTypes = []; // PLOVER types with their quads, from /api/event-types
let sectors = [];

const PANELS = {
  timeline: async () => {
    const page = await api("/events", { params: { actor: state.actors, ...state.filters, limit: 500 } });
    renderTimeline(page.items);
  },
  network: () => renderNetwork(state, pickFromNetwork),
  agreements: () => renderAgreements(state),
  figures: () => renderFigures(state),
  conflicts: () => renderConflicts(state),
  search: async () => {},
  articles: () => renderArticles(true),
  upload: async () => {},
};

async function refresh() {
  const message = $("#picker-message");
  try {
    await PANELS[state.tab]();
    message.classList.remove("error");
  } catch (error) {
    message.textContent = `${t("error")}: ${error.message}`;
    message.classList.add("error");
  }
}

function showTab(name, reload = true) {
  state.tab = name;
  for (const button of document.querySelectorAll("[data-tab]")) {
    button.setAttribute("aria-selected", String(button.dataset.tab === name));
  }
  for (const panel of document.querySelectorAll(".tab")) panel.hidden = panel.id !== `tab-${name}`;
  if (reload) refresh();
}

async function chooseActors() {
  const wanted = [actorValue($("#actor-a")), actorValue($("#actor-b"))].filter(Boolean);
  const message = $("#picker-message");
  message.classList.remove("error");
  const resolved = [];
  for (const name of wanted) {
    try {
      resolved.push(await api("/entities/resolve", { params: { name } }));
    } catch (error) {
      message.textContent = `${t("error")}: ${error.message}`;
      message.classList.add("error");
      return;
    }
  }
  state.actors = resolved.map((a) => a.key);
  resolved.forEach((actor, i) => {
    const input = $(i ? "#actor-b" : "#actor-a");
    input.value = actor.name;
    input.dataset.key = actor.key;
  });
  message.textContent = resolved.length
    ? resolved.map((a) => a.name).join(` ${t("with")} `)
    : "";
  const query = new URLSearchParams();
  resolved.forEach((a, i) => query.set(i ? "b" : "a", a.key));
  history.replaceState(null, "", `${location.pathname}${resolved.length ? "?" + query : ""}`);
  await refresh();
}

function pickFromNetwork(key, name) {
  const a = $("#actor-a");
  const b = $("#actor-b");
  const target = state.actors.length === 1 && state.actors[0] !== key ? b : a;
  target.value = name;
  target.dataset.key = key;
  if (target === a) {
    b.value = "";
    delete b.dataset.key;
  }
  chooseActors();
}

function fillFilters() {
  const type = clear($("#filter-type"));
  type.append(el("option", { value: "" }, t("all")));
  for (const { name, quad } of eventTypes) {
    type.append(el("option", { value: name }, `${name} — ${t(`quad_${quad}`)}`));
  }
  const status = clear($("#filter-status"));
  status.append(el("option", { value: "" }, t("all")));
  for (const s of ["realized", "planned", "negated"]) status.append(el("option", { value: s }, t(`status_${s}`)));
  const sector = clear($("#filter-sector"));
  sector.append(el("option", { value: "" }, t("all")));
  for (const s of sectors) sector.append(el("option", { value: s }, s));
  type.value = state.filters.type;
  status.value = state.filters.status;
  sector.value = state.filters.sector;
}

async function renderStats() {
  const stats = await api("/stats").catch(() => null);
  const box = clear($("#stats"));
  if (!stats) return;
  for (const key of ["articles", "events", "agreements", "entities"]) {
    box.append(el("span", { class: "stat" }, el("strong", {}, String(stats[key])), ` ${t(key)}`));
  }
}

async function start() {
  takeTokenFromAddress();
  applyStaticTexts();
  initEvidence();
  initSearch();
  initArticles();
  initUpload(() => {
    renderStats();
  });
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.addEventListener("click", () => setLanguage(button.dataset.lang));
  }
  onLanguageChange(() => {
    fillFilters();
    renderStats();
    refresh();
  });
  for (const button of document.querySelectorAll("[data-tab]")) {
    button.addEventListener("click", () => showTab(button.dataset.tab));
  }
  typeahead($("#actor-a"), $("#actor-a-suggestions"));
  typeahead($("#actor-b"), $("#actor-b-suggestions"));
  $("#show-actors").addEventListener("click", chooseActors);
  for (const input of [$("#actor-a"), $("#actor-b")]) {
    input.addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !$(`#${input.id}-suggestions`).children.length) chooseActors();
    });
  }
  for (const name of ["type", "status", "sector"]) {
    $(`#filter-${name}`).addEventListener("change", (event) => {
      state.filters[name] = event.target.value;
      refresh();
    });
  }
  try {
    const plover = await api("/event-types");
    eventTypes = plover.types;
    setQuads(plover.quads);
    const all = await api("/events", { params: { limit: 500 } });
    sectors = [...new Set(all.items.flatMap((e) => e.sectors))].sort();
  } catch (error) {
    $("#picker-message").textContent = `${t("error")}: ${error.message}`;
  }
  fillFilters();
  renderStats();
  const query = new URLSearchParams(location.search);
  for (const [param, id] of [["a", "#actor-a"], ["b", "#actor-b"]]) {
    const key = query.get(param);
    if (key) {
      $(id).value = key;
      $(id).dataset.key = key;
    }
  }
  showTab("timeline", false);
  if (query.get("a")) await chooseActors();
  else await refresh();
  document.body.dataset.ready = "true";
}

start();

// The warta dashboard: wiring of the panels around one state (chosen actors + filters).
// The whole state lives in the address (shareable): a, b, tab, type, status, sector, from,
// to, lang, sort and the open evidence (ev=article:start:end).
import "./style.css";

import { typeahead, actorValue } from "./actors.js";
import { renderArticles, initArticles } from "./articles.js";
import { api, apiBlob, takeTokenFromAddress } from "./api.js";
import { clear, el, $ } from "./dom.js";
import { downloadView } from "./download.js";
import { initEvidence, onEvidenceChange, openEvidence } from "./evidence.js";
import { renderFigures, resetFigures } from "./figures.js";
import { applyStaticTexts, currentLanguage, onLanguageChange, setLanguage, t, errorText } from "./i18n.js";
import { renderMap } from "./map.js";
import { renderNetwork, resetNetwork } from "./network.js";
import { initSearch } from "./search.js";
import { renderAgreements, renderConflicts } from "./tables.js";
import {
  initTimelineControls,
  renderTimeline,
  setQuads,
  setSortState,
  sortState,
  visibleRange,
} from "./timeline.js";
import { initUpload } from "./upload.js";

const state = {
  actors: [],
  filters: { type: "", status: "", sector: "" },
  dates: { from: "", to: "" },
  tab: "timeline",
  evidence: "",
};
let eventTypes = []; // PLOVER types with their quads, from /api/event-types
let sectors = [];
let view = { name: "timeline", items: [] }; // what the open tab shows, for the downloads

function dateParams() {
  return { date_from: state.dates.from, date_to: state.dates.to };
}

const PANELS = {
  timeline: async () => {
    const params = { actor: state.actors, ...state.filters, ...dateParams(), limit: 500 };
    const page = await api("/events", { params });
    renderTimeline(page.items);
    return page.items;
  },
  network: () => renderNetwork(state, dateParams(), pickFromNetwork),
  map: async () => {
    const params = { actor: state.actors, ...state.filters, ...dateParams(), limit: 500 };
    const page = await api("/events", { params });
    renderMap(page.items);
    return page.items;
  },
  agreements: () => renderAgreements(state, dateParams()),
  figures: () => renderFigures(state, dateParams()),
  conflicts: () => renderConflicts(state, dateParams()),
  search: async () => [],
  articles: () => renderArticles(true),
  upload: async () => [],
};

let refreshes = 0; // only the latest refresh's items are the view (an older one may end later)

async function refresh() {
  const message = $("#picker-message");
  const mine = ++refreshes;
  writeAddress();
  try {
    const items = await PANELS[state.tab]();
    if (mine === refreshes) view = { name: state.tab, items: items || [] };
    message.classList.remove("error");
  } catch (error) {
    message.textContent = errorText(error);
    message.classList.add("error");
  }
}

function writeAddress() {
  const query = new URLSearchParams();
  state.actors.forEach((key, i) => query.set(i ? "b" : "a", key));
  if (state.tab !== "timeline") query.set("tab", state.tab);
  for (const [name, value] of Object.entries(state.filters)) if (value) query.set(name, value);
  if (state.dates.from) query.set("from", state.dates.from);
  if (state.dates.to) query.set("to", state.dates.to);
  if (currentLanguage() !== "id") query.set("lang", currentLanguage());
  if (sortState()) query.set("sort", sortState());
  if (state.evidence) query.set("ev", state.evidence);
  const text = query.toString();
  history.replaceState(null, "", `${location.pathname}${text ? "?" + text : ""}${location.hash}`);
}

function showTab(name, reload = true) {
  state.tab = PANELS[name] ? name : "timeline";
  for (const button of document.querySelectorAll("[data-tab]")) {
    button.setAttribute("aria-selected", String(button.dataset.tab === state.tab));
  }
  for (const panel of document.querySelectorAll(".tab")) panel.hidden = panel.id !== `tab-${state.tab}`;
  if (reload) refresh();
}

// An unknown actor leaves nothing of the previous choice on screen.
function resetViews() {
  state.actors = [];
  renderTimeline([]);
  clear($("#agreements-table tbody"));
  resetFigures();
  clear($("#conflicts"));
  resetNetwork();
  clear($("#map"));
  clear($("#map-events"));
  chosenNames = [];
  view = { name: state.tab, items: [] };
  writeAddress();
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
      resetViews();
      message.textContent = `${t(error.status === 404 ? "unknownActor" : "error")}: ${name}`;
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
  showPair(resolved);
  await refresh();
}

let chosenNames = [];
function showPair(resolved = null) {
  if (resolved) chosenNames = resolved;
  const english = currentLanguage() === "en";
  $("#picker-message").textContent = chosenNames
    .map((a) => (english && a.name_en) || a.name)
    .join(` ${t("with")} `);
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
  for (const s of sectors) sector.append(el("option", { value: s }, t(`sector_${s}`, s)));
  type.value = state.filters.type;
  status.value = state.filters.status;
  sector.value = state.filters.sector;
  $("#date-from").value = state.dates.from;
  $("#date-to").value = state.dates.to;
}

async function renderStats() {
  const stats = await api("/stats").catch(() => null);
  const box = clear($("#stats"));
  if (!stats) return;
  for (const key of ["articles", "events", "agreements", "entities"]) {
    box.append(el("span", { class: "stat" }, el("strong", {}, String(stats[key])), ` ${t(key)}`));
  }
}

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function setDates(from, to) {
  state.dates = { from: PARTIAL_DATE.test(from) ? from : "", to: PARTIAL_DATE.test(to) ? to : "" };
  $("#date-from").value = state.dates.from;
  $("#date-to").value = state.dates.to;
  refresh();
}

function isoDay(date) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

async function openBrief(format) {
  const message = $("#picker-message");
  if (state.actors.length !== 2) {
    message.textContent = t("needPair");
    return;
  }
  try {
    const blob = await apiBlob("/brief", { a: state.actors[0], b: state.actors[1], format });
    const link = el("a", { href: URL.createObjectURL(blob), target: "_blank", rel: "noopener" });
    if (format === "pdf") link.download = `brief-${state.actors.join("-").replace(/[^A-Za-z0-9-]/g, "")}.pdf`;
    document.body.append(link);
    link.click();
    link.remove();
  } catch (error) {
    message.textContent = errorText(error);
    message.classList.add("error");
  }
}

function readAddress() {
  const query = new URLSearchParams(location.search);
  for (const name of Object.keys(state.filters)) state.filters[name] = query.get(name) || "";
  state.dates = { from: query.get("from") || "", to: query.get("to") || "" };
  setSortState(query.get("sort"));
  state.evidence = query.get("ev") || "";
  for (const [param, id] of [["a", "#actor-a"], ["b", "#actor-b"]]) {
    const key = query.get(param);
    if (key) {
      $(id).value = key;
      $(id).dataset.key = key;
    }
  }
  return query;
}

async function start() {
  takeTokenFromAddress();
  const query = readAddress();
  if (query.get("lang") && query.get("lang") !== currentLanguage()) setLanguage(query.get("lang"));
  applyStaticTexts();
  initEvidence();
  onEvidenceChange((shown) => {
    state.evidence = shown ? `${shown.article_id}:${shown.start ?? ""}:${shown.end ?? ""}` : "";
    writeAddress();
  });
  initSearch();
  initArticles();
  initTimelineControls(writeAddress);
  initUpload(() => {
    renderStats();
  });
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.addEventListener("click", () => setLanguage(button.dataset.lang));
  }
  onLanguageChange(() => {
    fillFilters();
    renderStats();
    if (chosenNames.length) showPair();
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
  for (const id of ["#date-from", "#date-to"]) {
    $(id).addEventListener("change", () => setDates($("#date-from").value.trim(), $("#date-to").value.trim()));
  }
  $("#use-visible-range").addEventListener("click", () => {
    const range = visibleRange();
    if (range) setDates(isoDay(range.start), isoDay(range.end));
  });
  $("#clear-dates").addEventListener("click", () => setDates("", ""));
  $("#download-csv").addEventListener("click", () => downloadView(view, "csv"));
  $("#download-json").addEventListener("click", () => downloadView(view, "json"));
  for (const format of ["html", "pdf"]) $(`#brief-${format}`).addEventListener("click", () => openBrief(format));
  try {
    const plover = await api("/event-types");
    eventTypes = plover.types;
    setQuads(plover.quads);
    const all = await api("/events", { params: { limit: 500 } });
    sectors = [...new Set(all.items.flatMap((e) => e.sectors))].sort();
  } catch (error) {
    $("#picker-message").textContent = errorText(error);
  }
  fillFilters();
  renderStats();
  showTab(query.get("tab") || "timeline", false);
  if (query.get("a")) await chooseActors();
  else await refresh();
  if (state.evidence) {
    const [article_id, start, end] = state.evidence.split(":");
    if (article_id) openEvidence({ article_id, start, end });
  }
  document.body.dataset.ready = "true";
}

start();

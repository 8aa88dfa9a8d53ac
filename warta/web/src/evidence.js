// The evidence view: an article's cleaned text with the supporting sentence highlighted.
import { api } from "./api.js";
import { $, append, clear, el, safeLink } from "./dom.js";
import { t, errorText } from "./i18n.js";

let shown = null; // the article on display
const listeners = [];

// Told whenever the evidence panel opens ({article_id, start, end}) or closes (null).
export function onEvidenceChange(listener) {
  listeners.push(listener);
}

function announce(value) {
  for (const listener of listeners) listener(value);
}

function closeEvidence() {
  $("#evidence").hidden = true;
  announce(null);
}

export function evidenceLink(citation, label) {
  return el(
    "button",
    {
      type: "button",
      class: "link evidence-link",
      dataset: { article: citation.article_id, start: citation.start, end: citation.end },
      onclick: () => openEvidence(citation),
    },
    label || t("openEvidence"),
  );
}

export function citationBlock(citation) {
  const source = [citation.outlet, citation.published].filter(Boolean).join(", ");
  return el(
    "blockquote",
    { class: "citation" },
    el("p", {}, citation.text),
    el("footer", {}, source ? `${source} — ` : "", evidenceLink(citation, citation.title || t("openEvidence"))),
  );
}

export async function openEvidence({ article_id, start, end, label }) {
  const panel = $("#evidence");
  panel.hidden = false;
  $("#evidence-title").textContent = t("loading");
  try {
    shown = await api(`/articles/${encodeURIComponent(article_id)}`);
  } catch (error) {
    $("#evidence-title").textContent = errorText(error);
    clear($("#evidence-text"));
    return;
  }
  $("#evidence-title").textContent = shown.display_title || shown.title || shown.id;
  announce({ article_id, start, end });
  const meta = clear($("#evidence-meta"));
  append(meta, [
    [shown.outlet, shown.published && `${t("published")} ${shown.published}`]
      .filter(Boolean)
      .join(" · "),
    shown.url ? " · " : "",
    shown.url ? safeLink(shown.url) : "",
  ]);
  renderFacts();
  highlight(Number(start), Number(end), label);
}

function renderFacts() {
  const box = clear($("#evidence-facts"));
  if (!shown.facts.length) return;
  box.append(el("span", { class: "chips-title" }, `${t("factsInArticle")}:`));
  for (const fact of shown.facts) {
    box.append(
      el(
        "button",
        {
          type: "button",
          class: `chip ${fact.quad || fact.kind}`,
          title: fact.detail,
          onclick: () => highlight(fact.start, fact.end, `${fact.label} — ${fact.detail}`),
        },
        fact.label,
      ),
    );
  }
}

function highlight(start, end, label) {
  const text = shown.text;
  const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end;
  const body = clear($("#evidence-text"));
  $("#evidence-fact").textContent = label || "";
  if (!valid) {
    body.append(text);
    return;
  }
  const mark = el("mark", { id: "evidence-mark" }, text.slice(start, end));
  body.append(text.slice(0, start), mark, text.slice(end));
  // scroll the panel only, never the page behind it
  const panel = $("#evidence");
  panel.scrollTop = Math.max(0, mark.offsetTop - panel.clientHeight / 3);
}

export function initEvidence() {
  $("#evidence-close").addEventListener("click", closeEvidence);
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !$("#evidence").hidden) closeEvidence();
  });
}

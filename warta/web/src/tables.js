// Agreements with their status history, and conflicts with both sources side by side.
import { api } from "./api.js";
import { clear, el, $ } from "./dom.js";
import { citationBlock, evidenceLink } from "./evidence.js";
import { t } from "./i18n.js";

export async function renderAgreements(state) {
  const page = await api("/agreements", { params: { actor: state.actors, limit: 500 } });
  const body = clear($("#agreements-table tbody"));
  for (const agreement of page.items) {
    const history = el(
      "ol",
      { class: "history" },
      agreement.history.map((step) =>
        el(
          "li",
          {},
          el("span", { class: `status-pill ${step.status}` }, step.status),
          ` ${step.date || "?"} `,
          evidenceLink(step.citation, step.citation.outlet || step.citation.article_id),
        ),
      ),
    );
    body.append(
      el(
        "tr",
        {},
        el("td", {}, agreement.name),
        el("td", {}, agreement.parties.join(", ")),
        el("td", {}, el("span", { class: `status-pill ${agreement.status}` }, agreement.status)),
        el("td", {}, history),
      ),
    );
  }
  $("#agreements-empty").textContent = page.items.length ? "" : t("noAgreements");
}

export async function renderConflicts(state) {
  const params = { limit: 200 };
  if (state.actors.length === 1) params.actor = state.actors[0];
  const page = await api("/conflicts", { params });
  const box = clear($("#conflicts"));
  if (!page.items.length) {
    box.append(el("p", { class: "message" }, t("noConflicts")));
    return;
  }
  for (const conflict of page.items) {
    box.append(
      el(
        "div",
        { class: "conflict" },
        el("h3", {}, `${conflict.kind}: ${conflict.description}`),
        el("div", { class: "side-by-side" }, conflict.citations.map((c) => citationBlock(c))),
      ),
    );
  }
}

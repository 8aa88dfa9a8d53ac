// Agreements with their status history, and conflicts with both sources side by side.
import { api } from "./api.js";
import { clear, el, $ } from "./dom.js";
import { citationBlock, evidenceLink } from "./evidence.js";
import { t } from "./i18n.js";
import { articleLabel } from "./titles.js";

const statusWord = (status) => t(`agreement_${status}`, status);

export async function renderAgreements(state, dates) {
  const page = await api("/agreements", { params: { actor: state.actors, ...dates, limit: 500 } });
  const body = clear($("#agreements-table tbody"));
  for (const agreement of page.items) {
    const history = el(
      "ol",
      { class: "history" },
      agreement.history.map((step) =>
        el(
          "li",
          {},
          el("span", { class: `status-pill ${step.status}` }, statusWord(step.status)),
          ` ${step.date || "?"} `,
          evidenceLink(step.citation, articleLabel(step.citation)),
        ),
      ),
    );
    body.append(
      el(
        "tr",
        {},
        el("td", {}, agreement.name),
        el("td", {}, agreement.parties.join(", ")),
        el("td", {}, el("span", { class: `status-pill ${agreement.status}` }, statusWord(agreement.status))),
        el("td", {}, history),
      ),
    );
  }
  $("#agreements-empty").textContent = page.items.length ? "" : t("noAgreements");
  return page.items;
}

// The conflicts about the chosen actors (all of them when none is chosen).
export async function renderConflicts(state, dates) {
  const page = await api("/conflicts", { params: { actor: state.actors, ...dates, limit: 200 } });
  const box = clear($("#conflicts"));
  if (!page.items.length) {
    box.append(el("p", { class: "message" }, t("noConflicts")));
    return page.items;
  }
  for (const conflict of page.items) {
    const within = conflict.within_article ? ` (${t("sameArticle")})` : "";
    box.append(
      el(
        "div",
        { class: `conflict kind-${conflict.kind}` },
        el("h3", {}, `${t(`conflict_${conflict.kind}`, conflict.kind)}${within}: ${conflict.description}`),
        el("div", { class: "side-by-side" }, conflict.citations.map((c) => citationBlock(c))),
      ),
    );
  }
  return page.items;
}

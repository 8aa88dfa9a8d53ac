// The question box (answers with citations) and full-text search.
import { api } from "./api.js";
import { clear, el, $ } from "./dom.js";
import { citationBlock, evidenceLink } from "./evidence.js";
import { t, errorText } from "./i18n.js";

export function initSearch() {
  $("#ask-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const question = $("#ask-input").value.trim();
    if (!question) return;
    const box = clear($("#ask-result"));
    box.append(el("p", { class: "message" }, t("loading")));
    try {
      const answer = await api("/ask", { method: "POST", json: { question } });
      clear(box).append(
        el(
          "p",
          { class: `answer-text ${answer.known ? "known" : "unknown"}` },
          answer.answer,
          answer.source === "search" ? el("small", {}, ` (${t("answerFromSearch")})`) : "",
        ),
        el("div", { class: "citations" }, answer.citations.map((c) => citationBlock(c))),
      );
    } catch (error) {
      clear(box).append(el("p", { class: "error" }, errorText(error)));
    }
  });
  $("#search-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const q = $("#search-input").value.trim();
    if (!q) return;
    const box = clear($("#search-results"));
    try {
      const page = await api("/search", { params: { q, limit: 30 } });
      if (!page.items.length) box.append(el("p", { class: "message" }, t("noResults")));
      for (const hit of page.items) {
        box.append(
          el(
            "div",
            { class: "search-hit" },
            el("span", { class: `badge kind-${hit.kind}` }, hit.kind),
            el("strong", {}, hit.title || hit.article_id),
            el("small", {}, ` ${[hit.outlet, hit.published].filter(Boolean).join(", ")}`),
            el("p", {}, hit.text),
            evidenceLink(hit),
          ),
        );
      }
    } catch (error) {
      box.append(el("p", { class: "error" }, errorText(error)));
    }
  });
}

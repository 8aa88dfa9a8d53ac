// The article list: newest first, a click opens the article in the evidence view.
import { api } from "./api.js";
import { clear, el, $ } from "./dom.js";
import { openEvidence } from "./evidence.js";

let offset = 0;

export async function renderArticles(reset = true) {
  if (reset) {
    offset = 0;
    clear($("#articles-table tbody"));
  }
  const q = $("#articles-filter").value.trim();
  const page = await api("/articles", { params: { q, limit: 50, offset } });
  const body = $("#articles-table tbody");
  for (const article of page.items) {
    body.append(
      el(
        "tr",
        { class: "article-row", dataset: { id: article.id } },
        el("td", {}, article.published || "?"),
        el(
          "td",
          {},
          el(
            "button",
            { type: "button", class: "link", onclick: () => openEvidence({ article_id: article.id }) },
            article.display_title || article.title || article.id,
          ),
          article.duplicate_of ? el("small", {}, ` ≈ ${article.duplicate_of}`) : "",
        ),
        el("td", {}, article.outlet || ""),
      ),
    );
  }
  offset += page.items.length;
  $("#articles-more").hidden = offset >= page.total;
}

export function initArticles() {
  $("#articles-form").addEventListener("submit", (event) => {
    event.preventDefault();
    renderArticles(true);
  });
  $("#articles-more").addEventListener("click", () => renderArticles(false));
}

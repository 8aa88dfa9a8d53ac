// Adding articles (files or pasted text), with the background job's progress.
import { api, setToken, token } from "./api.js";
import { clear, el, $ } from "./dom.js";
import { openEvidence } from "./evidence.js";
import { t, errorText } from "./i18n.js";

let onStored = () => {};

export function initUpload(afterStored) {
  onStored = afterStored;
  const tokenInput = $("#upload-token");
  tokenInput.value = token();
  tokenInput.addEventListener("change", () => setToken(tokenInput.value.trim()));
  $("#upload-files-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const files = $("#upload-files").files;
    if (!files.length) return showStatus(t("needFiles"), true);
    const form = new FormData();
    for (const file of files) form.append("files", file, file.name);
    submit(() => api("/articles/upload", { method: "POST", form }));
  });
  $("#upload-text-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const text = $("#paste-text").value.trim();
    if (!text) return showStatus(t("needText"), true);
    const json = {
      text,
      title: $("#paste-title").value.trim() || null,
      outlet: $("#paste-outlet").value.trim() || null,
      published: $("#paste-published").value || null,
    };
    submit(() => api("/articles", { method: "POST", json }));
  });
}

function showStatus(message, isError = false, progress = null) {
  $("#upload-progress").hidden = false;
  const status = $("#upload-status");
  status.textContent = message;
  status.classList.toggle("error", isError);
  if (progress !== null) $("#upload-bar").value = progress;
}

async function submit(send) {
  setToken($("#upload-token").value.trim());
  showStatus(t("queued"), false, 0);
  let job;
  try {
    job = await send();
  } catch (error) {
    return showStatus(errorText(error), true);
  }
  while (job.state === "queued" || job.state === "running") {
    showStatus(`${t(job.stage)} — ${Math.round(job.progress * 100)}%`, false, job.progress);
    await new Promise((resolve) => setTimeout(resolve, 700));
    try {
      job = await api(`/jobs/${encodeURIComponent(job.id)}`);
    } catch (error) {
      return showStatus(errorText(error), true);
    }
  }
  if (job.state === "failed") return showStatus(`${t("failed")}: ${job.message}`, true);
  const counts = `${job.ingested} ${t("countNew")}, ${job.duplicates} ${t("countDuplicates")}, ${job.unchanged} ${t("countUnchanged")}`;
  showStatus(`${t("done")}: ${counts}`, false, 1);
  const list = clear($("#upload-results"));
  list.append(el("li", { class: "list-title" }, `${t("stored")}:`));
  for (const id of job.articles) {
    list.append(
      el(
        "li",
        { class: "uploaded" },
        el("button", { type: "button", class: "link", onclick: () => openEvidence({ article_id: id }) }, id),
      ),
    );
  }
  for (const problem of job.problems) list.append(el("li", { class: "error" }, problem));
  onStored(job);
}

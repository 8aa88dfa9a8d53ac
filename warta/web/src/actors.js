// Choosing actors: a typeahead over the entities the knowledge base knows.
import { api } from "./api.js";
import { clear, el } from "./dom.js";

const KIND_ICON = { state: "🏳", org: "🏛", person: "👤" };

export function typeahead(input, list, onPick) {
  let timer = null;
  let active = -1;
  const close = () => {
    clear(list);
    active = -1;
    input.setAttribute("aria-expanded", "false");
  };
  const pick = (entity) => {
    input.value = entity.name;
    input.dataset.key = entity.key;
    close();
    if (onPick) onPick(entity);
  };
  input.addEventListener("input", () => {
    delete input.dataset.key;
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) return close();
    timer = setTimeout(async () => {
      const page = await api("/entities", { params: { name: text, limit: 8 } }).catch(() => null);
      close();
      if (!page || input.value.trim() !== text) return;
      for (const entity of page.items) {
        list.append(
          el(
            "li",
            {
              role: "option",
              class: "suggestion",
              dataset: { key: entity.key },
              onmousedown: (event) => {
                event.preventDefault();
                pick(entity);
              },
            },
            `${KIND_ICON[entity.kind] || ""} ${entity.name}`,
            el("small", {}, ` ${entity.key}`),
          ),
        );
      }
      input.setAttribute("aria-expanded", String(page.items.length > 0));
    }, 150);
  });
  input.addEventListener("keydown", (event) => {
    const options = [...list.children];
    if (!options.length) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      active = (active + (event.key === "ArrowDown" ? 1 : -1) + options.length) % options.length;
      options.forEach((o, i) => o.classList.toggle("active", i === active));
    } else if (event.key === "Enter" && active >= 0) {
      event.preventDefault();
      options[active].dispatchEvent(new MouseEvent("mousedown"));
    } else if (event.key === "Escape") close();
  });
  input.addEventListener("blur", () => setTimeout(close, 100));
}

// What the field names: the picked entity's key, else the typed text (the API resolves it).
export function actorValue(input) {
  return input.dataset.key || input.value.trim();
}

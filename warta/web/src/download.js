// CSV and JSON of what the open tab shows (the items it was drawn from).

function cell(value) {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)) return value.join("; ");
  if (Array.isArray(value) && value.every((v) => v && typeof v === "object" && "name" in v)) {
    return value.map((v) => v.name).join("; ");
  }
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

function quoted(text) {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(items) {
  const columns = [...new Set(items.flatMap((item) => Object.keys(item)))];
  const lines = [columns.join(",")];
  for (const item of items) lines.push(columns.map((c) => quoted(cell(item[c]))).join(","));
  return lines.join("\r\n") + "\r\n";
}

export function downloadView(view, format) {
  const items = Array.isArray(view.items) ? view.items : [];
  const text = format === "csv" ? toCsv(items) : JSON.stringify(items, null, 2);
  const type = format === "csv" ? "text/csv;charset=utf-8" : "application/json";
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = `warta-${view.name}.${format}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

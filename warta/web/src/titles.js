// How an article is named on screen: its title (the API derives one from the lead sentence
// when the source gave none), then its outlet and date, never a bare file name or hash.

export function articleLabel(citation) {
  const title = citation.title || "";
  const source = [citation.outlet, citation.published].filter(Boolean).join(", ");
  if (title && source) return `${title} (${source})`;
  return title || source || citation.article_id;
}

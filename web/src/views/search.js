// Full-text search over article titles and texts, with highlighted snippets.
import { api, h, route, message } from "../util.js";

export async function search(params) {
  const form = h("form", { class: "filters", "data-testid": "search-form" },
    h("input", { name: "q", type: "search", value: params.q || "", placeholder: "words, \"a phrase\", sanzion*", size: 40, "aria-label": "Search query" }),
    h("button", {}, "Search"));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = route("#/search", Object.fromEntries(new FormData(form))); });
  if (!params.q) return h("section", {}, h("h1", {}, "Search"), form);
  const res = await api("/api/search", { q: params.q, limit: 50 });
  return h("section", {}, h("h1", {}, "Search"), form,
    res.items.length ? h("ol", { class: "results", "data-testid": "search-results" }, res.items.map((r) => h("li", {},
      h("a", { href: `#/article/${encodeURIComponent(r.doc_id)}` }, r.title || r.doc_id), h("span", { class: "meta" }, ` ${r.date || ""} · ${r.url || r.source}`),
      h("p", { class: "snippet" }, r.snippet.map((p) => (p.hit ? h("mark", {}, p.text) : p.text))))))
      : message(`No article matches “${params.q}”.`, "note"));
}

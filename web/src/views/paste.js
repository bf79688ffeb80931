// The paste box (only when the server runs with --allow-ingest): paste or
// upload an article, code and store it, and see its events and highlighted
// text at once.
import { api, h, message, link, info } from "../util.js";
import { highlightedText, eventList, legend } from "./article.js";

async function post(body, contentType) {
  return api("/api/ingest", null, { method: "POST", headers: { "content-type": contentType }, body });
}

export async function paste() {
  const i = await info();
  if (!i.ingest) return message("Ingest is disabled on this server: start it with `dyad serve --allow-ingest`.", "note");
  const out = h("div", { class: "paste-result", "data-testid": "paste-result" });
  const form = h("form", { class: "paste", "data-testid": "paste-form" },
    h("label", { class: "block" }, "Article text", h("textarea", { name: "text", rows: 12, placeholder: "Paste an Italian or English news article…" })),
    h("div", { class: "filters" },
      h("label", {}, "Title ", h("input", { name: "title", size: 30 })),
      h("label", {}, "Language ", h("select", { name: "lang" }, h("option", { value: "" }, "detect"), h("option", { value: "it" }, "Italian"), h("option", { value: "en" }, "English"))),
      h("label", {}, "Published ", h("input", { name: "date", type: "date" })),
      h("button", { type: "submit" }, "Code and store")),
    h("p", {}, "…or upload a file (.txt, .html, or .jsonl with one document or record per line): ", h("input", { name: "file", type: "file", accept: ".txt,.html,.htm,.jsonl,.ndjson,.json" })),
  );
  const show = async (res) => {
    const docs = res.documents;
    out.replaceChildren(h("p", {}, `${res.new} new, ${res.unchanged} already stored, ${res.failed} failed.`));
    for (const d of docs) {
      if (d.outcome === "failed") { out.append(message(d.error)); continue; }
      const rec = await api(`/api/articles/${encodeURIComponent(d.doc_id)}`);
      out.append(h("div", { class: "panel" },
        h("h2", {}, link(`#/article/${encodeURIComponent(d.doc_id)}`, d.title || d.doc_id), ` · ${d.events.length} events (${d.outcome})`),
        legend(), h("div", { class: "article-wrap" }, highlightedText(rec, null), h("aside", { class: "panel side" }, h("h2", {}, "Events"), eventList(rec, null)))));
    }
  };
  form.addEventListener("submit", async (ev) => {
    ev.preventDefault();
    const f = new FormData(form);
    const meta = { title: f.get("title") || undefined, lang: f.get("lang") || undefined, date: f.get("date") || undefined };
    out.replaceChildren(h("p", { class: "loading" }, "Coding…"));
    try {
      const file = f.get("file");
      let res;
      if (file && file.size) {
        const body = await file.text();
        if (/\.(jsonl|ndjson)$/i.test(file.name)) res = await post(body, "application/x-ndjson");
        else if (/\.json$/i.test(file.name)) res = await post(body, "application/json");
        else res = await post(JSON.stringify({ ...meta, [/\.html?$/i.test(file.name) ? "html" : "text"]: body, title: meta.title || file.name, source: file.name }), "application/json");
      } else {
        const text = String(f.get("text") || "");
        if (!text.trim()) { out.replaceChildren(message("Paste some text or choose a file.")); return; }
        res = await post(JSON.stringify({ ...meta, text }), "application/json");
      }
      await show(res);
    } catch (err) {
      out.replaceChildren(message(err.message));
    }
  });
  return h("section", {}, h("h1", {}, "Paste an article"), form, out);
}

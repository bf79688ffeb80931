// The article view: the stored text with every coded span highlighted —
// actor mentions, event triggers (the coder's reason on hover), quotes and
// their speakers, quantities and date expressions — and the article's
// events beside it. Offsets are UTF-8 byte offsets into doc.text.
import { api, h, link, side, ByteText, QUADS } from "../util.js";

// Date words the coder resolves (Italian and English); the record gives the
// resolved date but no span, so the words are found in the event's sentence.
const DATE_WORDS = /(?<!\p{L})(?:(?:luned|marted|mercoled|gioved|venerd)[iì]|sabato|domenica|ieri|oggi|domani|(?:la )?scorsa settimana|(?:lo )?scorso mese|(?:l')?anno scorso|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow|last (?:week|month|year)|\d{1,2} (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|january|february|march|april|may|june|july|august|september|october|november|december)(?: \d{4})?)(?!\p{L})/giu;

/** Spans to highlight: [start, end, classes, title]. */
function spansOf(rec, text, selected) {
  const spans = [];
  // A group phrase ("i due leader") is one mention per referent, all with one span: one mark, all referents in its title.
  const actorMarks = new Map();
  for (const a of rec.actors) {
    const label = `${a.kind}: ${a.name || a.text}${a.country ? " · " + a.country : ""}${a.sector ? " · " + a.sector : ""}${a.id ? " · " + a.id : ""}`;
    const key = `${a.start}-${a.end}`;
    if (actorMarks.has(key)) actorMarks.get(key)[3] += " + " + label;
    else actorMarks.set(key, [a.start, a.end, `actor k-${a.kind}`, label]);
  }
  spans.push(...actorMarks.values());
  for (const q of rec.quotes) {
    spans.push([q.start, q.end, "quote", `quote${q.speaker ? " by " + q.speaker.text : ""}`]);
    if (q.speaker && q.speaker.end > q.speaker.start) spans.push([q.speaker.start, q.speaker.end, "speaker", "speaker"]);
  }
  for (const e of rec.events) {
    const sel = e.id === selected;
    spans.push([e.start, e.end, sel ? "sentence selected" : "sentence", `${e.event}: ${e.reason}`]);
    if (e.trigger.end > e.trigger.start) spans.push([e.trigger.start, e.trigger.end, `trigger q${e.quad}${sel ? " sel" : ""}`, `${e.event}${e.mode ? "/" + e.mode : ""} (${side((e.actor || []).map((a) => a.country || a.text).join("+"))} → ${side((e.recipient || []).map((a) => a.country || a.text).join("+"))}): ${e.reason}`]);
    for (const q of e.quantity || []) for (const [a, b] of text.find(q.text, e.start, e.end)) spans.push([a, b, "quantity", `quantity: ${q.value}${q.unit ? " " + q.unit : ""}`]);
    if (e.date && e.date_source === "text") {
      const sentence = text.slice(e.start, e.end);
      for (const m of sentence.matchAll(DATE_WORDS)) for (const [a, b] of text.find(m[0], e.start, e.end)) spans.push([a, b, "date", `date: ${e.date} (${e.date_precision || "day"})`]);
    }
  }
  return spans.filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b) && a >= 0 && b <= text.length && b > a);
}

/** The text with all spans: each elementary segment gets the classes and titles of every span covering it. */
export function highlightedText(rec, selected) {
  const text = new ByteText(rec.doc.text);
  const spans = spansOf(rec, text, selected);
  const cuts = new Set([0, text.length]);
  for (const [a, b] of spans) { cuts.add(a); cuts.add(b); }
  const points = [...cuts].sort((x, y) => x - y);
  const out = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const cover = spans.filter(([s, e]) => s <= a && e >= b);
    const piece = text.slice(a, b);
    if (!cover.length) { out.push(piece); continue; }
    const cls = [...new Set(cover.flatMap(([, , c]) => c.split(" ")))].join(" ");
    const title = [...new Set(cover.map(([, , , t]) => t))].reverse().join("\n");
    out.push(h("span", { class: `hl ${cls}`, title }, piece));
  }
  return h("div", { class: "article-text", "data-testid": "article-text" }, out);
}

/** The article's events as a list beside the text. */
export function eventList(rec, selected) {
  return h("ol", { class: "article-events" }, rec.events.map((e) => h("li", { class: e.id === selected ? "selected" : null },
    h("a", { href: `#/article/${encodeURIComponent(rec.doc.id)}?event=${encodeURIComponent(e.id)}`, class: `quad q${e.quad}` }, `${e.event}${e.mode ? " / " + e.mode : ""}`),
    ` ${side(e.actor.map((a) => a.country || a.text).join("+"))} → ${side(e.recipient.map((a) => a.country || a.text).join("+"))}`,
    e.date ? ` · ${e.date}` : "", ` · ${e.modality}`,
    h("div", { class: "reason" }, e.reason),
    e.cluster_id ? link(`#/event/${encodeURIComponent(e.cluster_id)}`, "all mentions") : null)));
}

export function legend() {
  return h("p", { class: "legend" }, "Highlighted: ",
    h("span", { class: "hl actor" }, "actor"), " ", h("span", { class: `hl trigger q1` }, "trigger"), " ",
    h("span", { class: "hl quote" }, "quote"), " ", h("span", { class: "hl quantity" }, "quantity"), " ",
    h("span", { class: "hl date" }, "date"), " ", h("span", { class: "hl sentence selected" }, "selected event"),
    " · hover for the coder's reason · trigger colours: ", QUADS.map((q) => h("span", { class: `hl trigger q${q.n}` }, q.name)).flatMap((x) => [x, " "]));
}

export async function article(params, id) {
  const rec = await api(`/api/articles/${encodeURIComponent(id)}`);
  const selected = params.event || null;
  const root = h("section", { class: "article" },
    h("h1", {}, rec.doc.title || rec.doc.id),
    h("p", { class: "meta" }, `${rec.doc.date || "undated"} · ${rec.doc.lang} · ${rec.actors.length} actor mentions · ${rec.events.length} events · ${rec.quotes.length} quotes · from `,
      rec.sources.map((s) => s.url || s.source).join(", ")),
    legend(),
    h("div", { class: "article-wrap" }, highlightedText(rec, selected), h("aside", { class: "panel side" }, h("h2", {}, "Events"), eventList(rec, selected))));
  root.addEventListener("mounted", () => { root.querySelector(".hl.selected")?.scrollIntoView({ block: "center" }); });
  return root;
}

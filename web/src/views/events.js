// The events table (filters, pagination) and one event's detail: every
// mention with its sentence, actors and trigger highlighted, the coder's
// reason on hover and shown below.
import { api, h, eventsTable, route, link, side, message, ByteText } from "../util.js";

const CATEGORIES = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT", "SANCTION", "THREATEN", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT"];

export async function events(params) {
  const limit = Number(params.limit) || 50;
  const offset = Number(params.offset) || 0;
  const form = h("form", { class: "filters", "data-testid": "event-filters" },
    h("label", {}, "Actor ", h("input", { name: "actor", value: params.actor || "", placeholder: "RUS, Putin", size: 10 })),
    h("label", {}, "Recipient ", h("input", { name: "recipient", value: params.recipient || "", size: 10 })),
    h("label", {}, "Category ", h("select", { name: "event" }, h("option", { value: "" }, "any"), CATEGORIES.map((c) => h("option", { value: c, selected: params.event === c }, c)))),
    h("label", {}, "From ", h("input", { name: "since", type: "date", value: params.since || "" })),
    h("label", {}, "To ", h("input", { name: "until", type: "date", value: params.until || "" })),
    h("label", {}, "Order ", h("select", { name: "order" }, h("option", { value: "desc" }, "newest first"), h("option", { value: "asc", selected: params.order === "asc" }, "oldest first"))),
    h("button", {}, "Filter"),
  );
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = route("#/events", Object.fromEntries(new FormData(form))); });
  const page = await api("/api/events", { ...params, limit, offset });
  const nav = (delta, text) => {
    const o = offset + delta;
    const ok = o >= 0 && o < page.total;
    return ok ? link(route("#/events", { ...params, offset: o }), text) : h("span", { class: "muted" }, text);
  };
  const last = Math.min(offset + page.items.length, page.total);
  return h("section", {}, h("h1", {}, "Events"), form,
    h("p", { class: "pager" }, `${page.total} events · ${page.total ? offset + 1 : 0}–${last} `, nav(-limit, "← previous"), " ", nav(limit, "next →")),
    page.items.length ? eventsTable(page.items, { "data-testid": "events-table" }) : message("No events match.", "note"));
}

/** A sentence with the event's actors and trigger highlighted. */
export function sentenceNode(mention) {
  const ev = mention.event;
  const s = mention.sentence;
  if (!s) return h("p", { class: "muted" }, "(sentence not available)");
  const text = new ByteText(s.text);
  const spans = [];
  for (const a of ev.actor) spans.push([a.start - s.start, a.end - s.start, "actor source", `source: ${a.text} ${a.country || ""} ${a.sector || ""}`]);
  for (const a of ev.recipient) spans.push([a.start - s.start, a.end - s.start, "actor recipient", `recipient: ${a.text} ${a.country || ""} ${a.sector || ""}`]);
  spans.push([ev.trigger.start - s.start, ev.trigger.end - s.start, "trigger", `${ev.event}${ev.mode ? "/" + ev.mode : ""}: ${ev.reason}`]);
  const valid = spans.filter(([a, b]) => a >= 0 && b <= text.length && b > a).sort((x, y) => x[0] - y[0]);
  const out = [];
  let pos = 0;
  for (const [a, b, cls, title] of valid) {
    if (a < pos) continue; // overlapping spans: keep the first
    out.push(text.slice(pos, a), h("mark", { class: cls, title }, text.slice(a, b)));
    pos = b;
  }
  out.push(text.slice(pos, text.length));
  return h("blockquote", { class: "mention-sentence", title: ev.reason, "data-testid": "highlighted-sentence" }, out);
}

export async function eventDetail(params, id) {
  const e = await api(`/api/events/${encodeURIComponent(id)}`);
  return h("section", { class: "event" },
    h("h1", {}, h("span", { class: `quad q${e.quad}` }, e.event + (e.mode ? ` / ${e.mode}` : "")), ` ${side(e.source)} → ${side(e.recipient)}`),
    h("p", {}, `${e.date || "undated"} · ${e.mentions} mention(s) in ${e.articles} article(s) from ${e.sources} source(s) · score ${e.score.toFixed(1)}`,
      e.negated ? " · negated" : "", e.location_country ? ` · in ${e.location_country}` : "", " · ",
      link(route("#/timeline", { actor: e.source.split("+")[0], recipient: e.recipient.split("+")[0] }), "dyad timeline")),
    h("h2", {}, "Mentions"),
    h("ol", { class: "mentions" }, e.mention_list.map((m) => h("li", {},
      sentenceNode(m),
      h("p", { class: "reason" }, h("b", {}, "Why: "), m.event.reason),
      h("p", { class: "meta" }, `${m.event.modality}`, m.event.attribution ? ` · according to ${m.event.attribution.text}` : "",
        m.event.quantity.length ? ` · ${m.event.quantity.map((q) => q.text).join(", ")}` : "",
        ` · confidence ${Number(m.event.confidence).toFixed(2)} · `,
        link(`#/article/${encodeURIComponent(m.doc_id)}?event=${encodeURIComponent(m.event.id)}`, `open article: ${m.doc_title || m.doc_id}`), ` (${m.doc_date || "undated"})`)))));
}

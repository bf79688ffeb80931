// Small helpers shared by the views: DOM building, API calls, colours,
// and byte-offset text slicing (the record's offsets are UTF-8 bytes).

/** Creates an element: h("a", {href: "#/"}, "text", child, …). */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k === "class") el.className = v;
    else if (k.startsWith("on") && typeof v === "function") el.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** An API error with the server's message. */
export class ApiError extends Error {}

/** GETs or POSTs JSON from the API; throws ApiError with the server's message. */
export async function api(path, params, init) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v != null && String(v).trim() !== "") q.set(k, String(v).trim());
  const url = q.size ? `${path}?${q}` : path;
  const resp = await fetch(url, init);
  let body = null;
  try { body = await resp.json(); } catch { /* not JSON */ }
  if (!resp.ok) throw new ApiError((body && body.message) || `${resp.status} ${resp.statusText}`);
  return body;
}

/** The four quad classes: names and colours (cooperation green/blue, conflict orange/red). */
export const QUADS = [
  { n: 1, name: "Verbal cooperation", color: "#4c9f70" },
  { n: 2, name: "Material cooperation", color: "#1f6f43" },
  { n: 3, name: "Verbal conflict", color: "#e0863a" },
  { n: 4, name: "Material conflict", color: "#b8322a" },
];

/** A colour for a cooperation–conflict index in [-1, 1]: red … grey … green. */
export function indexColor(index) {
  const t = Math.max(-1, Math.min(1, Number(index) || 0));
  const mix = (a, b, f) => Math.round(a + (b - a) * f);
  const grey = [140, 146, 156], green = [31, 140, 75], red = [200, 45, 40];
  const [to, f] = t >= 0 ? [green, t] : [red, -t];
  return `rgb(${mix(grey[0], to[0], f)}, ${mix(grey[1], to[1], f)}, ${mix(grey[2], to[2], f)})`;
}

const enc = new TextEncoder();
const dec = new TextDecoder();

/** Text with byte offsets: slice(start, end) by UTF-8 byte positions. */
export class ByteText {
  constructor(text) { this.text = text; this.bytes = enc.encode(text); }
  get length() { return this.bytes.length; }
  slice(start, end) { return dec.decode(this.bytes.subarray(Math.max(0, start), Math.min(this.bytes.length, end))); }
  /** Byte offsets of every occurrence of needle within [from, to). */
  find(needle, from = 0, to = this.bytes.length) {
    const out = [];
    if (!needle) return out;
    const hay = this.slice(from, to);
    let i = hay.indexOf(needle);
    while (i >= 0) {
      const s = from + enc.encode(hay.slice(0, i)).length;
      out.push([s, s + enc.encode(needle).length]);
      i = hay.indexOf(needle, i + needle.length);
    }
    return out;
  }
}

/** "RUS+CHN" → "RUS + CHN"; empty → "—". */
export const side = (s) => (s ? s.split("+").join(" + ") : "—");

/** A link to a view. */
export const link = (hash, text, attrs = {}) => h("a", { href: hash, ...attrs }, text);

/** Builds a hash route: route("#/events", {actor: "RUS"}). */
export function route(base, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v != null && String(v) !== "") q.set(k, v);
  return q.size ? `${base}?${q}` : base;
}

/** Shows a message (error or note) in place of a view's content. */
export function message(text, cls = "error") {
  return h("p", { class: cls, role: cls === "error" ? "alert" : null }, text);
}

/** A table from headers and rows of cells. */
export function table(headers, rows, attrs = {}) {
  return h("table", attrs, h("thead", {}, h("tr", {}, headers.map((x) => h("th", {}, x)))), h("tbody", {}, rows.map((r) => h("tr", {}, r.map((c) => h("td", {}, c))))));
}

/** A table of events (clusters) with links to their detail; `compact` drops the actor and article columns. */
export function eventsTable(items, attrs = {}, compact = false) {
  const event = (e) => h("a", { href: `#/event/${encodeURIComponent(e.id)}`, class: `quad q${e.quad}` }, e.event + (e.mode ? ` / ${e.mode}` : "") + (e.negated ? " (negated)" : ""));
  const actorLink = (code) => h("a", { href: `#/actor/${encodeURIComponent(code.split("+")[0] || "")}` }, side(code));
  const article = (e) => h("a", { href: `#/article/${encodeURIComponent(e.doc_id)}?event=${encodeURIComponent(e.id)}`, title: e.doc_title || e.doc_id }, e.doc_title || e.doc_id);
  if (compact) {
    return table(["Date", "Event", "Trigger", "Mentions"], items.map((e) => [h("span", { class: "nowrap" }, e.date || "—"), event(e), e.trigger, String(e.mentions)]), { class: "events", ...attrs });
  }
  return table(
    ["Date", "Event", "Source", "Recipient", "Trigger", "Mentions", "Article"],
    items.map((e) => [h("span", { class: "nowrap" }, e.date || "—"), event(e), actorLink(e.source), actorLink(e.recipient), e.trigger, String(e.mentions), article(e)]),
    { class: "events", ...attrs },
  );
}

let infoPromise = null;
/** Server facts (version, ingest allowed?), fetched once. */
export function info() {
  infoPromise ??= api("/api/info").catch(() => ({ ingest: false }));
  return infoPromise;
}

// Timelines: a dyad's events by quad class over time (stacked bars) with the
// cooperation–conflict index as a line, and the actor view (an actor in
// either role, its partners and its timeline).
import Chart from "chart.js/auto";
import { api, h, QUADS, eventsTable, route, link, message, table } from "../util.js";

function chart(canvas, rows) {
  return new Chart(canvas, {
    data: {
      labels: rows.map((r) => r.period),
      datasets: [
        ...QUADS.map((q) => ({ type: "bar", label: q.name, data: rows.map((r) => r.quad[q.n - 1]), backgroundColor: q.color, stack: "events", yAxisID: "y" })),
        { type: "line", label: "Coop.–conflict index", data: rows.map((r) => (r.events ? r.index : null)), borderColor: "#3b5bdb", backgroundColor: "#3b5bdb", yAxisID: "idx", spanGaps: true, pointRadius: 2 },
      ],
    },
    options: {
      animation: false, maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, title: { display: true, text: "events" }, beginAtZero: true }, idx: { position: "right", min: -1, max: 1, grid: { drawOnChartArea: false }, title: { display: true, text: "index" } } },
    },
  });
}

export async function timeline(params) {
  const form = h("form", { class: "filters" },
    h("label", {}, "Actor ", h("input", { name: "actor", value: params.actor || "", placeholder: "RUS", size: 8, required: true })),
    h("label", {}, "Recipient ", h("input", { name: "recipient", value: params.recipient || "", placeholder: "any (either role)", size: 12 })),
    h("label", {}, "Per ", h("select", { name: "period" }, ["day", "week", "month", "year"].map((p) => h("option", { value: p, selected: (params.period || "month") === p }, p)))),
    h("label", {}, "From ", h("input", { name: "since", type: "date", value: params.since || "" })),
    h("label", {}, "To ", h("input", { name: "until", type: "date", value: params.until || "" })),
    h("button", {}, "Show"),
  );
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = route("#/timeline", Object.fromEntries(new FormData(form))); });
  if (!params.actor) {
    const s = await api("/api/stats");
    return h("section", {}, h("h1", {}, "Timeline"), form, h("p", { class: "note" }, "Pick an actor, or a top dyad:"),
      h("ul", {}, s.top_dyads.map((d) => h("li", {}, link(route("#/timeline", { actor: d.source, recipient: d.recipient }), `${d.source} → ${d.recipient} (${d.events})`)))));
  }
  const t = await api("/api/timeline", { actor: params.actor, recipient: params.recipient, period: params.period, since: params.since, until: params.until });
  const page = await api("/api/events", { actor: params.actor, recipient: params.recipient, since: params.since, until: params.until, limit: 50 });
  const canvas = h("canvas", { role: "img", "aria-label": "Events over time by quad class" });
  const title = params.recipient ? `${params.actor} → ${params.recipient}` : `${params.actor} (either role)`;
  const root = h("section", {}, h("h1", {}, `Timeline: ${title}`), form,
    t.items.length ? h("div", { class: "panel" }, h("div", { class: "chart tall" }, canvas)) : message("No dated events for this choice.", "note"),
    h("div", { class: "panel" }, h("h2", {}, `Events (${page.total})`), eventsTable(page.items)));
  root.addEventListener("mounted", () => { if (t.items.length) chart(canvas, t.items); });
  return root;
}

export async function actor(params, code) {
  if (!code) return message("No actor given.");
  const a = await api(`/api/actors/${encodeURIComponent(code)}`, { since: params.since, until: params.until });
  const canvas = h("canvas", { role: "img", "aria-label": "Actor events over time" });
  const partners = (rows, other) => table(["Partner", "Events", "Quad 1/2/3/4", "Index", ""], rows.map((r) => [
    link(`#/actor/${encodeURIComponent(r[other])}`, r[other]), String(r.events), r.quad.join(" / "), r.index.toFixed(2),
    link(route("#/timeline", { actor: r.source, recipient: r.recipient }), "timeline"),
  ]));
  const r = a.actor;
  const root = h("section", {}, h("h1", {}, `Actor ${r.code}`),
    h("div", { class: "cards" }, [["Events as source", r.out_events], ["Events as recipient", r.in_events], ["Partners", r.degree], ["PageRank rank", `${a.rank} of ${a.actors}`]]
      .map(([k, v]) => h("div", { class: "card" }, h("div", { class: "n" }, v), h("div", { class: "k" }, k)))),
    h("p", {}, link(route("#/graph", { actor: r.code }), "Graph around this actor"), " · ", link(route("#/events", { actor: r.code }), "events as source"), " · ", link(route("#/events", { recipient: r.code }), "events as recipient")),
    a.timeline.length ? h("div", { class: "panel" }, h("h2", {}, "Per month, either role"), h("div", { class: "chart tall" }, canvas)) : null,
    h("div", { class: "grid2" },
      h("div", { class: "panel" }, h("h2", {}, `${r.code} acts on`), partners(a.as_source, "recipient")),
      h("div", { class: "panel" }, h("h2", {}, `Acting on ${r.code}`), partners(a.as_recipient, "source"))));
  root.addEventListener("mounted", () => { if (a.timeline.length) chart(canvas, a.timeline); });
  return root;
}

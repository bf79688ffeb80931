// The relations graph: actors as nodes, directed dyads as edges coloured by
// the cooperation–conflict index and sized by events (cytoscape). Clicking
// an edge lists its events; clicking a node opens the actor.
import cytoscape from "cytoscape";
import { api, h, indexColor, eventsTable, route, link, message, table } from "../util.js";

export async function graph(params) {
  const g = await api("/api/graph", { since: params.since, until: params.until, actor: params.actor, limit: params.limit || 150 });
  const since = params.since || g.first_day || "";
  const until = params.until || g.last_day || "";
  const form = h("form", { class: "filters" },
    h("label", {}, "From ", h("input", { name: "since", type: "date", value: since })),
    h("label", {}, "To ", h("input", { name: "until", type: "date", value: until })),
    h("label", {}, "Actor ", h("input", { name: "actor", value: params.actor || "", placeholder: "any", size: 6 })),
    h("label", {}, "Edges ", h("input", { name: "limit", type: "number", min: 1, max: 2000, value: params.limit || 150 })),
    h("label", { title: "Hide actors the coder could not link to a country or an id (their code is their text)" }, h("input", { name: "all", type: "checkbox", value: "1", checked: params.all === "1" }), " unlinked actors too"),
    h("button", {}, "Show"),
  );
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = route("#/graph", Object.fromEntries(new FormData(form))); });
  const box = h("div", { id: "cy", class: "cy", "data-testid": "graph" });
  const side = h("aside", { class: "panel side", id: "edge-panel" }, h("p", { class: "hint" }, "Click an edge to see its events, a node to open the actor."));
  const legend = h("p", { class: "legend" },
    h("span", { class: "swatch", style: `background:${indexColor(1)}` }), " cooperation ",
    h("span", { class: "swatch", style: `background:${indexColor(0)}` }), " mixed ",
    h("span", { class: "swatch", style: `background:${indexColor(-1)}` }), " conflict · edge width = events");
  // Linked actors have a code (RUS, IGO) or a Wikidata id; others are named by their text.
  const linked = (code) => /^[A-Z]{3}$|^Q\d+$/.test(code);
  const edges = params.all === "1" ? g.edges : g.edges.filter((e) => linked(e.source) && linked(e.recipient));
  const keep = new Set(edges.flatMap((e) => [e.source, e.recipient]));
  g.nodes = g.nodes.filter((n) => keep.has(n.id));
  const list = table(["Dyad", "Events", "Index", ""], edges.map((e) => [
    h("a", { href: "#", onclick: (ev) => { ev.preventDefault(); showEdge(side, e, since, until); } }, `${e.source} → ${e.recipient}`),
    String(e.events), e.index.toFixed(2), link(route("#/timeline", { actor: e.source, recipient: e.recipient }), "timeline"),
  ]), { class: "edge-list", "data-testid": "edge-list" });
  const root = h("section", { class: "graph" }, h("h1", {}, "Relations"), form, legend,
    edges.length ? h("div", { class: "graph-wrap" }, box, side) : message("No events in this range.", "note"),
    h("details", { open: edges.length <= 30 }, h("summary", {}, `${edges.length} edges`), list));
  root.addEventListener("mounted", () => {
    if (!edges.length) return;
    const maxEvents = Math.max(...edges.map((e) => e.events));
    const maxNode = Math.max(...g.nodes.map((n) => n.events));
    const cy = cytoscape({
      container: box,
      elements: [
        ...g.nodes.map((n) => ({ data: { id: n.id, label: n.id, events: n.events, size: 18 + 30 * Math.sqrt(n.events / maxNode), color: indexColor(n.index) } })),
        ...edges.map((e) => ({ data: { id: e.id, source: e.source, target: e.recipient, events: e.events, width: 1.5 + 9 * Math.sqrt(e.events / maxEvents), color: indexColor(e.index), label: String(e.events) } })),
      ],
      style: [
        { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)", "background-color": "#2d3a4f", color: "#1d2330", "font-size": 11, "font-weight": 600, "text-valign": "center", "text-halign": "right", "text-margin-x": 4, "border-width": 3, "border-color": "data(color)" } },
        { selector: "edge", style: { width: "data(width)", "line-color": "data(color)", "target-arrow-color": "data(color)", "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.85, label: "data(label)", "font-size": 9, color: "#555", "text-background-color": "#fff", "text-background-opacity": 0.8 } },
        { selector: ":selected", style: { "overlay-color": "#3366ff", "overlay-opacity": 0.25 } },
      ],
      layout: { name: "cose", animate: false, randomize: false, nodeRepulsion: () => 40000, idealEdgeLength: () => 140, edgeElasticity: () => 60, nodeOverlap: 20, gravity: 0.4, padding: 30 },
      wheelSensitivity: 0.3,
    });
    cy.on("tap", "edge", (ev) => { const e = edges.find((x) => x.id === ev.target.id()); if (e) showEdge(side, e, since, until); });
    cy.on("tap", "node", (ev) => { location.hash = `#/actor/${encodeURIComponent(ev.target.id())}`; });
    window.__dyadGraph = cy; // for the browser tests
  });
  return root;
}

async function showEdge(side, e, since, until) {
  side.replaceChildren(h("p", { class: "loading" }, "Loading…"));
  try {
    const page = await api("/api/events", { actor: e.source, recipient: e.recipient, since, until, limit: 50 });
    side.replaceChildren(
      h("h2", {}, `${e.source} → ${e.recipient}`),
      h("p", {}, `${e.events} events (${e.quad.join(" / ")} by quad class), index ${e.index.toFixed(2)} · `,
        link(route("#/timeline", { actor: e.source, recipient: e.recipient }), "timeline"), " · ",
        link(route("#/events", { actor: e.source, recipient: e.recipient, since, until }), "all events")),
      eventsTable(page.items, { "data-testid": "edge-events" }, true),
    );
  } catch (err) {
    side.replaceChildren(message(err.message));
  }
}

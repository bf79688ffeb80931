// Overview: counts, events by category, top dyads and the latest events.
import Chart from "chart.js/auto";
import { api, h, QUADS, eventsTable, route, table, link } from "../util.js";

export async function overview() {
  const s = await api("/api/stats");
  const cards = [
    ["Articles", s.documents], ["Events", s.events], ["Mentions", s.event_mentions],
    ["Actor mentions", s.actor_mentions], ["Quotes", s.quotes],
    ["Period", s.first_day ? `${s.first_day} → ${s.last_day}` : "—"],
  ];
  const canvas = h("canvas", { "aria-label": "Events by category", role: "img" });
  const root = h("section", { class: "overview" },
    h("h1", {}, "Overview"),
    h("div", { class: "cards" }, cards.map(([k, v]) => h("div", { class: "card" }, h("div", { class: "n" }, v), h("div", { class: "k" }, k)))),
    h("div", { class: "grid2" },
      h("div", { class: "panel" }, h("h2", {}, "Events by category"), h("div", { class: "chart" }, canvas)),
      h("div", { class: "panel" }, h("h2", {}, "Top dyads"),
        table(["Source", "Recipient", "Events", ""], s.top_dyads.map((d) => [
          link(`#/actor/${encodeURIComponent(d.source)}`, d.source), link(`#/actor/${encodeURIComponent(d.recipient)}`, d.recipient), String(d.events),
          link(route("#/timeline", { actor: d.source, recipient: d.recipient }), "timeline"),
        ]), { class: "dyads", "data-testid": "top-dyads" })),
    ),
    h("div", { class: "panel" }, h("h2", {}, "Latest events"), eventsTable(s.latest, { "data-testid": "latest" })),
  );
  root.addEventListener("mounted", () => {
    const cats = s.by_category;
    new Chart(canvas, {
      type: "bar",
      data: { labels: cats.map((c) => c.event), datasets: [{ label: "events", data: cats.map((c) => c.events), backgroundColor: cats.map((c) => QUADS[c.quad - 1].color) }] },
      options: { indexAxis: "y", animation: false, maintainAspectRatio: false, plugins: { legend: { display: false } },
        onClick: (_, els) => { if (els[0]) location.hash = route("#/events", { event: cats[els[0].index].event }); } },
    });
  });
  return root;
}

// The map: countries shaded by events located there and circles for places
// with coordinates, drawn with d3-geo over Natural Earth geometry shipped in
// the world-atlas npm package — no network tiles.
import { geoNaturalEarth1, geoPath, geoGraticule10 } from "d3-geo";
import { feature, mesh } from "topojson-client";
import world from "world-atlas/countries-110m.json";
import countries from "i18n-iso-countries";
import { api, h, route, table, link } from "../util.js";

const SVG = "http://www.w3.org/2000/svg";
function s(tag, attrs = {}, ...kids) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) if (v != null) el.setAttribute(k, String(v));
  for (const c of kids) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return el;
}

export async function map(params) {
  const loc = await api("/api/locations", { since: params.since, until: params.until, limit: 500 });
  const form = h("form", { class: "filters" },
    h("label", {}, "From ", h("input", { name: "since", type: "date", value: params.since || "" })),
    h("label", {}, "To ", h("input", { name: "until", type: "date", value: params.until || "" })),
    h("button", {}, "Show"));
  form.addEventListener("submit", (ev) => { ev.preventDefault(); location.hash = route("#/map", Object.fromEntries(new FormData(form))); });

  const [w, hgt] = [960, 500];
  const projection = geoNaturalEarth1().fitSize([w, hgt], { type: "Sphere" });
  const path = geoPath(projection);
  const byNumeric = new Map();
  for (const c of loc.countries) {
    const num = countries.alpha3ToNumeric(c.country);
    if (num) byNumeric.set(String(num).padStart(3, "0"), c);
  }
  const max = Math.max(1, ...loc.countries.map((c) => c.events));
  const shade = (n) => `rgba(59, 91, 219, ${0.15 + 0.75 * Math.sqrt(n / max)})`;
  const land = feature(world, world.objects.countries).features;
  const svg = s("svg", { viewBox: `0 0 ${w} ${hgt}`, class: "map", role: "img", "aria-label": "Map of event locations", "data-testid": "map" },
    s("path", { d: path({ type: "Sphere" }), class: "sphere" }),
    s("path", { d: path(geoGraticule10()), class: "graticule" }),
    ...land.map((f) => {
      const c = byNumeric.get(String(f.id));
      const el = s("path", { d: path(f), class: "country", style: c ? `fill: ${shade(c.events)}` : null }, s("title", {}, `${f.properties.name}${c ? `: ${c.events} events` : ""}`));
      return el;
    }),
    s("path", { d: path(mesh(world, world.objects.countries, (a, b) => a !== b)), class: "borders" }),
    ...loc.places.map((p) => {
      const xy = projection([p.lon, p.lat]);
      if (!xy) return s("g");
      return s("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (3 + 2.5 * Math.sqrt(p.mentions)).toFixed(1), class: "place" }, s("title", {}, `${p.place} (${p.country || "?"}): ${p.mentions} mentions`));
    }),
  );
  return h("section", {}, h("h1", {}, "Where events happened"), form,
    h("div", { class: "panel" }, svg, h("p", { class: "hint" }, "Shading: events per country · circles: places named in events, sized by mentions · geometry: Natural Earth (world-atlas).")),
    h("div", { class: "grid2" },
      h("div", { class: "panel" }, h("h2", {}, "Countries"), table(["Country", "Events"], loc.countries.slice(0, 30).map((c) => [link(`#/actor/${encodeURIComponent(c.country)}`, c.country), String(c.events)]))),
      h("div", { class: "panel" }, h("h2", {}, "Places"), table(["Place", "Country", "Mentions"], loc.places.slice(0, 30).map((p) => [p.place, p.country || "", String(p.mentions)])))));
}

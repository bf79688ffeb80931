// The page's router: each hash route (#/graph, #/event/ID, …) renders one
// view into <main>. Views are plain functions (params) → Promise<Node>.
import "./style.css";
import { h, message, info } from "./util.js";
import { overview } from "./views/overview.js";
import { graph } from "./views/graph.js";
import { timeline, actor } from "./views/timeline.js";
import { events, eventDetail } from "./views/events.js";
import { article } from "./views/article.js";
import { search } from "./views/search.js";
import { map } from "./views/map.js";
import { paste } from "./views/paste.js";

const VIEWS = { "": overview, graph, timeline, actor, events, event: eventDetail, article, search, map, paste };

function parse() {
  const raw = location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = raw.split("?");
  const [name, ...rest] = path.split("/");
  return { name, arg: rest.length ? decodeURIComponent(rest.join("/")) : null, params: Object.fromEntries(new URLSearchParams(query)) };
}

let generation = 0;
async function render() {
  const { name, arg, params } = parse();
  const view = VIEWS[name];
  const main = document.getElementById("view");
  for (const a of document.querySelectorAll("#nav a")) a.classList.toggle("active", a.dataset.view === (name || "overview") || (name === "event" && a.dataset.view === "events"));
  const mine = ++generation;
  main.replaceChildren(h("p", { class: "loading" }, "Loading…"));
  main.dataset.view = name || "overview";
  main.removeAttribute("data-ready");
  let node;
  try {
    node = view ? await view(params, arg) : message(`No page '${name}'.`);
  } catch (err) {
    node = message(err.message || String(err));
  }
  if (mine !== generation) return; // a newer navigation won
  main.replaceChildren(node);
  // Views that draw after insertion (graph, charts) get a hook.
  node.dispatchEvent(new Event("mounted"));
  main.dataset.ready = "1";
}

document.getElementById("quick-search").addEventListener("submit", (ev) => {
  ev.preventDefault();
  const q = new FormData(ev.target).get("q");
  location.hash = `#/search?q=${encodeURIComponent(q)}`;
});
info().then((i) => { document.getElementById("nav-paste").hidden = !i.ingest; });
window.addEventListener("hashchange", render);
render();

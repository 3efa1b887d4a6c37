// Entry point: a hash router that renders one view into <main id="view">.

import { clearCache } from "./js/api.js";
import { clear, failure } from "./js/dom.js";
import { overviewView } from "./js/views/overview.js";
import { dyadView } from "./js/views/dyad.js";
import { mapView } from "./js/views/map.js";
import { quotesView, eventsView, articlesView } from "./js/views/browse.js";
import { alertsView } from "./js/views/alerts.js";
import { articleView } from "./js/views/article.js";

const ROUTES = {
  "": overviewView,
  dyad: dyadView,
  map: mapView,
  quotes: quotesView,
  events: eventsView,
  articles: articlesView,
  alerts: alertsView,
  article: articleView,
};

/** Parse "#/dyad/IRN/PAK?interval=week" into its route name, path parts and query. */
export function parseHash(hash) {
  const raw = hash.replace(/^#\/?/, "");
  const [path, query = ""] = raw.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return { name: parts[0] || "", args: parts.slice(1), params: new URLSearchParams(query) };
}

let generation = 0;

async function render() {
  const route = parseHash(location.hash);
  const view = ROUTES[route.name];
  const root = document.getElementById("view");
  const mine = ++generation;
  for (const a of document.querySelectorAll(".mainnav a")) {
    a.classList.toggle("active", a.dataset.route === (route.name || "overview"));
  }
  clearCache();
  clear(root);
  const container = document.createElement("div");
  container.className = `page page-${route.name || "overview"}`;
  root.append(container);
  if (!view) {
    container.append(failure(new Error(`Unknown page “${route.name}”.`)));
    return;
  }
  try {
    await view(container, route, () => mine === generation);
  } catch (err) {
    if (mine === generation) clear(container).append(failure(err));
  }
  if (mine === generation) document.body.dataset.ready = route.name || "overview";
}

window.addEventListener("hashchange", () => {
  delete document.body.dataset.ready;
  render();
});
render();

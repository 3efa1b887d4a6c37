// Map of event locations. Country outlines come from the vendored Natural Earth
// TopoJSON (world-atlas), projected with d3-geo: nothing is fetched from outside.

import { allItems, api } from "../api.js";
import { clear, empty, fill, fmt, h, s } from "../dom.js";
import { card, eventList, filterForm, href, pageHeader } from "../ui.js";

const W = 900;
const H = 560;
let worldPromise = null;

function world() {
  worldPromise ??= fetch("vendor/countries-50m.json").then((r) => {
    if (!r.ok) throw new Error(`map outlines: ${r.status}`);
    return r.json();
  });
  return worldPromise;
}

export async function mapView(root, route) {
  const p = route.params;
  const range = { start: p.get("start"), end: p.get("end") };
  const mapBox = h("div", { class: "map-box" });
  const sideBox = h("div", { class: "map-side" }, h("p", { class: "hint" }, "Click a point to list the events located there."));
  root.append(
    pageHeader("Event locations", "Where the coded events happened, as resolved by the places stage."),
    filterForm("map", p, [
      { name: "start", label: "From", type: "date" },
      { name: "end", label: "To", type: "date" },
      { name: "scope", label: "Extent", options: [["", "Fit to events"], ["region", "Iran – Afghanistan – Pakistan"], ["world", "Whole world"]] },
    ]),
    h("div", { class: "grid-2 wide-left" }, [
      card("Map", mapBox, { actions: h("span", { class: "legend" }, [h("span", { class: "swatch round" }), "circle area = number of events"]) }),
      card("Events at the selected place", sideBox),
    ]),
  );
  await fill(mapBox, Promise.all([world(), api.places(range)]), ([topo, places]) =>
    drawMap(topo, places || [], p.get("scope") || "", (place) => showPlace(sideBox, place, range)), "Drawing map…");
}

// The region the project follows: Iran, Afghanistan, Pakistan and their neighbours.
const REGION = { type: "MultiPoint", coordinates: [[43, 23], [79, 23], [79, 40], [43, 40]] };
const LABELLED = 12; // only the busiest places get a permanent label; the rest have tooltips

function drawMap(topo, places, scope, onPick) {
  const d3 = window.d3;
  const countries = window.topojson.feature(topo, topo.objects.countries);
  const located = places.filter((pl) => Number.isFinite(pl.lat) && Number.isFinite(pl.lon));
  const wholeWorld = scope === "world" || (scope !== "region" && !located.length);
  const projection = wholeWorld ? d3.geoNaturalEarth1() : d3.geoMercator();
  if (wholeWorld) {
    projection.fitExtent([[10, 10], [W - 10, H - 10]], { type: "Sphere" });
  } else {
    projection.fitExtent([[30, 30], [W - 30, H - 30]], scope === "region" ? REGION : extent(located));
  }
  const path = d3.geoPath(projection);
  const maxN = Math.max(1, ...located.map((pl) => pl.n_events || 0));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "map", role: "img", "aria-label": "Map of event locations" }, [
    s("path", { class: "sphere", d: path({ type: "Sphere" }) }),
    s("path", { class: "graticule", d: path(d3.geoGraticule10()) }),
    s("g", { class: "countries" }, countries.features.map((f) =>
      s("path", { d: path(f) || "", class: "country" }, s("title", {}, f.properties.name || "")))),
  ]);
  const pts = s("g", { class: "points" });
  const ranked = [...located].sort((a, b) => b.n_events - a.n_events);
  const labelled = new Set(ranked.slice(0, LABELLED));
  for (const pl of ranked) {
    const xy = projection([pl.lon, pl.lat]);
    if (!xy) continue;
    const r = 4 + 14 * Math.sqrt((pl.n_events || 0) / maxN);
    const g = s("g", { class: "place", tabindex: 0, transform: `translate(${xy[0]},${xy[1]})`, dataset: { name: pl.name } }, [
      s("title", {}, `${pl.name}${pl.country ? ` (${pl.country})` : ""}: ${fmt(pl.n_events)} events`),
      s("circle", { r }),
      labelled.has(pl) ? s("text", { x: r + 4, y: 4 }, pl.name) : null,
    ]);
    const pick = () => {
      for (const el of pts.querySelectorAll(".place.selected")) el.classList.remove("selected");
      g.classList.add("selected");
      onPick(pl);
    };
    g.addEventListener("click", pick);
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") pick(); });
    pts.append(g);
  }
  svg.append(pts);
  const out = [svg];
  if (!located.length) out.push(empty("No located events in this period."));
  return out;
}

/** A padded lon/lat box around the places, at least MIN_SPAN degrees wide, so a lone point keeps its region. */
function extent(places) {
  const MIN_SPAN = 24;
  const pad = 4;
  const box = (values, lo, hi) => {
    let [a, b] = [Math.min(...values) - pad, Math.max(...values) + pad];
    if (b - a < MIN_SPAN) [a, b] = [(a + b - MIN_SPAN) / 2, (a + b + MIN_SPAN) / 2];
    return [Math.max(lo, a), Math.min(hi, b)];
  };
  const [x0, x1] = box(places.map((p) => p.lon), -180, 180);
  const [y0, y1] = box(places.map((p) => p.lat), -80, 80);
  return { type: "MultiPoint", coordinates: [[x0, y0], [x1, y0], [x1, y1], [x0, y1]] };
}

async function showPlace(box, place, range) {
  const ids = new Set((place.event_ids || []).map(String));
  const list = h("div", {});
  clear(box).append(
    h("h3", {}, [place.name, place.country ? h("span", { class: "code small" }, place.country) : null]),
    h("p", { class: "muted" }, `${fmt(place.lat, 3)}, ${fmt(place.lon, 3)} · ${fmt(place.n_events)} events`),
    list,
  );
  await fill(list, allItems(api.events, range), ({ items }) => {
    const chosen = items.filter((e) => ids.has(String(e.id)));
    return chosen.length ? [eventList(chosen), h("p", { class: "small" }, h("a", { href: href("events", range) }, "All events →"))]
      : empty("No events found for this place.");
  }, "Loading events…");
}

// Overview: headline numbers, the actor network and the most active dyads.

import { api } from "../api.js";
import { goldsteinChip, goldsteinLegend } from "../colors.js";
import { empty, fill, fmt, h, table } from "../dom.js";
import { networkSvg } from "../network.js";
import { COUNTRIES_FIELD, writtenParam } from "../provenance.js";
import { card, dyadLink, filterForm, href, pageHeader } from "../ui.js";

const DATE_FIELDS = [
  { name: "start", label: "From", type: "date" },
  { name: "end", label: "To", type: "date" },
];

export async function overviewView(root, route) {
  const p = route.params;
  const range = { start: p.get("start"), end: p.get("end") };
  const written = writtenParam(p);
  const statsBox = h("div", { class: "stats" });
  const netBox = h("div", { class: "network-box" });
  const dyadBox = h("div", {});
  root.append(
    pageHeader("Regional overview", "Who acts on whom, and how cooperative or conflictual it is."),
    filterForm("", p, [...DATE_FIELDS, { name: "min_weight", label: "Min. events per edge", type: "number", placeholder: "1" }, COUNTRIES_FIELD]),
    statsBox,
    h("div", { class: "grid-2" }, [
      card("Actor network", netBox, { actions: goldsteinLegend(), cls: "card-network" }),
      card("Most active dyads", dyadBox, { cls: "card-dyads" }),
    ]),
  );
  await Promise.all([
    fill(statsBox, api.stats(), renderStats, "Loading statistics…"),
    fill(netBox, api.network({ ...range, ...written, min_weight: p.get("min_weight") }), renderNetwork, "Laying out the network…"),
    fill(dyadBox, api.topDyads({ ...range, ...written, limit: 15 }), (rows) => renderDyads(rows, { ...range, countries: p.get("countries") }), "Loading dyads…"),
  ]);
}

function renderStats(stats) {
  const entries = Object.entries(stats || {}).filter(([, v]) => typeof v === "number" || typeof v === "string");
  if (!entries.length) return empty("No statistics yet.");
  return entries.map(([key, value]) => h("div", { class: "stat" }, [
    h("div", { class: "stat-value" }, fmt(value)),
    h("div", { class: "stat-label" }, key.replace(/_/g, " ")),
  ]));
}

function renderNetwork(graph) {
  if (!graph || !graph.nodes || !graph.nodes.length) {
    return empty("No events in this period. Ingest articles with “tidings ingest”, or widen the dates.");
  }
  return [
    networkSvg(graph, {
      onEdge: (e) => { location.hash = `#/dyad/${encodeURIComponent(e.source)}/${encodeURIComponent(e.target)}`; },
      onNode: (n) => { location.hash = href("events", { actor: n.id }); },
    }),
    h("p", { class: "hint" }, "Arrows point from source to target; width = number of events. Click an arrow for its dyad, a node for its events."),
  ];
}

function renderDyads(rows, range) {
  if (!rows || !rows.length) return empty("No dyads yet.");
  const go = (row) => { location.hash = href(`dyad/${encodeURIComponent(row.source)}/${encodeURIComponent(row.target)}`, range); };
  return table([
    ["Dyad", (r) => dyadLink(r.source, r.target)],
    ["Events", (r) => fmt(r.n_events), "num"],
    ["Goldstein", (r) => goldsteinChip(r.goldstein_mean), "num"],
    ["Cooperation / conflict", (r) => balanceBar(r.coop, r.conflict)],
  ], rows, { onRow: go });
}

function balanceBar(coop, conflict) {
  const total = (coop || 0) + (conflict || 0);
  const share = total ? (coop || 0) / total : 0.5;
  return h("div", { class: "balance", title: `${fmt(coop)} cooperative, ${fmt(conflict)} conflictual` }, [
    h("span", { class: "balance-coop", style: { width: `${share * 100}%` } }),
    h("span", { class: "balance-conflict", style: { width: `${(1 - share) * 100}%` } }),
    h("span", { class: "balance-text" }, `${fmt(coop || 0)} / ${fmt(conflict || 0)}`),
  ]);
}

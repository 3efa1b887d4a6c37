// Browsers: quotes, events and articles, each a filter form over a paged list.

import { api } from "../api.js";
import { empty, fill, fmt, h, table } from "../dom.js";
import { articleLink, eventTable, filterForm, pageHeader, pager, quoteList } from "../ui.js";

const PAGE = 25;

function paging(params, keys) {
  const out = { limit: PAGE, offset: params.get("offset") || 0 };
  for (const k of keys) out[k] = params.get(k);
  return out;
}

async function browse(root, route, { path, title, subtitle, fields, load, render, noun, one }) {
  const p = route.params;
  const box = h("div", { class: "results" });
  root.append(pageHeader(title, subtitle), filterForm(path, p, fields), box);
  await fill(box, load(paging(p, fields.map((f) => f.name))), (page) => [
    h("p", { class: "muted result-count" }, `${fmt(page.total)} ${page.total === 1 ? one : noun}`),
    page.items.length ? render(page.items) : empty(`No ${noun} match these filters.`),
    pager(path, p, page),
  ], `Loading ${noun}…`);
}

const DATES = [
  { name: "start", label: "From", type: "date" },
  { name: "end", label: "To", type: "date" },
];

export function quotesView(root, route) {
  return browse(root, route, {
    path: "quotes",
    title: "Quotes",
    subtitle: "Direct quotes and reported speech, attributed to their speakers.",
    noun: "quotes",
    one: "quote",
    fields: [
      { name: "q", label: "Search text", type: "search", placeholder: "e.g. security" },
      { name: "speaker", label: "Speaker", placeholder: "e.g. Kazemi Qomi" },
      { name: "country", label: "Country", placeholder: "e.g. IRN" },
      ...DATES,
    ],
    load: api.quotes,
    render: quoteList,
  });
}

export function eventsView(root, route) {
  return browse(root, route, {
    path: "events",
    title: "Events",
    subtitle: "CAMEO-coded events with the sentence each was read from.",
    noun: "events",
    one: "event",
    fields: [
      { name: "q", label: "Search text", type: "search" },
      { name: "actor", label: "Actor", placeholder: "code or name" },
      { name: "dyad", label: "Dyad", placeholder: "IRN-PAK" },
      { name: "cameo", label: "CAMEO", placeholder: "e.g. 190" },
      { name: "quad_class", label: "Quad class", options: [["", "Any"], ["1", "1 Verbal coop."], ["2", "2 Material coop."], ["3", "3 Verbal conflict"], ["4", "4 Material conflict"]] },
      ...DATES,
    ],
    load: api.events,
    render: (items) => eventTable(items),
  });
}

export function articlesView(root, route) {
  return browse(root, route, {
    path: "articles",
    title: "Articles",
    subtitle: "Every ingested article; open one to see its evidence highlighted.",
    noun: "articles",
    one: "article",
    fields: [
      { name: "q", label: "Search text", type: "search" },
      { name: "actor", label: "Actor" },
      { name: "country", label: "Country", placeholder: "e.g. PAK" },
      ...DATES,
    ],
    load: api.articles,
    render: (items) => table([
      ["Published", (a) => a.published || "–", "nowrap"],
      ["Title", (a) => articleLink(a.id, a.title)],
      ["Quotes", (a) => fmt(a.n_quotes), "num"],
      ["Events", (a) => fmt(a.n_events), "num"],
    ], items, { onRow: (a) => { location.hash = `#/article/${encodeURIComponent(a.id)}`; } }),
  });
}

// Building blocks shared by the views: headers, cards, filter forms, pagers and
// the event/quote lists that link evidence back to its article.

import { goldsteinChip, quadLabel, QUAD } from "./colors.js";
import { fmt, h } from "./dom.js";

export function pageHeader(title, subtitle, extra) {
  return h("div", { class: "page-header" }, [
    h("div", {}, [h("h1", {}, title), subtitle ? h("p", { class: "subtitle" }, subtitle) : null]),
    extra || null,
  ]);
}

export function card(title, body, { actions, cls } = {}) {
  return h("section", { class: `card ${cls || ""}` }, [
    h("div", { class: "card-head" }, [h("h2", {}, title), actions || null]),
    body,
  ]);
}

/** Build "#/route/args?query" from a route and a params object. */
export function href(path, params = {}) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== "") q.set(k, v);
  const text = q.toString();
  return `#/${path}${text ? `?${text}` : ""}`;
}

export function articleLink(id, title, params = {}) {
  return h("a", { href: href(`article/${encodeURIComponent(id)}`, params), class: "article-link" }, title || `Article ${id}`);
}

/** A link to a dyad page; undirected dyads show ⇄ and open with both directions. */
export function dyadLink(source, target, { directed = true, params = {} } = {}) {
  const path = `dyad/${encodeURIComponent(source)}/${encodeURIComponent(target)}`;
  return h("a", { href: href(path, directed ? params : { ...params, dir: "both" }), class: "dyad-link" },
    [h("span", { class: "code" }, source), directed ? " → " : " ⇄ ", h("span", { class: "code" }, target)]);
}

/**
 * A filter form bound to the hash query: submitting navigates to path with the
 * form's values, so every filtered view is linkable.
 * fields: [{name, label, type?, placeholder?, options?}]
 */
export function filterForm(path, params, fields) {
  const inputs = fields.map((f) => {
    const value = params.get(f.name) || "";
    const control = f.options
      ? h("select", { name: f.name }, f.options.map(([v, label]) => h("option", { value: v, selected: v === value }, label)))
      : h("input", { name: f.name, type: f.type || "text", value, placeholder: f.placeholder || "" });
    return h("label", { class: "field" }, [h("span", {}, f.label), control]);
  });
  const form = h("form", { class: "filters", role: "search" }, [
    ...inputs,
    h("div", { class: "field-buttons" }, [
      h("button", { type: "submit", class: "primary" }, "Apply"),
      h("a", { class: "button", href: `#/${path}` }, "Reset"),
    ]),
  ]);
  form.addEventListener("submit", (ev) => {
    ev.preventDefault();
    const values = {};
    for (const f of fields) values[f.name] = form.elements[f.name].value.trim();
    location.hash = href(path, values);
  });
  return form;
}

/** Previous/next links for a paged result. */
export function pager(path, params, page) {
  const { total, limit, offset } = page;
  const link = (off, label, enabled) => {
    const q = Object.fromEntries(params.entries());
    q.offset = String(off);
    return enabled ? h("a", { class: "button", href: href(path, q) }, label) : h("span", { class: "button disabled" }, label);
  };
  const last = Math.min(offset + page.items.length, total);
  return h("div", { class: "pager" }, [
    link(Math.max(0, offset - limit), "← Previous", offset > 0),
    h("span", { class: "pager-info" }, total ? `${fmt(offset + 1)}–${fmt(last)} of ${fmt(total)}` : "0 results"),
    link(offset + limit, "Next →", offset + limit < total),
  ]);
}

export function flags(e) {
  const out = [];
  for (const f of ["negated", "hypothetical", "reported", "background"]) if (e[f]) out.push(h("span", { class: `flag flag-${f}` }, f));
  return out;
}

// The blank side of a one-sided event (no source or no target: NULL name), as GDELT
// leaves Actor1/Actor2 blank. "?" stays for an actor that is there without a code.
export const BLANK = "—";

/** "IRN → PAK", "IRN → —": a side by its code, else its name. */
export function dyadText(e) {
  const side = (code, name) => (name === null || name === undefined ? code || BLANK : code || name || "?");
  return `${side(e.source_code, e.source_name)} → ${side(e.target_code, e.target_name)}`;
}

/** Whether both sides are there (a dyad timeline exists for the event). */
export function twoSided(e) {
  return e.source_name !== null && e.source_name !== undefined && e.target_name !== null && e.target_name !== undefined;
}

export function actorText(name, code) {
  return [name || BLANK, code ? h("span", { class: "code small" }, code) : null];
}

/** Events as a table with source, code, target, Goldstein, sentence and article link. */
export function eventTable(events, { showArticle = true } = {}) {
  return h("table", { class: "data events" }, [
    h("thead", {}, h("tr", {}, ["Date", "Source", "Event", "Target", "Goldstein", "Evidence"].map((t) => h("th", {}, t)))),
    h("tbody", {}, events.map((e) => h("tr", { class: `event q${e.quad_class}`, dataset: { eventId: e.id } }, [
      h("td", { class: "nowrap" }, e.event_date || e.published || "–"),
      h("td", {}, actorText(e.source_name, e.source_code)),
      h("td", {}, [
        h("span", { class: "code", title: quadLabel(e.quad_class) }, e.cameo),
        " ",
        h("span", { class: "quad-dot", style: { background: (QUAD[e.quad_class] || {}).color || "#999" }, title: quadLabel(e.quad_class) }),
        e.plover ? h("div", { class: "muted small" }, e.plover) : null,
      ]),
      h("td", {}, actorText(e.target_name, e.target_code)),
      h("td", {}, goldsteinChip(e.goldstein)),
      h("td", { class: "evidence" }, [
        h("q", { class: "sentence" }, e.sentence || e.event_text || ""), " ", ...flags(e),
        showArticle && e.article_id !== undefined && e.article_id !== null
          ? h("div", { class: "small" }, articleLink(e.article_id, e.article_title, { event: e.id })) : null,
      ]),
    ]))),
  ]);
}

/** Events as a compact list, for narrow side panels. */
export function eventList(events) {
  return h("ul", { class: "event-list" }, events.map((e) => h("li", { class: `event q${e.quad_class}`, dataset: { eventId: e.id } }, [
    h("div", { class: "event-line" }, [
      h("span", { class: "quad-dot", style: { background: (QUAD[e.quad_class] || {}).color || "#999" }, title: quadLabel(e.quad_class) }),
      h("span", { class: "code" }, e.cameo),
      goldsteinChip(e.goldstein),
      h("span", {}, dyadText(e)),
      h("span", { class: "muted small" }, e.event_date || ""),
    ]),
    h("q", { class: "sentence" }, e.sentence || e.event_text || ""),
    e.article_id !== undefined && e.article_id !== null
      ? h("div", { class: "small" }, articleLink(e.article_id, e.article_title, { event: e.id })) : null,
  ])));
}

/** Quotes as block quotes with speaker and article link. */
export function quoteList(quotes) {
  return h("ul", { class: "quotes" }, quotes.map((q) => h("li", { class: `quote quote-${q.kind}` }, [
    h("blockquote", {}, q.text),
    h("div", { class: "quote-meta" }, [
      h("span", { class: `badge badge-${q.kind}` }, q.kind),
      " ",
      h("strong", {}, q.speaker_name || "unattributed"),
      q.speaker_country ? h("span", { class: "code small" }, q.speaker_country) : null,
      q.published ? h("span", { class: "muted" }, ` · ${q.published}`) : null,
      q.article_id !== undefined && q.article_id !== null
        ? [" · ", articleLink(q.article_id, q.article_title, { quote: q.idx })] : null,
    ]),
  ])));
}

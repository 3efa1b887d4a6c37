// Article view: the text with every quote, actor mention, event sentence and
// place highlighted, and a side panel explaining each annotation.
//
// The text is built from text nodes only (see dom.js), so markup inside an
// article is shown as characters and never parsed.

import { api } from "../api.js";
import { QUAD, goldsteinChip, quadLabel } from "../colors.js";
import { clear, empty, fill, fmt, h } from "../dom.js";
import { inferredCountries, speakerCountry } from "../provenance.js";
import { segment } from "../segments.js";
import { actorText, BLANK, card, dyadText, flags, href, pageHeader, twoSided } from "../ui.js";

const LAYERS = [
  ["quote", "Quotes"],
  ["speaker", "Speakers & cues"],
  ["mention", "Actor mentions"],
  ["event", "Event sentences"],
  ["place", "Places"],
];

export async function articleView(root, route) {
  const id = route.args[0];
  if (!id) throw new Error("No article id in the address.");
  const box = h("div", {});
  root.append(box);
  await fill(box, api.article(id), (art) => renderArticle(art, route.params), "Loading article…");
}

/** Every annotation of the article as a span {start, end, type, key, data}. */
export function annotations(art) {
  const spans = [];
  for (const q of art.quotes || []) {
    spans.push({ type: "quote", key: `quote:${q.idx}`, start: q.start, end: q.end, data: q });
    if (q.cue_start !== null && q.cue_start !== undefined) {
      spans.push({ type: "cue", key: `quote:${q.idx}`, start: q.cue_start, end: q.cue_end, data: q });
    }
    if (q.speaker_start !== null && q.speaker_start !== undefined) {
      spans.push({ type: "speaker", key: `quote:${q.idx}`, start: q.speaker_start, end: q.speaker_end, data: q });
    }
  }
  for (const e of art.events || []) {
    spans.push({ type: "event", key: `event:${e.id ?? e.idx}`, start: e.start, end: e.end, data: e });
  }
  for (const a of art.actors || []) {
    for (const m of a.mentions || []) {
      spans.push({ type: "mention", key: `actor:${a.entity_id}`, start: m.start, end: m.end, data: a, mention: m });
    }
  }
  (art.places || []).forEach((pl, i) => {
    const start = pl.start ?? pl.start_char;
    const end = pl.end ?? pl.end_char;
    spans.push({ type: "place", key: `place:${pl.idx ?? i}`, start, end, data: pl });
  });
  return spans;
}

function renderArticle(art, params) {
  const panel = h("div", { class: "annotation-detail" }, h("p", { class: "hint" },
    "Click any highlighted text (or an item below) to see what was found there and which rule found it."));
  const tooltip = h("div", { class: "tooltip", role: "tooltip", hidden: true });
  const body = h("div", { class: "article-text", lang: art.language || "en" });
  const segs = segment(art.text || "", annotations(art));
  const byKey = new Map();
  for (const seg of segs) {
    if (!seg.spans.length) {
      body.append(document.createTextNode(seg.text));
      continue;
    }
    const el = segmentElement(seg);
    for (const key of new Set(seg.spans.map((sp) => sp.key))) {
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key).push(el);
    }
    el.addEventListener("click", () => select(seg.spans, el));
    el.addEventListener("mousemove", (ev) => showTooltip(tooltip, seg.spans, ev));
    el.addEventListener("mouseleave", () => { tooltip.hidden = true; });
    body.append(el);
  }

  function select(spans, el) {
    for (const old of body.querySelectorAll(".seg.selected")) old.classList.remove("selected");
    const keys = new Set(spans.map((sp) => sp.key));
    for (const key of keys) for (const seg of byKey.get(key) || []) seg.classList.add("selected");
    clear(panel).append(...details(spans));
    if (el) el.scrollIntoView({ block: "center", behavior: "smooth" });
  }
  const selectKey = (key, spans) => select(spans, (byKey.get(key) || [])[0]);

  const toggles = h("div", { class: "layer-toggles" }, LAYERS.map(([layer, label]) => {
    const input = h("input", { type: "checkbox", checked: true, dataset: { layer } });
    input.addEventListener("change", () => body.classList.toggle(`hide-${layer}`, !input.checked));
    return h("label", { class: `toggle toggle-${layer}` }, [input, h("span", { class: `sample hl-${layer}` }, label)]);
  }));

  const meta = h("div", { class: "article-meta" }, [
    art.published ? h("span", {}, art.published) : null,
    art.dateline ? h("span", {}, art.dateline) : null,
    safeUrl(art.url) ? h("a", { href: art.url, target: "_blank", rel: "noopener noreferrer external" }, "original source ↗") : null,
    h("span", { class: "muted" }, `id ${art.id}`),
  ]);

  const layout = h("div", { class: "article-layout" }, [
    h("div", { class: "article-main" }, [card("Text", [toggles, body], { cls: "card-text" })]),
    h("aside", { class: "article-side" }, [
      card("Selected", panel, { cls: "card-selected" }),
      card(`Quotes (${(art.quotes || []).length})`, list(art.quotes, (q) => [
        h("span", { class: `badge badge-${q.kind}` }, q.kind), " ",
        h("strong", {}, q.speaker_name || "unattributed"), ": ", h("span", { class: "muted" }, clip(q.text, 90)),
      ], (q) => `quote:${q.idx}`, selectKey, art), { cls: "card-list" }),
      card(`Events (${(art.events || []).length})`, list(art.events, (e) => [
        h("span", { class: "code" }, e.cameo), " ", goldsteinChip(e.goldstein), " ",
        dyadText(e),
      ], (e) => `event:${e.id ?? e.idx}`, selectKey, art), { cls: "card-list" }),
      card(`Actors (${(art.actors || []).length})`, list(art.actors, (a) => [
        h("strong", {}, a.name), " ", a.code ? h("span", { class: "code small" }, a.code) : null,
        h("span", { class: "muted" }, ` ${(a.mentions || []).length} mentions`),
      ], (a) => `actor:${a.entity_id}`, selectKey, art), { cls: "card-list" }),
    ]),
  ]);
  const out = [pageHeader(art.title || `Article ${art.id}`, meta), layout, tooltip];

  // A link from elsewhere (?quote=3 or ?event=17) opens with that evidence selected.
  const wanted = params.get("quote") !== null ? `quote:${params.get("quote")}`
    : params.get("event") !== null ? `event:${params.get("event")}` : null;
  if (wanted) {
    const spans = annotations(art).filter((sp) => sp.key === wanted && (sp.type === "quote" || sp.type === "event"));
    if (spans.length) requestAnimationFrame(() => selectKey(wanted, spans));
  }
  return out;
}

function safeUrl(url) {
  return typeof url === "string" && /^https?:\/\//i.test(url);
}

function clip(text, n) {
  const t = String(text || "");
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function list(items, label, keyOf, selectKey, art) {
  if (!items || !items.length) return empty("None found.");
  const all = annotations(art);
  return h("ul", { class: "annotation-list" }, items.map((item) => {
    const key = keyOf(item);
    const li = h("li", { tabindex: 0, dataset: { key } }, label(item));
    const go = () => selectKey(key, all.filter((sp) => sp.key === key));
    li.addEventListener("click", go);
    li.addEventListener("keydown", (ev) => { if (ev.key === "Enter") go(); });
    return li;
  }));
}

function segmentElement(seg) {
  const types = new Set(seg.spans.map((sp) => sp.type));
  const classes = ["seg", ...[...types].map((t) => `hl-${t}`)];
  const quotes = [];
  const events = [];
  const mentions = [];
  const places = [];
  for (const sp of seg.spans) {
    if (sp.type === "quote") {
      quotes.push(sp.data.idx);
      classes.push(`hl-quote-${sp.data.kind}`);
    } else if (sp.type === "event") {
      events.push(sp.data.id ?? sp.data.idx);
      classes.push(`hl-q${sp.data.quad_class}`);
    } else if (sp.type === "mention") {
      mentions.push(sp.data.entity_id);
    } else if (sp.type === "place") {
      places.push(sp.key.slice("place:".length));
    }
  }
  const dataset = {};
  if (quotes.length) dataset.quotes = quotes.join(" ");
  if (events.length) dataset.events = events.join(" ");
  if (mentions.length) dataset.entities = [...new Set(mentions)].join(" ");
  if (places.length) dataset.places = places.join(" ");
  // No tabindex: hundreds of tab stops would bury the page; the side lists are the keyboard route.
  return h("span", { class: classes.join(" "), dataset }, seg.text);
}

function showTooltip(tip, spans, ev) {
  clear(tip).append(...spans.map((sp) => h("div", { class: `tip tip-${sp.type}` }, summary(sp))));
  tip.hidden = false;
  tip.style.setProperty("left", `${Math.min(ev.clientX + 14, window.innerWidth - 340)}px`);
  tip.style.setProperty("top", `${ev.clientY + 16}px`);
}

// A side's code in a tooltip: "?" when the actor has none, "—" when the side is blank.
function sideCode(code, name) {
  return name === null || name === undefined ? BLANK : code || "?";
}

function summary(sp) {
  const d = sp.data;
  switch (sp.type) {
    case "quote": return `${d.kind} quote · ${d.speaker_name || "unattributed"}${d.speaker_code ? ` (${d.speaker_code})` : ""}`;
    case "cue": return `cue “${d.cue}” · rule ${d.rule || "–"}`;
    case "speaker": return `speaker “${d.speaker_text}” → ${d.speaker_name || "?"}`;
    case "event": return `event ${d.cameo} · Goldstein ${fmt(d.goldstein, 1)} · ${sideCode(d.source_code, d.source_name)} → ${sideCode(d.target_code, d.target_name)}`;
    case "mention": return `${d.name}${d.code ? ` (${d.code})` : ""} · ${sp.mention.kind || "mention"}`;
    case "place": return `place ${d.name}${d.country ? ` (${d.country})` : ""}`;
    default: return sp.type;
  }
}

function row(label, value) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return null;
  return [h("dt", {}, label), h("dd", {}, value)];
}

function details(spans) {
  const seen = new Set();
  const out = [];
  for (const sp of spans) {
    if (seen.has(sp.key)) continue;
    seen.add(sp.key);
    out.push(detail(sp));
  }
  return out;
}

function detail(sp) {
  const d = sp.data;
  if (sp.key.startsWith("quote:")) {
    return h("div", { class: "detail-block detail-quote" }, [
      h("h3", {}, [h("span", { class: `badge badge-${d.kind}` }, `${d.kind} quote`), ` #${d.idx}`]),
      h("blockquote", {}, d.text),
      h("dl", {}, [
        row("Speaker", d.speaker_name ? [d.speaker_name, d.speaker_code ? h("span", { class: "code small" }, d.speaker_code) : null] : "unattributed"),
        row("Country", speakerCountry(d)),
        row("Written as", d.speaker_text ? `“${d.speaker_text}”` : null),
        row("Cue", d.cue ? `“${d.cue}”` : null),
        row("Rule", d.rule ? h("code", {}, d.rule) : null),
      ]),
    ]);
  }
  if (sp.type === "event") {
    return h("div", { class: "detail-block detail-event" }, [
      h("h3", {}, [h("span", { class: "code" }, d.cameo), " ", goldsteinChip(d.goldstein), " ", ...flags(d)]),
      h("dl", {}, [
        row("Source", actorText(d.source_name, d.source_code)),
        row("Target", actorText(d.target_name, d.target_code)),
        row("Inferred countries", h("ul", { class: "inferred-countries" }, inferredCountries(d).map((line) => h("li", {}, line)))),
        row("Quad class", h("span", {}, [h("span", { class: "quad-dot", style: { background: (QUAD[d.quad_class] || {}).color || "#999" } }), " ", quadLabel(d.quad_class)])),
        row("Root / PLOVER", [d.root, d.plover ? ` · ${d.plover}` : ""].join("")),
        row("Trigger", d.event_text ? `“${d.event_text}”` : null),
        row("Pattern", d.pattern ? h("code", {}, d.pattern) : null),
        row("Confidence", fmt(d.confidence)),
        row("Date", d.event_date),
        row("Reports", d.num_mentions > 1 ? `${d.num_mentions} reports of this event` : null),
        row("Same event as", d.folded_into !== null && d.folded_into !== undefined ? `#${d.folded_into} (first report)` : null),
        row("Place", d.place_name),
        row("From quote", d.quote_idx !== null && d.quote_idx !== undefined ? `#${d.quote_idx}` : null),
      ]),
      // A one-sided event has no dyad: no timeline link (the dyad page needs two actors).
      twoSided(d) ? h("a", { class: "small", href: href(`dyad/${encodeURIComponent(d.source_country || d.source_code || "")}/${encodeURIComponent(d.target_country || d.target_code || "")}`) }, "Dyad timeline →") : h("p", { class: "small muted one-sided" }, `One-sided event: no ${d.source_name == null ? "source" : "target"} actor, no dyad timeline.`),
    ]);
  }
  if (sp.type === "mention") {
    return h("div", { class: "detail-block detail-actor" }, [
      h("h3", {}, [d.name, " ", d.code ? h("span", { class: "code" }, d.code) : null]),
      h("dl", {}, [
        row("Mention", `“${sp.mention.text}” (${sp.mention.kind || "mention"})`),
        row("Country", d.country),
        row("Sector", d.sector),
        row("Role", d.role),
        row("Kind", d.kind),
        row("Evidence", Array.isArray(d.evidence) ? h("ol", {}, d.evidence.map((ev) => h("li", {}, ev))) : d.evidence),
      ]),
    ]);
  }
  return h("div", { class: "detail-block detail-place" }, [
    h("h3", {}, d.name),
    h("dl", {}, [row("Country", d.country), row("Coordinates", `${fmt(d.lat, 3)}, ${fmt(d.lon, 3)}`), row("Feature", d.feature)]),
  ]);
}

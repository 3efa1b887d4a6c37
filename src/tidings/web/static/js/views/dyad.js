// Dyad page: the timeline of one directed dyad and, for the chosen period, the
// events and quotes behind it.

import { allItems, api } from "../api.js";
import { goldsteinChip, quadLegend } from "../colors.js";
import { clear, empty, fill, fmt, h } from "../dom.js";
import { timelineSvg } from "../chart.js";
import { COUNTRIES_FIELD, writtenParam } from "../provenance.js";
import { card, eventTable, filterForm, href, pageHeader, quoteList } from "../ui.js";

const INTERVALS = [["month", "Month"], ["week", "Week"], ["day", "Day"]];

export async function dyadView(root, route) {
  const [source, target] = route.args;
  if (!source || !target) throw new Error("A dyad page needs two actors: #/dyad/IRN/PAK");
  const p = route.params;
  const interval = p.get("interval") || "month";
  const directed = p.get("dir") !== "both";
  const range = { start: p.get("start"), end: p.get("end"), ...writtenParam(p) };
  const path = `dyad/${encodeURIComponent(source)}/${encodeURIComponent(target)}`;
  const chartBox = h("div", { class: "chart-box" });
  const detailBox = h("div", { class: "detail" });
  const arrow = h("span", { class: "dyad-arrow" }, " → ");
  const reverse = h("a", { class: "button", href: href(`dyad/${encodeURIComponent(target)}/${encodeURIComponent(source)}`, Object.fromEntries(p)) },
    "⇄ Reverse direction");
  const note = h("span", {}, "Events from the source to the target");
  root.append(
    pageHeader(h("span", {}, [h("span", { class: "code big" }, source), arrow, h("span", { class: "code big" }, target)]),
      [note, ", over time: bars count events by quad class, the line is the mean Goldstein score."], reverse),
    filterForm(path, p, [
      { name: "interval", label: "Interval", options: INTERVALS },
      { name: "dir", label: "Direction", options: [["", `${source} → ${target} only`], ["both", "Both directions"]] },
      { name: "start", label: "From", type: "date" },
      { name: "end", label: "To", type: "date" },
      COUNTRIES_FIELD,
    ]),
    card("Timeline", chartBox, { actions: quadLegend() }),
    card("Evidence for the selected period", detailBox, { cls: "card-detail" }),
  );
  let series;
  await fill(chartBox, api.series({ source, target, interval, directed, ...range }), (data) => {
    series = data;
    return [];
  }, "Loading timeline…");
  if (!series) return;
  if (series.directed === false) {
    // The API counted both directions: say so rather than imply a direction.
    arrow.textContent = " ⇄ ";
    note.textContent = "Events between the two sides, in both directions";
    reverse.hidden = true;
  }
  const points = series.points || [];
  if (!points.length) {
    chartBox.append(empty("No events for this dyad in this period."));
    detailBox.append(empty("Nothing to show."));
    return;
  }
  const wanted = p.get("period");
  let index = points.findIndex((pt) => pt.period === wanted);
  if (index < 0) index = lastActive(points);

  const select = async (point, i) => {
    index = i;
    const q = Object.fromEntries(p);
    q.period = point.period;
    history.replaceState(null, "", href(path, q));
    drawChart();
    await showPeriod(detailBox, source, target, interval, point, directed);
  };
  const drawChart = () => {
    clear(chartBox).append(
      timelineSvg(points, { onSelect: select, selected: index, label: (pt) => periodLabel(pt.period, interval), tick: (pt) => periodTick(pt.period, interval) }),
      summary(points),
    );
  };
  drawChart();
  await showPeriod(detailBox, source, target, interval, points[index], directed);
}

function lastActive(points) {
  for (let i = points.length - 1; i >= 0; i--) if (points[i].n_events) return i;
  return points.length - 1;
}

function summary(points) {
  const n = points.reduce((acc, pt) => acc + (pt.n_events || 0), 0);
  const sum = points.reduce((acc, pt) => acc + (pt.goldstein_sum || 0), 0);
  return h("p", { class: "hint" }, [
    `${fmt(n)} events in ${fmt(points.length)} periods; overall Goldstein mean `,
    goldsteinChip(n ? sum / n : null),
    ". Click a bar to see its evidence.",
  ]);
}

/**
 * [start, end] ISO dates of a period. The API labels a period by its first day
 * ("2024-01-01" for January, the Monday for a week); "2024-01" and "2024-W03"
 * are accepted too. Null for a label that is not a date form we know.
 */
export function periodRange(period, interval) {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(period);
  if (m) {
    const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (interval === "week") return [period, iso(new Date(d.getTime() + 6 * 864e5))];
    if (interval === "month") return [period, iso(new Date(Date.UTC(+m[1], +m[2], 0)))];
    return [period, period];
  }
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return [`${period}-01`, iso(new Date(Date.UTC(+m[1], +m[2], 0)))];
  m = /^(\d{4})-?W(\d{1,2})$/.exec(period);
  if (m) {
    // ISO week 1 is the week with the year's first Thursday.
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (+m[2] - 1) * 7 * 864e5);
    return [iso(monday), iso(new Date(monday.getTime() + 6 * 864e5))];
  }
  return null;
}

/** An axis label: "Jan 2024" for months, "15 Jan 24" for days and weeks. */
export function periodTick(period, interval) {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(period);
  if (!m) return period;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +(m[3] || 1)));
  const opts = interval === "month" ? { month: "short", year: "numeric" } : { day: "numeric", month: "short", year: "2-digit" };
  return d.toLocaleDateString("en-GB", { ...opts, timeZone: "UTC" });
}

/** A short label for a period: "Jan 2024" for months, the date otherwise. */
export function periodLabel(period, interval) {
  const m = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(period);
  if (m && interval === "month") {
    return new Date(Date.UTC(+m[1], +m[2] - 1, 1)).toLocaleDateString("en", { month: "short", year: "numeric", timeZone: "UTC" });
  }
  if (!m) return period;
  return interval === "week" ? `Week of ${periodTick(period, interval)}` : periodTick(period, interval);
}

function iso(d) {
  return d.toISOString().slice(0, 10);
}

async function periodEvents(source, target, interval, point, directed) {
  const dyad = `${source}-${target}`;
  const base = { dyad, directed };
  const ids = new Set((point.event_ids || []).map(String));
  const range = periodRange(point.period, interval);
  const params = { ...base, ...(range ? { start: range[0], end: range[1] } : {}) };
  let { items } = await allItems(api.events, params);
  if (!ids.size) return items;
  let chosen = items.filter((e) => ids.has(String(e.id)));
  if (chosen.length < ids.size && range) {
    // The API may date events differently from the series; fall back to the whole dyad.
    ({ items } = await allItems(api.events, base));
    chosen = items.filter((e) => ids.has(String(e.id)));
  }
  return chosen;
}

/** Quotes behind the events: those the events were reported in, then dyad members' quotes in the same articles. */
async function periodQuotes(events, source, target) {
  const articleIds = [...new Set(events.map((e) => e.article_id))].slice(0, 12);
  const articles = await Promise.all(articleIds.map((id) => api.article(id).catch(() => null)));
  const out = [];
  for (const art of articles.filter(Boolean)) {
    const reported = new Set(events.filter((e) => e.article_id === art.id && e.quote_idx !== null && e.quote_idx !== undefined)
      .map((e) => e.quote_idx));
    for (const q of art.quotes || []) {
      const member = [source, target].some((c) => q.speaker_country === c || (q.speaker_code || "").startsWith(c));
      if (reported.has(q.idx) || member) {
        out.push({ ...q, article_id: art.id, article_title: art.title, published: art.published, reported: reported.has(q.idx) });
      }
    }
  }
  return out.sort((a, b) => Number(b.reported) - Number(a.reported));
}

async function showPeriod(box, source, target, interval, point, directed) {
  const eventsBox = h("div", {});
  const quotesBox = h("div", {});
  clear(box).append(
    h("h3", { class: "period-title" }, [`${periodLabel(point.period, interval)}: `, `${fmt(point.n_events)} ${point.n_events === 1 ? "event" : "events"}, Goldstein mean `, goldsteinChip(point.goldstein_mean)]),
    h("div", { class: "grid-2 wide-left" }, [
      h("div", {}, [h("h4", {}, "Events"), eventsBox]),
      h("div", {}, [h("h4", {}, "Quotes"), quotesBox]),
    ]),
  );
  let events = [];
  await fill(eventsBox, periodEvents(source, target, interval, point, directed), (items) => {
    events = items;
    return items.length ? eventTable(items) : empty("No events in this period.");
  }, "Loading events…");
  await fill(quotesBox, periodQuotes(events, source, target), (quotes) =>
    quotes.length ? quoteList(quotes) : empty("No quotes by either side in these articles."), "Loading quotes…");
}

// Alerts: periods where a dyad's conflict departs from its own baseline.

import { api } from "../api.js";
import { goldsteinChip } from "../colors.js";
import { empty, fill, fmt, h } from "../dom.js";
import { articleLink, card, dyadLink, filterForm, href, pageHeader } from "../ui.js";

export async function alertsView(root, route) {
  const p = route.params;
  const box = h("div", { class: "alerts" });
  const params = Object.fromEntries(p);
  root.append(
    pageHeader("Alerts", "Escalation: periods in which a dyad's conflict intensity (the sum of −Goldstein over its "
      + "conflictual events) is far above its own recent baseline, measured as a z-score."),
    filterForm("alerts", p, [
      { name: "interval", label: "Period", options: [["", "Week"], ["month", "Month"]] },
      { name: "directed", label: "Direction", options: [["", "Both directions"], ["true", "Directed"]] },
      { name: "start", label: "From", type: "date" },
      { name: "end", label: "To", type: "date" },
    ]),
    box,
  );
  await fill(box, api.alerts(params), (alerts) => {
    if (!alerts || !alerts.length) return empty("No alerts: no dyad departs from its baseline in the periods judged. "
      + "Without dates only the most recent periods are judged; set From/To to look further back.");
    const directed = p.get("directed") === "true";
    const interval = p.get("interval") || "week";
    return alerts.map((a) => alertCard(a, directed, interval));
  }, "Loading alerts…");
}

function alertCard(a, directed, interval) {
  const severity = a.z >= 3 ? "high" : a.z >= 2 ? "medium" : "low";
  const head = h("div", { class: "alert-head" }, [
    h("span", { class: `severity severity-${severity}` }, `z = ${fmt(a.z, 1)}`),
    dyadLink(a.source, a.target, { directed, params: { interval, period: a.period } }),
    h("span", { class: "muted" }, ` · ${interval} of ${a.period}`),
    h("a", {
      class: "button small",
      href: href(`dyad/${encodeURIComponent(a.source)}/${encodeURIComponent(a.target)}`,
        { interval, period: a.period, dir: directed ? "" : "both" }),
    }, "Timeline →"),
  ]);
  const n = a.n_events ?? (a.events || []).length;
  const stats = h("p", { class: "alert-stats" },
    `conflict intensity ${fmt(a.value)} from ${fmt(n)} events, against a baseline of ` +
    `${fmt(a.baseline_mean)} ± ${fmt(a.baseline_std)} in the previous periods`);
  const events = h("ul", { class: "alert-events" }, (a.events || []).map((e) => h("li", {}, [
    h("span", { class: "code" }, e.cameo), " ", goldsteinChip(e.goldstein), " ",
    h("q", { class: "sentence" }, e.sentence || ""), " ",
    articleLink(e.article_id, "open article →", { event: e.id }),
  ])));
  return card(head, [stats, (a.events || []).length ? events : empty("No events listed.")], { cls: `alert alert-${severity}` });
}

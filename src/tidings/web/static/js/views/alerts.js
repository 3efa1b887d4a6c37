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
    pageHeader("Alerts", "Dyad-periods whose value is far above the dyad's own baseline (z-score)."),
    filterForm("alerts", p, [
      { name: "start", label: "From", type: "date" },
      { name: "end", label: "To", type: "date" },
    ]),
    box,
  );
  await fill(box, api.alerts(params), (alerts) => {
    if (!alerts || !alerts.length) return empty("No alerts: no dyad departs from its baseline in this period.");
    return alerts.map(alertCard);
  }, "Loading alerts…");
}

function alertCard(a) {
  const severity = a.z >= 3 ? "high" : a.z >= 2 ? "medium" : "low";
  const head = h("div", { class: "alert-head" }, [
    h("span", { class: `severity severity-${severity}` }, `z = ${fmt(a.z, 1)}`),
    dyadLink(a.source, a.target),
    h("span", { class: "muted" }, ` · ${a.period}`),
    h("a", { class: "button small", href: href(`dyad/${encodeURIComponent(a.source)}/${encodeURIComponent(a.target)}`, { period: a.period }) }, "Timeline →"),
  ]);
  const stats = h("p", { class: "alert-stats" },
    `value ${fmt(a.value)} against a baseline of ${fmt(a.baseline_mean)} ± ${fmt(a.baseline_std)}`);
  const events = h("ul", { class: "alert-events" }, (a.events || []).map((e) => h("li", {}, [
    h("span", { class: "code" }, e.cameo), " ", goldsteinChip(e.goldstein), " ",
    h("q", { class: "sentence" }, e.sentence || ""), " ",
    articleLink(e.article_id, "article", { event: e.id }),
  ])));
  return card(head, [stats, (a.events || []).length ? events : empty("No events listed.")], { cls: `alert alert-${severity}` });
}

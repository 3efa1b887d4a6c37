// Dyad timeline: stacked bars of event counts by quad class, with the Goldstein
// mean per period as a line on its own axis (-10..+10). Plain SVG.

import { QUAD, goldsteinColor } from "./colors.js";
import { fmt, s } from "./dom.js";

const W = 860;
const H = 300;
const M = { top: 16, right: 48, bottom: 46, left: 44 };

function niceMax(v) {
  if (v <= 5) return 5;
  const p = 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / p) * p;
}

/** Chart of series.points; onSelect(point, index) fires when a period is clicked. */
export function timelineSvg(points, { onSelect, selected, label = (p) => p.period, tick = label } = {}) {
  const iw = W - M.left - M.right;
  const ih = H - M.top - M.bottom;
  const maxCount = niceMax(Math.max(1, ...points.map((p) => p.n_events || 0)));
  const band = iw / Math.max(points.length, 1);
  const barW = Math.max(2, Math.min(48, band * 0.7));
  const y = (v) => M.top + ih - (v / maxCount) * ih;
  const yg = (g) => M.top + ih / 2 - (g / 10) * (ih / 2);
  const xc = (i) => M.left + band * (i + 0.5);

  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "timeline", role: "img", "aria-label": "Dyad timeline" });
  const grid = s("g", { class: "grid" });
  for (let t = 0; t <= 5; t++) {
    const v = (maxCount * t) / 5;
    grid.append(
      s("line", { x1: M.left, x2: W - M.right, y1: y(v), y2: y(v) }),
      s("text", { x: M.left - 6, y: y(v) + 4, "text-anchor": "end" }, fmt(Math.round(v * 10) / 10)),
    );
  }
  for (const g of [-10, -5, 0, 5, 10]) {
    grid.append(s("text", { x: W - M.right + 6, y: yg(g) + 4, class: "axis-right" }, (g > 0 ? "+" : "") + g));
  }
  grid.append(
    s("text", { x: 12, y: M.top + ih / 2, transform: `rotate(-90 12 ${M.top + ih / 2})`, "text-anchor": "middle", class: "axis-title" }, "events"),
    s("text", { x: W - 8, y: M.top + ih / 2, transform: `rotate(90 ${W - 8} ${M.top + ih / 2})`, "text-anchor": "middle", class: "axis-title" }, "Goldstein mean"),
  );
  svg.append(grid);

  const bars = s("g", { class: "bars" });
  // Thin the axis labels so they never overlap (about 7 px per character).
  const widest = Math.max(1, ...points.map((p) => String(tick(p)).length)) * 7 + 10;
  const labelEvery = Math.max(1, Math.ceil(widest / band));
  points.forEach((p, i) => {
    const col = s("g", { class: "period", tabindex: 0, dataset: { period: p.period, index: i } });
    if (selected === i) col.classList.add("selected");
    col.append(s("rect", { class: "period-hit", x: M.left + band * i, y: M.top, width: band, height: ih }));
    let base = 0;
    for (const q of [1, 2, 3, 4]) {
      const v = p[`q${q}`] || 0;
      if (!v) continue;
      col.append(s("rect", { x: xc(i) - barW / 2, y: y(base + v), width: barW, height: y(base) - y(base + v), fill: QUAD[q].color }));
      base += v;
    }
    col.append(s("title", {}, `${label(p)}: ${fmt(p.n_events)} events (Q1 ${p.q1 || 0}, Q2 ${p.q2 || 0}, Q3 ${p.q3 || 0}, Q4 ${p.q4 || 0}), ` +
      `Goldstein mean ${fmt(p.goldstein_mean)}`));
    if (i % labelEvery === 0) {
      col.append(s("text", { x: xc(i), y: H - M.bottom + 16, "text-anchor": "middle", class: "tick" }, tick(p)));
    }
    const pick = () => onSelect && onSelect(p, i);
    col.addEventListener("click", pick);
    col.addEventListener("keydown", (ev) => { if (ev.key === "Enter") pick(); });
    bars.append(col);
  });
  svg.append(bars);

  const withMean = points.map((p, i) => [i, p.goldstein_mean]).filter(([, g]) => g !== null && g !== undefined);
  if (withMean.length) {
    svg.append(s("line", { class: "zero", x1: M.left, x2: W - M.right, y1: yg(0), y2: yg(0) }));
    // Break the line at periods without events: a straight line across them would invent values.
    let run = [];
    const flush = () => {
      if (run.length > 1) svg.append(s("polyline", { class: "mean-line", points: run.map(([i, g]) => `${xc(i)},${yg(g)}`).join(" ") }));
      run = [];
    };
    for (const [i, g] of withMean) {
      if (run.length && run[run.length - 1][0] !== i - 1) flush();
      run.push([i, g]);
    }
    flush();
    for (const [i, g] of withMean) {
      svg.append(s("circle", { class: "mean-dot", cx: xc(i), cy: yg(g), r: 4.5, fill: goldsteinColor(g) }));
    }
  }
  return svg;
}

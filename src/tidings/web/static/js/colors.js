// Colour scales shared by the graph, the charts and the article view.
// Goldstein runs from -10 (most conflictual) to +10 (most cooperative).

import { h } from "./dom.js";

const CONFLICT = [200, 40, 40];   // red
const NEUTRAL = [150, 150, 160];  // grey
const COOP = [30, 100, 200];      // blue

function mix(a, b, t) {
  return a.map((v, i) => Math.round(v + (b[i] - v) * t));
}

/** CSS colour for a Goldstein value (null -> neutral grey). */
export function goldsteinColor(value) {
  if (value === null || value === undefined || Number.isNaN(value)) return `rgb(${NEUTRAL})`;
  const t = Math.max(-1, Math.min(1, value / 10));
  const rgb = t < 0 ? mix(NEUTRAL, CONFLICT, -t) : mix(NEUTRAL, COOP, t);
  return `rgb(${rgb.join(",")})`;
}

export const QUAD = {
  1: { label: "Verbal cooperation", color: "#7fb3e6" },
  2: { label: "Material cooperation", color: "#1f64c8" },
  3: { label: "Verbal conflict", color: "#f0a050" },
  4: { label: "Material conflict", color: "#c82828" },
};

export function quadLabel(q) {
  return QUAD[q] ? `${q} · ${QUAD[q].label}` : String(q ?? "–");
}

/** A horizontal legend bar for the Goldstein scale. */
export function goldsteinLegend() {
  const stops = [-10, -5, 0, 5, 10];
  return h("div", { class: "legend", "aria-label": "Goldstein colour scale" }, [
    h("span", { class: "legend-title" }, "Goldstein mean"),
    h("span", { class: "legend-end" }, "conflict −10"),
    h("span", { class: "legend-bar" }, stops.map((v) =>
      h("span", { class: "legend-stop", style: { background: goldsteinColor(v) }, title: String(v) }))),
    h("span", { class: "legend-end" }, "+10 cooperation"),
  ]);
}

export function quadLegend() {
  return h("div", { class: "legend" }, Object.entries(QUAD).map(([q, { label, color }]) =>
    h("span", { class: "legend-item" }, [h("span", { class: "swatch", style: { background: color } }), `Q${q} ${label}`])));
}

/** A small chip showing a Goldstein value in its colour. */
export function goldsteinChip(value) {
  const text = value === null || value === undefined ? "–" : (value > 0 ? "+" : "") + Number(value).toFixed(1);
  return h("span", { class: "chip", style: { background: goldsteinColor(value) } }, text);
}

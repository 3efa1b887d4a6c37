// Actor network: a small deterministic force layout (no library) drawn in SVG.
// Graphs here have tens of nodes, so an O(n²) layout run to rest is instant.

import { goldsteinColor } from "./colors.js";
import { fmt, s } from "./dom.js";

const W = 820;
const H = 520;

const EDGE = 110; // preferred edge length in layout units
const REPULSION = 2.5; // > 1 spreads hubs' neighbours so their labels do not collide

/**
 * Positions for nodes, in viewBox units. Each connected component is laid out on
 * its own (Fruchterman–Reingold from a circle, so runs are reproducible) and the
 * components are then packed in rows: far-apart components no longer squeeze
 * every node into a corner when the drawing is scaled to fit.
 */
export function layout(nodes, edges, iterations = 300) {
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const links = edges
    .map((e) => [index.get(e.source), index.get(e.target)])
    .filter(([a, b]) => a !== undefined && b !== undefined && a !== b);
  const pos = nodes.map(() => ({ x: 0, y: 0 }));
  const boxes = components(nodes.length, links).map((members) => {
    const local = forceLayout(members, links, iterations);
    members.forEach((m, i) => { pos[m] = local[i]; });
    const xs = local.map((p) => p.x);
    const ys = local.map((p) => p.y);
    return { members, x0: Math.min(...xs), y0: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
  });
  pack(boxes, pos);
  return fit(pos, 60);
}

function components(n, links) {
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (const [a, b] of links) parent[find(a)] = find(b);
  const groups = new Map();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    if (!groups.has(root)) groups.set(root, []);
    groups.get(root).push(i);
  }
  return [...groups.values()].sort((a, b) => b.length - a.length);
}

function forceLayout(members, links, iterations) {
  const n = members.length;
  const local = new Map(members.map((m, i) => [m, i]));
  const own = links.filter(([a]) => local.has(a)).map(([a, b]) => [local.get(a), local.get(b)]);
  const radius0 = (EDGE * n) / (2 * Math.PI) || 1;
  const pos = members.map((_, i) => ({
    x: Math.cos((2 * Math.PI * i) / n) * radius0,
    y: Math.sin((2 * Math.PI * i) / n) * radius0,
  }));
  if (n === 1) return [{ x: 0, y: 0 }];
  const k = EDGE;
  let temperature = EDGE;
  for (let it = 0; it < iterations; it++) {
    const disp = pos.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pos[i].x - pos[j].x || 0.01;
        const dy = pos[i].y - pos[j].y || 0.01;
        const f = (REPULSION * k * k) / (dx * dx + dy * dy);
        disp[i].x += dx * f; disp[i].y += dy * f;
        disp[j].x -= dx * f; disp[j].y -= dy * f;
      }
    }
    for (const [a, b] of own) {
      const dx = pos[a].x - pos[b].x;
      const dy = pos[a].y - pos[b].y;
      const f = Math.hypot(dx, dy) / k;
      disp[a].x -= dx * f; disp[a].y -= dy * f;
      disp[b].x += dx * f; disp[b].y += dy * f;
    }
    for (let i = 0; i < n; i++) {
      const d = Math.hypot(disp[i].x, disp[i].y) || 1;
      const step = Math.min(d, temperature);
      pos[i].x += (disp[i].x / d) * step;
      pos[i].y += (disp[i].y / d) * step;
    }
    temperature = Math.max(0.5, temperature * 0.98);
  }
  return pos;
}

/** Shelf-pack component boxes into rows about as wide as the drawing's aspect ratio asks. */
function pack(boxes, pos) {
  const gap = EDGE * 0.9;
  const area = boxes.reduce((acc, b) => acc + (b.w + gap) * (b.h + gap), 0);
  const rowWidth = Math.max(Math.sqrt(area * (W / H)), ...boxes.map((b) => b.w + gap));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const b of boxes) {
    if (x > 0 && x + b.w > rowWidth) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    for (const m of b.members) {
      pos[m] = { x: pos[m].x - b.x0 + x, y: pos[m].y - b.y0 + y };
    }
    x += b.w + gap;
    rowHeight = Math.max(rowHeight, b.h);
  }
}

function fit(pos, margin) {
  if (!pos.length) return pos;
  const xs = pos.map((p) => p.x);
  const ys = pos.map((p) => p.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Never magnify beyond 2.5x (two nodes should not sit at opposite edges of the
  // card), and stretch one axis at most 1.6x more than the other to use a wide card.
  let sx = Math.min(2.5, (W - 2 * margin) / (x1 - x0 || 1));
  let sy = Math.min(2.5, (H - 2 * margin) / (y1 - y0 || 1));
  sx = Math.min(sx, sy * 1.6);
  sy = Math.min(sy, sx * 1.6);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return pos.map((p) => ({ x: W / 2 + (p.x - cx) * sx, y: H / 2 + (p.y - cy) * sy }));
}

function radius(weight, maxWeight) {
  return 7 + 16 * Math.sqrt((weight || 0) / (maxWeight || 1));
}

/** An SVG of the network; onEdge(edge) and onNode(node) handle clicks. */
export function networkSvg(graph, { onEdge, onNode }) {
  const { nodes, edges } = graph;
  const pos = layout(nodes, edges);
  const at = new Map(nodes.map((node, i) => [node.id, { ...pos[i], node }]));
  const maxNode = Math.max(1, ...nodes.map((d) => d.weight || 0));
  const maxEdge = Math.max(1, ...edges.map((d) => d.weight || 0));
  const pairs = new Set(edges.map((e) => `${e.source}\u0000${e.target}`));
  const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, class: "network", role: "img", "aria-label": "Actor network" });
  const edgeLayer = s("g", { class: "edges" });
  const nodeLayer = s("g", { class: "nodes" });
  svg.append(edgeLayer, nodeLayer);

  const sorted = [...edges].sort((a, b) => (a.weight || 0) - (b.weight || 0));
  for (const e of sorted) {
    const a = at.get(e.source);
    const b = at.get(e.target);
    if (!a || !b || a === b) continue;
    const curved = pairs.has(`${e.target}\u0000${e.source}`);
    edgeLayer.append(edgeShape(e, a, b, curved, maxNode, maxEdge, onEdge));
  }
  for (const [id, p] of at) {
    const r = radius(p.node.weight, maxNode);
    const g = s("g", { class: "node", transform: `translate(${p.x},${p.y})`, tabindex: 0, dataset: { id } }, [
      s("title", {}, `${p.node.label || id} — ${fmt(p.node.weight)} events`),
      s("circle", { r }),
      s("text", { y: r + 13, "text-anchor": "middle" }, p.node.label || id),
    ]);
    g.addEventListener("click", () => onNode && onNode(p.node));
    g.addEventListener("keydown", (ev) => { if (ev.key === "Enter" && onNode) onNode(p.node); });
    g.addEventListener("mouseenter", () => highlight(svg, id, true));
    g.addEventListener("mouseleave", () => highlight(svg, id, false));
    nodeLayer.append(g);
  }
  return svg;
}

function highlight(svg, id, on) {
  svg.classList.toggle("focus", on);
  for (const el of svg.querySelectorAll(".edge")) {
    el.classList.toggle("lit", on && (el.dataset.source === id || el.dataset.target === id));
  }
}

function edgeShape(e, a, b, curved, maxNode, maxEdge, onEdge) {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  const [ux, uy] = [dx / len, dy / len];
  // Reciprocal edges bend to the left of their direction so both stay visible.
  const bend = curved ? 0.18 * len : 0;
  const cx = (a.x + b.x) / 2 - uy * bend;
  const cy = (a.y + b.y) / 2 + ux * bend;
  const rb = radius(b.node.weight, maxNode) + 3;
  // End point: step back from the target along the tangent at the end of the curve.
  const tx = b.x - cx;
  const ty = b.y - cy;
  const tl = Math.hypot(tx, ty) || 1;
  const ex = b.x - (tx / tl) * rb;
  const ey = b.y - (ty / tl) * rb;
  const width = 1.5 + 6 * Math.sqrt((e.weight || 0) / maxEdge);
  const color = goldsteinColor(e.goldstein_mean);
  const head = 6 + width;
  const [hx, hy] = [tx / tl, ty / tl];
  const arrow = [
    [ex, ey],
    [ex - hx * head - hy * head * 0.5, ey - hy * head + hx * head * 0.5],
    [ex - hx * head + hy * head * 0.5, ey - hy * head - hx * head * 0.5],
  ].map((p) => p.join(",")).join(" ");
  const sx = ex - hx * head * 0.8;
  const sy = ey - hy * head * 0.8;
  const g = s("g", { class: "edge", tabindex: 0, dataset: { source: e.source, target: e.target } }, [
    s("title", {}, `${e.source} → ${e.target}: ${fmt(e.weight)} events, Goldstein mean ${fmt(e.goldstein_mean)}, ` +
      `cooperation ${fmt(e.coop)}, conflict ${fmt(e.conflict)} — click for the dyad`),
    s("path", { class: "edge-hit", d: `M${a.x},${a.y} Q${cx},${cy} ${sx},${sy}` }),
    s("path", { class: "edge-line", d: `M${a.x},${a.y} Q${cx},${cy} ${sx},${sy}`, stroke: color, "stroke-width": width }),
    s("polygon", { class: "edge-head", points: arrow, fill: color }),
  ]);
  const go = () => onEdge && onEdge(e);
  g.addEventListener("click", go);
  g.addEventListener("keydown", (ev) => { if (ev.key === "Enter") go(); });
  return g;
}

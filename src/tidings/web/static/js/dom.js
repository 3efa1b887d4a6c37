// DOM helpers. Every piece of data reaches the page through textContent or a
// text node, never through innerHTML, so markup inside an article is inert.

const SVG_NS = "http://www.w3.org/2000/svg";

function apply(el, attrs, children) {
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === "class") el.setAttribute("class", value);
    else if (key === "text") el.textContent = String(value);
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "style") for (const [p, v] of Object.entries(value)) el.style.setProperty(p, v);
    else if (key.startsWith("on") && typeof value === "function") el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

/** Append children: nodes as they are, anything else as a text node. */
export function append(el, children) {
  for (const child of [children ?? []].flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** h("a", {href: "#/"}, ["text", node]) builds an HTML element. */
export function h(tag, attrs = {}, children = []) {
  return apply(document.createElement(tag), attrs, children);
}

/** s("circle", {r: 3}) builds an SVG element. */
export function s(tag, attrs = {}, children = []) {
  return apply(document.createElementNS(SVG_NS, tag), attrs, children);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

export function loading(label = "Loading…") {
  return h("div", { class: "state state-loading", role: "status" }, [h("span", { class: "spinner" }), label]);
}

export function empty(label) {
  return h("div", { class: "state state-empty" }, label);
}

export function failure(err) {
  return h("div", { class: "state state-error", role: "alert" }, [
    h("strong", {}, "Could not load data. "),
    err && err.message ? err.message : String(err),
  ]);
}

/** Replace the content of el with a loading state, then with render(data) or an error. */
export async function fill(el, promise, render, label) {
  clear(el).append(loading(label));
  try {
    const data = await promise;
    clear(el);
    append(el, render(data));
  } catch (err) {
    clear(el).append(failure(err));
  }
}

export function fmt(value, digits = 2) {
  if (value === null || value === undefined || Number.isNaN(value)) return "–";
  if (typeof value === "number") {
    return Number.isInteger(value) ? value.toLocaleString("en") : value.toFixed(digits);
  }
  return String(value);
}

/** A table from rows: columns are [header, row => cell content, class?]. */
export function table(columns, rows, { onRow, rowClass } = {}) {
  const head = h("thead", {}, h("tr", {}, columns.map(([label, , cls]) => h("th", { class: cls }, label))));
  const body = h("tbody", {}, rows.map((row) => {
    const tr = h("tr", { class: rowClass ? rowClass(row) : undefined },
      columns.map(([, cell, cls]) => h("td", { class: cls }, cell(row))));
    if (onRow) {
      tr.classList.add("clickable");
      tr.tabIndex = 0;
      tr.addEventListener("click", (ev) => { if (!ev.target.closest("a")) onRow(row); });
      tr.addEventListener("keydown", (ev) => { if (ev.key === "Enter") onRow(row); });
    }
    return tr;
  }));
  return h("table", { class: "data" }, [head, body]);
}

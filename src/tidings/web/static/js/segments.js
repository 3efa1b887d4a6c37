// Overlapping annotation spans -> non-overlapping text segments.
//
// Offsets from the server count Unicode code points (Python str indices); JS
// strings index UTF-16 code units, so offsets are mapped before slicing.

/** A function mapping a code-point offset in text to a UTF-16 index. */
export function codePointIndex(text) {
  // Fast path: without surrogate pairs the two indexings agree.
  if (!/[\uD800-\uDFFF]/.test(text)) return (i) => i;
  const map = [0];
  let unit = 0;
  for (const ch of text) {
    unit += ch.length;
    map.push(unit);
  }
  return (i) => map[Math.max(0, Math.min(i, map.length - 1))];
}

/**
 * Split text at every span boundary. Each segment lists the spans covering it.
 * spans: [{start, end, ...}] in code points; empty or inverted spans are dropped,
 * out-of-range ones clamped.
 */
export function segment(text, spans) {
  const toUnit = codePointIndex(text);
  const length = text.length;
  const valid = [];
  for (const span of spans) {
    if (span.start === null || span.start === undefined || span.end === null || span.end === undefined) continue;
    const start = Math.max(0, Math.min(length, toUnit(span.start)));
    const end = Math.max(0, Math.min(length, toUnit(span.end)));
    if (end > start) valid.push({ ...span, uStart: start, uEnd: end });
  }
  const cuts = new Set([0, length]);
  for (const span of valid) { cuts.add(span.uStart); cuts.add(span.uEnd); }
  const bounds = [...cuts].sort((a, b) => a - b);
  // Sweep: spans sorted by start enter the active set, leave when passed.
  const byStart = [...valid].sort((a, b) => a.uStart - b.uStart);
  const segments = [];
  let next = 0;
  let active = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [from, to] = [bounds[i], bounds[i + 1]];
    active = active.filter((span) => span.uEnd > from);
    while (next < byStart.length && byStart[next].uStart <= from) active.push(byStart[next++]);
    segments.push({ start: from, end: to, text: text.slice(from, to), spans: active.filter((sp) => sp.uStart <= from && sp.uEnd >= to) });
  }
  return segments;
}

// Thin client for the Tidings JSON API. Same origin only: the dashboard never
// contacts another host.

export class ApiError extends Error {}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) {
    if (v !== undefined && v !== null && v !== "") q.set(k, v);
  }
  const text = q.toString();
  return text ? `?${text}` : "";
}

// Responses are shared within one page view (the dyad page asks for the same
// article several times) and dropped on navigation, so new data shows up.
const cache = new Map();

export function clearCache() {
  cache.clear();
}

export async function get(path, params) {
  const url = `api/${path}${query(params)}`;
  if (cache.has(url)) return cache.get(url);
  const promise = fetch(url, { headers: { Accept: "application/json" } }).then(async (resp) => {
    if (!resp.ok) {
      let detail = resp.statusText;
      try { detail = (await resp.json()).detail ?? detail; } catch { /* not JSON */ }
      throw new ApiError(`${resp.status} ${typeof detail === "string" ? detail : JSON.stringify(detail)}`);
    }
    return resp.json();
  });
  cache.set(url, promise);
  promise.catch(() => cache.delete(url));
  return promise;
}

export const api = {
  stats: () => get("stats"),
  articles: (p) => get("articles", p),
  article: (id) => get(`articles/${encodeURIComponent(id)}`),
  quotes: (p) => get("quotes", p),
  events: (p) => get("events", p),
  actors: (p) => get("actors", p),
  topDyads: (p) => get("dyads/top", p),
  series: (p) => get("series", p),
  network: (p) => get("network", p),
  alerts: (p) => get("alerts", p),
  places: (p) => get("places", p),
};

/** All items of a paged endpoint, up to `cap` rows. */
export async function allItems(fetchPage, params, cap = 2000) {
  const items = [];
  let offset = 0;
  const limit = 500;
  for (;;) {
    const page = await fetchPage({ ...params, limit, offset });
    items.push(...page.items);
    offset += page.items.length;
    if (!page.items.length || offset >= page.total || offset >= cap) return { items, total: page.total };
  }
}

// Where a side's country came from when the text did not write it (issues #4, #5).
// The store's events.country_from_place / country_from_article name the inferred sides
// ("source", "target", "source,target"; "none" when nothing was inferred; null on rows
// stored before schema version 7, which did not record it).

const SIDES = ["source", "target"];

function names(value, side) {
  return typeof value === "string" && value.split(",").includes(side);
}

function how(d, side) {
  if (names(d.country_from_place, side)) {
    return `taken from the event's place${d.place_name ? ` (${d.place_name})` : ""}`;
  }
  if (names(d.country_from_article, side)) return "lent from the article's country";
  return null;
}

/** One line per side whose country was not written in the text, or why there is none. */
export function inferredCountries(d) {
  const lines = SIDES.filter((side) => how(d, side)).map(
    (side) => `${side} ${d[`${side}_country`] || "?"}: ${how(d, side)}, not written in the text`);
  if (lines.length) return lines;
  if (d.country_from_article == null && d.country_from_place == null) {
    return ["not recorded (stored before schema version 7)"];
  }
  return ["none taken from the event's place or lent from the article"];
}

/** The speaker's country, with a note when it was lent from the article. */
export function speakerCountry(q) {
  if (!q.speaker_country) return null;
  if (!q.speaker_country_from_article) return q.speaker_country;
  return `${q.speaker_country} (lent from the article's country, not written in the text)`;
}

/** The filter-form field that leaves out events with an inferred side country. */
export const COUNTRIES_FIELD = {
  name: "countries", label: "Side countries",
  options: [["", "All"], ["written", "Not inferred only"]],
};

/** The API parameter of that field (`written_countries=1`), or nothing. */
export function writtenParam(params) {
  return params.get("countries") === "written" ? { written_countries: 1 } : {};
}

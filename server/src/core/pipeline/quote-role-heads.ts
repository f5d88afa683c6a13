/**
 * A role's last word that names one who does a job ("master", "keeper", "coordinator", "librarian"):
 * the lists of titles (model/words.ts) cannot hold every trade, so a transcript's turn at a
 * paragraph's start ("Lighthouse Keeper: “…”") is read by the word's ending, an agent suffix, minus
 * the common nouns of things, times and sections that share one ("Open Letter:", "Small Business:"). Pure.
 */

/** Endings of nouns for a person by what they do: keeper, coordinator, machinist, librarian, fisherman, hostess. */
const AGENT_ENDING = /\p{Ll}(?:er|or|ist|ian|man|woman|ess|eer)$/u;

/** Nouns with an agent's ending that name a thing, a time or a section, not a person. */
const THINGS = new Set(`letter answer chapter number order matter corner paper quarter summer winter weather water
  poster banner border cover power tower register chamber shelter dinner river theater center filter folder
  computer container character charter ledger header footer newsletter trailer teaser thriller spoiler
  reminder disclaimer september october november december error sector factor motor indicator mirror harbor
  labor color colour honor humor favor flavor rumor terror horror door floor manor decor tractor meteor
  playlist checklist wishlist shortlist twist press progress address access business fitness success process
  german roman`.split(/\s+/));

/** Is lower-case word `w` a noun of one who does a job, by its ending? */
export function isAgentNoun(w: string): boolean {
  return w.length >= 5 && AGENT_ENDING.test(w) && !THINGS.has(w);
}

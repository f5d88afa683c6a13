/**
 * What a percentage measures when its claim names no verb of it ("Turnout in Tallis was 61%", "the
 * jobless rate climbed to 6.1%"), as a set of bits over families of measures: turnout, a share of the
 * vote, unemployment, inflation, approval, disapproval, economic growth. Two percentages of different families are
 * two figures however equal ("turnout was 61%" / "won 61% of the vote"): corroborate.ts ranks such a
 * passage as related only and below one of the claim's own measure. Like event-kind.ts, a claim whose
 * counted noun names no family takes those of its sentence's words, so a sentence naming two measures
 * names both and clashes with neither. General English, written by hand.
 */

const TURNOUT = 1, VOTE_SHARE = 2, UNEMPLOYMENT = 4, INFLATION = 8, APPROVAL = 16, DISAPPROVAL = 32, GROWTH = 64;

const FAMILIES: ReadonlyMap<string, number> = new Map([
  ...words('turnout', TURNOUT),
  ...words('vote votes', VOTE_SHARE),
  ...words('unemployment jobless joblessness unemployed', UNEMPLOYMENT),
  ...words('inflation deflation cpi', INFLATION),
  ...words('approval', APPROVAL),
  ...words('disapproval', DISAPPROVAL),
  ...words('gdp growth', GROWTH),
]);

function words(list: string, family: number): [string, number][] {
  return list.split(' ').map((w) => [w, family]);
}

/** The families the (lower-case) words name, as bits; 0 when they name none. */
function familiesOf(terms: Iterable<string>): number {
  let bits = 0;
  for (const w of terms) bits |= FAMILIES.get(w) ?? 0;
  return bits;
}

/**
 * The families of measures a percentage claim states: its counted noun's ("unemployment"), else
 * those its sentence's words name ("the jobless rate": "rate" names none); 0 when none.
 */
export function shareFamilies(counted: string, terms: readonly string[]): number {
  return FAMILIES.get(counted) ?? familiesOf(terms);
}

/** Do two percentages state measures of different families only (each names one, none in common)? */
export const sharesClash = (a: number, b: number): boolean => a !== 0 && b !== 0 && (a & b) === 0;

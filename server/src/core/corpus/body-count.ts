/**
 * Bodies found are a count of the dead, whatever verb found them ("divers pulled 25 bodies from the
 * water", "recovered 23 bodies"), never of the rescued; and a count of bodies found so far is no
 * contradiction of a higher death toll: the search goes on ("12 bodies have been recovered" / "the
 * toll rose to 20"). For corroboration only: claim detection keeps the measure its words give.
 */

/** Counted nouns (lemmas) of bodies found. */
const BODY_NOUNS: ReadonlySet<string> = new Set(['body', 'corpse']);

export const isBodyCount = (counted: string): boolean => BODY_NOUNS.has(counted);

/** The measure corroboration compares a claim under: a count of bodies is one of deaths. */
export const bodyMeasure = (measure: string, counted: string): string => (isBodyCount(counted) ? 'death' : measure);

interface Figure { readonly counted: string; readonly point: number | null }

/**
 * Is one figure a count of bodies found and the other a death toll no lower than it? Both can be
 * true at once, so they do not conflict.
 */
export function bodiesWithinToll(a: Figure, b: Figure): boolean {
  const ab = isBodyCount(a.counted), bb = isBodyCount(b.counted);
  if (ab === bb || a.point === null || b.point === null) return false;
  const [bodies, toll] = ab ? [a.point, b.point] : [b.point, a.point];
  return bodies <= toll;
}

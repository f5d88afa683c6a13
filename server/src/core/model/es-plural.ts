/**
 * The singular of a plural in "-es" whose "e" belongs to the ending, not the word: "buses" → "bus",
 * "classes" → "class", "boxes" → "box", "churches" → "church", "crises" → "crisis"; undefined for a
 * word whose singular ends in "e" ("houses", "headaches", "causes"), which drops only the "s".
 * `l` is lower case and ends in "es".
 */
const IRREGULAR: Record<string, string> = {
  crises: 'crisis', analyses: 'analysis', theses: 'thesis', diagnoses: 'diagnosis', hypotheses: 'hypothesis',
  emphases: 'emphasis', oases: 'oasis', gases: 'gas', biases: 'bias', aliases: 'alias', atlases: 'atlas', lenses: 'lens',
};
/** "-ches" words whose singular ends in "-che": "headaches", "niches", "avalanches". */
const CHE_SINGULAR = /(?:[^aeiou]aches|^niches|^caches|avalanches|cliches|creches|quiches|psyches|panaches)$/;
/** "-uses" words whose singular ends in "-use" after a consonant: "abuses", "excuses", "fuses", "misuses". */
const USE_SINGULAR = /(?:^abuses|^excuses|^accuses|fuses|^recluses|^a?muses|^ruses|^peruses|(?:mis|dis|over|under)uses)$/;
/** "-oes" words whose singular ends in "-oe": "shoes", "canoes", "toes". */
const OE_SINGULAR = /(?:shoes|canoes|oboes|^toes|tiptoes|floes|^foes|^woes|^hoes)$/;

export function esPluralStem(l: string): string | undefined {
  const irregular = IRREGULAR[l];
  if (irregular !== undefined) return irregular;
  if (l.length < 5) return undefined;
  const stem = l.slice(0, -2);
  if (/(?:ss|x|zz|sh)$/.test(stem)) return stem; // classes, boxes, buzzes, dishes
  if (stem.endsWith('ch')) return CHE_SINGULAR.test(l) ? undefined : stem; // churches, coaches
  if (/[^aeiou]us$/.test(stem)) return USE_SINGULAR.test(l) ? undefined : stem; // buses, viruses, campuses
  if (/[^aeiou]o$/.test(stem)) return OE_SINGULAR.test(l) ? undefined : stem; // heroes, cargoes, tomatoes
  return undefined;
}

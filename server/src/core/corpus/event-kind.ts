/**
 * The kind of event a claim's sentence names ("the earthquake", "floods", "a wildfire"), as a set of bits
 * over families of events: "A storm in one bay killed 45 people" does not back "The earthquake killed 45
 * people", whatever the figure. A word may belong to several families ("blast": a fire's or an attack's),
 * and one event is often named by words of one family (the storm and its floods), so two sentences name
 * other events only when each names a family and they share none. Used by corroborate.ts.
 */

const QUAKE = 1, WEATHER = 2, FIRE = 4, ATTACK = 8, CRASH = 16, OUTBREAK = 32;

const FAMILIES: ReadonlyMap<string, number> = new Map([
  ...words('earthquake earthquakes quake quakes tremor tremors aftershock aftershocks tsunami', QUAKE),
  ...words('flood floods flooding floodwaters storm storms hurricane hurricanes typhoon typhoons cyclone cyclones tornado tornadoes landslide landslides mudslide mudslides downpours blizzard', WEATHER),
  ...words('wildfire wildfires blaze blazes bushfire bushfires inferno', FIRE),
  // ("opened fire": an attack's as well as a blaze's)
  ...words('fire fires', FIRE | ATTACK),
  ...words('attack attacks bombing bombings airstrike airstrikes shelling shooting shootings gunmen massacre', ATTACK),
  ...words('blast blasts explosion explosions', FIRE | ATTACK),
  ...words('crash crashes derailment collision', CRASH),
  ...words('outbreak epidemic pandemic', OUTBREAK),
]);

function words(list: string, family: number): [string, number][] {
  return list.split(' ').map((w) => [w, family]);
}

/** The families of events the (lower-case) words name, as bits; 0 when they name none. */
export function eventFamilies(terms: Iterable<string>): number {
  let bits = 0;
  for (const w of terms) bits |= FAMILIES.get(w) ?? 0;
  return bits;
}

/** Do two sentences name events of different kinds only (each names one, no family in common)? */
export const eventsClash = (a: number, b: number): boolean => a !== 0 && b !== 0 && (a & b) === 0;

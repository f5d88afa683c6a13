/**
 * "Shelling hit Vorlak, 12 kilometres from the border", "the camp lies 3 miles north of Tessaly": a distance
 * that says where a place is locates it, as an address does; it is no statistic (pure). Only a length in an
 * apposition or after a verb of lying, then a direction or "from"/"away". A distance moved ("pulled back 15
 * kilometres from the line") stays a claim.
 */
import type { Claim } from '../types';

const LENGTHS: ReadonlySet<string> = new Set(['kilometre', 'kilometer', 'km', 'mile', 'metre', 'meter', 'yard']);
/** Right before the figure: a comma (apposition) or a verb of lying, and a hedge. */
const PLACE_BEFORE = /(?:,|\b(?:lies|lie|lay|lying|located|situated|sits|sat|stands|stood))\s+(?:(?:about|around|some|roughly|nearly|almost|just|only|barely)\s+)?$/i;
/**
 * Right after the figure's unit: a direction and "of", or "from", "outside", "off", "inland". (Not a bare "away":
 * "seen from Orvale, 10 miles away" was left a claim, as the dev gold keeps it, optional.)
 */
const PLACE_AFTER = /^\s+(?:(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest|up|down)(?:stream|river|hill|coast)?\s+(?:of|from)|from|outside|off|inland|upstream|downstream)\b/i;

/** The unit's word after the figure ("12 kilometres"), when the figure's text does not hold it. */
const UNIT_WORD = /^\s*\p{L}+\.?/u;

/**
 * Right after the unit: "off" and a coast or a named place ("sank six miles off Cape Orrel", "was found 20 miles off the
 * coast"): at sea a position is told this way after any verb; a distance moved goes "off course", lower case.
 */
const OFF_PLACE = /^\s+off\s+(?:the\s+(?:coast|shore|mainland|island|headland|cape|port|harbour|harbor)\b|\p{Lu})/u;

/** Does claim `c` give the distance that locates a place? */
export function locatingDistance(text: string, c: Claim): boolean {
  if (!LENGTHS.has(c.counted)) return false;
  const after = text.slice(c.quantity.end, c.quantity.end + 40);
  if (OFF_PLACE.test(after) || OFF_PLACE.test(after.replace(UNIT_WORD, ''))) return true;
  return (PLACE_AFTER.test(after) || PLACE_AFTER.test(after.replace(UNIT_WORD, ''))) && PLACE_BEFORE.test(text.slice(Math.max(0, c.quantity.start - 30), c.quantity.start));
}

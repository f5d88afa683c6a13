// How tall, long or deep one thing is ("a tower 300 metres tall", "the 12-metre-high wall", "a bridge
// 1.2 km long"), or how far it lies from a place in some direction ("a village 40 km north of Orla"),
// describes or places the thing, like a model number or a capacity: nothing happened and nothing is
// counted, so no statistical claim (the gold convention takes such sizes as optional at most). A
// length that something moved or changed by ("the river rose 3 metres", "trucks drove 300 miles")
// has no adjective of extent after its unit and stays a claim, and so does the size of damage or of
// something an event made ("tearing a gap 200 metres wide", "an oil slick 8 km long", "a queue 3 km
// long", "waves 6 metres high", "floodwater a metre deep"): it reports what happened and other
// articles give it too. Pure: offsets only.
import type { Quantity } from '../types';
import { isSpace } from '../text/char-class';

/** After the figure: a unit of length, then an adjective of extent ("metres tall", "-foot-high", "km long"). */
const EXTENT_AFTER = /^[\s-‐]?(?:metres?|meters?|m|kilomet(?:re|er)s?|km|miles?|feet|foot|ft|yards?|inch(?:es)?|centimet(?:re|er)s?|cm)[\s-‐](?:high|tall|long|wide|deep|thick)\b/i;

/** A noun of damage or of what an event made or brought ("gap", "slick", "waves", "floodwater"). */
const MADE_BY_EVENT = String.raw`(?:(?:gap|hole|crack|crater|slick|tear|rift|fissure|opening|rupture|swath|swathe|plume|queue|jam|tailback|landslide|sinkhole|wave|surge|flood|floodwater|drift)s?|breach(?:es)?|water|snow|mud|ash)`;
/** Shortly before the figure: a noun of MADE_BY_EVENT ("a gap about", "a slick", "waves", "floodwater"). */
const MADE_BY_EVENT_BEFORE = new RegExp(String.raw`\b${MADE_BY_EVENT}\b[^.;:!?]{0,24}$`, 'i');
/** The first letters of the units of SINGULAR_UNIT_NOUN_AFTER ("square" among them), lower case. */
const UNIT_INITIALS = new Set([...'mkfyicahstpl'].map((l) => l.charCodeAt(0)));
/**
 * A size written as a modifier without hyphens: an article (and one adjective) before the figure, a
 * singular unit of length or area after it, then the noun it describes ("the 70 metre bell tower",
 * "a 220 km cycle path", "the surrounding 2 km ring"). Not a noun of MADE_BY_EVENT ("a 3 km tailback").
 */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:a|an|the)\s+(?:\p{Ll}+\s+)?$/iu;
/** A singular unit of length or area, or of mass ("a 640 kg probe"). */
const SINGULAR_UNIT = String.raw`(?:square\s)?(?:metre|meter|m|kilomet(?:re|er)|km|mile|foot|ft|yard|inch|centimet(?:re|er)|cm|acre|hectare|kg|kilogram|tonne|ton|lb)`;
/** What a mass may measure that was seized, shipped or made ("a 40 kg haul"): an amount, not one thing's size. */
const MASS_OF_GOODS = String.raw`(?:haul|shipment|consignment|cache|stash|seizure|load|batch|quantity|amount|bag|sack|increase|rise|fall|drop|cut)`;
/** (a second dimension may come first: "a 300 km by 500 km orbit") */
const SINGULAR_UNIT_NOUN_AFTER = new RegExp(String.raw`^\s${SINGULAR_UNIT}(?:\sby\s\d[\d.,]*\s${SINGULAR_UNIT})?\s(?!(?:of|from|to|in|into|on|at|by|away|and|or|per|long|wide|high|tall|deep|thick|north|south|east|west|${MADE_BY_EVENT}|${MASS_OF_GOODS})\b)\p{Ll}`, 'iu');
/** Before the second dimension of a size: an article, the first dimension and "by" ("a 300 km by "). */
const FIRST_DIMENSION_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:a|an|the)\s+(?:\p{Ll}+\s+)?\d[\d.,]*\s${SINGULAR_UNIT}\sby\s$`, 'iu');

/** After the figure: a unit of length, then where from ("km north of", "miles south-east of", "km off the coast"). */
const PLACING_AFTER = /^[\s-‐]?(?:metres?|meters?|kilomet(?:re|er)s?|km|miles?|feet|yards?)\s(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|upstream|downstream|inland|offshore)\s(?:of|from)\b|off\s(?:the\s)?(?:coast|shore|island|port)\b)/i;

/**
 * Is `q` a distance that places something by a bearing ("a village 40 km north of Orla", "a wreck 12
 * miles off the coast")? It says where, not what happened; a distance moved ("advanced 30 km into the
 * valley") stays a claim, and so does "N miles away", which the gold convention links across articles
 * as how far an event reached ("heard 10 miles away").
 */
export function placingDistance(text: string, q: Quantity): boolean {
  // (both patterns need a unit's first letter, m, k, f or y, right after the figure or after one character: most figures have none)
  if (q.unit !== 'count' || !(initialAfter(text, q.end, PLACING_INITIALS) || initialAfter(text, q.end + 1, PLACING_INITIALS))) return false;
  return PLACING_AFTER.test(text.slice(q.end, q.end + 40)) || awayFromName(text, q);
}

/** The first letters, lower case, of the units of PLACING_AFTER and AWAY_AFTER; of EXTENT_AFTER. */
const PLACING_INITIALS = new Set([...'mkfy'].map((l) => l.charCodeAt(0)));
const EXTENT_INITIALS = new Set([...'mkfyic'].map((l) => l.charCodeAt(0)));
/** Is the character at `i` of `text` an ASCII letter (either case: the patterns fold ASCII only) whose lower case is in `initials`? */
function initialAfter(text: string, i: number, initials: ReadonlySet<number>): boolean {
  return i < text.length && initials.has(text.charCodeAt(i) | 0x20);
}

/** A unit of length, "away", then the end of the clause: "(to Tolbury Primary,) six miles away." */
const AWAY_AFTER = /^[\s-‐](?:metres|meters|kilomet(?:re|er)s|km|miles|yards)\saway\s*(?:[.,;)]|$)/i;
/** A name and a comma right before the figure: "the larger Tolbury Primary, ". */
const NAME_COMMA_BEFORE = /\p{Lu}[\p{L}'’-]*,\s+(?:about\s+|some\s+|around\s+|nearly\s+|only\s+|just\s+)?$/u;

/**
 * Is `q` the distance of a named place in apposition ("pupils would move to Tolbury Primary, six miles
 * away")? It says where the place is. Not "heard 10 miles away" (how far an event reached, a claim).
 */
function awayFromName(text: string, q: Quantity): boolean {
  if (!AWAY_AFTER.test(text.slice(q.end, q.end + 24))) return false;
  const before = text.slice(Math.max(0, q.start - 60), q.start);
  return NAME_COMMA_BEFORE.test(before) && !SENSED.test(before);
}
/** A verb of sensing: "felt in Brimley, 30 miles away" says how far the event reached. */
const SENSED = /\b(?:heard|felt|seen|visible|audible|smelled|smelt|reported)\b/i;

/** Is `q` the height, length, width or depth of one thing? */
export function extentOfThing(text: string, q: Quantity, sentenceStart: number): boolean {
  if (q.unit !== 'count' || !(initialAfter(text, q.end, EXTENT_INITIALS) || initialAfter(text, q.end + 1, EXTENT_INITIALS)) || !EXTENT_AFTER.test(text.slice(q.end, q.end + 24))) return false;
  return !MADE_BY_EVENT_BEFORE.test(text.slice(Math.max(sentenceStart, q.start - 48), q.start));
}

/** Is `q` a size written as a modifier of the noun after it ("the 70 metre bell tower": SINGULAR_UNIT_NOUN_AFTER)? */
export function sizeModifier(text: string, q: Quantity, sentenceStart: number): boolean {
  // (most figures have no unit after them: the first letter after one space rules them out)
  const c = text.charCodeAt(q.end + 1) | 0x20;
  if (q.unit !== 'count' || !isSpace(text.charCodeAt(q.end)) || !UNIT_INITIALS.has(c)) return false;
  if (!SINGULAR_UNIT_NOUN_AFTER.test(text.slice(q.end, q.end + 60))) return false;
  const before = text.slice(Math.max(sentenceStart, q.start - 50), q.start);
  return ARTICLE_BEFORE.test(before) || FIRST_DIMENSION_BEFORE.test(before);
}

/**
 * Makers before a model's code (pure, token indices): "the Korvane K-340", "Orrin Aero KX-12 tankers",
 * "a Dorvo X5", or its number in a sentence about a craft ("a Corvan 320 landed"). The code names a product, not the maker, and is no part of the maker's name; a name
 * written just before such a code is the maker's, an organisation, never a person or a place.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { LOC_HEADS, ORG_HEADS } from '../model/words';
import { retypeAsOrganisations } from './entity-retype';
import { VEHICLE_WORDS } from './entity-car-models';

/**
 * A model's code: one word token of capitals, digits and hyphens that opens with a capital and holds a
 * digit, at most eight characters ("K-340", "A330", "KC-45", "X5"). Words starting with a digit ("3M")
 * and words with lower-case letters ("Cloud9") are left alone.
 */
export function isModelCode(t: Token): boolean {
  const w = t.text;
  if (t.kind !== 'word' || w.length < 2 || w.length > 8) return false;
  const c0 = w.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return false;
  let digit = false;
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (c !== 45 && (c < 65 || c > 90)) return false;
  }
  return digit;
}

/**
 * Words that name a designation by its code ("Route A4", "Terminal B2", "Gate C7", "Group B1"); place
 * and organisation heads are such words too ("Highway B12", "Unit K9"). A maker's name may be an
 * ordinary word ("Puma", "the Galaxy"), so a dictionary test would not do.
 */
const DESIGNATIONS: ReadonlySet<string> = new Set(`route terminal gate platform runway hall room block building
  level floor zone sector area section class type grade model series version mark phase stage pool exit junction
  hangar lab studio track flight ward wing bed cell row lot plot site camp base sheet form article clause annex
  annexe appendix chapter figure table item part box case file folder code vitamin`.split(/\s+/));

/** Whether token k is a model's code after a maker's word, not a designation's ("Route A4"). */
function codeAfterMaker(tokens: readonly Token[], k: number): boolean {
  if (!isModelCode(tokens[k])) return false;
  const w = lowerToken(tokens[k - 1]);
  return !DESIGNATIONS.has(w) && !LOC_HEADS.has(w) && !ORG_HEADS.has(w);
}

/**
 * The last word of the run a..b to keep as a name: the word before the first model's code after the
 * run's first word ("Korvane K330 MRTT" keeps "Korvane"), else b.
 */
export function beforeModelCode(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a + 1; k <= b; k++) if (codeAfterMaker(tokens, k)) return k - 1;
  return b;
}

/** Words that show a sentence is about a craft: a vehicle's (VEHICLE_WORDS) or an aircraft's. */
const CRAFT_WORDS: ReadonlySet<string> = new Set([...VEHICLE_WORDS, ...`jet jets plane planes aircraft airliner airliners
  helicopter helicopters landed flew flight flights fleet pilot pilots`.split(/\s+/)]);

/**
 * Whether token k is a model's number of three digits after a maker's one word, in a sentence about a craft ("the
 * Corvan 320 landed", "Skyline Air's Corvan 320"): elsewhere such a number follows many names ("the Tarnby 250").
 */
function numberAfterMaker(tokens: readonly Token[], c: Candidate, k: number): boolean {
  const t = tokens[k];
  if (c.first !== c.last || t.kind !== 'number' || t.text.length !== 3 || t.text.charCodeAt(0) === 48 || !/^\d+$/.test(t.text)) return false;
  const s = t.sentence;
  for (let j = k + 1; j < tokens.length && tokens[j].sentence === s; j++) if (CRAFT_WORDS.has(tokens[j].text)) return true;
  for (let j = c.first - 1; j >= 0 && tokens[j].sentence === s; j--) if (CRAFT_WORDS.has(tokens[j].text)) return true;
  return false;
}

/** Retypes as ORG an untitled PERSON or LOC name right before a model's code, and every PERSON mention of the same name. */
export function makersByModel(tokens: readonly Token[], cands: Candidate[]): void {
  retypeAsOrganisations(cands, (c) => {
    const n = tokenAt(tokens, c.last + 1);
    return n !== undefined && n.start - tokens[c.last].end === 1 && (codeAfterMaker(tokens, c.last + 1) || numberAfterMaker(tokens, c, c.last + 1));
  });
}

/**
 * Drops a one-word name that is a model's code the article also writes right after a maker's name ("the
 * Varden V-600 … pilots on the V-600", "said the V-600 was safe"): the bare code names the product, not a
 * place or a firm. A code written only after a designation ("Terminal B2 … at B2") keeps its mention.
 */
export function dropBareCodes(tokens: readonly Token[], cands: Candidate[]): void {
  let bare = false;
  for (const c of cands) if (c.first === c.last && c.type !== null && c.role === null && isModelCode(tokens[c.first])) { bare = true; break; }
  if (!bare) return;
  const codes = new Set<string>();
  for (const c of cands) {
    const k = c.last + 1;
    if (c.type === null || k >= tokens.length || tokens[k].start - tokens[c.last].end !== 1) continue;
    if (codeAfterMaker(tokens, k)) codes.add(tokens[k].text);
  }
  if (codes.size === 0) return;
  for (const c of cands) if (c.first === c.last && c.type !== null && c.role === null && codes.has(tokens[c.first].text)) c.type = null;
}

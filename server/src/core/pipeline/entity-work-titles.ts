/**
 * Titles of works (pure, token indices): "the film Silent Harbor", "his book Long Winter Roads", "the song
 * Wild Morning". A name right after a lower-case noun for a kind of work, itself after an article, a
 * possessive or a word such as "new", is the work's title, which the contract has no type for: no entity
 * beats a wrong person, place or organisation — in all the name's mentions. Not a name a given name opens
 * ("the film Tom Reeds directed": the name may be the subject of what follows), not a name the lexicons
 * know, not a name with a title before it.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { LEXICON_NAMES } from '../model/lexicon';
import { isKnownGivenName } from '../model/gender';
import { productCueBefore } from './entity-product-cues';
import { breedAround } from './entity-breeds';
import { CLOSE_MARKS, OPEN_MARKS } from './entity-quote-marks';

/** Kinds of work whose title may follow (singular, lower case). */
export const WORK_NOUNS: ReadonlySet<string> = new Set(`film movie documentary book novel memoir poem song album play musical opera
  sitcom single mixtape shooter`.split(/\s+/));

/** Words before a work noun that make it a cue: "the film", "his book", "her new album", "a hit song". */
const BEFORE_WORK: ReadonlySet<string> = new Set(`the a an his her their its my our your new latest debut hit first second last next
  upcoming acclaimed lead`.split(/\s+/));

/**
 * Whether the words before token k are a work's cue, "the film" or "his new book", in k's sentence, with
 * or without an opening quotation mark between them and the name.
 */
function workCueBefore(tokens: readonly Token[], k: number): boolean {
  const m = tokenAt(tokens, k - 1);
  if (m !== undefined && m.kind === 'punct' && OPEN_MARKS.has(m.text)) {
    k--;
    if (workVerbBefore(tokens, k)) return true;
  }
  const n = tokenAt(tokens, k - 1);
  if (n === undefined || n.kind !== 'word' || n.sentence !== tokens[k].sentence || !WORK_NOUNS.has(n.text)) return false;
  const d = tokenAt(tokens, k - 2);
  if (d === undefined || d.kind !== 'word' || d.sentence !== n.sentence || !BEFORE_WORK.has(lowerToken(d))) return false;
  // "a single Orrel fan": "single" after "a" counts one, no record
  return n.text !== 'single' || (lowerToken(d) !== 'a' && lowerToken(d) !== 'an');
}

/** Verbs of making or showing a work, whose object in quotation marks is its title: "directed “Night Harbour”". */
const WORK_VERBS: ReadonlySet<string> = new Set(['directed', 'produced', 'staged', 'filmed', 'recorded', 'released', 'published', 'starring']);

/** Whether a work verb, or "starred in", ends right before token k (an opening quotation mark) in its sentence. */
function workVerbBefore(tokens: readonly Token[], k: number): boolean {
  const v = tokenAt(tokens, k - 1);
  if (v === undefined || v.kind !== 'word' || v.sentence !== tokens[k].sentence) return false;
  if (WORK_VERBS.has(lowerToken(v))) return true;
  const u = tokenAt(tokens, k - 2);
  return v.text === 'in' && u !== undefined && u.sentence === v.sentence && lowerToken(u) === 'starred';
}

/**
 * Verbs of a work being shown, whose subject in quotation marks is its title: "“Night Harbour” opens at …".
 * "opens" only with no object after it: a firm opens a plant ("“Dorvo” opens a plant").
 */
const SHOWN_VERBS: ReadonlySet<string> = new Set(['opens', 'premieres', 'premiered', 'debuts', 'debuted', 'airs', 'aired',
  'screens', 'screened']);
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'new']);

/** Whether the name first..last stands alone in quotation marks right before a verb of showing: "“Night Harbour” opens …". */
function shownAfter(tokens: readonly Token[], first: number, last: number): boolean {
  const c = tokenAt(tokens, last + 1);
  if (c === undefined || c.kind !== 'punct' || !CLOSE_MARKS.has(c.text)) return false;
  const v = tokenAt(tokens, last + 2);
  if (v === undefined || v.kind !== 'word' || !SHOWN_VERBS.has(v.text) || v.sentence !== tokens[last].sentence) return false;
  if (v.text === 'opens' && OBJECT_OPENERS.has(tokenAt(tokens, last + 3)?.text ?? '')) return false;
  const o = tokenAt(tokens, first - 1);
  return o !== undefined && o.kind === 'punct' && OPEN_MARKS.has(o.text);
}

/**
 * Leaves untyped (no entity) every mention of a name that some mention writes right after a work's cue
 * or a product's ("the drug Merovil": `entity-product-cues.ts`), or alone in quotation marks before a verb
 * of showing ("“Night Harbour” opens on Friday"), or that is a breed or a crop variety ("600 Hallam ewes":
 * `entity-breeds.ts`).
 */
export function dropWorkTitles(tokens: readonly Token[], cands: Candidate[]): void {
  let works: Set<string> | null = null;
  for (const c of cands) {
    if (c.type === null || c.type === 'NORP' || c.role !== null || c.titleCase || !c.info || c.first < 1) continue;
    const cued = (c.first >= 2 && (workCueBefore(tokens, c.first) || productCueBefore(tokens, c.first, c.last))) || shownAfter(tokens, c.first, c.last)
      || breedAround(tokens, c.first, c.last);
    if (cued && !isKnownGivenName(tokens[c.first].text) && !LEXICON_NAMES.has(c.info.key)) (works ??= new Set()).add(c.info.key);
  }
  if (!works) return;
  for (const c of cands) if (c.type !== null && c.type !== 'NORP' && c.role === null && c.info && works.has(c.info.key)) c.type = null;
}

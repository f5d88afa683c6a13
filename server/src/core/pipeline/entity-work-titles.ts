/**
 * Titles of works and names of laws (pure, token indices): "the film Silent Harbor", "his book Long Winter
 * Roads", "the song Wild Morning". A name right after a lower-case noun for a kind of work, itself after an
 * article, a possessive ("Mira Olsen's album") or a word such as "new", up to two modifiers or a year between
 * ("the tactical shooter Ashfall", "Midnight Ferry's 2009 album Lanterns"), or in commas after such a noun
 * ("The lead single, Northern Lights, …"), or after a capitalised kind opening the sentence ("Single Red
 * Harbour …", only a name of ordinary words), or after "starred in", is the work's title, which the contract
 * has no type for: no entity beats a wrong person, place or organisation — in all the name's mentions. So is
 * a law's or a bill's name ("the Safe Harbours Bill", "Clean Rivers Act 2024"). Not a name a given name opens
 * ("the film Tom Reeds directed"), nor one before a verb whose object is gone ("the film Varga directed was
 * …", "the game Orrel lost."), not a name the lexicons know, not a name with a title before it.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { LEXICON_NAMES, isCommonWord, lexicon } from '../model/lexicon';
import { isKnownGivenName } from '../model/gender';
import { AFTER_PRODUCT, productCueBefore } from './entity-product-cues';
import { breedAround } from './entity-breeds';
import { CLOSE_MARKS, OPEN_MARKS } from './entity-quote-marks';
import { capitalFirst } from './capital-first';

/** Kinds of work whose title may follow (singular, lower case). */
export const WORK_NOUNS: ReadonlySet<string> = new Set(`film movie documentary book novel memoir poem song album play musical opera
  sitcom single mixtape shooter game racer opener`.split(/\s+/));

/**
 * Kinds of work that also name a side's match or a person ("the game Orrel lost", "the racer Varga", a cricket
 * "opener"): a title follows them only after a word that marks a work or a genre ("the tactical shooter", "its
 * fantasy game", "the space racer"), or after a work's possessive ("the album's opener").
 */
const AMBIGUOUS_WORK_NOUNS: ReadonlySet<string> = new Set(['game', 'racer', 'opener']);
const WORK_MARKS: ReadonlySet<string> = new Set(`new latest debut hit upcoming acclaimed next tactical space kart arcade online
  multiplayer fantasy sci-fi horror survival racing puzzle strategy indie mobile video board retro co-op first-person
  third-person open-world role-playing`.split(/\s+/));

/** Words before a work noun that make it a cue: "the film", "his book", "her new album", "a hit song". */
const BEFORE_WORK: ReadonlySet<string> = new Set(`the a an his her their its my our your new latest debut hit first second last next
  upcoming acclaimed lead 's ’s`.split(/\s+/));

/** Words that are no modifier of a work: "the only single Orrel fan", "each single". */
const NOT_WORK_MODIFIERS: ReadonlySet<string> = new Set(['only', 'one', 'every', 'each', 'same', 'very', 'other', 'such']);

/** Capitalised kinds of track that may open a sentence before the track's title ("Opener Paper Walls sets the tone"). */
const OPENING_KINDS: ReadonlySet<string> = new Set(['Single', 'Opener']);

/**
 * The index of the word a work noun at `n` is led by: the noun's determiner or possessive, skipping up to two
 * lower-case modifiers or a year ("the tactical shooter", "Midnight Ferry's 2009 album"); -1 when none leads it.
 * `marked` tells whether a modifier (or the determiner) marks a work or a genre, or a work's possessive leads.
 */
function workNounLead(tokens: readonly Token[], n: number): { at: number; marked: boolean } | null {
  const s = tokens[n].sentence;
  let marked = false;
  for (let k = n - 1, mods = 0; k >= 0 && k >= n - 3; k--) {
    const d = tokens[k];
    if (d.sentence !== s) return null;
    const low = lowerToken(d);
    if (d.kind !== 'number' && BEFORE_WORK.has(low) && (mods === 0 || !/^(?:first|second|last|lead)$/.test(low))) {
      if (WORK_MARKS.has(low)) marked = true;
      if ((low === "'s" || low === '’s') && k >= 1 && WORK_NOUNS.has(tokens[k - 1].text)) marked = true;
      return { at: k, marked };
    }
    if (mods === 2) return null;
    mods++;
    if (d.kind === 'number' ? !/^(?:19|20)\d\d$/.test(d.text) : d.kind !== 'word' || !/^[a-z][a-z-]*$/.test(d.text) || NOT_WORK_MODIFIERS.has(d.text)) return null;
    if (WORK_MARKS.has(d.text)) marked = true;
  }
  return null;
}

/**
 * Whether the words before token k are a work's cue, "the film" or "his new book", in k's sentence, with
 * or without an opening quotation mark between them and the name, or with a comma between them ("The lead
 * single, Northern Lights, …": the name then stands in apposition, a comma or the sentence's end after it).
 */
function workCueBefore(tokens: readonly Token[], k: number, last: number): boolean {
  const m = tokenAt(tokens, k - 1);
  let apposed = false;
  if (m !== undefined && m.kind === 'punct' && OPEN_MARKS.has(m.text)) {
    k--;
    if (workVerbBefore(tokens, k)) return true;
  } else if (m !== undefined && m.text === ',') {
    const after = tokenAt(tokens, last + 1);
    if (after !== undefined && after.sentence === tokens[last].sentence && after.text !== ',') return false;
    k--;
    apposed = true;
  }
  const n = tokenAt(tokens, k - 1);
  if (n === undefined || n.sentence !== tokens[k].sentence) return false;
  // "starred in House of Wax": a film's title without quotation marks (not "starred in Tarnby's panto")
  if (!apposed && n.text === 'in' && lowerToken(tokenAt(tokens, k - 2) ?? n) === 'starred') {
    const p = tokenAt(tokens, last + 1);
    return p === undefined || (p.text !== "'s" && p.text !== '’s');
  }
  if (n.kind === 'word' && OPENING_KINDS.has(n.text) && (k < 2 || tokens[k - 2].sentence !== n.sentence)) return !apposed && plainTitle(tokens, k, last);
  if (n.kind !== 'word' || !WORK_NOUNS.has(n.text)) return false;
  const lead = workNounLead(tokens, k - 1);
  if (lead === null) return false;
  const d = tokens[lead.at];
  if (AMBIGUOUS_WORK_NOUNS.has(n.text) && !lead.marked) return false;
  if (apposed && n.text === 'shooter') return false;
  if (n.text !== 'single') return true;
  // "a single Orrel fan": "single" after "a" counts one, no record; so does "the city's single Tarrow restaurant"
  const low = lowerToken(d);
  return low !== 'a' && low !== 'an' && (lead.at < k - 2 || (low !== "'s" && low !== '’s'));
}

/** Whether the name k..last holds an ordinary word and no known given name or surname: "Paper Walls", not "Varga". */
function plainTitle(tokens: readonly Token[], k: number, last: number): boolean {
  let common = false;
  for (let i = k; i <= last; i++) {
    const t = tokens[i];
    if (t.kind !== 'word') continue;
    const low = t.text.toLowerCase();
    if (isKnownGivenName(t.text) || lexicon.lastNames.has(low)) return false;
    if (isCommonWord(low)) common = true;
  }
  return common;
}

/**
 * Whether the name is the subject of a clause with its object gone, which the work noun before it heads: "the
 * game Orrel lost was …", "the film Olsen directed." (a lower-case verb, then a small word or a stop).
 */
function relativeAfter(tokens: readonly Token[], last: number): boolean {
  const v = tokenAt(tokens, last + 1);
  if (v === undefined || v.kind !== 'word' || v.sentence !== tokens[last].sentence || !/^[a-z]+ed$/.test(v.text) && !PAST_FORMS.has(v.text) || AFTER_PRODUCT.has(v.text)) return false;
  const w = tokenAt(tokens, last + 2);
  return w === undefined || w.sentence !== v.sentence || w.kind === 'punct' || GAP_AFTER.has(w.text);
}
/** Irregular past forms of verbs a side, a maker or an author does to a work or a match ("the game Orrel lost"). */
const PAST_FORMS: ReadonlySet<string> = new Set(['lost', 'won', 'made', 'wrote', 'beat', 'sang', 'drew', 'shot', 'sold', 'bought', 'built']);
const GAP_AFTER: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'will', 'would', 'in', 'on', 'at', 'last', 'this']);

/**
 * Where a title that a candidate may end starts: the candidate's first token, or an earlier capitalised word
 * joined to it by "of" or "the" ("Dust of Kerran" when only "Kerran" was taken for a name).
 */
function titleStart(tokens: readonly Token[], first: number): number {
  const j = tokenAt(tokens, first - 1);
  const h = tokenAt(tokens, first - 2);
  if (j === undefined || h === undefined || (j.text !== 'of' && j.text !== 'the') || h.sentence !== tokens[first].sentence) return first;
  // (compares of character codes and texts where two patterns ran, ~8.1k and ~1.1k times per 1,000 docs)
  return h.kind === 'word' && capitalFirst(h.text) && !OPENING_KINDS.has(h.text) && h.text !== 'The' && h.text !== 'A' && h.text !== 'An' ? first - 2 : first;
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
    const start = titleStart(tokens, c.first);
    const cued = (start >= 1 && workCueBefore(tokens, start, c.last) && !relativeAfter(tokens, c.last))
      || (c.first >= 2 && productCueBefore(tokens, c.first, c.last)) || shownAfter(tokens, c.first, c.last)
      || breedAround(tokens, c.first, c.last) || lawName(tokens, c.first, c.last);
    if (cued && !isKnownGivenName(tokens[start].text) && !LEXICON_NAMES.has(c.info.key)) (works ??= new Set()).add(c.info.key);
  }
  if (!works) return;
  for (const c of cands) if (c.type !== null && c.type !== 'NORP' && c.role === null && c.info && works.has(c.info.key)) c.type = null;
}

/**
 * Whether the name first..last is a law's or a bill's: two words or more ending in "Act" or "Bill" after "the"
 * ("the Safe Harbours Bill") or before a year ("Clean Rivers Act 2024"). The contract has no type for a law.
 */
function lawName(tokens: readonly Token[], first: number, last: number): boolean {
  const t = tokens[last];
  if (last === first || (t.text !== 'Act' && t.text !== 'Bill')) return false;
  const d = tokenAt(tokens, first - 1);
  const y = tokenAt(tokens, last + 1);
  return (d !== undefined && d.sentence === t.sentence && lowerToken(d) === 'the') || (y !== undefined && y.kind === 'number' && /^(?:19|20)\d\d$/.test(y.text));
}

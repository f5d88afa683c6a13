// "Turnout rose to 61 percent", "the jobless rate stood at 7 percent": a bare share counts nothing after
// it; what it measures is the subject of the verb before it. And "40 percent of the region's spare timber
// goes to export": a verb after the owner's thing ends what is counted.
import type { Token } from '../types';
import { lowerCase } from './token-fold';

/** Verbs of a level that take the share right after them ("reached 61 percent", "was 7 percent"). */
const LEVEL_VERBS = new Set(['reached', 'hit', 'was', 'is', 'were', 'are', 'touched', 'topped']);
/** Verbs of a change that name a level only with "to" or "at" ("rose to", "stood at", "hovered around"). */
const TO_VERBS = new Set(['rose', 'fell', 'climbed', 'dropped', 'jumped', 'slipped', 'increased', 'decreased', 'declined',
  'grew', 'soared', 'plunged', 'stood', 'remained', 'stayed', 'hovered', 'edged', 'surged', 'sank', 'dipped', 'rises', 'falls', 'stands']);
/** Adverbs and auxiliaries between a subject and its verb ("turnout also rose", "the rate has dropped"). */
const ADVERBS = new Set(['also', 'now', 'then', 'still', 'only', 'already', 'again', 'has', 'have', 'had', 'been', 'will', 'would', 'could', 'may', 'might']);
/** Words that are never the thing a share measures. */
const NOT_SUBJECT = new Set(['it', 'this', 'that', 'which', 'who', 'they', 'he', 'she', 'there', 'what', 'share', 'figure', 'number',
  'total', 'percentage', 'proportion', 'level', 'and', 'or', 'but']);

/**
 * The subject word of the verb right before a bare share at token `qi` ("Turnout rose to 61 percent":
 * "Turnout"), or null: the subject is one word, lower-case or opening the sentence, and the verb says
 * a level (with "to"/"at" after a verb of change, so "fell 3 percent", a move, is not read).
 */
export function shareSubject(toks: readonly Token[], qi: number, sStart: number): Token | null {
  let i = qi - 1;
  const prep = toks[i] !== undefined ? lowerCase(toks[i]) : '';
  const withPrep = prep === 'to' || prep === 'at' || prep === 'around';
  if (withPrep) i--;
  // ("Unemployment fell from 5.2% to 4.8%": the old level between the verb and "to")
  if (prep === 'to') i = beforeOldShare(toks, i);
  const verb = toks[i];
  if (verb === undefined || verb.kind !== 'word') return null;
  const v = lowerCase(verb);
  if (!(withPrep ? TO_VERBS.has(v) : LEVEL_VERBS.has(v))) return null;
  i--;
  while (toks[i] !== undefined && toks[i].kind === 'word' && ADVERBS.has(lowerCase(toks[i]))) i--;
  // "Emissions from the Tarvel plant were 31% below": the head before the place or owner phrase is the subject
  const head = headBeforePhrase(toks, i, sStart);
  if (head) return head;
  const s = toks[i];
  return subjectWord(s, sStart) ? s : null;
}

/** Prepositions that open a phrase after the subject's head ("emissions from the plant", "sales at Orvel Foods"; not "of": "the rate of inflation" measures inflation). */
const PHRASE_PREPOSITIONS = new Set(['from', 'at', 'in']);

/** Can `s` be the word a share measures: 3+ letters, no pronoun or word of share, capitalised only at the sentence's start (not a name)? */
function subjectWord(s: Token | undefined, sStart: number): s is Token {
  return s !== undefined && s.kind === 'word' && /^\p{L}{3,}$/u.test(s.text) && !NOT_SUBJECT.has(lowerCase(s)) && !(/^\p{Lu}/u.test(s.text) && s.start !== sStart);
}

/** The head before a phrase of a preposition and up to three words ending at `toks[i]` ("Emissions from the Tarvel plant"), or null. */
function headBeforePhrase(toks: readonly Token[], i: number, sStart: number): Token | null {
  for (let b = i - 1; b >= Math.max(0, i - 3); b--) {
    const t = toks[b];
    if (t.kind !== 'word') return null;
    if (PHRASE_PREPOSITIONS.has(t.text)) return subjectWord(toks[b - 1], sStart) ? toks[b - 1] : null;
  }
  return null;
}

/** Singular verbs of place or motion after the owner's thing that is counted ("grain passes", "timber goes"). */
const SINGULAR_VERBS = new Set(['passes', 'goes', 'flows', 'comes', 'lies', 'remains', 'stays', 'ends', 'sits', 'belongs',
  'travels', 'moves', 'lives', 'arrives', 'leaves', 'originates']);

/** Is `toks[j]` a singular verb of SINGULAR_VERBS right after a lower-case singular noun `last` (of an owner's thing: "touchdown passes" is a noun)? */
export function singularVerbAfter(toks: readonly Token[], j: number, last: Token): boolean {
  return SINGULAR_VERBS.has(toks[j].text) && /^\p{Ll}+$/u.test(last.text) && !/s$/.test(last.text);
}

const SHARE_ENDS = new Set(['%', 'percent', 'cent']);

/** The token before "from" when token `i` ends an old share "from 5.2%" (at most "from", a figure, "per", "cent"), else `i`. */
function beforeOldShare(toks: readonly Token[], i: number): number {
  if (toks[i] === undefined || !SHARE_ENDS.has(lowerCase(toks[i]))) return i;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (lowerCase(toks[j]) === 'from') return toks[j + 1].kind === 'number' ? j - 1 : i;
  }
  return i;
}

/**
 * Claims without a figure that a fact-checker still checks: superlatives anchored in time ("the
 * deadliest flooding since records began", "its lowest level in three decades", "an
 * unprecedented scale") and shares given by a vague quantifier about the figure just before
 * ("Most of them were passengers").
 */
import type { Claim, Quantity, Sentence } from '../types';
import { countedClass, isHumanClass, ownTimeframe } from '../model/measures';
import { lemma } from './05-claims';

const SUPER = String.raw`worst|deadliest|bloodiest|heaviest|fiercest|biggest|largest|highest|lowest|strongest|weakest|sharpest|fastest|slowest|smallest|hottest|coldest|warmest|coolest|wettest|driest|windiest|snowiest|sunniest|widest|narrowest|most (?:intense|violent|severe|destructive|serious|sustained)`;
const WORD = String.raw`[\p{L}\p{N}’'-]+`;
/** What makes a superlative a checkable claim: a comparison span in time or a record. */
const ANCHOR = String.raw`since (?:the )?${WORD}(?: (?!and\b|with\b|but\b|as\b|when\b|after\b|while\b)${WORD}){0,5}|in (?:more than |over |almost |nearly |at least )?(?:\d+|[a-z]+) (?:years|decades|generations|months)|in (?:more than |over |almost |nearly )?a (?:decade|century)|on record|in (?:living )?memory|ever (?:recorded|seen|measured|registered)|in (?:its|their) history`;
const SUPERLATIVE = new RegExp(String.raw`\b(?:among )?(?:the |its |their )?(?:${SUPER})\b(?: (?!since\b)${WORD}){0,7}? (?:${ANCHOR})`, 'giu');
const UNPRECEDENTED = new RegExp(String.raw`\b(?:an? )?unprecedented(?: ${WORD}){1,2}?(?= (?:of|in|on|at|and|as|for|to)\b|[,.;:]|$)|\ba record (?:high|low|level|number)\b`, 'giu');

/**
 * Cheap gates on the sentence: a sentence without one of the words is never searched. They carry
 * the patterns' own flags (Unicode case folding), so they say yes wherever the patterns could match.
 */
const SUPER_WORDS = SUPER.replace(/ \(\?:.*$/, ' ').split('|');
const SUPER_GATE = new RegExp(SUPER_WORDS.join('|'), 'iu');
const UNPRECEDENTED_WORDS = ['unprecedented', 'a record '];
const UNPRECEDENTED_GATE = new RegExp(UNPRECEDENTED_WORDS.join('|'), 'iu');
/** The words one of which either pattern finds (lower case); quantities.ts SUPERLATIVE_WORDS must hold each (trimmed). */
export const SUPERLATIVE_GATE_WORDS: readonly string[] = [...SUPER_WORDS, ...UNPRECEDENTED_WORDS];
/** A literal every ANCHOR holds ("since ", "years", "on record", …), with SUPERLATIVE's flags: most sentences with a superlative word hold none, and the costly SUPERLATIVE search is not run on them. */
const ANCHOR_GATE = /since |years|decade|generation|months|century|on record|memory|ever recorded|ever seen|ever measured|ever registered|history/iu;
/** Either gate at once: most sentences hold neither word and are passed over with one search. */
const ANY_GATE = new RegExp([...SUPER_WORDS, ...UNPRECEDENTED_WORDS].join('|'), 'iu');

const QUANTIFIER = String.raw`many|most|some|half|dozens|hundreds|thousands|the majority|a third|a quarter|two-thirds|nearly half|more than half|at least half|almost half`;
const PROPORTION = new RegExp(String.raw`^(?:but |and )?(${QUANTIFIER}) of (?:them|those|whom|the (?:dead|victims|casualties|injured|wounded|killed|missing|displaced)) (?:were|are|had been|have been) (?:\p{Ll}+ )?(\p{Ll}+)\b`, 'iu');

/** The lower-case first letters PROPORTION may open with ("but", "and", a QUANTIFIER). */
const PROPORTION_FIRST: ReadonlySet<number> = new Set(['but', 'and', ...QUANTIFIER.split('|')].map((w) => w.charCodeAt(0)));
/** Can PROPORTION open with the character `c` (case-folded: 'ſ' is an 's')? Most sentences open with none: no search. */
function mayOpenProportion(c: number): boolean {
  return c === 0x17f || (c < 128 && PROPORTION_FIRST.has(c | 0x20));
}

function noFigure(text: string, start: number): Quantity {
  return { start, end: start + text.length, text, low: NaN, high: NaN, lowOpen: false, highOpen: false, approx: true, unit: 'count' };
}

function claim(text: string, start: number, end: number, si: number, kind: Claim['kind'], counted: string, measure: string, sentence: string): Claim {
  return {
    start, end, text: text.slice(start, end), quantity: noFigure(text.slice(start, end), start), counted, measure,
    timeframe: ownTimeframe(sentence, text.slice(start, end)), sentence: si, sourced: 'no', source: null, sourceCue: null, kind,
  };
}

const NONE: Claim[] = [];

const SEARCHES: [RegExp, RegExp][] = [[SUPERLATIVE, SUPER_GATE], [UNPRECEDENTED, UNPRECEDENTED_GATE]];

/**
 * `earlier`: the claims found so far in the document (a proportion takes its measure from them).
 * `sentence`: the sentence's text, when the caller has it already. `wordSeen`: whether a word of
 * SUPERLATIVE_WORDS starts a word of the sentence (`superlativeWordSeen` after the sentence's
 * figure scan), when the caller knows: both patterns find such a word, so without one the
 * sentence is not searched.
 */
export function findQualitativeClaims(text: string, s: Sentence, si: number, sentences: readonly Sentence[], earlier: Claim[], sentence = text.slice(s.start, s.end), wordSeen?: boolean): Claim[] {
  // Most sentences hold neither a superlative nor a proportion: nothing is built for them.
  const mayBeSuperlative = wordSeen ?? ANY_GATE.test(sentence);
  const p = mayOpenProportion(sentence.charCodeAt(0)) ? PROPORTION.exec(sentence) : null;
  if (!mayBeSuperlative && p === null) return NONE;
  // The list (and no closure) only once a claim is found: most sentences that pass a gate yield none.
  let out: Claim[] | undefined;
  if (mayBeSuperlative) for (const [re, gate] of SEARCHES) {
    re.lastIndex = 0;
    if (!gate.test(sentence) || re === SUPERLATIVE && !ANCHOR_GATE.test(sentence)) continue;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) {
      const start = s.start + m.index, end = start + m[0].replace(/[\s,;:.]+$/, '').length;
      if (free(earlier, out, start, end)) (out ??= []).push(claim(text, start, end, si, 'superlative', '', 'superlative', sentence));
    }
  }
  if (p && isHumanClass(countedClass(lemma(p[2])))) {
    const start = s.start + p.index + p[0].indexOf(p[1]), end = s.start + p.index + p[0].length;
    // The share is of the figure just before, in this sentence or the one before it in the paragraph.
    const antecedent = [...earlier].reverse().find((c) => c.end <= start && c.sentence >= si - 1 && sentences[c.sentence].block === s.block);
    const inside = earlier.find((c) => c.start >= start && c.start < end);
    if (inside) {
      inside.counted = lemma(p[2]);
      if (antecedent && antecedent !== inside) inside.measure = antecedent.measure;
    } else if (free(earlier, out, start, end)) {
      (out ??= []).push(claim(text, start, end, si, 'proportion', lemma(p[2]), antecedent?.measure ?? '', sentence));
    }
  }
  return out ?? NONE;
}

/** Does [start, end) overlap none of the claims found before nor those of this sentence? */
function free(earlier: readonly Claim[], out: readonly Claim[] | undefined, start: number, end: number): boolean {
  return !earlier.some((c) => c.start < end && start < c.end) && !(out?.some((c) => c.start < end && start < c.end) ?? false);
}

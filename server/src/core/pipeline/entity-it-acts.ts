/**
 * A name that news refers back to with "it" or "which" while it does what a business does (pure, token
 * indices): "Korvex said it would cut 300 jobs", "Korvex says it plans to close two plants", "Korvex, which makes
 * boilers,". People are "he", "she" or "who", never "it" or "which". The pronoun alone is no evidence — "Vell said it
 * was a mistake" speaks of something else — so the verb after it must be one a firm performs on its business:
 * cutting or hiring staff, closing or opening plants, buying, selling, making goods.
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';

/** What a firm does to its staff, sites and holdings; each form counted ("cut", "cutting", "laid"). */
const FIRM_VERBS: ReadonlySet<string> = new Set(`cut cuts cutting slash slashed slashing axe axed axing shed shedding
  lay lays laying laid hire hires hiring hired close closes closing closed shut shuts shutting relocate relocated
  relocating acquire acquires acquiring acquired invest invests investing invested divest divested divesting
  merge merges merging merged recall recalls recalling recalled manufacture manufactures manufactured manufacturing
  employ employs employed employing outsource outsourced outsourcing raise raises raising`.split(/\s+/));

/** FIRM_VERBS that a plan or a policy ("it") performs too ("it would cut emissions", "close the gap"): a firm's only
 *  with its staff or sites as the object, within three words ("cut 300 jobs", "close two of its plants"). */
const NEEDS_OBJECT: ReadonlySet<string> = new Set(`cut cuts cutting slash slashed slashing axe axed axing shed shedding
  close closes closing closed shut shuts shutting invest invests investing invested raise raises raising`.split(/\s+/));
const FIRM_OBJECTS: ReadonlySet<string> = new Set(`jobs staff workers employees positions posts roles plants plant factories
  factory stores store shops branches branch offices depots sites mines outlets workforce headcount prices fares tariffs`.split(/\s+/));

/** Verbs of "which" for what a firm is: "Korvex, which makes boilers", "which employs 300 people". */
const WHICH_VERBS: ReadonlySet<string> = new Set(`makes made sells sold employs employed manufactures manufactured produces
  supplies supplied operates builds owns distributes markets exports imports`.split(/\s+/));

/** Words allowed between "it" and the firm's verb: tense, modality, intent ("it would", "it plans to", "it has already"). */
const BETWEEN: ReadonlySet<string> = new Set(`would will had has have was is could may might plans planned intends intended
  expects expected aims aimed to be also already not soon now further another`.split(/\s+/));

/** `i` is a one-word name: "said it … cut", "says it … hire", "said on Monday that it would hire" follows, all in one sentence. */
export function saidItActs(tokens: readonly Token[], i: number): boolean {
  const v = tokenAt(tokens, i + 1);
  if (!v || (v.text !== 'said' && v.text !== 'says')) return false;
  const at = itAfterSaid(tokens, i + 2);
  const it = tokenAt(tokens, at);
  if (it?.text === 'its' && it.sentence === tokens[i].sentence) return firmHolding(tokens, at);
  if (!it || it.sentence !== tokens[i].sentence || it.text !== 'it') return false;
  for (let k = at + 1; k <= at + 4; k++) {
    const t = tokenAt(tokens, k);
    if (!t || t.sentence !== it.sentence || t.kind !== 'word') return false;
    if (FIRM_VERBS.has(t.text)) return !NEEDS_OBJECT.has(t.text) || firmObject(tokens, k);
    if (!BETWEEN.has(t.text)) return false;
  }
  return false;
}

/** What only a business reports of its own after "said its": its results, its staff and owners, its sites. */
const FIRM_HOLDINGS: ReadonlySet<string> = new Set(`revenue revenues profit profits sales earnings turnover shipments
  shareholders stockholders workforce subsidiary subsidiaries headquarters factories`.split(/\s+/));

/**
 * `k` is "its" after "said": one of FIRM_HOLDINGS follows, after up to two describing words ("Korvex said its
 * quarterly revenue rose", "said its net profit"). A person's "its" points at something else ("said its roof
 * leaked"), so only a firm's own results and holdings count.
 */
function firmHolding(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + 3; j++) {
    const t = tokenAt(tokens, j);
    if (!t || t.sentence !== tokens[k].sentence || t.kind !== 'word') return false;
    if (FIRM_HOLDINGS.has(t.text)) return true;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
  }
  return false;
}

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** Where "it" would stand after "said": at `k`, or after "on Tuesday" and/or "that" ("said on Tuesday that it …"). */
export function itAfterSaid(tokens: readonly Token[], k: number): number {
  if (tokenAt(tokens, k)?.text === 'on' && WEEKDAY.test(tokenAt(tokens, k + 1)?.text ?? '')) k += 2;
  if (tokenAt(tokens, k)?.text === 'that') k++;
  return k;
}

/** `k` is a verb: a firm's staff or site is its object within the next four words ("cut 300 of its jobs"). */
function firmObject(tokens: readonly Token[], k: number): boolean {
  for (let j = k + 1; j <= k + 4; j++) {
    const t = tokenAt(tokens, j);
    if (!t || t.sentence !== tokens[k].sentence || (t.kind === 'punct' && t.text !== '-')) return false;
    if (FIRM_OBJECTS.has(t.text)) return true;
  }
  return false;
}

/** `i` is a one-word name followed by a comma: "which makes …", "which employs …" follows. */
export function whichActs(tokens: readonly Token[], i: number): boolean {
  const w = tokenAt(tokens, i + 2), v = tokenAt(tokens, i + 3);
  return !!w && !!v && w.text === 'which' && v.sentence === tokens[i].sentence && WHICH_VERBS.has(v.text);
}

/** Verbs of "which" for what a firm runs, said of a name of several words: "Avira Sealines, which runs the route". */
const RUN_VERBS: ReadonlySet<string> = new Set(['runs', 'ran', 'operated', 'owned']);

/** `i` ends a name followed by a comma: "which makes …", "which runs …" follows. */
export function whichRuns(tokens: readonly Token[], i: number): boolean {
  const w = tokenAt(tokens, i + 2), v = tokenAt(tokens, i + 3);
  return !!w && !!v && w.text === 'which' && v.sentence === tokens[i].sentence && (WHICH_VERBS.has(v.text) || RUN_VERBS.has(v.text));
}

/**
 * Names of technology products, versions and tests that the model types as firms, places or people (pure, token
 * indices). The contract has no product type, so each is no entity:
 * - a name with its model number joined by a hyphen: "Corvid-3", "Vexa-2" (a capitalised word, a hyphen, digits);
 * - a one-word name right before a version number with a point that ends its phrase: "Meridian's Atlas 2.5.";
 * - an operating system's name written as one word ending in "OS": "OrvaneOS", "HalloOS";
 * - a unit glued to the figure before it: "3.4GHz", "5,000mAh" (the unit is no name);
 * - a rating's code after "rated": "rated IP68";
 * - a test a model is scored on: "scored 87% on Vellum-Pro", "71% on the Tessel benchmark", "the Quark Verified
 *   coding test".
 * A firm's one-word name ("Orvane") or a name of several plain words is left alone, and so is a code the
 * lexicon knows.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';
import { AFTER_PRODUCT } from './entity-product-cues';
import { LEXICON_NAMES } from '../model/lexicon';

/** A capitalised word, a hyphen and a model number: "Corvid-3", "Vexa-12". */
const HYPHEN_MODEL = /^\p{Lu}\p{Ll}+-\d{1,4}$/u;
/** A version number with a point: "2.5", "4.1". */
const VERSION = /^\d{1,2}\.\d{1,2}$/;
/** An operating system's one-word name: "OrvaneOS". */
const OS_NAME = /^\p{Lu}\p{Ll}+OS$/u;
/** Verbs of scoring before "… % on <test>". */
const SCORING = /^scor(?:e|es|ed|ing)$/;
/** Nouns after a test's name: "the Tessel benchmark", "the Quark Verified coding test". */
const TEST_NOUNS: ReadonlySet<string> = new Set(['benchmark', 'benchmarks', 'leaderboard']);
/** Kinds of test that a model's maker names with "test": "coding test", "reasoning test". */
const TEST_KINDS: ReadonlySet<string> = new Set(['coding', 'reasoning', 'maths', 'math', 'programming']);

/** Drops (type null) each candidate that names a product, a version or a test as above. */
export function dropProductCodes(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === null || c.role !== null) continue;
    if (productCode(tokens, c) && !(c.info !== undefined && LEXICON_NAMES.has(c.info.key))) c.type = null;
  }
}

function productCode(tokens: readonly Token[], c: Candidate): boolean {
  const first = tokens[c.first];
  const s = first.sentence;
  if (c.first === c.last) {
    const w = first.text;
    if (HYPHEN_MODEL.test(w) || OS_NAME.test(w)) return true;
    const p = tokenAt(tokens, c.first - 1);
    // "3.4GHz": a unit glued to its figure
    if (p !== undefined && p.kind === 'number' && p.end === first.start) return true;
    // "rated IP68"
    if (p !== undefined && p.text === 'rated' && p.sentence === s && /\d/.test(w)) return true;
    // "Atlas 2.5." (not "Atlas 2.5 million", "Velby 2.5%")
    const v = tokenAt(tokens, c.last + 1);
    if (v !== undefined && v.kind === 'number' && v.sentence === s && VERSION.test(v.text)) {
      const n = tokenAt(tokens, c.last + 2);
      if (n === undefined || n.sentence !== s || (n.kind === 'punct' ? n.text !== '%' && n.text !== '-' : AFTER_PRODUCT.has(n.text))) return true;
    }
  }
  return testName(tokens, c);
}

/** Is the candidate a test a model is scored on: after "scored N% on (the)", or before "benchmark" or "coding test"? */
function testName(tokens: readonly Token[], c: Candidate): boolean {
  const s = tokens[c.first].sentence;
  const a = tokenAt(tokens, c.last + 1);
  if (a !== undefined && a.kind === 'word' && a.sentence === s) {
    const l = lowerToken(a);
    if (TEST_NOUNS.has(l)) return true;
    const b = tokenAt(tokens, c.last + 2);
    if (TEST_KINDS.has(l) && b !== undefined && b.sentence === s && lowerToken(b) === 'test') return true;
  }
  let k = c.first - 1;
  if (tokenAt(tokens, k)?.text === 'the') k--;
  if (tokenAt(tokens, k)?.text !== 'on') return false;
  const pct = tokenAt(tokens, k - 1);
  if (pct === undefined || pct.sentence !== s || (pct.text !== '%' && pct.kind !== 'number')) return false;
  // a verb of scoring earlier in the sentence ("scored 87.4% on X and 71% on Y"), not "fell 3% on Wall Street"
  for (let j = k - 2; j >= 0 && tokens[j].sentence === s; j--) if (tokens[j].kind === 'word' && SCORING.test(lowerToken(tokens[j]))) return true;
  return false;
}

// The figure scan (quantities.ts) also marks the words superlative claims turn on, so that
// qualitative.ts need not search sentences without one. It must say yes wherever the superlative
// patterns can match: the claims found with its answer are those found without it.
// Run with `node --import tsx --test test/unit/superlative-gate.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SUPERLATIVE_WORDS, quantityMatchesIn, superlativeWordSeen } from '../../server/src/core/pipeline/quantities';
import { SUPERLATIVE_GATE_WORDS, findQualitativeClaims } from '../../server/src/core/pipeline/qualitative';
import type { Sentence } from '../../server/src/core/types';

/** The scan's answer for `text` as one sentence. */
function seen(text: string): boolean {
  quantityMatchesIn(text, 0, text.length);
  return superlativeWordSeen();
}

/** Qualitative claims of `text` as one body sentence, with the scan's answer or without it. */
function claims(text: string, useScan: boolean) {
  const s = { start: 0, end: text.length, block: 0 } as Sentence;
  return findQualitativeClaims(text, s, 0, [s], [], text, useScan ? seen(text) : undefined);
}

test('every word the superlative patterns turn on is one the scan looks for', () => {
  for (const w of SUPERLATIVE_GATE_WORDS) assert.ok(SUPERLATIVE_WORDS.includes(w.trim()), w);
});

const rows: [string, boolean][] = [
  ['The storm was the worst since records began.', true],
  ['Officials called it the Deadliest flood in living memory.', true],
  ['Prices rose to a record high on Tuesday.', true],
  ['The pier took the heaviest-ever battering.', true],
  ['It was,unprecedented in scale.', true], // after a comma with no space
  ['Fares hit $highest levels since 1990.', true], // after a sign the figure scan passes over
  ['Rain fell on 40-strongest gusts.', true], // after a figure and a hyphen
  ['The ſtrongest gale in decades.', true], // 'ſ' folds to 's'
  ['Rain fell.a record high.', true],
  ['Most experts agreed.', true], // "most" is marked, the patterns decide
  ['At most 40 people came.', false], // inside the match of a figure, where no superlative starts
  ['The village held a quiet vote.', false],
  ['Workers unloaded the lowland crates.', false], // the word must start with a gate word: "low" is not "lowest"
  ['Their almost-finished wall stood.', false], // "most" inside a word
  ['A records office opened.', true], // asked as a prefix, looser than the pattern, which decides
  ['Two records offices opened.', false],
];

test('the scan marks sentences with a superlative word (labelled rows)', () => {
  for (const [s, want] of rows) assert.equal(seen(s), want, s);
});

test('claims found with the scan answer are those found without it (labelled rows)', () => {
  for (const [s] of rows) assert.deepEqual(claims(s, true), claims(s, false), s);
});

test('claims found with the scan answer are those found without it (generated sentences)', () => {
  const piece = fc.constantFrom('the ', 'its ', 'among ', 'worst', 'Deadliest', 'LARGEST', 'most ', 'most', 'intense', 'unprecedented', 'a record ', 'record', 'high', 'since ', 'the war', 'in ', '30 ', 'years', 'decades', 'on record', 'in living memory', 'ever recorded', 'in its history', 'ſ', 'K', 'ſtrongest', 'worſt', '$', '.', ',', '-', '_', ' ', '\n', 'é', 'x', '7', '40', 'at ', 'and ', 'level', 'of ', 'scale');
  fc.assert(fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
    const s = parts.join('');
    assert.deepEqual(claims(s, true), claims(s, false), JSON.stringify(s));
  }), { numRuns: 20000 });
});

// qualitative.ts runs the superlative pattern only on sentences holding a literal of one of its anchors
// ("since ", "years", "on record", …): every kind of anchor must still be found.
const anchorRows: [string, number][] = [
  ['Velder saw the worst jams since the tolls began.', 1],
  ['It was the deadliest season in nine decades at Orrin Bay.', 1],
  ['The bloodiest week in 40 YEARS shook Hallam.', 1], // any case
  ['The fiercest storm in three generations hit Pell.', 1],
  ['Tarn Lake fell to its lowest level on record.', 1],
  ['The strongest gale in living memory hit Pell.', 1],
  ['The biggest crowd ever recorded filled the Osk stadium.', 1],
  ['The largest flock ever seen rested on Morrow Marsh.', 1],
  ['The heaviest loss in its history struck Brenmoor Mills.', 1],
  ['The worst jams ſince the tolls began.', 1], // 'ſ' folds to 's'
  ['The worst jams slowed the Velder road.', 0], // no anchor
  ['The highest bids came from Arlen in spring.', 0],
];

test('a superlative with each kind of anchor is found; without one, none (labelled rows)', () => {
  for (const [s, want] of anchorRows) assert.equal(claims(s, false).filter((c) => c.kind === 'superlative').length, want, s);
});

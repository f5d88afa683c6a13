// Labelled pairs for the quote-variant linker (core/corpus/quote-variants.ts): the same statement
// reported by two articles must link (identical, truncated, paraphrased); different statements must not.
// Run with `node --import tsx --test test/unit/quote-variants.test.ts`.
// All sentences are written for this file; people and places are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compareStatements, statementFeatures, type SpeakerAgreement, type VariantKind } from '../../server/src/core/corpus/quote-variants';
import { Corpus } from '../../server/src/core/index';

interface Pair {
  label: string;
  a: string;
  b: string;
  speakers: SpeakerAgreement;
  /** The expected link, or null for "must not link". */
  kind: VariantKind | null;
}

const PAIRS: Pair[] = [
  // ── must link ──
  { label: 'identical apart from the closing punctuation', speakers: 'unknown', kind: 'identical',
    a: 'The cranes will stay idle until we get a fair deal.', b: 'The cranes will stay idle until we get a fair deal,' },
  { label: 'identical apart from case and curly vs straight apostrophes', speakers: 'different', kind: 'identical',
    a: 'We’re not leaving the quay tonight', b: "we're not leaving the quay tonight" },
  { label: 'truncated: one outlet quotes only the end of the sentence', speakers: 'unknown', kind: 'truncated',
    a: 'After three weeks of talks the owners must accept that the cranes will stay idle',
    b: 'the cranes will stay idle' },
  { label: 'truncated: a short partial quote by the same speaker', speakers: 'same', kind: 'truncated',
    a: 'The collapse was entirely preventable and everyone knew it', b: 'entirely preventable' },
  { label: 'truncated: an editorial insertion in brackets is ignored', speakers: 'same', kind: 'truncated',
    a: 'We told [the owners] about the cracks in March', b: 'We told about the cracks in March and again in May' },
  { label: 'paraphrase (translation): contractions, synonyms and word order differ; same speaker', speakers: 'same', kind: 'paraphrase',
    a: 'To keep the ferries running, we’ve repeatedly offered night shifts at double pay in Norvale',
    b: 'Time and again we have proposed night shifts at double pay so as to keep ferries running' },
  { label: 'paraphrase: same speaker, one word swapped at the end', speakers: 'same', kind: 'paraphrase',
    a: 'We will not stop until every family in Dunmore has a roof over its head',
    b: 'We will not rest until every family in Dunmore has a roof again' },
  { label: 'paraphrase: different outlets, no speaker entity, nearly all content words shared', speakers: 'unknown', kind: 'paraphrase',
    a: 'The harbour wall was inspected in October and it passed every structural test',
    b: 'The harbour wall passed every structural test when it was inspected in October' },
  { label: 'a partial quote whose longer version denies something in another sentence; same speaker', speakers: 'same', kind: 'paraphrase',
    a: 'It is not a victory. It is a truce we must now guard with patience.', b: 'a truce to be guarded with patience' },
  { label: 'a denial outside the shared words ("they did not cause") does not count against the shorter version', speakers: 'same', kind: 'paraphrase',
    a: 'No farmer should lose another harvest to a flood they did not cause,', b: 'No farmer should lose another harvest in a flooded valley,' },
  // ── must not link ──
  { label: 'a short identical phrase with no shared speaker is not one statement', speakers: 'unknown', kind: null,
    a: 'war crime', b: 'a war crime by any measure' },
  { label: 'a short phrase credited to different speakers', speakers: 'different', kind: null,
    a: 'entirely preventable', b: 'The collapse was entirely preventable' },
  { label: 'same topic, same speaker, different statement', speakers: 'same', kind: null,
    a: 'The owners have ignored every letter we sent them', b: 'We will vote again on Friday and the result will be clear' },
  { label: 'different figures are different statements', speakers: 'same', kind: null,
    a: 'We have offered 12-hour ceasefires in Norvale to keep the clinics supplied',
    b: 'We have offered 24-hour ceasefires in Norvale to keep the clinics supplied' },
  { label: 'one version denies what the other says', speakers: 'same', kind: null,
    a: 'The harbour authority ordered the ship out of the port on Monday',
    b: 'The harbour authority never ordered the ship out of the port on Monday' },
  { label: 'the denial is in the clause that says the shared words', speakers: 'same', kind: null,
    a: 'It is a truce. We will not guard it with patience.', b: 'a truce to be guarded with patience' },
  { label: 'a paraphrase-level overlap without a shared speaker stays unlinked', speakers: 'unknown', kind: null,
    a: 'We will not stop until every family in Dunmore has a roof over its head',
    b: 'We will not rest until every family in Dunmore has a roof again' },
  { label: 'different speakers, moderately similar wording', speakers: 'different', kind: null,
    a: 'The wall was built for storms, not for ships', b: 'The ship was built for storms and heavy seas' },
];

for (const p of PAIRS) {
  test(`quote variants: ${p.label}`, () => {
    const fa = statementFeatures(p.a);
    const fb = statementFeatures(p.b);
    const ab = compareStatements(fa, fb, p.speakers);
    const ba = compareStatements(fb, fa, p.speakers);
    assert.equal(ab?.kind ?? null, p.kind, 'a → b');
    assert.equal(ba?.kind ?? null, p.kind, 'b → a (symmetric)');
  });
}

const DOC_A = 'Dockers Walk Out\nLena Ortiz leads the dockworkers union.\n“We have repeatedly offered talks to the owners before the vote,” Lena Ortiz said.\n“Nothing will move tonight,” she added.\n';
const DOC_B = 'Port Strike Widens\n“We have time and again offered talks to the owners ahead of the vote,” said Lena Ortiz, who leads the union.\n';
const DOC_C = 'Strike Enters Second Week\nMarco Bellini said the owners “have repeatedly offered talks to the owners before the vote.”\n';

test('corpus: a quote links to its paraphrase in another article, with the same speaker', () => {
  const c = new Corpus();
  c.set('a', DOC_A, 1);
  c.set('b', DOC_B, 1);
  const v = c.quoteVariants()('a', 0);
  assert.deepEqual(v.map((x) => [x.doc, x.quote, x.kind, x.speakers]), [['b', 0, 'paraphrase', 'same']]);
  assert.deepEqual(c.quoteVariants()('a', 1), [], 'the other quote has no variant');
});

test('corpus: a different speaker credited for the same words is flagged', () => {
  const c = new Corpus();
  c.set('a', DOC_A, 1);
  c.set('c', DOC_C, 1);
  const v = c.quoteVariants()('a', 0);
  assert.deepEqual(v.map((x) => [x.doc, x.kind, x.speakers]), [['c', 'truncated', 'different']]);
});

test('corpus: the variant index follows edits and deletions', () => {
  const c = new Corpus();
  c.set('a', DOC_A, 1);
  c.set('b', DOC_B, 1);
  assert.equal(c.quoteVariants()('a', 0).length, 1);
  c.set('b', 'Port Strike Widens\n“The gates stay shut,” said Lena Ortiz.\n', 2);
  assert.equal(c.quoteVariants()('a', 0).length, 0, 'after the edit');
  c.set('b', DOC_B, 3);
  assert.equal(c.quoteVariants()('a', 0).length, 1, 'after the edit back');
  c.delete('b');
  assert.equal(c.quoteVariants()('a', 0).length, 0, 'after the deletion');
});

test('corpus: quotes of the same article are not variants of each other', () => {
  const c = new Corpus();
  c.set('a', DOC_A + '“We have repeatedly offered talks to the owners before the vote,” she said again.\n', 1);
  assert.deepEqual(c.quoteVariants()('a', 0), []);
});

test('corpus: quotes indexed a few documents at a time while idle give the variants of an index built at once', () => {
  const whole = new Corpus(), chunked = new Corpus();
  const docs: [string, string][] = [['a', DOC_A], ['b', DOC_B], ['c', DOC_C], ['d', DOC_B.replace('Port', 'Harbour')]];
  for (const c of [whole, chunked]) for (const [id, text] of docs) c.set(id, text, 1);
  assert.equal(chunked.prepareQuoteVariants(1), false, 'one document per turn leaves some');
  chunked.delete('d'); // a deletion between turns is forgotten by the turn that finishes
  whole.delete('d');
  chunked.set('c', DOC_C.replace('Marco', 'Marcello'), 2);
  whole.set('c', DOC_C.replace('Marco', 'Marcello'), 2);
  let turns = 1;
  while (!chunked.prepareQuoteVariants(1)) turns++;
  assert.ok(turns >= 2, `${turns} turns`);
  for (const id of ['a', 'b', 'c']) for (const qi of [0, 1]) {
    assert.deepEqual(chunked.quoteVariants()(id, qi), whole.quoteVariants()(id, qi), `${id} quote ${qi}`);
  }
  assert.ok(whole.quoteVariants()('a', 0).length >= 2, 'the comparison covers variants');
});

test('corpus: a headline partial quote links to the longer body quote of another article that denies something elsewhere', () => {
  const c = new Corpus();
  c.set('body', 'Harbour Talks End\nMayor Ottilie Varga spoke after the vote.\n“It is not a victory. It is a truce we must now guard with patience,” Ottilie Varga said.\n', 1);
  c.set('head', 'Varga tells council the deal is \'a truce to be guarded with patience\'\nMayor Ottilie Varga addressed the council on Monday.\n', 1);
  const v = c.quoteVariants()('head', 0);
  assert.deepEqual(v.map((x) => [x.doc, x.quote, x.kind]), [['body', 0, 'paraphrase']]);
});

test('corpus: a title-case headline quote before its colon links to the same words quoted in another article', () => {
  const c = new Corpus();
  c.set('a', '“We Will Rebuild the Pier”: Harbour Crews Vow to Stay\nThe storm wrecked the pier at Dellport on Sunday.\n', 1);
  c.set('b', 'Storm Leaves Pier in Ruins\n“We will rebuild the pier before the summer,” said Oren Vast, who runs the crews.\n', 1);
  assert.deepEqual(c.quoteVariants()('a', 0).map((x) => [x.doc, x.quote, x.kind]), [['b', 0, 'truncated']]);
});

// An analysis as the index cache stores it (server/src/node/cached-analysis.ts): restored from its
// head and detail, it is the analysis that was stored, whether its detail is read first or not,
// and the claim pool links its claims to the same entities as from the full analysis.
// Run with `node --import tsx --test test/unit/cached-analysis.test.ts`. Articles are written for this file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { claimEntityLocals } from '../../server/src/core/corpus/claim-entities';
import { quoteSpeakerLocals, quoteStatements } from '../../server/src/core/corpus/quote-speakers';
import { Corpus, withClaimTermsOnly } from '../../server/src/core/corpus/corpus';
import { cacheParts, claimsParsed, restoreAnalysis } from '../../server/src/node/cached-analysis';
import { analysisToJson, restoreNonFinite } from '../../server/src/node/analysis-json';
import type { DocumentAnalysis } from '../../server/src/core/types';

const ROWS: { name: string; text: string }[] = [
  { name: 'claims, quotes and named people', text: 'Mill Reopens\n\nBy Ada Ferne\n\nAbout 120 workers returned to the Harlow mill on Monday, Mayor Tomas Reidel said. "It is a good day for the valley," Reidel told reporters. Sales rose 12% last year, according to the Harlow Trade Board.\n' },
  { name: 'open-ended figure and superlative (non-finite bounds)', text: 'Power Cut\n\nMore than 40 homes lost power in Brindle on Friday. It was the worst flooding since the dam was built, residents said.\n' },
  { name: 'curly quotes and accents', text: 'Talks Resume\n\n“We will keep talking,” said Mara Velt, the envoy in Zürich. She added: “Nobody wants another winter like that.”\n' },
  { name: 'empty text', text: '' },
];

const restored = (a: DocumentAnalysis): DocumentAnalysis => {
  const { head, claims, detail } = cacheParts(a);
  return restoreNonFinite(restoreAnalysis(head, Buffer.from(detail), Buffer.from(claims)));
};

for (const row of ROWS) {
  test(`cached analysis: ${row.name}: the same fields, values and key order, read lazily or not`, () => {
    const a = withClaimTermsOnly(analyzeText(row.text)); // as the corpus keeps it, and the cache stores it
    assert.deepEqual(restored(a), a);
    assert.equal(JSON.stringify(restored(a)), JSON.stringify(a), 'serialises the same (detail not read before)');
    assert.deepEqual({ ...restored(a) }, { ...a }, 'spreads the same');
    const r = restored(a);
    void r.mentions; // detail read first, then compared
    assert.deepEqual(r, a);
    // Stored again while its detail is unread: the bytes it kept.
    const again = restored(a);
    assert.deepEqual(restored(again), a);
  });

  test(`cached analysis: ${row.name}: claim entity locals precomputed = computed from mentions`, () => {
    const a = analyzeText(row.text);
    const r = restored(a);
    const fromMentions = a.claims.map((_, i) => claimEntityLocals(a, i));
    assert.deepEqual(a.claims.map((_, i) => claimEntityLocals(r, i)), fromMentions);
    if (row === ROWS[0]) assert.ok(a.claims.length > 0 && fromMentions.some((l) => l.length > 0), 'fixture has claims with entities');
  });

  test(`cached analysis: ${row.name}: quote speakers precomputed = computed from quotes, detail left unread`, () => {
    const a = analyzeText(row.text);
    const r = restored(a);
    assert.deepEqual(quoteSpeakerLocals(r), quoteSpeakerLocals(a));
    assert.equal(typeof Object.getOwnPropertyDescriptor(r, 'quotes')?.get, 'function', 'quotes still unparsed');
    if (row === ROWS[0]) assert.ok(quoteSpeakerLocals(a).some((l) => l >= 0), 'fixture credits a quote to an entity');
  });

  test(`cached analysis: ${row.name}: quote statements read from the kept bytes = from quotes, detail left unread`, () => {
    const a = analyzeText(row.text);
    const r = restored(a);
    assert.deepEqual(quoteStatements(r), quoteStatements(a));
    assert.equal(typeof Object.getOwnPropertyDescriptor(r, 'quotes')?.get, 'function', 'quotes still unparsed');
    void r.quotes;
    assert.deepEqual(quoteStatements(r), quoteStatements(a), 'and after the detail is built');
  });
}

test('cached analysis: quote variants across restored articles leave the candidates\' details unread', () => {
  const one = 'Harbour Vote\n\n"We will rebuild every pier before the winter storms arrive," Mayor Lise Dorn said on Monday.\n';
  const two = 'Dorn Pledge\n\nMayor Lise Dorn promised: "We will rebuild every pier before the winter storms arrive."\n';
  const corpus = new Corpus();
  // Stored as the workers store it: sentence terms of claim sentences only (else the corpus copies it).
  const restoredTwo = restored(withClaimTermsOnly(analyzeText(two)));
  corpus.setAnalyzed('one', one, 1, analyzeText(one));
  corpus.setAnalyzed('two', two, 1, restoredTwo);
  const variants = corpus.quoteVariants()('one', 0);
  assert.deepEqual(variants.map((v) => [v.doc, v.quote, v.kind, v.speakers]), [['two', 0, 'identical', 'same']]);
  assert.equal(typeof Object.getOwnPropertyDescriptor(restoredTwo, 'quotes')?.get, 'function', 'candidate detail still unparsed');
});

test('cached analysis: a cut-off detail or claim part is refused when restored', () => {
  const { head, claims, detail } = cacheParts(analyzeText(ROWS[0].text));
  assert.throws(() => restoreAnalysis(head, Buffer.from(detail.slice(0, -3)), claims), /cut off/);
  assert.throws(() => restoreAnalysis(head, Buffer.from(detail), Buffer.from(claims.slice(0, -3))), /cut off/);
  assert.throws(() => restoreAnalysis(head.slice(0, -5), Buffer.from(detail), claims));
});

test('cached analysis: a damaged claim part of the right length throws when the claims are read', () => {
  const { head, claims, detail } = cacheParts(analyzeText(ROWS[0].text));
  const r = restoreAnalysis(head, Buffer.from(detail), Buffer.from(claims.replace('[', '{')));
  assert.throws(() => r.claims, /damaged/);
});

test('cached analysis: an analysis gives terms to claim sentences only, which the corpus keeps as it is', () => {
  const a = analyzeText(ROWS[0].text);
  const used = new Set(a.claims.map((c) => c.sentence));
  assert.ok(used.size > 0 && a.sentenceTerms.some((t) => t.length > 0), 'fixture has a claim sentence with terms');
  assert.ok(a.sentenceTerms.every((t, i) => used.has(i) || t.length === 0));
  assert.equal(withClaimTermsOnly(a), a);
});

test('cached analysis: stored with the sentence terms of claim sentences only, as the corpus keeps it', () => {
  const fresh = analyzeText(ROWS[0].text);
  const used = new Set(fresh.claims.map((c) => c.sentence));
  // (as an analysis that kept every sentence's terms: words given to the sentences without a claim)
  const a = { ...fresh, sentenceTerms: fresh.sentenceTerms.map((t, i) => (used.has(i) ? t : ['ferry', 'harbour'])) };
  assert.notEqual(withClaimTermsOnly(a), a, 'fixture has terms outside claim sentences');
  const r = restored(a);
  assert.deepEqual(r.sentenceTerms, withClaimTermsOnly(a).sentenceTerms);
  assert.equal(withClaimTermsOnly(r), r, 'kept as it is');
});

// The claim part writes each claim sentence's terms once, by sentence index, whatever the claims' order.
for (const [name, order] of [['claims in reverse order', (n: number) => [...Array(n).keys()].reverse()], ['each claim twice', (n: number) => [...Array(n).keys()].flatMap((i) => [i, i])]] as const) {
  test(`cached analysis: claim sentence terms stored once each, in sentence order (${name})`, () => {
    const fresh = analyzeText('Port Figures\n\nAbout 300 ships docked at Calder in May. Freight rose 9% in a year, the Calder Port Office said. Tolls fell 4% over the summer.\n');
    const sentences = new Set(fresh.claims.map((c) => c.sentence));
    assert.ok(sentences.size >= 2, 'fixture has claims in two sentences');
    const a = { ...fresh, claims: order(fresh.claims.length).map((i) => fresh.claims[i]) };
    const terms = (x: DocumentAnalysis) => JSON.parse(cacheParts(x).claims)[2] as [number, string[]][];
    assert.deepEqual(terms(a).map(([i]) => i), [...sentences].sort((x, y) => x - y).filter((i) => fresh.sentenceTerms[i].length));
    assert.deepEqual(terms(a), terms(fresh));
    assert.deepEqual(restored(a).sentenceTerms, withClaimTermsOnly(fresh).sentenceTerms);
  });
}

for (const [name, read] of [['sentence terms', (r: DocumentAnalysis) => r.sentenceTerms], ['claim entity locals', (r: DocumentAnalysis) => claimEntityLocals(r, 0)]] as const) {
  test(`cached analysis: claims stay unparsed until read, then all come at once (read first: ${name})`, () => {
    const a = withClaimTermsOnly(analyzeText(ROWS[1].text));
    const { head, claims, detail } = cacheParts(a);
    const r = restoreAnalysis(head, Buffer.from(detail), Buffer.from(claims));
    const corpus = new Corpus();
    corpus.setAnalyzed('d', ROWS[1].text, 1, r);
    assert.equal(corpus.get('d')!.analysis, r, 'the corpus keeps the restored object');
    assert.equal(claimsParsed(r), false, 'claims still unparsed');
    void read(r);
    assert.equal(claimsParsed(r), true, 'claims parsed');
    assert.equal(analysisToJson(r), analysisToJson(a));
    assert.deepEqual(r.claims.map((c) => [c.quantity.low, c.quantity.high]), a.claims.map((c) => [c.quantity.low, c.quantity.high]), 'non-finite bounds restored');
  });
}

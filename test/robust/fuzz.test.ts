// Property tests over the analysis core with hostile text (fast-check, fixed seed): nothing throws,
// every span is a valid UTF-16 range that never splits a surrogate pair, quotes nest or stay apart,
// claims hold their figures, and no hover lets article text become live Markdown.
// Run with `node --import tsx --test test/robust/fuzz.test.ts` (ROBUST_SEED=n to explore).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Corpus, analyzeText, buildReport, findingsFor, hoverAt } from '../../server/src/core/index';
import { LINK, SEED, assertAnalysis, assertSpans, hostileText, liveMarkup } from './hostile';

const stats = { texts: 0, chars: 0, largest: 0, spans: 0, hovers: 0, findings: 0 };
const seen = (text: string) => { stats.texts++; stats.chars += text.length; stats.largest = Math.max(stats.largest, text.length); };

test('analyzeText: no exception and every invariant holds on hostile text', (t) => {
  const runs = 1500;
  fc.assert(fc.property(hostileText, (text) => {
    seen(text);
    stats.spans += assertAnalysis(text, analyzeText(text));
  }), { seed: SEED, numRuns: runs });
  t.diagnostic(`analyzeText: ${runs} texts, seed ${SEED}`);
});

test('Corpus: report, findings, corroborations and hovers at any offset, across articles', (t) => {
  const runs = 200;
  const docs = fc.array(hostileText, { minLength: 1, maxLength: 4 });
  fc.assert(fc.property(docs, fc.array(fc.nat(), { minLength: 4, maxLength: 12 }), (texts, offsets) => {
    const corpus = new Corpus();
    texts.forEach((text, i) => { seen(text); corpus.set(`doc${i}`, text, 1); });
    // Editing one article keeps the others' analyses valid.
    corpus.set('doc0', texts[0] + '\n“Anna Berg said 40 people died,” she said.', 2);
    const ids = corpus.ids();
    const report = buildReport(corpus, new Map());
    assert.equal(report.documents.length, ids.length);
    assert.ok(JSON.stringify(report).length > 0, 'the report serialises');
    for (const id of ids) {
      const { text, analysis } = corpus.get(id)!;
      assert.equal(corpus.get(id)!.error, undefined, 'the analysis did not fail');
      stats.spans += assertAnalysis(text, analysis);
      const findings = findingsFor(corpus, id);
      stats.findings += findings.length;
      assertSpans(text, findings.map(({ related, ...f }) => f), 'finding');
      for (const f of findings) for (const r of f.related) assertSpans(corpus.get(r.doc)!.text, [r], 'related');
      analysis.claims.forEach((_, ci) => {
        for (const k of corpus.corroborations(id, ci)) assert.notEqual(k.doc, id, 'a claim is corroborated by other articles');
      });
      // Hovers at random offsets and at the start of every mention, claim and quote.
      const at = [...offsets.map((o) => o % (text.length + 1)), ...analysis.mentions.map((m) => m.start),
        ...analysis.claims.map((c) => c.start), ...analysis.quotes.map((q) => q.start)];
      for (const offset of at) {
        const h = hoverAt(corpus, id, offset, () => LINK, (d) => d);
        if (!h) continue;
        stats.hovers++;
        assertSpans(text, [h], 'hover');
        assert.ok(h.start <= offset && offset <= h.end, 'a hover covers its offset');
        assert.equal(liveMarkup(h.markdown), null, `live markup in the hover at ${offset}:\n${h.markdown}`);
      }
    }
    for (const doc of report.documents as { path: string; entities: unknown[]; quotes: unknown[]; claims: unknown[] }[]) {
      assertSpans(corpus.get(doc.path)!.text, [doc.entities, doc.quotes, doc.claims], 'report');
    }
  }), { seed: SEED, numRuns: runs });
  t.diagnostic(`Corpus: ${runs} corpora of 1–4 articles, seed ${SEED}`);
});

test('fuzz totals', (t) => {
  assert.ok(stats.texts > 1500 && stats.spans > 0 && stats.hovers > 0, JSON.stringify(stats));
  t.diagnostic(`fuzz: seed ${SEED}; ${stats.texts} texts (${(stats.chars / 1e6).toFixed(2)} M code units, largest ${stats.largest}); `
    + `${stats.spans} spans checked; ${stats.hovers} hovers checked; ${stats.findings} findings`);
});

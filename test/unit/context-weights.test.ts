import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../server/src/core/pipeline/02-tokens';
import { type ChunkView, documentContext, emitChunkFeatures, emitWordFeatures } from '../../server/src/core/pipeline/entity-features';
import { scoreContext } from '../../server/src/core/pipeline/context-weights';
import { FeatureScorer } from '../../server/src/core/model/ner-model';
import type { EntityType, Token } from '../../server/src/core/types';

/** Tokens of a text whose sentences end at '. ' (one block). */
function tokensOf(text: string): Token[] {
  const sentences: { start: number; end: number; block: number }[] = [];
  let start = 0;
  for (let i = text.indexOf('. '); i >= 0; i = text.indexOf('. ', i + 1)) { sentences.push({ start, end: i + 1, block: 0 }); start = i + 2; }
  sentences.push({ start, end: text.length, block: 0 });
  return tokenize(text, sentences as never);
}

/** Runs of capitalised words (and '&'), each a chunk. */
function chunksOf(tokens: Token[]): ChunkView[] {
  const out: ChunkView[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (tokens[k].kind !== 'word' || !/^\p{Lu}/u.test(tokens[k].text)) continue;
    let e = k;
    while (e + 1 < tokens.length && tokens[e + 1].sentence === tokens[k].sentence && (/^\p{Lu}/u.test(tokens[e + 1].text) || tokens[e + 1].text === '&')) e++;
    out.push({ first: k, last: e, role: null, titleCase: false, shouting: false, acronymOf: -1 });
    k = e;
  }
  return out;
}

/** Fictional articles: names after and before common words, titles, repeated names, a sentence start, '|' and brackets. */
const texts = [
  'Minister Tessa Vell said the plan was sound. The president of Orvik Chemicals told reporters in Dravik that Vell would stay. '
  + 'Vell, who spoke with Orvik Chemicals, said that the talks at Dravik were over. On Monday Orvik Chemicals announced the deal in Dravik.',
  'Dravik | Harlan Mews (HM) was sold. Senator Ilse Marrow and Pell & Quist said the chief executive of Harlan Mews had left. '
  + 'The firm’s spokeswoman Ilse Marrow agreed. Marrow told the Dravik Courier on Friday that Pell & Quist, the firm, was the buyer. Harlan Mews',
  'The Tamsford Lanterns scored from the spot. Coach Brenna Hale of the Tamsford Lanterns was elected. Hale said he was, and Hale won the cup.',
];

const RULES: EntityType[] = ['PERSON', 'ORG', 'LOC'];

test('context weights: the per-word records give the scorer exactly what the context features put in one by one', () => {
  let nonZero = 0, rows = 0;
  for (const text of texts) {
    const tokens = tokensOf(text);
    const chunks = chunksOf(tokens);
    // Vary the flags the context features read.
    chunks.forEach((c, i) => { c.role = i % 4 === 1 ? 'speaker' : null; c.titleCase = i % 5 === 2; c.acronymOf = i % 3 === 2 ? 0 : -1; });
    const doc = documentContext(tokens, chunks);
    const sums = new Map();
    chunks.forEach((c, i) => {
      const rule = RULES[i % 3];
      const want = new FeatureScorer(), got = new FeatureScorer(), words = new FeatureScorer();
      emitChunkFeatures(tokens, c, rule, doc, want);
      const w = emitWordFeatures(tokens, c, doc, got);
      emitWordFeatures(tokens, c, doc, words);
      scoreContext(tokens, c, rule, w, got, sums);
      const wantRaw = want.takeRaw(), wordsRaw = words.takeRaw();
      assert.deepEqual(got.takeRaw(), wantRaw, tokens.slice(c.first, c.last + 1).map((t) => t.text).join(' '));
      const context = wantRaw.map((x, k) => x - wordsRaw[k]);
      if (context.some((x) => x !== 0)) nonZero++;
      rows++;
    });
  }
  assert.ok(rows > 20 && nonZero > rows / 2, `${nonZero} of ${rows} chunks have context weights (the rows test a model that weighs contexts)`);
});

// cueLemma and speechLemma, which turn most words away by a table of both verb lists' words
// (word-flags.ts), answer as the plain lookups in CUE_VERBS and EXTRA_SPEECH_VERBS.
// Run with `node --import tsx --test test/unit/speech-lemma.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Token } from '../../server/src/core/types';
import { CUE_VERBS, SPEECH_CUES } from '../../server/src/core/model/words';
import { EXTRA_SPEECH_VERBS } from '../../server/src/core/model/speaker-words';
import { cueLemma, speechLemma } from '../../server/src/core/pipeline/speakers';

const tok = (text: string, kind: Token['kind'] = 'word') => ({ start: 0, end: text.length, text, kind, sentence: 0 }) as Token;
const refCue = (t: Token) => (t.kind === 'word' && CUE_VERBS.has(t.text) && /^\p{Ll}/u.test(t.text) ? CUE_VERBS.get(t.text)! : null);
const refSpeech = (t: Token) => {
  const lemma = refCue(t);
  if (lemma) return SPEECH_CUES.has(lemma) ? lemma : null;
  const extra = EXTRA_SPEECH_VERBS.get(t.text);
  return extra !== undefined && /^\p{Ll}/u.test(t.text) ? extra : null;
};

test('speech lemmas: labelled', () => {
  const rows: [string, string | null, string | null][] = [
    ['said', 'say', 'say'], ['Said', null, null], ['harbour', null, null], ['', null, null], ['saids', null, null],
  ];
  for (const [w, cue, speech] of rows) {
    assert.equal(cueLemma(tok(w)), cue, w);
    assert.equal(speechLemma(tok(w)), speech, w);
  }
  assert.equal(cueLemma(undefined), null);
  assert.equal(speechLemma(undefined), null);
});

test('speech lemmas: every listed form, its capitalised and shortened forms, as the plain lookups', () => {
  const words = [...CUE_VERBS.keys(), ...EXTRA_SPEECH_VERBS.keys()];
  const asks = words.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.slice(1), w.slice(0, -1), w + 's', w.toUpperCase()]);
  assert.ok(asks.length > 100);
  for (const w of asks) for (const kind of ['word', 'punct'] as const) {
    const t = tok(w, kind);
    assert.equal(cueLemma(t), refCue(t), `${w} ${kind}`);
    assert.equal(speechLemma(t), refSpeech(t), `${w} ${kind}`);
  }
});

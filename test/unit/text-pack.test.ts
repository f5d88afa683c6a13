// A read-ahead answer's texts travel joined (server/src/node/text-pack.ts): each read unpacks to exactly
// the read packed, in order, refusals as they were, and a text of one-byte characters never shares its
// joined string with a text that has wider ones. Run with `node --import tsx --test test/unit/text-pack.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packReads, unpackRead, type AheadRead } from '../../server/src/node/text-pack';

const ok = (text: string): AheadRead => ({ r: { ok: true, text }, hash: 'h' + text.length });
const refused: AheadRead = { r: { ok: false, reason: 'binary file (contains NUL bytes)' } };

const ROWS: [string, AheadRead[]][] = [
  ['plain texts only', [ok('The Velm harbour board met on Monday.\n'), ok('Second text.\n')]],
  ['Latin-1 accents stay narrow', [ok('Café owners in Zürich met.\n'), ok('Plain.\n')]],
  ['curly quotes and dashes are wide', [ok('“No” — twice, said Mara Kell.\n'), ok('Plain again.\n'), ok('A ‘third’ one.\n')]],
  ['refusals and an empty text keep their places', [refused, ok(''), ok('Text after.\n'), { r: { ok: false, reason: 'no such file', missing: true } }]],
  ['a byte order mark is a wide character', [ok('\uFEFFSaved with a mark.\n'), ok('Without.\n')]],
  ['nothing', []],
];

for (const [label, reads] of ROWS) {
  test(`packed reads unpack to what was read: ${label}`, () => {
    const packed = packReads(reads);
    assert.deepEqual(packed.reads.map((p) => unpackRead(p, packed)), reads.map((a) => (a.r.ok ? a : { r: a.r })));
    assert.doesNotMatch(packed.narrow, /[^\x00-\xff]/, 'no wide character among the narrow texts');
  });
}

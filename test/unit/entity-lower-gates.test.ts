// entity-lower-gates.ts: a pass gated on lower-case words runs only in a document holding one of its words, so
// every such word must set the pass's bit (through its shape and its exact text), and other words must not.
// Run with `node --import tsx --test test/unit/entity-lower-gates.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  L_BODY_KIND, L_CAPITAL, L_FAMILY, L_PARTY_NOUN, L_PLAY, L_STATE, L_STRUCTURE, L_TEAM_TITLE, L_UNDERWRITE, L_VEHICLE, lowerGatesOf,
} from '../../server/src/core/pipeline/entity-lower-gates';

const rows: [label: string, word: string, expected: number][] = [
  ['an underwriter verb ("Orrel Kane led the offering")', 'led', L_UNDERWRITE],
  ['a hyphened underwriter verb', 'co-managed', L_UNDERWRITE],
  ['a party noun is also a body kind ("Velmar, the main opposition party,")', 'party', L_PARTY_NOUN | L_BODY_KIND],
  ['a body kind alone', 'union', L_BODY_KIND],
  ['a vehicle word ("drove a Tarvo Ensa")', 'drove', L_VEHICLE],
  ['a structure noun ("the Pellam bridge")', 'bridge', L_STRUCTURE],
  ['a team title ("Orrin coach Dana Vell")', 'coach', L_TEAM_TITLE],
  ['a family noun ("the Kerrow family")', 'family', L_FAMILY],
  ['a capital noun ("the capital, Brennik,")', 'capital', L_CAPITAL],
  ['a play noun ("goals from Ada Venn")', 'goals', L_PLAY],
  ['the kick of "a free kick from"', 'kick', L_PLAY],
  ['a state noun ("Ostmark\'s embassy")', 'embassy', L_STATE],
  ['a state noun above 255 in a 16-bit table ("the Keldan delegation")', 'delegation', L_STATE],
  ['a word of the same shape as "party"', 'parts', 0],
  ['a word of the same shape as "led"', 'leg', 0],
  ['a longer word opening like a trigger', 'bridges', 0],
  ['a capitalised trigger: the passes compare lower-case text', 'Party', 0],
  ['a word opening with a digit', '4x4', 0],
];

for (const [label, word, expected] of rows) {
  test(`lower-case gates: ${label}`, () => assert.equal(lowerGatesOf(word), expected));
}

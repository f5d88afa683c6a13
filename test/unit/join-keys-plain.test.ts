// The worker's fast path for plain names (join-keys.ts keysString: isPlainWords, no memo, no country-
// alias fold unless the name could be one) gives the keys strings made from scratch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { keysString, keysStringOf } from '../../server/src/core/corpus/join-keys';
import { ownKeyOf } from '../../server/src/core/pipeline/entity-own-keys';
import { isPlainWords, PLAIN_WORDS } from '../../server/src/core/text/normalize';

const NAMES = ['', 'A', 'a', 'Ab Cd', 'Ab  Cd', ' Ab', 'Ab ', 'Ab-Cd', "O'Dell", 'Ab Cd Ef', 'AB', '@', '`', '[', '{', 'Z', 'z',
  'Ab\tCd', 'Ab\nCd', 'Ødegård', 'Éva', 'A1', 'St. Ive', 'Ab\u00a0Cd', 'ab cd', 'ABC DEF'];

for (const name of NAMES) {
  test(`isPlainWords agrees with PLAIN_WORDS: ${JSON.stringify(name)}`, () => {
    assert.equal(isPlainWords(name), PLAIN_WORDS.test(name));
  });
}

/** Fictional names, with country short forms and names of an alias's first letter and length among them. */
const ENTITY_NAMES = ['Tamsin Vell', 'Orrin Logistics', 'Quarn', 'UK', 'US', 'USA', 'Uk', 'Us', 'Britain', 'Britton', 'Brixton',
  'America', 'Amerigo', 'Holland', 'Hollins', 'Great Britain', 'Great Brixton', 'United States', 'United Stakes', 'U.S.', 'Uae', 'UAE',
  'Veltrix Inc', 'Dana Korr', 'NHA', 'Kesra Bay Authority', 'the Harbour', 'The', 'THE', 'Ab',
  'Harlan Motors', 'Harlan Motor Company', 'Norwegian Coast Guard', 'Coast Guard', 'US Navy', 'Orr and Vale Shipping'];
const TYPES = ['PERSON', 'ORG', 'LOC'] as const;

test('keysString with an own key equals the keys from scratch, for plain names, aliases and their look-alikes', () => {
  let checked = 0;
  for (const name of ENTITY_NAMES) {
    for (const type of TYPES) {
      const e = { name, type };
      const fresh = keysStringOf(e);
      assert.equal(keysString(e, fresh.split(' ')[0]), fresh, `${type} ${name}`);
      checked++;
    }
  }
  assert.equal(checked, ENTITY_NAMES.length * TYPES.length);
});

test('keysString right after analyzeText equals the keys from scratch (local keys reused)', () => {
  const text = 'Tamsin Vell said Orrin Logistics would grow in the UK and the US.\n\n'
    + 'Britain and Holland objected, Dana Korr of the Kesra Bay Authority (KBA) told Quarn Weekly.\n';
  const ents = analyzeText(text).entities;
  let reused = 0;
  ents.forEach((e, k) => {
    const own = ownKeyOf(ents, k);
    if (own !== undefined) reused++;
    assert.equal(keysString(e, own), keysStringOf(e), `${e.type} ${e.name}`);
  });
  assert.ok(reused >= 4, `reused ${reused}`);
});

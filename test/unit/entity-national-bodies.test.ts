// Labelled sentences for the names of a country's bodies and their nationality adjectives: "Statistics X" is a
// national office, the country inside "Bank of X" gives its adjective a stem, an unknown -an/-ian/-ese/-ish word
// before a state's noun is a NORP, and a body named after its building speaks of itself as "it" ("Dunmere Hall
// said it would …"). Run with `node --import tsx --test test/unit/entity-national-bodies.test.ts`. All names are
// fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { EntityType } from '../../server/src/core/types';

const HEADLINE = 'Storm Surge Hits Coastal Town';

interface Row {
  label: string;
  /** The body after the default headline, or (with `full`) the whole text. */
  body: string;
  full?: boolean;
  /** The first mention with this text and its type (or a type it must not have). */
  has: { text: string; type?: EntityType; notType?: EntityType }[];
}

const ROWS: Row[] = [
  {
    label: 'a national statistics office named "Statistics X" is an organisation, and X a place: "Statistics Ostrelia said"',
    full: true,
    body: 'Ostrelia prices cool\nConsumer prices rose 2.1% in May, Statistics Ostrelia said on Friday. Statistics Ostrelia said food cost less.\n',
    has: [{ text: 'Statistics Ostrelia', type: 'ORG' }, { text: 'Ostrelia', type: 'LOC' }],
  },
  {
    label: 'the country named only inside "Bank of X" gives its adjective a stem: "the Dalvenian currency" is a NORP',
    body: 'The Dalvenian currency fell 2% after the Bank of Dalvenia cut its main rate. Dalvenian exporters cheered.',
    has: [{ text: 'Dalvenian', type: 'NORP' }, { text: 'Bank of Dalvenia', type: 'ORG' }],
  },
  {
    label: 'an unknown -an/-ian/-ese word before a state\'s noun is a nationality adjective: "the Korvanese economy", "Ostrelian officials"',
    body: 'The Korvanese economy shrank in the spring. Ostrelian officials said on Monday that talks would resume.',
    has: [{ text: 'Korvanese', type: 'NORP' }, { text: 'Ostrelian', type: 'NORP' }],
  },
  {
    label: 'guard: an -an word before a firm\'s noun, not a state\'s, stays a firm: "Torvan shares fell … Torvan said it would cut"',
    body: 'Torvan shares fell 4% on Monday after Torvan said it would cut 300 jobs at two plants.',
    has: [{ text: 'Torvan', type: 'ORG' }],
  },
  {
    label: 'a name ending in Hall or House that says "it would" is a body, not a person: "Dunmere Hall said it would close the wing"',
    body: 'Dunmere Hall said it would close the east wing in March. Caldwick House says it will take 40 patients.',
    has: [{ text: 'Dunmere Hall', type: 'ORG' }, { text: 'Caldwick House', type: 'ORG' }],
  },
  {
    label: 'guard: a person whose surname is Hall stays a person after "said it would": "Anna Hall said it would rain"',
    body: 'Anna Hall said it would rain all week. Hall, a farmer, was worried.',
    has: [{ text: 'Anna Hall', type: 'PERSON' }],
  },
];

for (const row of ROWS) {
  test(`national bodies: ${row.label}`, () => {
    const text = row.full ? row.body : `${HEADLINE}\n${row.body}\n`;
    const a = analyzeText(text);
    for (const h of row.has) {
      const m = a.mentions.find((x) => x.text === h.text);
      assert.ok(m, `a mention "${h.text}" (mentions: ${JSON.stringify(a.mentions.map((x) => x.text + ':' + x.type))})`);
      if (h.type !== undefined) assert.equal(m!.type, h.type, `type of "${h.text}"`);
      if (h.notType !== undefined) assert.notEqual(m!.type, h.notType, `type of "${h.text}"`);
    }
  });
}

// Labelled sentences for the cues that make a name a place or an event: a copula and a place noun after it
// ("Kesh is a small country"), a headline that puts a name no body line gives where places stand ("Thousands Flee
// Varrel"), and a competition's head after "the" ("the Carran Open"). Run with
// `node --import tsx --test test/unit/entity-place-event-cues.test.ts`. All names are fictional.
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
  /** The first mention with this text and its type. */
  has: { text: string; type: EntityType }[];
}

const ROWS: Row[] = [
  {
    label: 'a copula and a noun for a country or town after a one-word name make it a place: "Kesh is a small country"',
    body: 'Aid workers said Kesh is a small country. Kesh has few roads. Marren is a small town on the coast. Envoys said Brell was a landlocked nation of two million people.',
    has: [{ text: 'Kesh', type: 'LOC' }, { text: 'Marren', type: 'LOC' }, { text: 'Brell', type: 'LOC' }],
  },
  {
    label: 'a copula before a place noun that modifies another noun leaves a person: "Vell is a town planner", "Orrow is the city\'s mayor"',
    body: 'Dana Vell is a town planner. Vell said the plan was late. Piet Orrow is the city\'s mayor, and Orrow said so.',
    has: [{ text: 'Vell', type: 'PERSON' }, { text: 'Orrow', type: 'PERSON' }],
  },
  {
    label: 'what only a country has after a possessive makes a place, at a sentence start too: "Talvoria\'s parliament", "Ostmark\'s prime minister"',
    body: 'Talvoria\'s parliament voted on Monday. Officials said Ostmark\'s prime minister would visit.',
    has: [{ text: 'Talvoria', type: 'LOC' }, { text: 'Ostmark', type: 'LOC' }],
  },
  {
    label: 'what a firm has too after a possessive leaves the firm: "Dorvane\'s foreign sales", "Dorvane\'s president"',
    body: 'Analysts said Dorvane\'s foreign sales fell, and Dorvane\'s president quit.',
    has: [{ text: 'Dorvane', type: 'ORG' }],
  },
  {
    label: 'both sides of "relations between" are countries: "relations between Talvoria and Morden"',
    body: 'Officials said relations between Talvoria and Morden soured on Monday.',
    has: [{ text: 'Talvoria', type: 'LOC' }, { text: 'Morden', type: 'LOC' }],
  },
  {
    label: 'a name only a headline gives, fled by a crowd or struck by a disaster, is a place: "Thousands Flee Varrel As River Rises"',
    full: true,
    body: 'Thousands Flee Varrel As River Rises\nHeavy rain pushed the river over its banks on Tuesday, officials said.\n',
    has: [{ text: 'Varrel', type: 'LOC' }],
  },
  {
    label: 'a disaster-led headline\'s struck name before a place\'s part is a place: "Floods Hit Tessavar Villages"',
    full: true,
    body: 'Floods Hit Tessavar Villages\nHeavy rain pushed the river over its banks on Tuesday, officials said.\n',
    has: [{ text: 'Tessavar', type: 'LOC' }],
  },
  {
    label: 'a headline\'s crowd fleeing a firm or a blow to its plant leaves the firm: "Investors Flee Dorvane", "Fire Hits Dorvane Plant"',
    full: true,
    body: 'Investors Flee Dorvane After Profit Warning\nShares fell sharply on Tuesday, analysts said.\n',
    has: [{ text: 'Dorvane', type: 'ORG' }],
  },
  {
    label: 'a competition\'s head after "the" makes the body that runs it, in all mentions: "won the Carran Open"',
    body: 'Mara Voss won the Carran Open on Sunday. Carran Open winners get a trophy. She will play the Kestle Series before the Aldric Games.',
    has: [{ text: 'Carran Open', type: 'ORG' }, { text: 'Kestle Series', type: 'ORG' }, { text: 'Aldric Games', type: 'ORG' }, { text: 'Mara Voss', type: 'PERSON' }],
  },
];

for (const row of ROWS) {
  test(`place and event cues: ${row.label}`, () => {
    const text = row.full ? row.body : `${HEADLINE}\n${row.body}\n`;
    const a = analyzeText(text);
    for (const h of row.has) {
      const m = a.mentions.find((x) => x.text === h.text);
      assert.ok(m, `a mention "${h.text}" (mentions: ${JSON.stringify(a.mentions.map((x) => `${x.text}:${x.type}`))})`);
      assert.equal(m.type, h.type, `type of "${h.text}"`);
    }
  });
}

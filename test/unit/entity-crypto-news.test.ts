// Crypto and fintech news: a coin's or token's name is a product's (docs/rules.md, the products line), no entity
// where a noun for a crypto-asset follows it, singular too ("the Orvex token fell 12% to $0.41", "the Vanta
// stablecoin", "Tessa coins"), and no entity at its other mentions either, even where the model typed it an
// organisation; a name the article also uses as a firm ("Vanta said") stays an organisation, and an exchange or
// a lender named before other nouns is untouched (entity-brand-goods.ts).
// Run with `node --import tsx --test test/unit/entity-crypto-news.test.ts`. All names are fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import type { EntityType } from '../../server/src/core/types';

const HEADLINE = 'Hackers Drain Exchange as Tokens Slide';

/** `type: null`: no mention of `text` at all. */
const ROWS: { label: string; body: string; text: string; type: EntityType | null }[] = [
  { label: '"the X token fell": a coin, no entity (the model said ORG)', body: 'The price of the Solace token has dropped 70% this year.', text: 'Solace', type: null },
  { label: '"the X stablecoin": a coin, also at its other mentions', body: 'Investors lost faith in the Vexacoin stablecoin. Vexacoin fell to 3 cents within a week.', text: 'Vexacoin', type: null },
  { label: '"X coins": a coin, and "X slid 8%" later is no person', body: 'The attackers took Tessa coins from the wallet. Tessa slid 8% on the news.', text: 'Tessa', type: null },
  { label: '"the TICKER token": a ticker, no entity', body: 'The ORB token fell 12% to $0.41 after the theft.', text: 'ORB', type: null },
  { label: 'guard: a coin\'s name the article uses as a firm stays an organisation', body: 'Holders of the Vanta token were told to wait. Vanta said withdrawals would resume on Friday.', text: 'Vanta', type: 'ORG' },
  { label: 'guard: an exchange before other nouns stays an organisation', body: 'The exchange Kestrel said it had frozen Tessa tokens worth $45 million.', text: 'Kestrel', type: 'ORG' },
  { label: 'guard: a person before "coins" owned with "\'s" is untouched', body: 'Lena Varga\'s coins were stolen from her wallet, Lena Varga said.', text: 'Lena Varga', type: 'PERSON' },
];

for (const row of ROWS) {
  test(`crypto news: ${row.label}`, () => {
    const a = analyzeText(`${HEADLINE}\n\n${row.body}\n`);
    const ms = a.mentions.filter((e) => e.text === row.text);
    const seen = JSON.stringify(a.mentions.map((x) => x.text + ':' + x.type));
    if (row.type === null) { assert.equal(ms.length, 0, `no mention "${row.text}" (mentions: ${seen})`); return; }
    assert.ok(ms.length > 0, `a mention "${row.text}" (mentions: ${seen})`);
    for (const m of ms) assert.equal(m.type, row.type, seen);
  });
}

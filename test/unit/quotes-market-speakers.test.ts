// Labelled sentences for the speakers of market and company stories: analysts, strategists, fund managers
// and spokespeople quoted in the shapes wire copy uses ("said X, chief strategist at Y", "according to X",
// "X wrote in a note to clients", "X told an agency", "said Firm’s X", "said Firm analyst X").
// Run with `node --import tsx --test test/unit/quotes-market-speakers.test.ts`.
// All text is written for this file; people, firms and places are fictional.
import { speakerRowTests, type SpeakerRow } from './speaker-rows';

const HEADLINE = 'Shares Slide as Rate Fears Return';

const ROWS: SpeakerRow[] = [
  // ── the person after a firm's possessive, inverted cue ──
  {
    label: 'said Firm’s Name (possessive ’s)',
    body: '“The selloff looks overdone,” said Lindmark Bank’s Ilka Mose.',
    speaker: 'Ilka Mose', cue: 'said',
  },
  {
    label: 'said Firms’ Name (plural possessive apostrophe)',
    body: '“The selloff looks overdone,” said Bravik Securities’ Ilka Mose.',
    speaker: 'Ilka Mose', cue: 'said',
  },
  {
    label: 'explained Firm’s Name',
    body: '“The patch closes the hole,” explained Tarsel Software’s Oren Vay.',
    speaker: 'Oren Vay', cue: 'explained',
  },
  // ── the person after a firm and role nouns, inverted cue ──
  {
    label: 'said Firm analyst Name (firm typed as a name)',
    body: '“It is a relief rally,” said Quillet Markets analyst Tobin Reyes.',
    speaker: 'Tobin Reyes', cue: 'said',
  },
  {
    label: 'said Firm senior analyst Name',
    body: '“It is a relief rally,” said Quillet Markets senior analyst Tobin Reyes.',
    speaker: 'Tobin Reyes', cue: 'said',
  },
  {
    label: 'guard: said a lawyer for Name (the person after a preposition is not the speaker)',
    body: '“The claim has no merit,” said a lawyer for Tobin Reyes.',
    speaker: 'a lawyer', cue: 'said',
  },
  // ── a quote opening its paragraph, the speaker in the sentence after it ──
  {
    label: 'paragraph-opening quote, Name said in the next sentence',
    body: '“We see no reason to sell.” Dara Kline said the drop was a chance to buy.',
    speaker: 'Dara Kline', cue: 'said',
  },
  {
    label: 'paragraph-opening quote, Name, apposition, said in the next sentence',
    body: 'Shares of Kessing Motors fell 6%.\n\n“We see no reason to sell.” Dara Kline, who manages a fund at Vossel Capital, said the drop was a chance to buy.',
    speaker: 'Dara Kline', cue: 'said',
  },
  {
    label: 'guard: a paragraph that reopens a quote keeps the quote’s speaker, not the name after it',
    body: 'Ilka Mose said in a statement:\n\n“We will not sell the plant.\n\n“We will keep every job.” Tobin Reyes said the union would fight on.',
    speaker: 'Ilka Mose', cue: 'said in a statement',
  },
  {
    label: 'guard: the next sentence names a person who does not speak',
    body: '“We see no reason to sell.” Dara Kline sold her shares the next day.',
    speaker: null, cue: null,
  },
  // ── shapes that already held; kept so they stay held ──
  {
    label: 'said Name, chief strategist at Firm',
    body: '“Investors are pricing in two more hikes,” said Dara Kline, chief strategist at Vossel Capital.',
    speaker: 'Dara Kline', cue: 'said',
  },
  {
    label: 'according to Name, role at Firm',
    body: '“The selloff looks overdone,” according to Dara Kline, chief strategist at Vossel Capital.',
    speaker: 'Dara Kline', cue: 'according to',
  },
  {
    label: 'Name wrote in a note to clients',
    body: '“Margins will stay under pressure this quarter,” Dara Kline wrote in a note to clients.',
    speaker: 'Dara Kline', cue: 'wrote',
  },
  {
    label: 'Name told an agency',
    body: '“We see no reason to sell,” Dara Kline told Norvane News.',
    speaker: 'Dara Kline', cue: 'told',
  },
  {
    label: 'Firm’s Name told clients',
    body: '“This is a bubble,” Tarsel Asset Management’s Arno Pell told clients.',
    speaker: 'Arno Pell', cue: 'told',
  },
  {
    label: 'a Firm spokeswoman said in an email',
    body: '“We do not comment on market rumours,” a Kessing Motors spokeswoman said in an email.',
    speaker: 'a Kessing Motors spokeswoman', cue: 'said',
  },
];

speakerRowTests('market speakers', HEADLINE, ROWS, 'last');

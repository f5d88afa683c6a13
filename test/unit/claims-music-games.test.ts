// Music and games news: a critic's rating in stars is the review's verdict, no claim ("Four stars": claim-media-figures.ts
// starRating); plays, views or downloads counted as "N times" after the verb are an audience, a claim ("streamed more than
// 60 million times": playCount), where a small "N times" says how often; an audience a service or a game counts by its
// plural is what a bare new level counts, also after two modifiers or an owner's possessive ("The game's monthly active
// players dropped to 4.1 million": risen-count.ts COUNTED_PLURALS, pluralSubject).
// Run with `node --import tsx --test test/unit/claims-music-games.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const STARS: ClaimRow[] = [
  {
    label: 'a review\'s rating line in stars is no claim; the album\'s sales are',
    body: 'Four stars\n\nThe Hollow Pines sold 41,000 copies in the first week.',
    claims: [{ text: 'sold 41,000 copies', sourced: 'no' }],
  },
  {
    label: '"gave it three stars out of five" is the critic\'s verdict',
    body: 'The Velby Post gave the album three stars out of five.',
    claims: [],
  },
  {
    label: 'guard: a count of ratings others left stays a claim ("12,000 five-star ratings")',
    body: 'Fans left 12,000 five-star ratings on Streamly.',
    claims: [{ text: 'left 12,000 five-star ratings', low: 12000, sourced: 'no' }],
  },
];

const PLAYS: ClaimRow[] = [
  {
    label: '"streamed more than 60 million times" counts plays, with no source',
    body: 'The lead single, Northern Lights, has been streamed more than 60 million times on Streamly.',
    claims: [{ text: 'streamed more than 60 million times', low: 60000000, sourced: 'no' }],
  },
  {
    label: '"viewed 2.4 million times", sourced by the label',
    body: 'The video was viewed 2.4 million times, Tarrow Records said.',
    claims: [{ text: 'viewed 2.4 million times', sourced: 'yes', source: 'Tarrow Records' }],
  },
  {
    label: 'guard: a small "N times" after "played" says how often, no claim',
    body: 'Midnight Ferry have played Tarnby Stadium three times.',
    claims: [],
  },
];

const AUDIENCE: ClaimRow[] = [
  {
    label: 'an owner\'s possessive and two modifiers before the plural: "The game\'s monthly active players dropped to 4.1 million"',
    body: 'The game\'s monthly active players dropped to 4.1 million in March, according to the analytics firm Tessel Data.',
    claims: [{ text: 'The game\'s monthly active players dropped to 4.1 million', counted: 'player', sourced: 'yes', source: 'the analytics firm Tessel Data' }],
  },
  {
    label: '"Subscribers rose to 310 million" with no source',
    body: 'Subscribers rose to 310 million in the last quarter.',
    claims: [{ text: 'Subscribers rose to 310 million', counted: 'subscriber', sourced: 'no' }],
  },
  {
    label: '"Streamly\'s listeners climbed to 90 million", sourced by the firm',
    body: 'Streamly\'s listeners climbed to 90 million, the company said.',
    claims: [{ text: 'Streamly\'s listeners climbed to 90 million', counted: 'listener', sourced: 'yes', source: 'the company' }],
  },
  {
    label: 'guard: a price that rose to a level is no count of players',
    body: 'Ticket prices for players rose to £40.',
    claims: [{ text: '£40', unit: 'money' }],
  },
];

testClaimRows('Chart And Console Roundup', [['star ratings', STARS], ['play counts', PLAYS], ['audience levels', AUDIENCE]]);

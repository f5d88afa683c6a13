// A gap in a league table places a side, it counts nothing to check (fictional match reports; before the
// fix each gap was an unsourced claim). A count of what a side did stays a claim.
import { testClaimRows, type ClaimRow } from './claim-rows';

const rows: readonly ClaimRow[] = [
  {
    label: 'points behind the leaders',
    body: 'Farrowdale sit four points behind the leaders after the draw at Kestle Park.',
    claims: [],
  },
  {
    label: 'points above the relegation zone',
    body: 'The Millers are two points above the relegation zone with five games to play.',
    claims: [],
  },
  {
    label: 'points clear of the bottom',
    body: 'Ostrey Town climbed to three points clear of the bottom with a late header.',
    claims: [],
  },
  {
    label: 'games off the pace',
    body: 'The Corvale Hawks are now six games off the pace in the northern division.',
    claims: [],
  },
  {
    label: 'points adrift of the play-off places',
    body: 'Bramwick remain five points adrift of the play-off places despite the win.',
    claims: [],
  },
  {
    label: 'points behind leaders, no article, then the leaders\' name',
    body: 'Pellbrook won 3-0 to sit seven points behind leaders Harlow Vale.',
    claims: [],
  },
  {
    label: 'a poll lead over a party stays a claim',
    body: 'The Greens are four points ahead of the Liberals, the Ardmoor poll found.',
    claims: [{ text: 'four points ahead of the Liberals' }],
  },
  {
    label: 'a count of fans behind a barrier stays a claim',
    body: 'About 4,000 fans behind the stand were evacuated, police said.',
    claims: [{ text: 'About 4,000 fans', sourced: 'yes', source: 'police' }],
  },
];

testClaimRows('Fictional league report', [['a league standing is no claim', rows]]);

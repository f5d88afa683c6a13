// A record of play is told like a score and is no claim (docs/rules.md): points a side holds in a table,
// games, matches and appearances played, a rate per game, a shooting share. Fictional match reports; before
// the fix each was an unsourced claim. A crowd, a fee and an index's move stay claims.
import { testClaimRows, type ClaimRow } from './claim-rows';

const rows: readonly ClaimRow[] = [
  {
    label: 'points clear at the top',
    body: 'Orrin Vale stayed five points clear at the top of the Northern League after a win at Dellbrook.',
    claims: [],
  },
  {
    label: 'points from safety',
    body: 'Bottom side Hesketh Town are seven points from safety with eight games left.',
    claims: [],
  },
  {
    label: 'points held from games played',
    body: 'The Kestrels have 41 points from 19 games.',
    claims: [],
  },
  {
    label: 'goals conceded in matches',
    body: 'Marrow Athletic have let in 26 goals in 13 matches this term.',
    claims: [],
  },
  {
    label: 'goals in appearances',
    body: 'Tamsin Loyd scored 19 goals in 31 appearances for Pellham last season.',
    claims: [],
  },
  {
    label: 'a scorer with points',
    body: 'Jorund Fale led the Pikes with 33 points and nine rebounds.',
    claims: [],
  },
  {
    label: 'points per game',
    body: 'Adaeze Corrin is averaging 24.6 points per game, the best of her career.',
    claims: [],
  },
  {
    label: 'a shooting share from the field',
    body: 'The Otters shot only 35 percent from the field in the first half.',
    claims: [],
  },
  {
    label: 'a shooting share from the line',
    body: 'Dunholt made 72% from the free-throw line over the season.',
    claims: [],
  },
  {
    label: 'a crowd stays a claim',
    body: 'A crowd of 28,450 watched the final at Brayhill.',
    claims: [{ text: '28,450 watched the final' }],
  },
  {
    label: 'an index move in points stays a claim',
    body: 'The Corvane index fell 310 points on Tuesday.',
    claims: [{ text: 'fell 310 points' }],
  },
  {
    label: 'a share of fans from a town stays a claim',
    body: 'About 40 percent of season-ticket holders come from outside Brayhill, the club said.',
    claims: [{ text: 'About 40 percent of season-ticket holders come', sourced: 'yes', source: 'the club' }],
  },
];

testClaimRows('Fictional match reports', [['a record of play is no claim', rows]]);

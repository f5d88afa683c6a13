// "X, who farms near Orrin, lost 40 cows, said Y": the relative clause about X closes before a main clause,
// so the name after the cue reports the figure, not X (speaker-relative-end.ts). A relative clause that runs
// to the comma before the cue still skips to the name it describes.
// Run with `node --import tsx --test test/unit/claims-relative-clause-source.test.ts`. Fictional text.
import { type ClaimRow, testClaimRows } from './claim-rows';

const ROWS: ClaimRow[] = [
  {
    label: 'Name, who …, lost 40 cows, said Name: the one after the cue',
    body: 'Bram Tessel, who farms near Orrinford, lost 40 cows in the flood, said Hana Orlik, a neighbour.',
    claims: [{ text: 'lost 40 cows', sourced: 'yes', source: 'Hana Orlik' }],
  },
  {
    label: 'Name, who …, had 300 sheep, said the council: the council',
    body: 'Ilse Marr, who runs a dairy outside Keldby, had 300 sheep before the storm, said the county council.',
    claims: [{ text: '300 sheep', sourced: 'yes', source: 'the county council' }],
  },
  {
    label: 'Name, who …, closed 12 mills, Name said: the name before the cue',
    body: 'Orvane Textiles, which was founded in Keldby, closed 12 mills last year, Hana Orlik said.',
    claims: [{ text: 'closed 12 mills', sourced: 'yes', source: 'Hana Orlik' }],
  },
  {
    label: 'Name, who …, owns 60 goats, said Name: a present verb with its object closes the clause',
    body: 'Bram Tessel, who farms near Orrinford, owns 60 goats on the hill, said Hana Orlik, a neighbour.',
    claims: [{ text: '60 goats', sourced: 'yes', source: 'Hana Orlik' }],
  },
  {
    label: 'Name, which …, shut 9 depots, said Name: an irregular past form closes the clause',
    body: 'Keldby Haulage, which began as a family firm, shut 9 depots this year, said Hana Orlik.',
    claims: [{ text: 'shut 9 depots', sourced: 'yes', source: 'Hana Orlik' }],
  },
  {
    label: 'Name, who …, will close 4 shops, said Name: an auxiliary closes the clause',
    body: 'Ilse Marr, who runs a bakery chain in Keldby, will close 4 shops in May, said the county council.',
    claims: [{ text: 'close 4 shops', sourced: 'yes', source: 'the county council' }],
  },
  {
    label: 'guard: Name, who keeps cows, goats and hens, said 40 hens died: a list of nouns inside the clause',
    body: 'Bram Tessel, who keeps cows, goats and hens near Orrinford, said 40 hens died in the flood.',
    claims: [{ text: '40 hens died', sourced: 'yes', source: 'Bram Tessel' }],
  },
  {
    label: 'guard: Name, who …, said 40 cows were lost: the name the clause describes',
    body: 'Bram Tessel, who farms near Orrinford, said 40 cows were lost in the flood.',
    claims: [{ text: '40 cows were lost', sourced: 'yes', source: 'Bram Tessel' }],
  },
  {
    label: 'guard: Name, who lives in Place, County, said: a place list inside the clause',
    body: 'Bram Tessel, who farms in Orrinford, Westmark, said 40 cows were lost in the flood.',
    claims: [{ text: '40 cows were lost', sourced: 'yes', source: 'Bram Tessel' }],
  },
];

testClaimRows('Farmers Count Flood Losses', [['relative clause source', ROWS]]);

// A distance that names a race is the race's name, no claim (claim-race-distance.ts): fictional athletics
// results; before the fix each was an unsourced claim (a glued "m" even read as millions). A sum in
// millions and a length measured stay claims.
import { testClaimRows, type ClaimRow } from './claim-rows';

const rows: readonly ClaimRow[] = [
  { label: 'a glued distance before "world record"', body: 'Ilka Ferrand broke the 5,000m world record in Tessby on Friday.', claims: [] },
  { label: 'a distance in words after "women\'s"', body: 'Nadia Orsk won the women\'s 10,000 metres in a championship record.', claims: [] },
  { label: 'a distance before "hurdles title"', body: 'Tomo Reyes took the 400m hurdles title for the third time.', claims: [] },
  { label: 'a distance before "steeplechase final"', body: 'The 3,000m steeplechase final was delayed by rain.', claims: [] },
  { label: 'a distance in kilometres before "race"', body: 'Dara Voss led the 20km race from the start.', claims: [] },
  { label: 'a sum in millions stays a claim', body: 'The council spent £5,000m on roads last year.', claims: [{ text: 'spent £5,000m' }] },
  { label: 'a count of runners stays a claim', body: 'More than 30,000 runners finished the Tessby marathon, organisers said.', claims: [{ text: 'More than 30,000 runners finished', sourced: 'yes', source: 'organisers' }] },
];

testClaimRows('Fictional athletics results', [['a distance that names a race is no claim', rows]]);

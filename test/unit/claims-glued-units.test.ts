// Amounts with a unit glued to the digits (glued-measures.ts): "120mm of rain", "winds of up to 90mph",
// "40cm of snow" are measured amounts, claims when nobody is named behind them, like "120 mm of rain".
// A size before a noun ("a 5km race") and a distance ("58km north of") stay no claims; "km/h", glued or
// not, is a speed (glued-measures.ts perHourEnd).
// Run with `node --import tsx --test test/unit/claims-glued-units.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const WEATHER: ClaimRow[] = [
  {
    label: 'millimetres of rain glued to the figure are a claim',
    body: 'Some 110mm of rain fell in five hours over Dunmere.',
    claims: [{ text: 'Some 110mm', counted: 'mm', measure: 'length', sourced: 'no' }],
  },
  {
    label: 'a wind speed glued to "mph" after "up to" is a claim with its bound',
    body: 'Winds of up to 85mph battered the Orlay coast.',
    claims: [{ text: 'up to 85mph', high: 85, counted: 'mph', measure: 'speed', sourced: 'no' }],
  },
  {
    label: 'centimetres of snow forecast by a named met service are sourced',
    body: 'The Orlay Met Service said 35cm of snow could fall on the Tarrow hills.',
    claims: [{ text: '35cm', counted: 'cm', sourced: 'yes', source: 'Orlay Met Service' }],
  },
  {
    label: 'the same amount with a space reads as a length too',
    body: 'Some 110 mm of rain fell in five hours over Dunmere.',
    claims: [{ text: 'Some 110 mm', counted: 'mm', measure: 'length' }],
  },
];

const PER_HOUR: ClaimRow[] = [
  {
    label: 'a speed glued to "km/h" is a claim of speed, not a length in "km"',
    body: 'Gusts reached 140km/h on the Corvel ridge.',
    claims: [{ text: 'reached 140km/h', low: 140, counted: 'km/h', measure: 'speed', sourced: 'no' }],
  },
  {
    label: 'a speed in "km/h" after a space reads the same, "/h" and all',
    body: 'Winds of up to 120 km/h hit the Tarrow coast on Friday.',
    claims: [{ text: 'up to 120 km/h', high: 120, counted: 'km/h', measure: 'speed' }],
  },
  {
    label: 'a plain "km" with no "/h" stays a length',
    body: 'Some 40 km of the Orlay coast road was closed.',
    claims: [{ text: 'Some 40 km', counted: 'km', measure: 'length' }],
  },
];

const RANGES: ClaimRow[] = [
  {
    label: 'a range glued to "mph" is one claim of speed with both bounds',
    body: 'Gusts of 30-45mph are expected on the Orlay coast.',
    claims: [{ text: '30-45mph', low: 30, high: 45, counted: 'mph', measure: 'speed', sourced: 'no' }],
  },
  {
    label: 'a range before "cm of snow", after a space, is one claim of length',
    body: 'Up on the Tarrow hills, 5–8 cm of snow settled overnight.',
    claims: [{ text: '5–8 cm', low: 5, high: 8, counted: 'cm', measure: 'length' }],
  },
  {
    label: 'a range glued to "mm of rain" is one claim of length',
    body: 'Between Friday and Sunday 60-80mm of rain fell on Dunmere.',
    claims: [{ text: '60-80mm', low: 60, high: 80, counted: 'mm', measure: 'length' }],
  },
  {
    label: 'guard: a score before a unit-free word stays no claim',
    body: 'Dunmere Rovers won 3-1 at the Corvel ground.',
    claims: [],
  },
];

const NOT_CLAIMS: ClaimRow[] = [
  { label: 'a size before a noun after an article is no claim ("a 5km race")', body: 'Mira Solt ran a 5km race on Sunday.', claims: [] },
  { label: 'a distance without "of" after the unit is no claim ("58km north of")', body: 'The quake struck 58km north of Pellam.', claims: [] },
  { label: 'a hyphened millimetre is a calibre, no amount ("9-mm shell casings")', body: 'Officers found 9-mm shell casings near the Corvel depot.', claims: [] },
];

testClaimRows('Fictional weather report', [['glued units', WEATHER], ['speeds per hour', PER_HOUR], ['ranges with a unit', RANGES], ['glued sizes', NOT_CLAIMS]]);

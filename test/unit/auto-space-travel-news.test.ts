// Automotive, space and travel news: a machine's rated figure is its specification, no claim, as a capacity
// or a size is: an engine's size, its output, a battery's store, fuel economy and a sprint time ("a 2.0-litre
// turbocharged engine", "a 77 kWh battery", "producing 250 hp", "returns 31 mpg", "reaches 100 km/h in 4.1
// seconds": claim-rated-figure.ts); a range after "an" and an adjective ("an official range of 520 km") is one
// as "a range of" is (capacity.ts). Figures that moved, or were measured on the road, stay claims.
// Run with `node --import tsx --test test/unit/auto-space-travel-news.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const RATED: ClaimRow[] = [
  {
    label: 'an engine\'s size before the engine ("a 2.0-litre turbocharged engine") is its specification',
    body: 'The Orvane X5 is powered by a 2.0-litre turbocharged engine. Dealers sold 4,200 of them in May.',
    claims: [{ text: 'sold 4,200 of them', sourced: 'no' }],
  },
  {
    label: 'the same before an engine layout ("a 5.0-litre V8")',
    body: 'The Velta GT uses a 5.0-litre V8. Its maker shipped 900 cars last year.',
    claims: [{ text: 'shipped 900 cars', sourced: 'no' }],
  },
  {
    label: 'a battery\'s store before the battery ("a 77 kWh battery")',
    body: 'The Sorrel 4 has a 77 kWh battery. It sold 5,912 units in October.',
    claims: [{ text: 'sold 5,912 units', sourced: 'no' }],
  },
  {
    label: 'output after a verb of output ("producing 250 hp") and economy after "returns" ("returns 31 mpg")',
    body: 'The engine, producing 250 hp, returns 31 mpg on the highway. The plant built 80,000 of them.',
    claims: [{ text: 'built 80,000 of them', sourced: 'no' }],
  },
  {
    label: 'a sprint: a speed reached in a time ("reaches 100 km/h in 4.1 seconds")',
    body: 'The coupe reaches 100 km/h in 4.1 seconds. Orders rose 12% in June.',
    claims: [{ text: 'rose 12%', sourced: 'no' }],
  },
  {
    label: 'guard: economy that moved stays a claim ("average economy rose to 31 mpg")',
    body: 'The average economy of new cars rose to 31 mpg last year.',
    claims: [{ text: '31 mpg', sourced: 'no' }],
  },
  {
    label: 'guard: a speed with no sprint time stays a claim ("winds reached 100 km/h")',
    body: 'Winds reached 100 km/h on the coast road.',
    claims: [{ text: 'reached 100 km/h', sourced: 'no' }],
  },
  {
    label: 'guard: litres of something that is no machine stay a claim ("2 litres of milk")',
    body: 'Each family received 20 litres of drinking water.',
    claims: [{ text: 'received 20 litres', sourced: 'no' }],
  },
];

const RANGE: ClaimRow[] = [
  {
    label: '"an official range of 520 km" is a specification, as "a range of" is',
    body: 'The crossover has an official range of 520 km. Halvren sold 3,100 of them.',
    claims: [{ text: 'sold 3,100 of them', sourced: 'no' }],
  },
  {
    label: 'guard: a distance driven after "an" stays a claim ("an average of 520 km")',
    body: 'Testers drove an average of 520 km a day.',
    claims: [{ text: '520 km a day', sourced: 'no' }],
  },
];

testClaimRows('Carmaker Ramps Up Output', [['rated figure', RATED], ['range after an', RANGE]]);

// Automotive, space and travel news: a machine's rated figure is its specification, no claim, as a capacity
// or a size is: an engine's size, its output, a battery's store, fuel economy and a sprint time ("a 2.0-litre
// turbocharged engine", "a 77 kWh battery", "producing 250 hp", "returns 31 mpg", "reaches 100 km/h in 4.1
// seconds": claim-rated-figure.ts); a range after "an" and an adjective ("an official range of 520 km") is one
// as "a range of" is (capacity.ts). Figures that moved, or were measured on the road, stay claims. A one-word
// name between "its"/"their"/"our" and a lower-case noun modifies the noun: before a site ("its Kessling plant")
// a place, before another noun ("their Sorrel line") no entity, never a person (entity-possessive-modifiers.ts).
// Space: "Earth" is a planet as "Mars" is ("beyond Earth orbit": entity-sky.ts); a rocket, launcher or satellite
// is a product ("a Sarvek 6 rocket"), and the name's other mentions before its model number go with it
// ("the fourth Sarvek 6 flight": entity-products.ts); "can lift up to 11,000 kg" is a capacity (capacity.ts).
// Run with `node --import tsx --test test/unit/auto-space-travel-news.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';
import { entityRowTests, type EntityRow } from './entity-rows';

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

const LIFT: ClaimRow[] = [
  {
    label: 'what a rocket "can lift" is its capacity',
    body: 'The rocket can lift up to 11,000 kg to low orbit. The agency paid 610 million euros for it.',
    claims: [{ text: 'paid 610 million euros', sourced: 'no' }],
  },
  {
    label: 'guard: what was lifted stays a claim',
    body: 'The crane lifted 40 tonnes of steel on Monday.',
    claims: [{ text: 'lifted 40 tonnes', sourced: 'no' }],
  },
];

testClaimRows('Carmaker Ramps Up Output', [['rated figure', RATED], ['range after an', RANGE], ['lift capacity', LIFT]]);

const OWNED: EntityRow[] = [
  {
    label: '"its Kessling plant" after a named person is the plant\'s place, not a person',
    body: 'Jonas Wertheim said the company had doubled output at its Kessling plant.',
    has: [{ text: 'Jonas Wertheim', type: 'PERSON' }, { text: 'Kessling', type: 'LOC' }],
  },
  {
    label: '"their Tavrin line" names a product line: no person',
    body: 'Mira Olsen said workers on their Tavrin line had been moved to the night shift.',
    has: [{ text: 'Mira Olsen', type: 'PERSON' }],
    lacks: ['Tavrin'],
  },
  {
    label: '"our Korval quarry": a built place\'s noun (entity-structure-nouns.ts) is a site too, not a product line',
    body: 'Mira Olsen said the firm would reopen our Korval quarry next year.',
    has: [{ text: 'Mira Olsen', type: 'PERSON' }, { text: 'Korval', type: 'LOC' }],
  },
  {
    label: 'guard: a surname of a person named here before a site stays hers',
    body: 'Ada Korval said the firm would reopen our Korval quarry.',
    has: [{ text: 'Ada Korval', type: 'PERSON' }],
  },
  {
    label: 'guard: a full name after "their" stays a person ("their Ada Kessling" is two words)',
    body: 'Villagers said their Ada Kessling had fought for the plant for years.',
    has: [{ text: 'Ada Kessling', type: 'PERSON' }],
  },
];

entityRowTests('owned modifiers', 'Carmaker Ramps Up Output', OWNED);

const SPACE: EntityRow[] = [
  {
    label: '"beyond Earth orbit" in a sentence about space: Earth is a place, also when a longer name ends in it',
    body: 'The Corvina mission was the agency\'s first beyond Earth orbit. Its predecessor, the Kestrel-2 Earth observation satellite, has worked since 2019.',
    has: [{ text: 'Earth', type: 'LOC' }],
  },
  {
    label: 'a rocket\'s name before its number is a product, and so is its later "Sarvek 6 flight"',
    body: 'A Sarvek 6 rocket lifted off on Wednesday, said Alain Ferrand. It was the fourth Sarvek 6 flight this year.',
    has: [{ text: 'Alain Ferrand', type: 'PERSON' }],
    lacks: ['Sarvek'],
  },
  {
    label: 'guard: a name the document also uses alone is the maker\'s, kept',
    body: 'A Sarvek 6 rocket lifted off on Wednesday. Sarvek said the fourth Sarvek 6 flight would follow in May.',
    has: [{ text: 'Sarvek' }],
  },
];

entityRowTests('space names', 'Rocket Reaches Orbit', SPACE);

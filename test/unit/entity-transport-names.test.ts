// Labelled sentences from transport news: an operator named for its fleet ("Dorran Ferries", "Weyland Trains": a
// firm), a station's name before "station" (a place), the two ends of a route after "from … to" or before a route's noun (places), a port's name ("Port X"), and
// where tourists or visitors come from (a place). Run with
// `node --import tsx --test test/unit/entity-transport-names.test.ts`. All names are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';

const HEADLINE = 'Strike Disrupts Services Across Region';

const ROWS: EntityRow[] = [
  {
    label: 'an operator named for its ferries is a firm ("Dorran Ferries said")',
    body: 'Dorran Ferries said it would cancel all sailings on Sunday.',
    has: [{ text: 'Dorran Ferries', type: 'ORG' }],
  },
  {
    label: 'an operator named for its trains or buses is a firm ("Weyland Trains", "Corbel Buses")',
    body: 'The 18:05 service was withdrawn, Weyland Trains confirmed. Corbel Buses will run replacement coaches.',
    has: [{ text: 'Weyland Trains', type: 'ORG' }, { text: 'Corbel Buses', type: 'ORG' }],
  },
  {
    label: 'a station\'s name before "station" is a place ("Kelmont Central station was almost empty")',
    body: 'Kelmont Central station was almost empty by mid-morning.',
    has: [{ text: 'Kelmont Central', type: 'LOC' }],
  },
  {
    label: 'the ends of a ticket\'s route after "from … to" are places ("a season ticket from Dunmore to Pellham")',
    body: 'A season ticket from Dunmore to Pellham will cost 4,900 crowns a year.',
    has: [{ text: 'Dunmore', type: 'LOC' }, { text: 'Pellham', type: 'LOC' }],
  },
  {
    label: 'the ends of a route that "runs from … to" are places',
    body: 'The new route runs from Corwen to Skelby twice a day.',
    has: [{ text: 'Corwen', type: 'LOC' }, { text: 'Skelby', type: 'LOC' }],
  },
  {
    label: 'guard: a letter from one person to another is no route ("a letter from Vellmore to Ostrander")',
    body: 'A letter from Vellmore to Ostrander was read out in court on Friday.',
    has: [{ text: 'Vellmore', type: 'PERSON' }],
  },
  {
    label: 'where visitors or tourists come from is a place ("Visitors from Norrath made up the largest group")',
    body: 'Visitors from Norrath made up the largest group. Tourists from Pellany stayed longest.',
    has: [{ text: 'Norrath', type: 'LOC' }, { text: 'Pellany', type: 'LOC' }],
  },
  {
    label: 'the ends of "the A to B route" are places, and a port named "Port X" is a place',
    body: 'The ship, which operates the Port Mallin to Harlsey route, was refloated on Saturday.',
    has: [{ text: 'Port Mallin', type: 'LOC' }, { text: 'Harlsey', type: 'LOC' }],
  },
  {
    label: 'a route\'s noun opening the sentence still makes its ends places ("Sailings between Harlsey and Orrin")',
    body: 'Sailings between Harlsey and Orrin will resume next week.',
    has: [{ text: 'Harlsey', type: 'LOC' }, { text: 'Orrin', type: 'LOC' }],
  },
];

entityRowTests('transport names', HEADLINE, ROWS);

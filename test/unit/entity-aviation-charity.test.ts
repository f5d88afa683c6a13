// Air accident and charity news, entities: a flight's number with its airline's code ("Flight KV 212", "flight U2 418")
// is no name, only the airline before it is (entity-start-pairs.ts flightLabelWords); the terms of flying and of accident
// reports written in capitals ("a NOTAM", "the ILS", "the CVR") are no organisations (model/common-acronyms.ts); and a
// lower-case word that opens like a name's particle ("de-icing", "at-risk", "o’clock") is no name: only a capital after
// the particle's mark makes one ("al-Rashidi", "D'Souza": 03-entities.ts PARTICLE_PREFIX). What floods, storms or
// quakes "hit" is a place, and so is the state after "the government of" (place-context.ts DISASTERS, PLACE_PEOPLE_OF).
// Fictional sentences.
// Run with `node --import tsx --test test/unit/entity-aviation-charity.test.ts`.
import { entityRowTests, type EntityRow } from './entity-rows';

const FLIGHTS: EntityRow[] = [
  { label: 'a flight number with the airline\'s code is no organisation', body: 'Investigators said ice caused the crash of Flight KV 212 near Tarnby.', has: [{ text: 'Tarnby', type: 'LOC' }], lacks: ['Flight KV', 'KV'] },
  { label: 'the code after a lower-case "flight", also with a digit in it', body: 'Passengers on flight U2 418 were stuck in Tarnby for six hours.', has: [{ text: 'Tarnby', type: 'LOC' }], lacks: ['U2'] },
  { label: 'the airline before "Flight", its code and number keeps its name alone', body: 'Kestrel Vale Airways Flight KV 212 came down short of the runway.', has: [{ text: 'Kestrel Vale Airways', type: 'ORG' }], lacks: ['Flight KV'] },
  { label: 'guard: an airline\'s initials with no flight number stay a name', body: 'The pilots of KVA said they had warned about icing, and KVA denied it.', has: [{ text: 'KVA', type: 'ORG' }] },
];

const TERMS: EntityRow[] = [
  { label: 'a NOTAM the board issued is a notice, no organisation', body: 'The Tarnby Air Accident Investigation Board has issued a NOTAM closing the airspace.', has: [{ text: 'Tarnby Air Accident Investigation Board', type: 'ORG' }], lacks: ['NOTAM'] },
  { label: 'the landing system and the cockpit recorder are terms', body: 'The ILS was out of service and investigators have recovered the CVR from the wreck.', has: [], lacks: ['ILS', 'CVR'] },
  { label: 'guard: an acronym the article defines after a name stays that name', body: 'The Velby Aviation Safety Office (VASO) opened an inquiry. VASO said the crew was rested.', has: [{ text: 'VASO', type: 'ORG' }] },
];

const PARTICLES: EntityRow[] = [
  { label: '"the de-icing" is a system, no place or organisation', body: 'The crew switched off the de-icing about 20 minutes before the crash.', has: [], lacks: ['de-icing'] },
  { label: '"at-risk children" are no person', body: 'The charity works with at-risk children in Tarnby.', has: [{ text: 'Tarnby', type: 'LOC' }], lacks: ['at-risk'] },
  { label: '"nine o’clock" is a time', body: 'The appeal opens at nine o’clock in the hall.', has: [], lacks: ['o’clock'] },
  { label: 'guard: a particle before a capital still opens a name', body: 'The talks were led by Omar al-Rashidi in Kestwick.', has: [{ text: 'Omar al-Rashidi', type: 'PERSON' }] },
];

const APPEAL_PLACES: EntityRow[] = [
  { label: 'what floods hit is a place, also in a headline', body: 'Floods hit Marovia as aid agencies appeal for help', has: [{ text: 'Marovia', type: 'LOC' }] },
  { label: 'what a storm hit is a place', body: 'A storm hit Tarnby on Monday, cutting power to 3,000 homes.', has: [{ text: 'Tarnby', type: 'LOC' }] },
  { label: 'the state after "the government of" is a place', body: 'The government of Velby has pledged to match public donations.', has: [{ text: 'Velby', type: 'LOC' }] },
  { label: 'guard: a firm a slump hit stays a firm', body: 'The slump hit Orrel Bank hard, its chief said.', has: [{ text: 'Orrel Bank', type: 'ORG' }] },
];

entityRowTests('flight numbers', 'Air Safety Desk', FLIGHTS);
entityRowTests('flying terms', 'Air Safety Desk', TERMS);
entityRowTests('particle-shaped words', 'Charity Desk', PARTICLES);
entityRowTests('places in appeals', 'Charity Desk', APPEAL_PLACES);

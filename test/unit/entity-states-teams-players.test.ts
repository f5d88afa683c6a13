// Labelled sentences for four entity cases: a one-word name owning a ministry, an embassy or a delegation is a
// country; a name typed as a person before "troops" is a place; "Team" and the name after it are one team;
// a full name after "goals from", "a corner from" is a player; a possessive shop before its kind of shop
// ("at Tarrin's new bakery") is the business. All names are fictional.
// Run with `node --import tsx --test test/unit/entity-states-teams-players.test.ts`.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  {
    label: 'a name owning a water ministry is a country',
    body: 'Rain fell again, according to Nuvaria\'s water ministry, which warned of shortages.',
    has: [{ text: 'Nuvaria', type: 'LOC' }],
  },
  {
    label: 'a name owning an ambassador is a country',
    body: 'Kesmir\'s ambassador was recalled on Friday after the vote.',
    has: [{ text: 'Kesmir', type: 'LOC' }],
  },
  {
    label: '"the X delegation" is a country',
    body: 'Officials from the Telvany delegation met in the afternoon to discuss the ceasefire.',
    has: [{ text: 'Telvany', type: 'LOC' }],
  },
  {
    label: 'the surname of a person named in full, before "\'s ministry", stays a person',
    body: 'Hanna Orsolt took office in May. Under Orsolt\'s ministry the budget doubled.',
    has: [{ text: 'Hanna Orsolt', type: 'PERSON' }, { text: 'Orsolt', type: 'PERSON' }],
  },
  {
    label: 'a person\'s foreign minister does not make the person a place',
    body: 'President Alvar Denholm spoke first. Denholm\'s foreign minister, Ilse Marr, spoke after him.',
    has: [{ text: 'Alvar Denholm', type: 'PERSON' }, { text: 'Ilse Marr', type: 'PERSON' }],
  },
  {
    label: 'a name typed as a person before "troops" is a place',
    body: 'Riders in the race faced heavy rain. Velmont troops withdrew from the valley on Sunday.',
    has: [{ text: 'Velmont', type: 'LOC' }],
  },
  {
    label: 'a candidate\'s voters leave the candidate a person',
    body: 'Marta Quillon won the primary. Quillon voters turned out in large numbers.',
    has: [{ text: 'Marta Quillon', type: 'PERSON' }],
  },
  {
    label: 'a gang boss\'s name before "soldiers" stays a person',
    body: 'Mr. Tessaly ran the gang for a decade. Tessaly soldiers guarded the docks at night.',
    has: [{ text: 'Tessaly', notType: 'LOC' }],
  },
  {
    label: '"Team" and a name are one team',
    body: 'Team Vessaro won the stage, and the leader kept her jersey.',
    has: [{ text: 'Team Vessaro', type: 'ORG' }],
  },
  {
    label: 'a full name after "goals from" is a player',
    body: 'Two goals from Teodor Obuya put the visitors ahead before half-time.',
    has: [{ text: 'Teodor Obuya', type: 'PERSON' }],
  },
  {
    label: 'a full name after "a corner from" is a player',
    body: 'The third came from a corner from Lasse Wint in the last minute.',
    has: [{ text: 'Lasse Wint', type: 'PERSON' }],
  },
  {
    label: 'a club after "goals from" stays a club',
    body: 'Late goals from Dunmore Athletic sank the leaders on Saturday.',
    has: [{ text: 'Dunmore Athletic', type: 'ORG' }],
  },
  {
    label: 'a town\'s "City" in a match report is the club',
    body: 'Pennick Town drew 1-1 with Alder Vale. Dunmore City were beaten at home on Saturday.',
    has: [{ text: 'Dunmore City', type: 'ORG' }],
  },
  {
    label: 'a city to play in stays the city in a match report',
    body: 'The final in Mexel City ended 2-1 after extra time.',
    has: [{ text: 'Mexel City', notType: 'ORG' }],
  },
  {
    label: 'a city outside a match report stays the city',
    body: 'Dunmore City raised its parking fees on Saturday.',
    has: [{ text: 'Dunmore City', type: 'LOC' }],
  },
  {
    label: 'a possessive name before "new cafe" is the business',
    body: 'We met at Dalby\'s new cafe on Friday and talked for hours.',
    has: [{ text: 'Dalby\'s', type: 'ORG' }],
  },
  {
    label: 'a possessive name before a noun that is no shop is not a business',
    body: 'We stayed at Dalby\'s old farmhouse on Friday and talked for hours.',
    has: [{ text: 'Dalby', notType: 'ORG' }],
  },
];

entityRowTests('states, teams, players, shops', 'Talks Resume', ROWS);

// A name inside a title-case quotation in a sentence about a work ("album", "novelist") or followed by "by"
// is (a piece of) the work's title, not an entity; quoted names with no such cue, a person who opens the
// title and names ending in a body's head keep their type (entity-quoted-titles.ts). Fictional sentences.
import { entityRowTests, type EntityRow } from './entity-rows';

const ROWS: EntityRow[] = [
  { label: 'a title after a comma, with its kind in apposition', body: 'Last month’s winner, “The Harrow Season,” a costume drama, fell 40 percent on Sunday.', has: [], lacks: ['Harrow Season'] },
  { label: 'the tail of a title followed by "by" and its maker', body: 'The jury prize went to “Salt and Ember,” by the young director Ila Novak.', has: [{ text: 'Ila Novak', type: 'PERSON' }], lacks: ['Ember'] },
  { label: 'a title with a possessive inside', body: 'Pell Oduya won best actor for his role as a boxer in the film “Last Round at Mirelle’s.”', has: [], lacks: ['Mirelle'] },
  { label: 'an exhibition title with "of"', body: 'Crowds came for “Rooms of Glass,” an immersive exhibition by a Norvish artist.', has: [], lacks: ['Glass'] },
  { label: 'a novel followed by "by" and its author', body: '“The Saltmarsh Almanac” by Wren Ashby is among six books on the list.', has: [{ text: 'Wren Ashby', type: 'PERSON' }], lacks: ['Saltmarsh Almanac'] },
  { label: 'straight marks: a play title', body: 'The theatre said its production of "The Quiet Ferryman" had sold out.', has: [], lacks: ['Quiet Ferryman'] },
  // kept
  { label: 'kept: a quoted name a place goes by, with no work in the sentence', body: 'Residents still call the district “Little Osrava” after its first settlers.', has: [{ text: 'Osrava' }] },
  { label: 'kept: a name ending in a body’s head', body: 'The film follows the so-called “Harlow Miners Union” through a strike.', has: [{ text: 'Harlow Miners Union', type: 'ORG' }] },
  { label: 'kept: a name outside the title', body: 'Her novel “Winter at Kelmford” sold well, and Kelmford Council gave her a prize.', has: [{ text: 'Kelmford Council', type: 'ORG' }] },
  { label: 'kept: a direct quote that is a clause', body: '“Tomas Vell Will Win,” the singer told the crowd before the show.', has: [] },
];

entityRowTests('quoted titles', 'Arts Desk Roundup', ROWS);

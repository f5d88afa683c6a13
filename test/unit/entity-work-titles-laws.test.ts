// Titles of works and names of laws, which the contract has no type for (entity-work-titles.ts): a title after
// a noun for its kind with a modifier or a year between ("the tactical shooter Ashfall", "Midnight Ferry's 2009
// album Lanterns"), after an artist's possessive, in apposition after the noun ("The lead single, Northern
// Lights, …"), after a capitalised kind at a sentence's start ("Single Red Harbour …"), after "starred in";
// a law or bill ending in Act or Bill. None of them is an entity, in any of the name's mentions. Guards: a
// side ("the game Orrel lost"), a person ("the young racer Varga"), "a single Orrel fan", speech in commas.
// Fictional sentences.
import { entityRowTests, type EntityRow } from './entity-rows';

const MODIFIED: EntityRow[] = [
  { label: 'a genre word before the kind noun: "the tactical shooter Ashfall", and its later mention', body: 'Pale Harbor released the tactical shooter Ashfall in March. Ashfall sold 2 million copies.', lacks: ['Ashfall'], has: [] },
  { label: 'a compound genre: "the space racer Starfall Drift"', body: 'The studio\'s space racer Starfall Drift came out last year.', lacks: ['Starfall Drift'], has: [] },
  { label: 'an artist\'s possessive and a year: "Midnight Ferry\'s 2009 album Harbour Lights"', body: 'Midnight Ferry\'s 2009 album Harbour Lights went gold in Kestwick.', lacks: ['Harbour Lights'], has: [{ text: 'Kestwick', type: 'LOC' }] },
  { label: 'a person\'s possessive: "Mira Olsen\'s album Cold Harvest"', body: 'Mira Olsen\'s album Cold Harvest was released in Tarnby.', lacks: ['Cold Harvest'], has: [{ text: 'Mira Olsen', type: 'PERSON' }] },
  { label: 'guard: "the game Orrel lost" keeps the side', body: 'The game Orrel lost was their worst of the season, and Orrel fans booed.', has: [{ text: 'Orrel', type: 'ORG' }] },
  { label: 'guard: a name before a verb whose object is gone: "The film Varga directed was …" (Varga directed it)', body: 'The film Varga directed was shot in Tarnby, and Varga said it cost little.', has: [{ text: 'Varga' }] },
  { label: 'guard: "the young racer Varga" is a person\'s noun, not a game\'s', body: 'The young racer Varga won the stage in Tarnby.', has: [{ text: 'Varga' }] },
  { label: 'guard: "the film\'s Tarnby premiere" names no film', body: 'The film\'s Tarnby premiere drew a crowd.', has: [{ text: 'Tarnby' }] },
  { label: 'guard: "the city\'s single Tarrow restaurant": "single" after a bare possessive counts one', body: 'Kestwick is home to the city\'s single Tarrow restaurant and two cafés.', has: [{ text: 'Tarrow' }] },
  { label: 'guard: "not a single Orrel fan" after a modifier-less "a single"', body: 'Not a single Orrel fan was at the ground, and Orrel lost.', has: [{ text: 'Orrel', type: 'ORG' }] },
];

const APPOSED: EntityRow[] = [
  { label: 'a title in commas after the kind noun: "The lead single, Northern Lights, …"', body: 'The lead single, Northern Lights, topped the chart in Kestwick.', lacks: ['Northern Lights'], has: [{ text: 'Kestwick', type: 'LOC' }] },
  { label: 'a title with "of" in commas: "its next game, Dust of Kerran, …"', body: 'Brannock Studios said its next game, Dust of Kerran, is due in May.', lacks: ['Kerran'], has: [{ text: 'Brannock Studios', type: 'ORG' }] },
  { label: 'guard: no comma after the name: "The new single, Varga said, …"', body: 'The new single, Varga said, is about Tarnby.', has: [{ text: 'Varga' }] },
  { label: 'guard: "The shooter, Varga, …" is a person', body: 'The shooter, Varga, was arrested in Tarnby.', has: [{ text: 'Varga' }] },
];

const OPENING: EntityRow[] = [
  { label: 'a capitalised kind opening the sentence: "Single Red Harbour …"', body: 'Single Red Harbour reached number four.', lacks: ['Red Harbour'], has: [] },
  { label: '"Opener Paper Walls …"', body: 'Opener Paper Walls sets the tone for the record.', lacks: ['Paper Walls'], has: [] },
  { label: 'guard: a cricket opener with a surname stays a name', body: 'Opener Varga made 45 before lunch.', has: [{ text: 'Varga' }] },
  { label: 'guard: "Single Kestwick fans …": a name of no ordinary word is no title', body: 'Single Kestwick fans travelled to the final.', has: [{ text: 'Kestwick' }] },
];

const STARRED: EntityRow[] = [
  { label: 'a film after "starred in", typed as a place before', body: 'Mira Olsen starred in House of Wax in Tarnby. House of Wax was a hit.', lacks: ['House of Wax'], has: [{ text: 'Mira Olsen', type: 'PERSON' }, { text: 'Tarnby', type: 'LOC' }] },
  { label: 'guard: "starred in Kestwick\'s winter panto" keeps the town', body: 'Mira Olsen starred in Kestwick\'s winter panto.', has: [{ text: 'Kestwick', type: 'LOC' }] },
];

const LAWS: EntityRow[] = [
  { label: 'a bill after "the": "the Safe Harbours Bill"', body: 'Parliament passed the Safe Harbours Bill on Tuesday.', lacks: ['Safe Harbours Bill'], has: [] },
  { label: 'an act with its year: "The Clean Rivers Act 2024"', body: 'The Clean Rivers Act 2024 requires Orrel Water to report spills.', lacks: ['Clean Rivers Act'], has: [{ text: 'Orrel Water', type: 'ORG' }] },
  { label: 'guard: a troupe\'s name ending in Act, with no "the" before it and no year after it', body: 'Tickets for Orrel Act, a comedy troupe, sold out in Tarnby.', has: [{ text: 'Orrel Act' }] },
];

entityRowTests('work titles after a modifier', 'Arts Desk Roundup', MODIFIED);
entityRowTests('work titles in apposition', 'Arts Desk Roundup', APPOSED);
entityRowTests('work titles after a capitalised kind', 'Arts Desk Roundup', OPENING);
entityRowTests('work titles after "starred in"', 'Arts Desk Roundup', STARRED);
entityRowTests('laws and bills', 'Arts Desk Roundup', LAWS);

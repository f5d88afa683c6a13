// Press releases and official statements as they reach a fact-checker: a release is its issuer's own words, so a
// figure in it that nothing else attributes is the issuer's (release-issuer.ts: a wire between slashes after the
// dateline, an "About X" heading, "ENDS", "Notes to editors", "For immediate release", media contacts or the
// forward-looking boilerplate make a text a release; the issuer is the organisation that "today announced" in the
// lead, else the one "About" names, else the letterhead); a news story that quotes a release is left alone. A
// listing's code after an exchange's name ("(NASDAQ: KSTL)") is no entity and no wall between the firm and its verb
// (entity-tickers.ts, speakers.ts); a legal form after a comma ("Kestrel Systems, Inc.") is no organisation of its
// own and makes the name before it a firm's (entity-legal-forms.ts); "LLP" ends a firm's name and "Constabulary" a
// body's; "Group" alone before a job title is its scope ("Group Chief Executive"); a subject after a
// comma ("For the year, the company expects …") starts at its first word (claim-sourcing.ts).
// Run with `node --import tsx --test test/unit/press-releases.test.ts`. All names, firms, bodies and places are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';
import { type ClaimRow, testClaimRows } from './claim-rows';

const HEADLINE = 'Kestrel Systems Reports Fourth Quarter Results';

const RELEASES: ClaimRow[] = [
  {
    label: 'a release with a wire between slashes: its highlights are the issuer\'s who "today announced"',
    body: 'TARNBY, Ostland, March 3, 2026 /Northwire/ -- Kestrel Systems today announced results for the fourth quarter.\n\n- Revenue of $40.2 million, up 18% year over year.',
    claims: [{ text: '$40.2 million', sourced: 'yes', source: 'Kestrel Systems' }, { text: '18%', sourced: 'yes', source: 'Kestrel Systems' }],
  },
  {
    label: 'an "About X" heading makes a release: the boilerplate\'s figures are the issuer\'s',
    body: 'DUNMORE, 20 January 2026 – Orrel Farmers Union today responded to the new quota.\n\nAbout Orrel Farmers Union\nOrrel Farmers Union is a co-operative with 4,500 members.',
    claims: [{ text: '4,500 members', sourced: 'yes', source: 'Orrel Farmers Union' }],
  },
  {
    label: 'a statement under a letterhead that ends "ENDS": its numbered points are the body\'s',
    body: 'Ministry of Rural Affairs\n\nA spokesperson for the Ministry of Rural Affairs said the valley would be helped. The Ministry is taking the following steps:\n\n1. Around 340 households have been offered temporary accommodation.\n\nENDS',
    claims: [{ text: 'Around 340 households have been offered temporary', sourced: 'yes', source: 'Ministry of Rural Affairs' }],
  },
  {
    label: 'guard: a news story that quotes a release leaves its own figures unsourced',
    body: 'Haldor Foods will cut 600 jobs, the company said in a statement on Thursday.\n\nShares in Haldor fell 7.5% in London trading.',
    claims: [{ text: 'cut 600 jobs', sourced: 'yes', source: 'the company' }, { text: 'fell 7.5%', sourced: 'no' }],
  },
  {
    label: 'guard: "About the author" names no organisation, so an article is no release',
    body: 'Feed prices rose 12% in May, hitting dairy farms in Tarnby.\n\nAbout the author\nMira Olsen is our farming editor.',
    claims: [{ text: 'rose 12%', sourced: 'no' }],
  },
];

const SUBJECTS: ClaimRow[] = [
  {
    label: 'a firm named with ", Inc." and its listing in brackets "today announced": the firm, not the code',
    body: 'Kestrel Systems, Inc. (NASDAQ: KSTL) today announced revenue of $40.2 million for the quarter.',
    claims: [{ text: '$40.2 million', sourced: 'yes', source: 'Kestrel Systems' }],
  },
  {
    label: 'a subject after a comma starts at its first word: "For the full year, the company expects …"',
    body: 'Kestrel makes sensors. For the full year, the company expects revenue of $172 million.',
    claims: [{ text: '$172 million', sourced: 'yes', source: 'the company' }],
  },
  {
    label: 'guard: a subject that opens the sentence is as before',
    body: 'Kestrel makes sensors. The company expects revenue of $172 million.',
    claims: [{ text: '$172 million', sourced: 'yes', source: 'The company' }],
  },
];

testClaimRows(HEADLINE, [['press releases', RELEASES], ['subjects of releases', SUBJECTS]]);

const ENTITIES: EntityRow[] = [
  { label: 'a listing\'s code after an exchange\'s name is no entity', body: 'Kestrel Systems (NASDAQ: KSTL) said on Tuesday it would hire 40 engineers.', has: [{ text: 'Kestrel Systems', type: 'ORG' }], lacks: ['KSTL'] },
  { label: 'codes of two listings', body: 'Varnholt Group (LSE: VRN; TSX: VRN) said it would buy Pellmark.', has: [{ text: 'Varnholt Group', type: 'ORG' }], lacks: ['VRN'] },
  { label: 'guard: a body after "Source:" in brackets stays a body', body: 'The fund grew fast (Source: OMFA) and lent more.', has: [{ text: 'OMFA', type: 'ORG' }] },
  { label: 'a legal form after a comma is no name of its own, and the name before it a firm\'s', body: 'Brightwell, Inc. said on Monday it would hire staff.', has: [{ text: 'Brightwell', type: 'ORG' }], lacks: ['Inc'] },
  { label: 'guard: a person named in full before a comma and "Inc." stays a person', body: 'Tomas Brenner, Inc. magazine\'s editor, said it was late.', has: [{ text: 'Tomas Brenner', type: 'PERSON' }] },
  { label: '"LLP" ends a firm\'s name', body: 'Ferrant & Low LLP is serving as legal adviser to Varnholt Group.', has: [{ text: 'Ferrant & Low LLP', type: 'ORG' }] },
  { label: 'a police force named "Constabulary" is a body, not a place', body: 'Dunmore Constabulary is appealing for witnesses to the fire.', has: [{ text: 'Dunmore Constabulary', type: 'ORG' }] },
  { label: 'guard: the town alone stays a place', body: 'Officers from Dunmore Constabulary searched a house in Dunmore on Friday.', has: [{ text: 'Dunmore', type: 'LOC' }] },
  { label: '"Group" before a job title is its scope, no organisation', body: 'Elsa Varnholt, Group Chief Executive of Varnholt Holdings, said sales rose.', has: [{ text: 'Varnholt Holdings', type: 'ORG' }], lacks: ['Group'] },
  { label: 'guard: "Group" ending a firm\'s name stays in it', body: 'The Velby Group said it would buy Pellmark.', has: [{ text: 'Velby Group', type: 'ORG' }] },
];

entityRowTests('press-release names', HEADLINE, ENTITIES);

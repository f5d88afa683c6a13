// Press releases and official statements as they reach a fact-checker: a release is its issuer's own words, so a
// figure in it that nothing else attributes is the issuer's (release-issuer.ts: a wire between slashes after the
// dateline, an "About X" heading, "ENDS", "Notes to editors", "For immediate release", media contacts or the
// forward-looking boilerplate make a text a release; the issuer is the organisation that "today announced" in the
// lead, else the one "About" names, else the letterhead); a news story that quotes a release is left alone. A
// listing's code after an exchange's name ("(NASDAQ: KSTL)") is no entity and no wall between the firm and its verb
// (entity-tickers.ts, speakers.ts); a legal form after a comma ("Kestrel Systems, Inc.") is no organisation of its
// own and makes the name before it a firm's (entity-legal-forms.ts); "LLP" ends a firm's name; a subject after a
// comma ("For the year, the company expects …") starts at its first word (claim-sourcing.ts).
// Run with `node --import tsx --test test/unit/press-releases.test.ts`. All names, firms, bodies and places are fictional.
import { entityRowTests, type EntityRow } from './entity-rows';
import { type ClaimRow, testClaimRows } from './claim-rows';

const HEADLINE = 'Kestrel Systems Reports Fourth Quarter Results';

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

testClaimRows(HEADLINE, [['subjects of releases', SUBJECTS]]);

const ENTITIES: EntityRow[] = [
  { label: 'a listing\'s code after an exchange\'s name is no entity', body: 'Kestrel Systems (NASDAQ: KSTL) said on Tuesday it would hire 40 engineers.', has: [{ text: 'Kestrel Systems', type: 'ORG' }], lacks: ['KSTL'] },
  { label: 'codes of two listings', body: 'Varnholt Group (LSE: VRN; TSX: VRN) said it would buy Pellmark.', has: [{ text: 'Varnholt Group', type: 'ORG' }], lacks: ['VRN'] },
  { label: 'guard: a body after "Source:" in brackets stays a body', body: 'The fund grew fast (Source: OMFA) and lent more.', has: [{ text: 'OMFA', type: 'ORG' }] },
  { label: 'a legal form after a comma is no name of its own, and the name before it a firm\'s', body: 'Brightwell, Inc. said on Monday it would hire staff.', has: [{ text: 'Brightwell', type: 'ORG' }], lacks: ['Inc'] },
  { label: 'guard: a person named in full before a comma and "Inc." stays a person', body: 'Tomas Brenner, Inc. magazine\'s editor, said it was late.', has: [{ text: 'Tomas Brenner', type: 'PERSON' }] },
  { label: '"LLP" ends a firm\'s name', body: 'Ferrant & Low LLP is serving as legal adviser to Varnholt Group.', has: [{ text: 'Ferrant & Low LLP', type: 'ORG' }] },
];

entityRowTests('press-release names', HEADLINE, ENTITIES);

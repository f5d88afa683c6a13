// Court reporting attributes figures with the verbs of pleading and evidence ("the plaintiffs argued that",
// "the lawsuit alleges that", "a nurse testified that") and to parties named by a bare plural role
// ("Lawyers for the families estimated", "plaintiffs"): such a report sources the figure like "said" does.
// An "alleged" before a noun is an adjective and sources nothing. Fictional sentences; before the fix the
// sourced rows were unsourced. Run with `node --import tsx --test test/unit/claims-court-sources.test.ts`.
import { testClaimRows, type ClaimRow } from './claim-rows';

const pleading: readonly ClaimRow[] = [
  {
    label: 'a lawsuit alleges that',
    body: 'The lawsuit alleges that Kelvar Rail ignored 22 complaints about the level crossing.',
    claims: [{ text: 'ignored 22 complaints about the level crossing', sourced: 'yes', source: 'The lawsuit' }],
  },
  {
    label: 'prosecutors contended that',
    body: 'Prosecutors contended that Arlo Venn moved $4 million to a shell company.',
    claims: [{ text: 'moved $4 million', sourced: 'yes', source: 'Prosecutors' }],
  },
  {
    label: 'the plaintiffs had argued that',
    body: 'The plaintiffs had argued that the firm lost 14 contracts in two years.',
    claims: [{ text: 'lost 14 contracts', sourced: 'yes', source: 'The plaintiffs' }],
  },
  {
    label: 'the defendants told the court',
    body: 'The defendants told the court that they had repaid $2 million.',
    claims: [{ text: '$2 million', sourced: 'yes', source: 'The defendants' }],
  },
  {
    label: 'a named witness testified that',
    body: 'Mira Castell testified that the clinic turned away 40 patients in one night.',
    claims: [{ text: '40 patients', sourced: 'yes', source: 'Mira Castell' }],
  },
  {
    label: 'guard: "alleged" as an adjective sources nothing',
    body: 'The alleged theft of $4 million from the Brennow credit union shocked the town.',
    claims: [{ text: '$4 million', sourced: 'no' }],
  },
  {
    label: 'guard: "is alleged to" is a passive, its subject no speaker',
    body: 'Prosecutors said Arlo Venn is alleged to have stolen $4 million.',
    claims: [{ text: '$4 million', sourced: 'yes', source: 'Prosecutors' }],
  },
  {
    label: 'guard: a reduced passive "alleged to have"',
    body: 'Tomas Brell, alleged to have 19 shell firms, is charged with fraud.',
    claims: [{ text: '19 shell firms', sourced: 'no' }],
  },
  {
    label: 'guard: "alleged" after a number is an adjective',
    body: 'The regulator notified the club of nine alleged rules violations.',
    claims: [{ text: 'nine alleged rules violations', sourced: 'no' }],
  },
  {
    label: 'the one a case is against never speaks: the charges do, as a lawsuit does',
    body: 'The charges against Ina Vorl allege she obtained a $415,000 loan by fraud.',
    claims: [{ text: '$415,000 loan', sourced: 'yes', source: 'The charges' }],
  },
  {
    label: 'an indictment against a named firm speaks for the figure',
    body: 'The indictment against Corvel Haulage alleges 40 thefts from the Tarrow depot.',
    claims: [{ text: '40 thefts', sourced: 'yes', source: 'The indictment' }],
  },
  {
    label: 'guard: "testified against" says nothing of the figure',
    body: 'Two Dovren executives pleaded guilty last year and testified against the mayor.',
    claims: [{ text: 'Two Dovren executives pleaded guilty', sourced: 'no' }],
  },
];

const bareRoles: readonly ClaimRow[] = [
  {
    label: 'Lawyers for the families estimated that',
    body: 'Lawyers for the families estimated that fares rose 300% between 2010 and 2014.',
    claims: [{ text: 'rose 300% between 2010 and 2014', sourced: 'yes', source: 'Lawyers for the families' }],
  },
  {
    label: 'officials at a body said',
    body: 'Officials at the agency said 40 homes were lost.',
    claims: [{ text: '40 homes were lost', sourced: 'yes', source: 'Officials at the agency' }],
  },
];

testClaimRows('Court Hears Fare Case', [['court pleading verbs', pleading], ['bare plural roles', bareRoles]]);

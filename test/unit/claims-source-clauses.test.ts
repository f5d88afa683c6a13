// Which clause of a sentence a source covers, and sources that stand after a figure: a superlative in apposition
// after a trailing cue, the agent of "a gain forecast by …", what data "showed" before a ", while" clause, plural
// bodies as speakers, and a figure an apposition says a named outlet reported (when the sentence's only
// attribution is vague). Run with `node --import tsx --test test/unit/claims-source-clauses.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const RANKING_APPOSITION: ClaimRow[] = [
  {
    label: 'a superlative right after the cue\'s tail ranks the figure the office gave: same source',
    body: 'Joblessness in Varnholm fell to 3.1% in May, the statistics office said on Thursday, the lowest rate since 2011.',
    claims: [{ text: '3.1%', sourced: 'yes' }, { text: 'the lowest rate since 2011', measure: 'superlative', sourced: 'yes', source: 'the statistics office' }],
  },
  {
    label: 'the writer\'s tail that is no superlative stays the writer\'s',
    body: 'The Orlay pier will close, the harbour board said on Monday, two days after 12 boats sank.',
    claims: [{ text: '12 boats sank', sourced: 'no' }],
  },
];

const PARTICIPLE_AGENT: ClaimRow[] = [
  {
    label: '"a gain forecast by economists in a Harwick poll": the named poll is the source',
    body: 'Retail sales in Teslow rose 0.4% in March, short of a 0.5% gain forecast by economists in a Harwick poll.',
    claims: [{ text: 'rose 0.4%', sourced: 'no' }, { text: '0.5% gain forecast', sourced: 'yes' }],
  },
  {
    label: '"expected by analysts": experts nobody names are a vague source',
    body: 'Dunmore Cycles sold 400 bikes, short of the 450 expected by analysts.',
    claims: [{ text: 'sold 400 bikes', sourced: 'no' }, { text: '450 expected', sourced: 'vague', source: 'analysts' }],
  },
  {
    label: '"expected by the end of May" is a deadline, no agent',
    body: 'A 3% rise in Pellam fares is expected by the end of May.',
    claims: [{ text: '3% rise', sourced: 'no' }],
  },
];

const FINDING_CLAUSE: ClaimRow[] = [
  {
    label: 'what data showed ends at ", while": the second clause is the writer\'s',
    body: 'Data showed exports from Teslow fell 2% in June, while the mark dropped 1% against the crown.',
    claims: [{ text: 'fell 2%', sourced: 'vague' }, { text: 'dropped 1%', sourced: 'no' }],
  },
  {
    label: 'a speaker who "said" may report both clauses',
    body: 'The Teslow ministry said exports fell 2% in June, while imports rose 1%.',
    claims: [{ text: 'fell 2%', sourced: 'yes' }, { text: 'rose 1%', sourced: 'yes' }],
  },
  {
    label: '"after figures showed": the finding is the source of what it showed, not of the move before "after"',
    body: 'Shares of Pellam Foods rose 4% on Tuesday after figures showed its sales climbed 12% in May.',
    claims: [{ text: 'rose 4%', sourced: 'no' }, { text: 'climbed 12%', sourced: 'vague', source: 'figures' }],
  },
  {
    label: '"after data showed": a superlative before the clause stays the writer\'s, the data is no "a decade … after data"',
    body: 'Teslow bond yields hit their highest in over a decade this week after data showed prices rose 6.1% in August.',
    claims: [{ text: 'their highest in over a decade', sourced: 'no' }, { text: 'rose 6.1%', sourced: 'vague', source: 'data' }],
  },
  {
    label: '"because data show": the conjunction of cause ends the source\'s phrase too',
    body: 'Traders sold the mark because data show the Teslow economy shrank 0.8% in the quarter.',
    claims: [{ text: 'shrank 0.8%', sourced: 'vague', source: 'data' }],
  },
];

const CUE_NOUNS: ClaimRow[] = [
  {
    label: '"the 10-year Teslow note rose": the bond\'s issuer is no source of its move',
    body: 'The yield on the 10-year Teslow note rose 12 basis points to 4.8% on Monday.',
    claims: [{ text: 'rose 12 basis points to 4.8%', sourced: 'no' }],
  },
  {
    label: '"the two-year Pellam note was priced at": a maturity makes the noun a security, no cue',
    body: 'The two-year Pellam note was priced at 97 cents on the dollar.',
    claims: [{ text: '97 cents', sourced: 'no' }],
  },
  {
    label: '"a note said": the owner of the document named before a cue still vouches for it',
    body: 'The Teslow note said borrowing rose 4% in May.',
    claims: [{ text: 'rose 4%', sourced: 'yes', source: 'Teslow' }],
  },
  {
    label: '"the Pellam report listed": a document\'s owner vouches for what it lists',
    body: 'The Pellam report listed the damage at 40 sites across the county.',
    claims: [{ text: '40 sites', sourced: 'yes', source: 'Pellam' }],
  },
  {
    label: 'a plural subject\'s "note" is the verb',
    body: 'Analysts at Pellam Bank note that sales rose 4% in May.',
    claims: [{ text: 'rose 4%', sourced: 'yes' }],
  },
];

const PLURAL_BODIES: ClaimRow[] = [
  {
    label: '"the companies said" after the figure',
    body: 'Corvane Tools will buy Maltby Forge for $300 million, the companies said on Monday.',
    claims: [{ text: '$300 million', sourced: 'yes', source: 'the companies' }],
  },
  {
    label: '"the two banks said" before the figure',
    body: 'The two banks said profits at the Orvel branch rose 12% last year.',
    claims: [{ text: 'rose 12%', sourced: 'yes' }],
  },
  {
    label: 'experts in the plural stay vague',
    body: 'Analysts said profits at the Orvel branch rose 12% last year.',
    claims: [{ text: 'rose 12%', sourced: 'vague' }],
  },
];

const REPORTED_FIGURE: ClaimRow[] = [
  {
    label: 'a vague attribution and "a figure reported by" a named paper: the paper is the source',
    body: 'Sources close to the talks say the Corvane deal is worth $40 million, a figure reported by the Varn Herald.',
    claims: [{ text: '$40 million', sourced: 'yes', source: 'Varn Herald' }],
  },
  {
    label: 'without the apposition the sources stay vague',
    body: 'Sources close to the talks say the Corvane deal is worth $40 million.',
    claims: [{ text: '$40 million', sourced: 'vague' }],
  },
];

const ROLE_LED_NAME: ClaimRow[] = [
  {
    label: '"Its rival, <firm>, said": the firm after the role phrase speaks',
    body: 'Its rival, Corvane Mobile, said it had gained 120,000 new customers since the outage.',
    claims: [{ text: 'gained 120,000 new customers', sourced: 'yes', source: 'Corvane Mobile' }],
  },
  {
    label: '"<Name>\'s maker, <firm>, said" after "as": the maker speaks',
    body: 'The recall came as the router\'s maker, Brisk Systems, said 9,000 of its devices were still faulty.',
    claims: [{ text: '9,000 of its devices were still faulty', sourced: 'yes', source: 'Brisk Systems' }],
  },
  {
    label: 'a time phrase and a "that" clause after the cue change nothing',
    body: 'The lender\'s parent, Teslow Holdings, said on Monday that 40 branches would close.',
    claims: [{ text: '40 branches would close', sourced: 'yes', source: 'Teslow Holdings' }],
  },
  {
    label: 'a preposition\'s phrase before the firm is no role: the firm alone speaks as before',
    body: 'Despite the outage, Teslow Holdings said 40 branches would close.',
    claims: [{ text: '40 branches would close', sourced: 'yes', source: 'Teslow Holdings' }],
  },
];

testClaimRows('Teslow markets briefing', [
  ['ranking apposition', RANKING_APPOSITION],
  ['participle agent', PARTICIPLE_AGENT],
  ['finding clause', FINDING_CLAUSE],
  ['cue nouns', CUE_NOUNS],
  ['plural bodies', PLURAL_BODIES],
  ['reported figure', REPORTED_FIGURE],
  ['role-led name', ROLE_LED_NAME],
]);

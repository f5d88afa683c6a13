// Labelled sentences for sources as local news names them: a councillor's party and ward in brackets after the
// name ("Cllr Ada Venn (Lab, Northgate) said") is no speaker and hides no name (speakers.ts beforeBracket), and how
// figures were obtained ("under freedom of information laws") is no part of who reports them (speaker-foi.ts).
// Run with `node --import tsx --test test/unit/claims-local-sources.test.ts`. All text is fictional.
import { type ClaimRow, testClaimRows } from './claim-rows';

const BRACKETS: ClaimRow[] = [
  {
    label: 'a party and ward in brackets between the name and "said": the councillor speaks',
    body: 'Cllr Wren Halloway (Lab, Dockside) said a 5% rise in rents would hurt tenants.',
    claims: [{ text: '5% rise in rents would hurt tenants', sourced: 'yes', source: 'Wren Halloway' }],
  },
  {
    label: 'brackets, then a role in apposition, then "said": the name, not the role',
    body: 'Cllr Wren Halloway (Lab, Dockside), the council\'s housing lead, said 320 flats stood empty.',
    claims: [{ text: '320 flats stood empty', sourced: 'yes', source: 'Wren Halloway' }],
  },
  {
    label: 'a party alone in brackets after a name: "Ivo Marren (Independent) said"',
    body: 'Ivo Marren (Independent) said the depot had lost 45 drivers.',
    claims: [{ text: 'lost 45 drivers', sourced: 'yes', source: 'Ivo Marren' }],
  },
];

const FOI: ClaimRow[] = [
  {
    label: 'figures obtained by a paper "under freedom of information laws show": the paper reports them',
    body: 'Figures obtained by the Tolbury Echo under freedom of information laws show the council spent £380,000 on consultants.',
    claims: [{ text: 'spent £380,000', sourced: 'yes', source: 'Tolbury Echo' }],
  },
  {
    label: 'figures obtained "through a Freedom of Information request" show: the paper reports them',
    body: 'Data obtained by the Tolbury Echo through a Freedom of Information request show 230 bins went missing.',
    claims: [{ text: '230 bins went missing', sourced: 'yes', source: 'Tolbury Echo' }],
  },
];

testClaimRows('Council Row Deepens', [['bracketed party and ward', BRACKETS], ['freedom of information', FOI]]);

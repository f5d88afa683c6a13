// Who sources a figure when the speaker is a side or a group of unnamed people ("rebels said",
// "tenants put the number at"): a vague source (speaker-words.ts GROUP_SPEAKERS, GROUP_VAGUE), also when a
// second side answers in the same sentence ("…, while insurgents put it at 90"); a passive's agent
// ("was estimated at 8,000 by police", claim-passive-agent.ts); two sides joined by "and" without a
// comma; an official who asks not to be named (anonymous: vague); media reports (vague).
// Run with `node --import tsx --test test/unit/claims-group-sources.test.ts`. All text is fictional.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/core/index';
import { type ClaimRow, testClaimRows } from './claim-rows';

const GROUPS: ClaimRow[] = [
  {
    label: 'bare "Insurgents said" before the figure is a vague source',
    body: 'Insurgents said 35 militiamen were killed near the Tolvar crossing.',
    claims: [{ text: '35 militiamen were killed', sourced: 'vague', source: 'Insurgents' }],
  },
  {
    label: '"Guerrillas put the death toll at" is a vague source',
    body: 'Guerrillas put the death toll at 60 after the raid on Sarn.',
    claims: [{ text: 'death toll at 60', sourced: 'vague', source: 'Guerrillas' }],
  },
  {
    label: 'strikers as the speaker',
    body: 'Strikers said 700 dockers had stayed away from the Pellam quays.',
    claims: [{ text: '700 dockers had stayed away', sourced: 'vague', source: 'Strikers' }],
  },
  {
    label: 'villagers, a group SPEAKER_NOUNS already heads, are vague too',
    body: 'Villagers said 45 houses were flattened by the mudslide.',
    claims: [{ text: '45 houses were flattened', sourced: 'vague', source: 'Villagers' }],
  },
  {
    label: 'a place before the group keeps the group as the speaker',
    body: 'Ostrel tenants said 120 flats had no heating.',
    claims: [{ text: '120 flats had no heating', sourced: 'vague', source: 'Ostrel tenants' }],
  },
  {
    label: 'the second figure after ", while insurgents put it at" is theirs',
    body: 'The army said 15 soldiers died, while insurgents put it at 90.',
    claims: [{ text: '15 soldiers died', sourced: 'yes', source: 'The army' }, { text: 'put it at 90', sourced: 'vague', source: 'insurgents' }],
  },
  {
    label: 'guard: a named group stays a firm source',
    body: 'The Tolvar Liberation Front said 35 militiamen were killed.',
    claims: [{ text: '35 militiamen were killed', sourced: 'yes', source: 'Tolvar Liberation Front' }],
  },
  {
    label: 'guard: a rebel spokesman is no bare group',
    body: 'The army said 15 soldiers died, while a rebel spokesman put it at 90.',
    claims: [{ text: '15 soldiers died', sourced: 'yes', source: 'The army' }, { text: 'put it at 90', sourced: 'yes', source: 'a rebel spokesman' }],
  },
];

const PASSIVE_AND: ClaimRow[] = [
  {
    label: 'the agent of "was estimated at … by police" is the source',
    body: 'The rally crowd was estimated at 8,000 by police.',
    claims: [{ text: 'crowd was estimated at 8,000', sourced: 'yes', source: 'police' }],
  },
  {
    label: 'a named agent of "was put at … by" is the source',
    body: 'The toll was put at 31 by the Velmar Red Cross on Friday.',
    claims: [{ text: 'toll was put at 31', sourced: 'yes', source: 'the Velmar Red Cross' }],
  },
  {
    label: 'guard: the agent of the event is no source',
    body: 'About 40 people were killed by gunmen in Sarn.',
    claims: [{ text: 'About 40 people were killed', sourced: 'no' }],
  },
  {
    label: 'two sides joined by "and" without a comma each give their own figure',
    body: 'Police put the crowd at 9,000 and organisers put it at 25,000.',
    claims: [{ text: 'crowd at 9,000', sourced: 'yes', source: 'Police' }, { text: 'put it at 25,000', sourced: 'yes', source: 'organisers' }],
  },
  {
    label: 'guard: "and" inside a trailing list of speakers after a comma still sources the figure',
    body: 'At least 9 fishermen drowned when their boat capsized, harbour officials and a survivor said.',
    claims: [{ text: 'At least 9 fishermen drowned', sourced: 'vague', source: 'a survivor' }],
  },
];

const ANONYMOUS: ClaimRow[] = [
  {
    label: 'an official who asked not to be named is anonymous',
    body: 'A union official, who asked not to be named, said 300 members had resigned.',
    claims: [{ text: '300 members had resigned', sourced: 'vague', source: 'A union official' }],
  },
  {
    label: 'an official speaking on condition of anonymity is anonymous',
    body: 'A ministry official, speaking on condition of anonymity, said 75 inspectors had been dismissed.',
    claims: [{ text: '75 inspectors had been dismissed', sourced: 'vague', source: 'A ministry official' }],
  },
  {
    label: 'guard: the same official without the request is a firm source',
    body: 'A union official said 300 members had resigned.',
    claims: [{ text: '300 members had resigned', sourced: 'yes', source: 'A union official' }],
  },
  {
    label: 'newspaper reports are a vague source',
    body: 'Newspaper reports revealed that 25 reporters had been jailed.',
    claims: [{ text: '25 reporters had been jailed', sourced: 'vague', source: 'Newspaper reports' }],
  },
];

// A bare plural kind of people or bodies (no determiner, number, possessive or name) names nobody: vague
// (bare-group.ts). A determiner, a possessive name, a named body after "at", an office ("authorities") or a
// responder's field ("relief workers") keeps the source firm.
const BARE: ClaimRow[] = [
  {
    label: 'bare "Unions say" before the figure is vague',
    body: 'Unions say 2,300 jobs will go at the Brennick mill.',
    claims: [{ text: '2,300 jobs will go', sourced: 'vague', source: 'Unions' }],
  },
  {
    label: 'bare "Growers warned that" is vague (a stating verb, not a cue)',
    body: 'Growers warned that 40% of the pear harvest had rotted.',
    claims: [{ text: '40% of the pear harvest had rotted', sourced: 'vague', source: 'Growers' }],
  },
  {
    label: 'a kind of business and a place, with "said", is vague and keeps its place',
    body: 'Bakery owners in Ostrel said 18 shops would close.',
    claims: [{ text: '18 shops would close', sourced: 'vague', source: 'Bakery owners in Ostrel' }],
  },
  {
    label: 'a kind of business and a place, with "warned that", is vague',
    body: 'Ferry operators in Tamsk warned that 9 routes would be cut.',
    claims: [{ text: '9 routes would be cut', sourced: 'vague', source: 'Ferry operators in Tamsk' }],
  },
  {
    label: 'bare "Banks said" is vague',
    body: 'Banks said 260 branches would shut by spring.',
    claims: [{ text: '260 branches would shut', sourced: 'vague', source: 'Banks' }],
  },
  {
    label: 'guard: a determiner and a number name the group',
    body: 'The two unions at the depot say 2,300 jobs will go.',
    claims: [{ text: '2,300 jobs will go', sourced: 'yes', source: 'The two unions at the depot' }],
  },
  {
    label: 'guard: a possessive name names the group',
    body: 'Brennick’s unions say 2,300 jobs will go.',
    claims: [{ text: '2,300 jobs will go', sourced: 'yes', source: 'Brennick’s unions' }],
  },
  {
    label: 'guard: "authorities" speak as an office',
    body: 'Authorities said 70 homes were evacuated.',
    claims: [{ text: '70 homes were evacuated', sourced: 'yes', source: 'Authorities' }],
  },
  {
    label: 'guard: relief workers at the scene speak on the record',
    body: 'Relief workers said 14 lorries had reached the camp.',
    claims: [{ text: '14 lorries had reached', sourced: 'yes', source: 'Relief workers' }],
  },
  {
    label: 'guard: doctors stay a firm source',
    body: 'Doctors said 35 patients were treated for smoke.',
    claims: [{ text: '35 patients were treated', sourced: 'yes', source: 'Doctors' }],
  },
];

testClaimRows('Fictional unrest report', [['groups of people', GROUPS], ['passive agents and "and"', PASSIVE_AND], ['anonymous and media', ANONYMOUS], ['bare plural groups', BARE]]);

const QUOTES: { label: string; body: string; speaker: string }[] = [
  { label: 'said Place tenants: the tenants speak, not the place', body: '“The lifts have not worked since May,” said Ostrel tenants.', speaker: 'Ostrel tenants' },
  { label: 'guard: said Surname: the person speaks', body: 'Ilka Ostrel runs the tenants’ committee. “The lifts have not worked since May,” said Ostrel.', speaker: 'Ostrel' },
];

for (const row of QUOTES) {
  test(`group speakers of quotes: ${row.label}`, () => {
    const a = analyzeText(`Fictional unrest report\n\n${row.body}\n`);
    assert.equal(a.quotes.length, 1, 'one quote');
    assert.equal(a.quotes[0].speaker?.text ?? null, row.speaker);
  });
}

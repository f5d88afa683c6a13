// The delta-maintained corpus views equal a from-scratch build: random sequences of set/delete
// operations over generated articles, compared after every step with `resolve()` over the same
// documents (entity partitions) and with full-pool ranking (corroborations).
// Run with `node --import tsx --test test/unit/corpus-delta.test.ts`.
// All names are fictional; the generator is seeded, so a failure reproduces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Corpus, analyzeText } from '../../server/src/core/index';
import { entityKeyStrings } from '../../server/src/core/corpus/join-keys';
import { resolve, type Resolution } from '../../server/src/core/corpus/resolve';
import { rankCandidates } from '../../server/src/core/corpus/corroborate';

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5 >>> 0) / 2 ** 32);
}

const FIRST = ['Ines', 'Tomas', 'Aleksandr', 'Alexander', 'Mira', 'Jonas', 'Edda'];
const LAST = ['Marlow', 'Velasko', 'Okonjo', 'Brandvik', 'Lindqvaar', 'Marlowe'];
const ORGS = ['Coastal Rescue Federation', 'Northern Harbour Authority', 'Valley Water Board'];
const PLACES = ['Portugal', 'Norway', 'Kestrel Bay', 'Lower Fenwick'];
const DEMONYMS = ['Portuguese', 'Norwegian'];
// Staff, employees, workers and residents are counted as people by corroborate.ts's classes.
const COUNTED = ['people', 'homes', 'children', 'soldiers', 'families', 'civilians', 'staff', 'employees', 'workers', 'residents'];
const TOWNS = ['Fenwick', 'Port Marrow'];
const VERBS = ['were killed', 'were injured', 'were evacuated', 'were destroyed', 'died'];

function article(r: () => number): string {
  const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const lines = [`${pick(['Storm', 'Flood', 'Fire'])} Hits ${pick(PLACES)}`, ''];
  for (let i = 0, n = 2 + Math.floor(r() * 4); i < n; i++) {
    const first = pick(FIRST), last = pick(LAST), org = pick(ORGS);
    const acr = org.split(' ').map((w) => w[0]).join('');
    const num = 10 + Math.floor(r() * 40) * 5;
    switch (Math.floor(r() * 13)) {
      // Shares, amounts and superlatives are matched by their own keys (percent, money, superlative).
      case 7: lines.push(`Nearly ${num % 60}% of ${pick(COUNTED)} ${pick(VERBS)}, officials said.`); break;
      case 8: lines.push(`The ${org} said it spent $${num} million on repairs.`); break;
      case 9: lines.push(`The government pledged ${num} million pounds in aid, ${first} al-${last} said.`); break;
      case 10: lines.push(`It was the worst ${pick(['flood', 'storm'])} in ${pick(PLACES)} in ${num} years, ${last} said.`); break;
      // A place in one article that another names as a one-word "person" ("Port-Marrow said"); a family name first or last.
      case 11: lines.push(`Officials in ${pick(TOWNS)} said ${num} ${pick(COUNTED)} ${pick(VERBS)}.`); break;
      case 12: lines.push(r() < 0.5 ? `${pick(TOWNS).replace(' ', '-')} said ${num} ${pick(COUNTED)} ${pick(VERBS)}.` : `${pick(['Park Min-ho', 'Min-ho Park'])} said ${num} ${pick(COUNTED)} ${pick(VERBS)}.`); break;
      // An acronym written like a word ("Nha") shares its key with "NHA", not with the expansion.
      case 6: lines.push(`Officials at ${acr[0] + acr.slice(1).toLowerCase()} said ${num} ${pick(COUNTED)} ${pick(VERBS)}.`); break;
      case 0: lines.push(`${first} ${last}, a spokesman for the ${org}, said ${num} ${pick(COUNTED)} ${pick(VERBS)} in ${pick(PLACES)}.`); break;
      case 1: lines.push(`${last} told reporters that at least ${num} ${pick(COUNTED)} ${pick(VERBS)} on Monday.`); break;
      case 2: lines.push(`The ${org} (${acr}) said more than ${num} ${pick(COUNTED)} ${pick(VERBS)}.`); break;
      case 3: lines.push(`${acr} officials visited ${pick(PLACES)} where ${num} ${pick(COUNTED)} ${pick(VERBS)}, ${first} ${last} said.`); break;
      case 4: lines.push(`${pick(DEMONYMS)} officials said nearly ${num} ${pick(COUNTED)} ${pick(VERBS)}.`); break;
      default: lines.push(`About ${num} ${pick(COUNTED)} ${pick(VERBS)} near ${pick(PLACES)}, according to ${first} ${last}.`);
    }
  }
  return lines.join('\n') + '\n';
}

/** A resolution as comparable data: each entity's sorted members with its attributes. */
function partition(res: Resolution): string[] {
  const nameOf = (id: string | undefined) => (id ? res.byId.get(id)?.name : undefined);
  return res.entities.map((g) => JSON.stringify({
    members: g.members.map((m) => m.doc + '#' + m.local).sort(),
    name: g.name, type: g.type, aliases: g.aliases, documents: g.documents, mentions: g.mentions, country: nameOf(g.country),
  })).sort();
}

function fromScratch(c: Corpus): Resolution {
  return resolve(new Map(c.ids().map((id) => [id, c.get(id)!.analysis.entities])));
}

for (const seed of [1, 2, 3, 4, 5]) {
  test(`delta: random set/delete sequence ${seed} keeps entities and rankings equal to a full rebuild`, () => {
    const r = rng(seed);
    const c = new Corpus();
    for (let step = 0; step < 40; step++) {
      const id = 'doc' + Math.floor(r() * 8);
      const old = c.get(id)?.text;
      const op = r();
      if (op < 0.2) c.delete(id);
      // Typing in one sentence: the other claims of the document stay as they were.
      else if (op < 0.5 && old) c.set(id, old.replace(/\d+/, String(Math.floor(r() * 300))), step);
      else c.set(id, article(r), step);
      if (r() < 0.3) continue; // sometimes batch several changes before a query
      assert.deepEqual(partition(c.entities()), partition(fromScratch(c)), `step ${step}`);
      const pool = c.claimRefs();
      for (const target of pool) {
        const ci = c.get(target.doc)!.analysis.claims.indexOf(target.claim);
        const want = rankCandidates(target, pool, 10);
        assert.deepEqual(c.corroborations(target.doc, ci, 10), want, `step ${step}, ${target.doc} claim ${ci}`);
      }
    }
  });
}

// The claim pool built a few documents at a time while idle (prepareClaims, as after indexing a
// workspace), with edits in between, ranks exactly as one built at once when queried.
for (const seed of [21, 22, 23]) {
  test(`delta: a claim pool prepared in chunks between edits ranks as one built at once (${seed})`, () => {
    const r = rng(seed), idle = rng(seed + 100);
    const whole = new Corpus(), chunked = new Corpus();
    let partial = 0;
    for (let step = 0; step < 40; step++) {
      const id = 'doc' + Math.floor(r() * 10);
      const old = whole.get(id)?.text;
      const op = r();
      for (const c of [whole, chunked]) {
        if (op < 0.2) c.delete(id);
        else if (op < 0.5 && old) c.set(id, old.replace(/\d+/, String(Math.floor(op * 300))), step);
        else if (c === whole) c.set(id, article(r), step);
        else c.set(id, whole.get(id)!.text, step);
      }
      if (idle() < 0.6) {
        // Usually the entities were updated (as at the end of indexing: a query in both, so their
        // ids stay alike); else preparing leaves everything to the next query.
        if (idle() < 0.7) { whole.entities(); chunked.entities(); }
        if (!chunked.prepareClaims(1 + Math.floor(idle() * 3))) partial++;
      }
      if (r() < 0.4) continue;
      const pool = whole.claimRefs();
      assert.deepEqual(chunked.claimRefs(), pool, `step ${step}: pool`);
      for (const target of pool) {
        const ci = whole.get(target.doc)!.analysis.claims.indexOf(target.claim);
        assert.deepEqual(chunked.corroborations(target.doc, ci, 10), whole.corroborations(target.doc, ci, 10), `step ${step}, ${target.doc} claim ${ci}`);
      }
    }
    assert.ok(partial > 0, 'some preparations stopped before the pool was up to date');
    assert.equal(chunked.prepareClaims(1), true, 'up to date after a query');
  });
}

/** A resolution as data with its ids (three corpora fed the same operations must agree on those too). */
function withIds(res: Resolution): string[] {
  return res.entities.map((g) => JSON.stringify({ id: g.id, members: g.members.map((m) => m.doc + '#' + m.local), name: g.name, type: g.type, aliases: g.aliases, country: g.country }));
}

for (const seed of [11, 12, 13]) {
  test(`delta: analyses that bring their join keys (workers, the index cache), bring none, or bring damaged ones resolve alike; bulk loads and mass deletes too (${seed})`, () => {
    const r = rng(seed);
    const plain = new Corpus(), keyed = new Corpus(), unkeyed = new Corpus();
    // As the analysis worker adds them and the index cache stores them (JSON, so fresh strings).
    const withKeys = (text: string) => {
      const a = analyzeText(text);
      a.joinKeys = JSON.parse(JSON.stringify(entityKeyStrings(a.entities))) as string[];
      return a;
    };
    const withoutKeys = (text: string) => {
      const a = analyzeText(text);
      if (r() < 0.5 && a.entities.length) a.joinKeys = entityKeyStrings(a.entities).slice(1); // one short: ignored
      return a;
    };
    const all = [plain, keyed, unkeyed];
    // Documents of their own names around the edited ones, so that most updates re-cluster a small
    // part of the corpus (the index then orders what it re-clusters itself).
    const syl = ['ka', 'lo', 'mer', 'vin', 'tor', 'sa', 'bel'];
    const word = (i: number) => { const w = syl[i % 7] + syl[Math.floor(i / 7) % 7] + 'ndo'; return w[0].toUpperCase() + w.slice(1); };
    for (let i = 0; i < 40; i++) {
      const text = `Report From ${word(i)}ville\n\nMira ${word(i + 1)}, who heads the ${word(i + 2)} Water Board, said ${i + 10} homes were destroyed.\n`;
      plain.set('quiet' + i, text, 1);
      keyed.setAnalyzed('quiet' + i, text, 1, withKeys(text));
      unkeyed.setAnalyzed('quiet' + i, text, 1, withoutKeys(text));
    }
    for (let step = 0; step < 60; step++) {
      const op = r();
      // A burst of loads while held (a workspace scan), then one release.
      const burst = op < 0.1 ? 10 : 1;
      if (burst > 1) for (const c of all) c.holdCrossArticle(true);
      for (let k = 0; k < burst; k++) {
        const id = 'doc' + Math.floor(r() * 12);
        if (op > 0.9) {
          // Most documents removed at once (a folder deleted), then some come back below.
          for (const c of all) for (const d of c.ids()) if (d.startsWith('doc') && d.charCodeAt(d.length - 1) % 3 !== 0) c.delete(d);
        } else if (op > 0.8) for (const c of all) c.delete(id);
        else {
          const text = article(r);
          plain.set(id, text, step);
          keyed.setAnalyzed(id, text, step, withKeys(text));
          unkeyed.setAnalyzed(id, text, step, withoutKeys(text));
        }
      }
      if (burst > 1) for (const c of all) c.holdCrossArticle(false);
      if (r() < 0.3) continue;
      const want = withIds(plain.entities());
      assert.deepEqual(withIds(keyed.entities()), want, `step ${step}: keyed`);
      assert.deepEqual(withIds(unkeyed.entities()), want, `step ${step}: unkeyed`);
      assert.deepEqual(partition(keyed.entities()), partition(fromScratch(keyed)), `step ${step}: from scratch`);
      // Members are listed in corpus order (document id, then local index), as a full build lists them,
      // whatever order the documents were added in.
      const rank = new Map(keyed.ids().sort().map((d, i) => [d, i]));
      for (const g of keyed.entities().entities) {
        const inOrder = [...g.members].sort((a, b) => rank.get(a.doc)! - rank.get(b.doc)! || a.local - b.local);
        assert.deepEqual(g.members, inOrder, `step ${step}: members of ${g.id}`);
      }
    }
  });
}

test('delta: claim refs carry the same entities as a corpus built from scratch in the same order', () => {
  const r = rng(42);
  const c = new Corpus();
  for (let step = 0; step < 30; step++) {
    const id = 'doc' + Math.floor(r() * 6);
    if (r() < 0.2) c.delete(id); else c.set(id, article(r), step);
  }
  const fresh = new Corpus();
  for (const id of c.ids()) fresh.set(id, c.get(id)!.text, 1);
  const names = (corpus: Corpus) => corpus.claimRefs().map((k) => ({ doc: k.doc, at: k.claim.start, entities: k.entities.map((e) => corpus.entities().byId.get(e)!.name).sort() }));
  assert.deepEqual(names(c), names(fresh));
});

test('delta: editing one article re-clusters only the entities its keys reach', () => {
  const syl = ['ka', 'lo', 'mer', 'vin', 'tor'];
  const name = (i: number) => { const w = syl[i % 5] + syl[Math.floor(i / 5) % 5] + 'ndo'; return w[0].toUpperCase() + w.slice(1); };
  const text = (i: number, n: number) => `Report From ${name(i)}ville\n\nMira ${name(i)}, who heads the ${name(i)} Water Board, said ${n} homes were destroyed.\n`;
  const c = new Corpus();
  for (let i = 0; i < 20; i++) c.set('d' + i, text(i, i + 10), 1);
  c.entities();
  c.set('d3', text(3, 99), 2);
  c.entities();
  assert.equal(c.lastResolutionWork, 0, 'a figure changed, no name: nothing to re-cluster');
  c.set('d3', text(3, 99).replace('Mira', 'Edda'), 3);
  c.entities();
  assert.ok(c.lastResolutionWork > 0, 'the edited article is re-clustered');
  assert.ok(c.lastResolutionWork < c.entities().entities.length / 2, `re-clustered ${c.lastResolutionWork} of ${c.entities().entities.length}`);
});

test('delta: while cross-article updates are held, queries see the last state; after release, the new documents', () => {
  const c = new Corpus();
  c.set('a', 'Harbour Report\n\nMira Velasko said 40 boats were damaged on Monday in the storm.\n', 1);
  assert.equal(c.entities().entities.filter((g) => g.name === 'Mira Velasko').length, 1);
  c.holdCrossArticle(true);
  c.set('b', 'Storm Report\n\nMira Velasko said 45 boats were damaged on Monday in the storm.\n', 1);
  const local = c.get('b')!.analysis.mentions.find((m) => m.text === 'Mira Velasko')!.local;
  assert.equal(c.entityOf('b', local), undefined, 'b is not resolved yet');
  assert.deepEqual(c.corroborations('b', 0), [], 'nor ranked');
  assert.equal(c.crossArticleHeld, true, 'callers can tell "not yet" from "none"');
  c.holdCrossArticle(false);
  assert.equal(c.crossArticleHeld, false);
  assert.equal(c.entityOf('b', local)?.documents, 2);
  assert.equal(c.corroborations('b', 0)[0]?.doc, 'a');
});

#!/usr/bin/env node
// Builds examples/harbor.gold.json (schema source-annotator-gold/1) from the four fictional
// articles in examples/harbor/. Spans are found by searching strings, never typed as numbers,
// so the script can be re-run after the articles are edited; it fails loudly when a search
// string is missing or ambiguous, and verifies text === fileText.slice(start, end) for every span.
//
//   node scripts/build-example-gold.mjs            write the gold file
//   node scripts/build-example-gold.mjs --check    verify only (exit 1 if the file on disk differs)
//   node scripts/build-example-gold.mjs --review   also print every span in context, and capitalised
//                                                  words that no mention or ignore span covers

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'examples', 'harbor');
const out = join(root, 'examples', 'harbor.gold.json');

const DOCS = {
  a1: '01_tidewater-post.txt',
  a2: '02_meridian-wire.txt',
  a3: '03_coastline-daily.txt',
  a4: '04_iberia-echo.txt',
};
const text = Object.fromEntries(Object.entries(DOCS).map(([k, f]) => [k, readFileSync(join(dir, f), 'utf8')]));

const problems = [];
const fail = (msg) => problems.push(msg);

// ---------------------------------------------------------------------------------------------
// Entities and the surface forms that name them. Forms are matched case-sensitively, longest
// first, never overlapping, with letter/digit boundaries on both sides. `only` limits a form
// to some documents (used for the bare surname "Teixeira", which names two different people).

const ENTITIES = [
  // PERSON
  ['marta-quintela', 'PERSON', 'Marta Quintela', ['Marta Quintela']],
  ['oleksandr-tkachenko', 'PERSON', 'Oleksandr Tkachenko', ['Oleksandr Tkachenko', 'Aleksandr Tkachenko', 'Alexander Tkachenko', 'Tkachenko']],
  ['bjorn-haugland', 'PERSON', 'Bjørn Haugland', ['Bjørn Haugland']],
  ['beatriz-sequeira', 'PERSON', 'Beatriz Sequeira', ['Beatriz Sequeira', 'Sequeira']],
  ['sonia-amaral', 'PERSON', 'Sónia Amaral', ['Sónia Amaral']],
  ['manuel-teixeira', 'PERSON', 'Manuel Teixeira', ['Manuel Teixeira', { form: 'Teixeira', only: ['a3'] }]],
  ['rui-teixeira', 'PERSON', 'Rui Teixeira', ['Rui Teixeira', { form: 'Teixeira', only: ['a4'] }]],
  ['youssef-al-mansouri', 'PERSON', 'Youssef al-Mansouri', ['Youssef al-Mansouri', 'Yusuf Al-Mansouri', 'Youssef Al Mansouri', 'Al-Mansouri']],
  ['park-ji-hoon', 'PERSON', 'Park Ji-hoon', ['Park Ji-hoon', 'Park Ji-Hoon', 'Ji-hoon Park', 'Ji-Hoon Park', 'Park']],
  ['clara-moniz', 'PERSON', 'Clara Moniz', ['Clara Moniz']],
  ['estevao-lourenco', 'PERSON', 'Estêvão Lourenço', ['Estêvão Lourenço', 'Estevao Lourenco', 'Lourenço']],
  ['rui-pacheco', 'PERSON', 'Rui Pacheco', ['Rui Pacheco', 'RUI PACHECO']],
  ['tomas-brito', 'PERSON', 'Tomás Brito', ['Tomás Brito']],
  ['tiago-ferreira-lobo', 'PERSON', 'Tiago Ferreira-Lobo', ['Tiago Ferreira-Lobo', 'Ferreira-Lobo']],
  ['hannah-lindqvist', 'PERSON', 'Hannah Lindqvist', ['Hannah Lindqvist']],
  ['jose-belo', 'PERSON', 'José Belo', ['José Belo']],
  ['ines-saraiva', 'PERSON', 'Inês Saraiva', ['Inês Saraiva']],
  ['filipe-rocha', 'PERSON', 'Filipe Rocha', ['Filipe Rocha']],
  ['marisa-quental', 'PERSON', 'Marisa Quental', ['Marisa Quental']],
  // ORG
  ['tidewater-post', 'ORG', 'The Tidewater Post', ['Tidewater Post']],
  ['meridian-wire', 'ORG', 'Meridian Wire', ['Meridian Wire']],
  ['coastline-daily', 'ORG', 'Coastline Daily', ['Coastline Daily']],
  ['harbour-notes', 'ORG', 'Harbour Notes', ['Harbour Notes']],
  ['iberia-echo', 'ORG', 'Iberia Echo', ['Iberia Echo']],
  ['coastal-lifeboat-alliance', 'ORG', 'Coastal Lifeboat Alliance', ['Coastal Lifeboat Alliance', 'CLA']],
  ['sado-regional-health-directorate', 'ORG', 'Sado Regional Health Directorate', ['Sado Regional Health Directorate']],
  ['sorvik-line', 'ORG', 'Sørvik Line', ['Sørvik Line', 'Sorvik Line']],
  ['sado-harbour-authority', 'ORG', 'Sado Harbour Authority', ['Sado Harbour Authority', 'SHA']],
  ['praia-baixa-fishermens-cooperative', 'ORG', 'Praia Baixa Fishermen’s Cooperative', ['Praia Baixa Fishermen’s Cooperative', "Praia Baixa Fishermen's Cooperative"]],
  ['hanbit-marine-engineering', 'ORG', 'Hanbit Marine Engineering', ['Hanbit Marine Engineering']],
  // One organisation under its old and its new name ("… (now known as …)").
  ['national-coastal-infrastructure-agency', 'ORG', 'National Coastal Infrastructure Agency', ['National Coastal Infrastructure Agency', 'Maritime Works Institute', 'NCIA']],
  ['atlantic-institute-of-coastal-engineering', 'ORG', 'Atlantic Institute of Coastal Engineering', ['Atlantic Institute of Coastal Engineering']],
  ['setubal-city-council', 'ORG', 'Setúbal City Council', ['Setúbal City Council']],
  // LOC
  ['setubal', 'LOC', 'Setúbal', ['Setúbal', 'SETÚBAL']],
  ['portugal', 'LOC', 'Portugal', ['Portugal', 'PORTUGAL']],
  ['praia-baixa', 'LOC', 'Praia Baixa', ['Praia Baixa']],
  ['lisbon', 'LOC', 'Lisbon', ['Lisbon', 'LISBON']],
  ['bergen', 'LOC', 'Bergen', ['Bergen']],
  ['norway', 'LOC', 'Norway', ['Norway']],
  ['busan', 'LOC', 'Busan', ['Busan']],
  ['tangier', 'LOC', 'Tangier', ['Tangier']],
  ['galicia', 'LOC', 'Galicia', ['Galicia']],
];

// Spans where a prediction is neither right nor wrong: nationality adjectives, an event name,
// vessel names, a platform and a licence named in page furniture, a handle, an acronym used as a
// number prefix.
const IGNORE_FORMS = [
  'Storm Odete', 'Nordkapp Trader', 'Norwegian', 'Portuguese', 'South Korean',
  'Twitter', '@mquintela_tidewater', 'Creative Commons', 'IMO',
];

const isWordChar = (ch) => ch !== undefined && /[\p{L}\p{N}_]/u.test(ch);

function allOccurrences(doc, needle) {
  const t = text[doc];
  const hits = [];
  for (let i = t.indexOf(needle); i !== -1; i = t.indexOf(needle, i + 1)) {
    const before = t[i - 1];
    const after = t[i + needle.length];
    if (needle[0] !== '@' && isWordChar(before)) continue;
    if (isWordChar(after)) continue;
    hits.push([i, i + needle.length]);
  }
  return hits;
}

const overlaps = (a, b) => a[0] < b[1] && b[0] < a[1];

function buildMentionsAndIgnore() {
  const mentions = [];
  const ignore = [];
  for (const doc of Object.keys(DOCS)) {
    const forms = [];
    for (const [id, type, , fs] of ENTITIES) {
      for (const f of fs) {
        const form = typeof f === 'string' ? f : f.form;
        const only = typeof f === 'string' ? null : f.only;
        if (only && !only.includes(doc)) continue;
        forms.push({ form, id, type });
      }
    }
    for (const form of IGNORE_FORMS) forms.push({ form, id: null });
    forms.sort((a, b) => b.form.length - a.form.length);
    const taken = [];
    for (const { form, id, type } of forms) {
      for (const span of allOccurrences(doc, form)) {
        if (taken.some((s) => overlaps(s, span))) continue;
        taken.push(span);
        const rec = { doc: DOCS[doc], start: span[0], end: span[1], text: form };
        if (id) mentions.push({ ...rec, entity: id, type });
        else ignore.push(rec);
      }
    }
  }
  const byPos = (a, b) => a.doc.localeCompare(b.doc) || a.start - b.start;
  return { mentions: mentions.sort(byPos), ignore: ignore.sort(byPos) };
}

// ---------------------------------------------------------------------------------------------
// Quotes: every pair of double quotation marks is found by a scanner (one paragraph = one line
// here); each must be described below by a unique prefix of its text, and every description must
// be used. A paragraph whose quote is never closed (the continuation paragraphs of a
// multi-paragraph quote, or the one unbalanced mark in 03) yields a quote that runs to the end of
// the paragraph, which is what a reader takes it to mean.

function scanQuotes(doc) {
  const t = text[doc];
  const found = [];
  let lineStart = 0;
  while (lineStart <= t.length) {
    let lineEnd = t.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = t.length;
    let open = -1;
    let style = null;
    for (let i = lineStart; i < lineEnd; i++) {
      const ch = t[i];
      if (ch === '“') {
        if (open !== -1) throw new Error(`${doc}: nested “ at ${i}`);
        open = i; style = 'curly';
      } else if (ch === '”') {
        if (open === -1 || style !== 'curly') throw new Error(`${doc}: stray ” at ${i}`);
        found.push({ start: open + 1, end: i, closed: true }); open = -1;
      } else if (ch === '"') {
        if (open === -1) { open = i; style = 'straight'; }
        else if (style === 'straight') { found.push({ start: open + 1, end: i, closed: true }); open = -1; }
        else throw new Error(`${doc}: straight mark inside curly quote at ${i}`);
      }
    }
    if (open !== -1) found.push({ start: open + 1, end: lineEnd, closed: false });
    lineStart = lineEnd + 1;
  }
  return found;
}

// [doc, prefix of the quoted text, speaker entity | null, speakerText (unnamed speaker) | null, cue | null, scare]
const QUOTES = [
  ['a1', 'We had both anchors down', 'oleksandr-tkachenko', null, 'told', false],
  ['a1', 'I have been at sea', 'oleksandr-tkachenko', null, 'told', false],
  ['a1', 'Nobody ordered us out', 'oleksandr-tkachenko', null, 'said', false], // "he said"
  ['a1', 'cooperating fully', 'bjorn-haugland', null, 'said in a statement', false],
  ['a1', 'not speculate on the causes', 'bjorn-haugland', null, 'said in a statement', false],
  ['a1', 'We will not rest until', 'beatriz-sequeira', null, 'said', false],
  ['a1', 'The first hours were chaos', 'sonia-amaral', null, 'said', false], // "the spokeswoman said"
  ['a1', 'There was a sign on the gate', 'manuel-teixeira', null, 'said', false],
  ['a1', 'temporary', null, null, null, true],
  ['a1', 'The structure we delivered', 'park-ji-hoon', null, 'said in a statement', false], // multi-paragraph, 1/3
  ['a1', 'It was designed for storm waves', 'park-ji-hoon', null, 'said in a statement', false], // 2/3
  ['a1', 'We will share all', 'park-ji-hoon', null, 'said in a statement', false], // 3/3
  ['a1', 'entirely preventable', 'clara-moniz', null, 'called', false],

  ['a2', 'We will not rest until', 'beatriz-sequeira', null, 'told reporters', false],
  ['a2', 'We never received', 'oleksandr-tkachenko', null, 'said', false],
  ['a2', 'We asked for a tug', 'oleksandr-tkachenko', null, 'added', false], // "he added"
  ['a2', 'Both tugs were already', null, 'a senior port official', 'said', false],
  ['a2', 'built for the sea', 'tiago-ferreira-lobo', null, 'said', false],
  ['a2', 'in full', 'tiago-ferreira-lobo', null, 'according to', false],
  ['a2', 'The wall was inspected', 'tiago-ferreira-lobo', null, 'added', false],
  ['a2', 'met every specification', 'park-ji-hoon', null, 'said', false],

  ['a3', 'I told them in 2022', 'youssef-al-mansouri', null, 'said', false],
  ['a3', 'They put sandbags', 'youssef-al-mansouri', null, 'said', false],
  ['a3', 'temporary', null, null, null, true],
  ['a3', 'The sign on the gate', 'manuel-teixeira', null, 'said', false],
  ['a3', 'stronger than anything', 'jose-belo', null, 'said', false],
  ['a3', 'We will not rest', 'beatriz-sequeira', null, 'said', false], // "she said", truncated variant
  ['a3', 'review every metre', 'tiago-ferreira-lobo', null, 'said', false], // unbalanced: never closed
  ['a3', 'was designed for storm waves', 'park-ji-hoon', null, 'said in a statement', false],
  ['a3', 'Who checks the people', 'youssef-al-mansouri', null, 'asked', false],
  ['a3', 'Somebody signed a paper', 'youssef-al-mansouri', null, 'asked', false],

  ['a4', 'Families have the right', 'rui-teixeira', null, 'said', false],
  ['a4', 'nothing to hide', 'national-coastal-infrastructure-agency', null, 'said', false],
  ['a4', 'We will not stop', 'beatriz-sequeira', null, 'said', false], // translated variant
  ['a4', 'in poor condition', null, 'a 2021 survey', 'rated', false],
  ['a4', 'This tragedy was written down', 'marisa-quental', null, 'said', false], // "she said"
  ['a4', 'The harbour authority followed', 'estevao-lourenco', null, 'told', false],
  ['a4', 'did everything a seaman', 'filipe-rocha', null, 'said', false],
];

function buildQuotes() {
  const quotes = [];
  const used = new Set();
  for (const doc of Object.keys(DOCS)) {
    for (const q of scanQuotes(doc)) {
      const qtext = text[doc].slice(q.start, q.end);
      const descs = QUOTES.map((d, i) => [d, i]).filter(([d]) => d[0] === doc && qtext.startsWith(d[1]) && !used.has(d));
      if (descs.length !== 1) { fail(`${doc}: quote ${JSON.stringify(qtext.slice(0, 40))} matched ${descs.length} descriptions`); continue; }
      const [[[, , speaker, speakerText, cue, scare]]] = descs;
      used.add(descs[0][0]);
      quotes.push({ doc: DOCS[doc], start: q.start, end: q.end, text: qtext, speaker, speakerText, cue, scare });
    }
  }
  for (const d of QUOTES) if (!used.has(d)) fail(`quote description not used: ${d[0]} ${d[1]}`);
  return quotes;
}

// ---------------------------------------------------------------------------------------------
// Claims: [doc, key, span text, sourced, source, optional, context]. The span text must occur
// exactly once in the document (or once inside `context`, which must itself be unique).
// `source` is the entity id when a named entity vouches for the figure, otherwise the words that
// attribute it ("police", "reportedly", "are believed to", …).

const CLAIMS = [
  ['a1', 'dead-head', '37 Dead', 'no', null, true],
  ['a1', 'section', '200-metre section of the seawall', 'no', null, true],
  ['a1', 'waves', 'waves of more than 9\u00A0metres', 'no', null, true],
  ['a1', 'dead', 'At least 37 people were killed', 'yes', 'sado-regional-health-directorate', false],
  ['a1', 'injured', '120 people were treated in hospital for injuries', 'yes', 'sado-regional-health-directorate', false],
  ['a1', 'missing', '12 people remain missing', 'yes', 'police', false],
  ['a1', 'homes', 'Nearly 400 families have lost their homes', 'no', null, false],
  ['a1', 'boats', 'Between 40 and 50 fishing boats are believed to have sunk', 'vague', 'are believed to', false],
  ['a1', 'fund', 'released €4.5 million in emergency funds', 'yes', 'beatriz-sequeira', false],
  ['a1', 'checks', 'about 60% of the homes in the quarter will need structural checks', 'yes', 'beatriz-sequeira', false],
  ['a1', 'rescued', 'pulled 64 people from flooded houses', 'yes', 'sonia-amaral', false],
  ['a1', 'lifeboats', 'deployed two dozen boats', 'yes', 'coastal-lifeboat-alliance', false],
  ['a1', 'volunteers', 'hundreds of volunteers', 'yes', 'coastal-lifeboat-alliance', true],
  ['a1', 'letters', 'written to the authority about cracks in the wall four times', 'yes', 'youssef-al-mansouri', true],
  ['a1', 'contract', 'a €12 million contract', 'no', null, false],
  ['a1', 'tonnage', '30,000-tonne vessel', 'yes', 'park-ji-hoon', true],

  ['a2', 'dead-head', 'AT LEAST 35 KILLED', 'no', null, true],
  ['a2', 'dead', 'At least 35 people were killed', 'yes', 'civil protection officials', false],
  ['a2', 'gap', 'a gap about 200 metres wide', 'no', null, true],
  ['a2', 'waves', 'Waves reportedly reached 11 metres', 'vague', 'reportedly', false],
  ['a2', 'missing', '12 people were still missing', 'yes', 'police', false],
  ['a2', 'insurance', 'claims that could exceed €20 million', 'vague', 'two sources familiar with the matter said', false],
  ['a2', 'boats', 'Between 40 and 50 vessels of the local fishing fleet sank or were badly damaged', 'yes', 'tiago-ferreira-lobo', false],
  ['a2', 'injured', 'treating dozens of injured people', 'no', null, true],

  ['a3', 'dead', '37 dead', 'no', null, false],
  ['a3', 'injured', 'more than 300 injured', 'no', null, false],
  ['a3', 'own-boats', 'two of which reportedly sank', 'vague', 'reportedly', false],
  ['a3', 'houses', 'more than 30 houses whose ground floors collapsed', 'vague', 'observers have counted', false],
  ['a3', 'rescued', 'more than 60 people had been rescued from flooded homes', 'yes', 'coastal-lifeboat-alliance', false],
  ['a3', 'fund', 'an emergency fund of 4.5 million euros', 'yes', 'beatriz-sequeira', false],
  ['a3', 'tonnage', '30,000-tonne vessel', 'yes', 'park-ji-hoon', true],
  ['a3', 'losses', 'losses to the fleet will exceed €2 million', 'yes', 'praia-baixa-fishermens-cooperative', false],
  ['a3', 'meals', 'served about 900 meals', 'no', null, false],

  ['a4', 'dead-head', 'death toll reaches 37', 'no', null, true],
  ['a4', 'dead', 'thirty-seven people died', 'no', null, false],
  ['a4', 'cost', 'a wall that cost the taxpayer €12 million', 'yes', 'rui-teixeira', false],
  ['a4', 'injured', '120 people were injured', 'yes', 'sado-regional-health-directorate', false],
  ['a4', 'hospital', '19 of whom remain in hospital', 'yes', 'sado-regional-health-directorate', false],
  ['a4', 'missing', 'A dozen people are still unaccounted for', 'yes', 'police', false],
  ['a4', 'households', 'some 380 households have been displaced', 'yes', 'setubal-city-council', false],
  ['a4', 'repair', 'The repair bill could reach €60 million', 'vague', 'sources said', false],
];

// Claims of different articles that report the same measure with compatible figures.
const SAME_MEASURE = [
  ['a1:dead-head', 'a1:dead', 'a2:dead-head', 'a2:dead', 'a3:dead', 'a4:dead-head', 'a4:dead'],
  ['a1:injured', 'a4:injured'],
  ['a1:missing', 'a2:missing', 'a4:missing'],
  ['a1:homes', 'a4:households'],
  ['a1:boats', 'a2:boats'],
  ['a1:fund', 'a3:fund'],
  ['a1:rescued', 'a3:rescued'],
  ['a1:waves', 'a2:waves'],
  ['a1:contract', 'a4:cost'],
  ['a1:tonnage', 'a3:tonnage'],
  ['a1:section', 'a2:gap'],
];
// Same measure, incompatible figures (an extension of the gold format: top-level `conflicts`).
const CONFLICTS = [
  ['a3:injured', ['a1:injured', 'a4:injured']],
];

function findOnce(doc, needle, context) {
  const t = text[doc];
  let base = 0;
  let hay = t;
  if (context) {
    const c = t.indexOf(context);
    if (c === -1 || t.indexOf(context, c + 1) !== -1) { fail(`${doc}: context not unique: ${context}`); return null; }
    base = c; hay = context;
  }
  const i = hay.indexOf(needle);
  if (i === -1) { fail(`${doc}: not found: ${JSON.stringify(needle)}`); return null; }
  if (hay.indexOf(needle, i + 1) !== -1) { fail(`${doc}: ambiguous: ${JSON.stringify(needle)}`); return null; }
  return [base + i, base + i + needle.length];
}

function buildClaims(entityIds) {
  const claims = [];
  const keyToId = new Map();
  for (const doc of Object.keys(DOCS)) {
    const mine = CLAIMS.filter((c) => c[0] === doc)
      .map(([, key, span, sourced, source, optional, context]) => ({ key, span, sourced, source, optional, pos: findOnce(doc, span, context) }))
      .filter((c) => c.pos)
      .sort((a, b) => a.pos[0] - b.pos[0]);
    mine.forEach((c, i) => {
      const id = `c${DOCS[doc].slice(0, 2)}-${i + 1}`;
      keyToId.set(`${doc}:${c.key}`, id);
      if (c.sourced === 'yes' && c.source && !entityIds.has(c.source) && !/^[a-z ]+$/.test(c.source)) fail(`claim source neither entity nor words: ${c.source}`);
      if (c.sourced === 'no' && c.source !== null) fail(`unsourced claim with a source: ${c.key}`);
      claims.push({ id, doc: DOCS[doc], start: c.pos[0], end: c.pos[1], text: c.span, sourced: c.sourced, source: c.source, optional: c.optional });
    });
  }
  const idOf = (k) => { const id = keyToId.get(k); if (!id) fail(`unknown claim key ${k}`); return id; };
  const docOf = (k) => k.split(':')[0];
  const corroborations = [];
  for (const group of SAME_MEASURE) {
    for (const k of group) {
      const supports = group.filter((o) => docOf(o) !== docOf(k)).map(idOf);
      if (supports.length) corroborations.push({ claim: idOf(k), supports });
    }
  }
  corroborations.sort((a, b) => a.claim.localeCompare(b.claim, 'en', { numeric: true }));
  const conflicts = [];
  const conflictMap = new Map();
  for (const [k, others] of CONFLICTS) {
    for (const o of others) {
      for (const [a, b] of [[k, o], [o, k]]) {
        if (!conflictMap.has(a)) conflictMap.set(a, []);
        conflictMap.get(a).push(idOf(b));
      }
    }
  }
  for (const [k, ids] of conflictMap) conflicts.push({ claim: idOf(k), conflicts: ids });
  conflicts.sort((a, b) => a.claim.localeCompare(b.claim, 'en', { numeric: true }));
  return { claims, corroborations, conflicts };
}

// ---------------------------------------------------------------------------------------------

const entityIds = new Set(ENTITIES.map((e) => e[0]));
const { mentions, ignore } = buildMentionsAndIgnore();
const quotes = buildQuotes();
const { claims, corroborations, conflicts } = buildClaims(entityIds);

for (const q of quotes) if (q.speaker && !entityIds.has(q.speaker)) fail(`unknown speaker ${q.speaker}`);
const mentioned = new Set(mentions.map((m) => m.entity));
for (const id of entityIds) if (!mentioned.has(id)) fail(`entity never mentioned: ${id}`);

const gold = {
  schema: 'source-annotator-gold/1',
  offsets: 'UTF-16 code units into the file as read (UTF-8)',
  note: 'Fictional articles written for Source Annotator (MIT). Generated by scripts/build-example-gold.mjs; edit that script, not this file.',
  documents: Object.values(DOCS),
  entities: ENTITIES.map(([id, type, name]) => ({ id, type, name })),
  mentions,
  ignore,
  quotes,
  claims,
  corroborations,
  conflicts,
};

// Verification: every span's text is exactly the file's text at its offsets.
const byName = Object.fromEntries(Object.entries(DOCS).map(([k, f]) => [f, text[k]]));
for (const kind of ['mentions', 'ignore', 'quotes', 'claims']) {
  for (const s of gold[kind]) {
    const t = byName[s.doc];
    if (!t) fail(`${kind}: unknown doc ${s.doc}`);
    else if (t.slice(s.start, s.end) !== s.text) fail(`${kind}: text mismatch at ${s.doc}:${s.start}-${s.end}`);
    if (!(s.start < s.end)) fail(`${kind}: empty span at ${s.doc}:${s.start}`);
  }
}

if (problems.length) {
  console.error(problems.map((p) => `✗ ${p}`).join('\n'));
  process.exit(1);
}

const json = JSON.stringify(gold, null, 2) + '\n';
if (process.argv.includes('--check')) {
  const same = existsSync(out) && readFileSync(out, 'utf8') === json;
  console.log(same ? 'gold is up to date' : 'gold differs from the articles: re-run without --check');
  process.exit(same ? 0 : 1);
}
if (process.argv.includes('--review')) {
  const ctx = (doc, s, e) => {
    const t = byName[doc];
    return `${t.slice(Math.max(0, s - 25), s)}[${t.slice(s, e)}]${t.slice(e, e + 25)}`.replace(/\n/g, '⏎');
  };
  for (const m of mentions) console.log(`M ${m.doc.slice(0, 2)} ${m.type.padEnd(6)} ${m.entity.padEnd(38)} ${ctx(m.doc, m.start, m.end)}`);
  for (const m of ignore) console.log(`I ${m.doc.slice(0, 2)} ${ctx(m.doc, m.start, m.end)}`);
  for (const q of quotes) console.log(`Q ${q.doc.slice(0, 2)} ${String(q.speaker ?? q.speakerText ?? (q.scare ? 'SCARE' : '?')).padEnd(24)} ${q.cue ?? '-'} | ${q.text.slice(0, 60)}`);
  for (const c of claims) console.log(`C ${c.id.padEnd(6)} ${c.sourced.padEnd(5)} ${String(c.source).padEnd(34)} ${c.optional ? 'opt' : '   '} ${c.text}`);
  // Capitalised words that nothing covers (sentence-initial words will show up too: eyeball them).
  for (const [doc, t] of Object.entries(byName)) {
    const covered = [...mentions, ...ignore].filter((m) => m.doc === doc);
    const seen = new Set();
    for (const m of t.matchAll(/\p{Lu}[\p{L}\p{M}’'-]*/gu)) {
      const s = m.index, e = s + m[0].length;
      if (covered.some((c) => c.start < e && s < c.end)) continue;
      seen.add(m[0]);
    }
    console.log(`U ${doc.slice(0, 2)} ${[...seen].join(' ')}`);
  }
}
writeFileSync(out, json);
console.log(`wrote ${out}: ${mentions.length} mentions, ${ignore.length} ignore, ${quotes.length} quotes, ${claims.length} claims, ${corroborations.length} corroborations`);

// `npm run eval`: runs the built CLI on the development articles (and the held-out example set) and prints
// how close it comes to the hand annotation.
//
//   node scripts/eval/run.mjs [--corpora] [--json] [--errors] [--held-out-errors] [--cli PATH] [--corpus-chars N]
//
//   (default)   `node dist/cli.js analyze --json ../shared/seeds`, scored against
//               ../shared/gold/seeds.gold.json; plus every examples/NAME.gold.json against the articles
//               in examples/NAME/ (one column per set; held-out sets, marked `"heldOut": true` in their
//               gold file, come last and are labelled "(held-out)")
//   --corpora   also score entities on the openly licensed corpora (scripts/eval/corpora.mjs)
//   --json      print the numbers as JSON instead of tables
//   --errors    print the false positives/negatives per category (first 40 each) before the table, for
//               the development sets only: a held-out set must never be used to tune rules
//   --held-out-errors   also print a held-out set's errors (only to audit its gold, never while tuning)
//   --cli PATH  score another build of the CLI (default dist/cli.js)
//
// The metrics are defined in scripts/eval/score.mjs. ../shared is optional: without it this exits 0.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPORA, evaluateCorpora, formatCorpora, runAnalyze } from './corpora.mjs';
import { ENTITY_TYPES, evaluate } from './score.mjs';

const ERRORS_SHOWN = 40;

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const opt = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, '../shared');
if (!existsSync(shared)) {
  console.log('eval: ../shared not found — skipping');
  process.exit(0);
}
const cli = resolve(root, opt('--cli') ?? 'dist/cli.js');
if (!existsSync(cli)) {
  console.error(`eval: ${cli} not found — build the CLI first (npm run build), then run npm run eval again`);
  process.exit(1);
}

const sets = [];
const seedsGold = join(shared, 'gold/seeds.gold.json');
if (existsSync(seedsGold)) sets.push({ name: 'seeds', input: '../shared/seeds', texts: join(shared, 'seeds'), gold: seedsGold });
else console.error(`eval: ${seedsGold} not found — seeds not scored`);
sets.push(...exampleSets(join(root, 'examples')));

const results = {};
const errors = {};
for (const set of sets) {
  const gold = JSON.parse(readFileSync(set.gold, 'utf8'));
  let output;
  try {
    output = await runAnalyze(cli, [set.input], { cwd: root });
  } catch (e) {
    console.error(`eval: analyze --json ${set.input} failed: ${e.message}`);
    process.exit(1);
  }
  const texts = {};
  for (const doc of gold.documents ?? []) {
    const p = join(set.texts, doc);
    if (existsSync(p)) texts[doc] = readFileSync(p, 'utf8');
  }
  const r = evaluate(output, gold, { texts });
  results[set.name] = set.heldOut ? { ...r.metrics, heldOut: true } : r.metrics;
  if (!set.heldOut || flag('--held-out-errors')) errors[set.name] = r.errors;
}

let corpora = null;
if (flag('--corpora')) {
  const chars = opt('--corpus-chars');
  const caps = chars ? Object.fromEntries(CORPORA.map((c) => [c, Number(chars)])) : {};
  corpora = await evaluateCorpora({ root, shared, cli, caps, log: (s) => console.error(s) });
}

if (flag('--json')) {
  const out = { ...results };
  if (corpora) {
    out.corpora = Object.fromEntries(Object.entries(corpora).map(([k, { errors: _e, ...rest }]) => [k, rest]));
  }
  console.log(JSON.stringify(out, null, 2));
  process.exit(0);
}

if (flag('--errors')) {
  for (const [name, errs] of Object.entries(errors)) printErrors(name, errs);
  for (const [name, r] of Object.entries(corpora ?? {})) if (r.errors) printErrors(`${name} (head match)`, { entities: { fp: r.errors.fp, fn: r.errors.fn } });
}
if (sets.length) console.log(table(results));
if (corpora) console.log(`\n${formatCorpora(corpora)}`);

/** Every examples/NAME.gold.json whose articles are in examples/NAME/: development sets first, then held-out. */
function exampleSets(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json') && existsSync(join(dir, f.slice(0, -'.gold.json'.length))))
    .map((f) => {
      const name = f.slice(0, -'.gold.json'.length);
      const heldOut = JSON.parse(readFileSync(join(dir, f), 'utf8')).heldOut === true;
      return { name, heldOut, input: `examples/${name}`, texts: join(dir, name), gold: join(dir, f) };
    })
    .sort((a, b) => Number(a.heldOut) - Number(b.heldOut) || a.name.localeCompare(b.name));
}

// ---------------------------------------------------------------- printing

function printErrors(name, errs) {
  for (const [category, kinds] of Object.entries(errs)) {
    for (const [kind, list] of Object.entries(kinds)) {
      if (!list.length) continue;
      console.log(`\n== ${name} · ${category} · ${kind} (${list.length}${list.length > ERRORS_SHOWN ? `, first ${ERRORS_SHOWN}` : ''})`);
      for (const e of list.slice(0, ERRORS_SHOWN)) console.log(`  ${describe(e)}`);
    }
  }
  console.log('');
}

function describe(e) {
  const { doc, start, end, text, ...rest } = e;
  const where = doc != null ? `${doc}:${start}-${end} ` : '';
  const what = text != null ? JSON.stringify(text.length > 100 ? `${text.slice(0, 97)}…` : text) : '';
  const more = Object.entries(rest).filter(([, v]) => v != null && v !== '' && v !== false)
    .map(([k, v]) => `${k}=${v === true ? 'yes' : v}`);
  return [where + what, ...more].filter(Boolean).join('  ');
}

function table(results) {
  const f3 = (x) => (x == null ? '  —  ' : x.toFixed(3));
  const blank = ' '.repeat(5);
  const p = (m) => [f3(m.p), f3(m.r), f3(m.f1), `${m.tp}/${m.fp}/${m.fn}`];
  const b3 = (m) => [f3(m.p), f3(m.r), f3(m.f1), `n=${m.n}`];
  const acc = (m) => [blank, blank, f3(m.accuracy), `${m.correct}/${m.n}`];
  const rows = [
    ['entities typed (micro)', (m) => p(m.entities.typed)],
    ...ENTITY_TYPES.map((t) => [`  ${t}`, (m) => p(m.entities[t])]),
    ['entities untyped span', (m) => p(m.entities.untyped)],
    ['clusters B³, found mentions', (m) => b3(m.clusters.found)],
    ['clusters B³, all gold mentions', (m) => b3(m.clusters.all)],
    ['quotes, exact span', (m) => p(m.quotes.exact)],
    ['quotes, overlap', (m) => p(m.quotes.overlap)],
    ['quote speaker (accuracy)', (m) => acc(m.quotes.speaker)],
    ['quote cue (accuracy)', (m) => acc(m.quotes.cue)],
    ['quote variants across articles', (m) => (m.quotes.variants ? p(m.quotes.variants) : [blank, blank, blank, ''])],
    ['scare quotes kept out', (m) => [blank, blank, f3(m.quotes.scare.avoided), `${m.quotes.scare.predicted} of ${m.quotes.scare.gold} taken`]],
    ['claims flagged (no|vague)', (m) => p(m.claims.flagged)],
    ['claims detected (any label)', (m) => p(m.claims.detection)],
    ['claim sourcing label (acc.)', (m) => acc(m.claims.sourcing)],
    ['corroboration success@1', (m) => [blank, blank, f3(m.corroboration.at1), `${m.corroboration.hits1}/${m.corroboration.n}`]],
    ['corroboration success@3', (m) => [blank, blank, f3(m.corroboration.at3), `${m.corroboration.hits3}/${m.corroboration.n}`]],
  ];
  const names = Object.keys(results);
  const cell = (c) => `${c[0]}  ${c[1]}  ${c[2]}  ${c[3].padEnd(13)}`;
  const width = cell([blank, blank, blank, '']).length + 3;
  const head1 = names.map((n) => {
    const d = results[n].documents;
    return `${n}${results[n].heldOut ? ' (held-out)' : ''} (${d.found}/${d.gold} docs)`.padEnd(width);
  });
  const head2 = names.map(() => cell(['  P  ', '  R  ', 'F1/ac', 'tp/fp/fn']).padEnd(width));
  const lines = [`${'eval'.padEnd(32)}${head1.join('')}`.trimEnd(), `${''.padEnd(32)}${head2.join('')}`.trimEnd()];
  for (const [label, get] of rows) {
    lines.push(`${label.padEnd(32)}${names.map((n) => cell(get(results[n])).padEnd(width)).join('')}`.trimEnd());
  }
  return lines.join('\n');
}

// Entity scoring on the openly licensed corpora in ../shared/corpora (each has a README and LICENSE):
// runs `node dist/cli.js analyze --json FILE...` once per corpus and compares the entities it finds.
//
//   node scripts/eval/corpora.mjs [--json] [--corpus-chars N] [--cli PATH]   (or: npm run eval -- --corpora)
//
// Type mapping (anything else is not scored):
//   MEANTIME  PER → PERSON, ORG → ORG, LOC → LOC; PRO (products) and FIN (financial) are not scored
//   GUM       person → PERSON, organization → ORG, place (countries and cities too) → LOC, and only
//             mentions with `named: true`, scored on their `name_start`/`name_end` name span
//   ECB+      HUMAN_PART_PER → PERSON, HUMAN_PART_ORG → ORG, HUMAN_PART_GPE/LOC_GEO/LOC_FAC → LOC (the
//             README's suggestion); used for cross-document clustering only, since ECB+ marks names
//             only around its annotated events, so it cannot tell a false positive from an unmarked name
//
// What is fair here. The corpora do not follow our span convention (no titles, no leading "The"):
// MEANTIME spans are whole noun phrases ("Apple CEO Steve Jobs", "Jobs, aged 55"), GUM name spans can
// keep a title ("Pennsylvania Senator Rick Santorum"). So two matchings are reported:
//   exact  the span (MEANTIME: the mention; GUM: the name span), forgiving a leading "The " and a
//          trailing ’s/'s as on the seeds;
//   head   the prediction lies inside the annotated mention and covers its head word (GUM: the head
//          when it is part of the name, else the name's last word). This is the number to watch.
// Both corpora mark named mentions automatically (MEANTIME: spaCy POS; GUM: a head-is-PROPN heuristic;
// MEANTIME tags "USAF" non-named), so a prediction that matches no scored mention is NOT counted when:
//   - it overlaps a mention of an unscored type that the corpus marks as a name (MEANTIME PRO/FIN; GUM
//     named abstract/event/object/...): a name is there ("Dow Jones", "World Cup", a ship), and whether it
//     is an ORG/LOC is debatable. Not GUM `time`: a weekday or month is never a PERSON/ORG/LOC;
//   - it lies inside a mention of one of our types that is not scored ("Hugh McGuire" in the non-named
//     GUM mention "LibriVox founder Hugh McGuire", "Australian" in "Australian children", "USAF"), unless
//     it covers that mention's head and the head is a pronoun or a lower-case word: "He" or "officials"
//     as a name is always wrong;
//   - MEANTIME only: it lies inside a scored mention without covering its head ("Apple" in "Apple CEO
//     Steve Jobs"): MEANTIME does not annotate names nested in a mention consistently. GUM does (every
//     entity NP, nested ones included), so there such a prediction stays a false positive;
//   - MEANTIME only: it overlaps no annotated mention at all. MEANTIME marks the entities that take part
//     in its annotated events, not every name (in its first article "Ron Sugar", "Toulouse" and "France"
//     are unmarked), so its precision is measured where the annotators made a call. The table shows how
//     many predictions were left unjudged.
// A prediction that would match a scored mention but for its type is always a false positive. Merely
// overlapping some mention (GUM marks every entity NP, e.g. an abstract NP around a name) does not excuse
// a prediction. Recall is the number that transfers best from these corpora.
//
// Cross-document clustering (MEANTIME instance ids, ECB+ cross-document chains): B-cubed over the gold
// mentions found by a prediction (head matching; ECB+ has no heads, so: the prediction lies inside the
// mention, tightest mention first), gold cluster vs the prediction's `entity` id, pooled over all documents
// of the run. ECB+ mentions with no chain are singletons.
//
// Held out only: the entity-type model (scripts/train/ner.mjs, docs/ner-model.md) trains on GUM's train
// partition and on MEANTIME's airbus and gm topics, so GUM is scored on its dev + test partitions (news +
// interview, and separately all genres) and MEANTIME on its apple and stock topics. ECB+ is not trained on.
//
// Caps: by default about 200k characters per corpus (all held-out MEANTIME and GUM news + interview
// documents), 250k of GUM's held-out documents of all genres, and whole ECB+ topics up to 120k characters,
// so the run stays under a minute; --corpus-chars N sets the cap per corpus. GUM's news/interview texts are
// also a source of the common-word list in scripts/build-lexicon.mjs (lower-case words only), which does not
// touch names.

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bcubed, docKey, ENTITY_TYPES, normalizeSpan, overlap, prf } from './score.mjs';

const MEANTIME_TYPES = { PER: 'PERSON', ORG: 'ORG', LOC: 'LOC' };
const GUM_TYPES = { person: 'PERSON', organization: 'ORG', place: 'LOC' };
const ECB_TYPES = { HUMAN_PART_PER: 'PERSON', HUMAN_PART_ORG: 'ORG', HUMAN_PART_GPE: 'LOC', LOC_GEO: 'LOC', LOC_FAC: 'LOC' };
const DEFAULT_CAPS = { meantime: 200_000, gum: 200_000, gumAll: 250_000, ecbplus: 120_000 };
const BUDGET_MS = 55_000;
const MAX_ARG_CHARS = 100_000;

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));
const span = (start, end) => ({ start, end });
const within = (inner, outer) => inner.start >= outer.start && inner.end <= outer.end;

// ---------------------------------------------------------------- running the CLI

/** Runs `node CLI analyze --json PATH...` (in batches when the argument list is long) and merges the
 *  outputs. Batches are analysed separately, so corpus-wide ids may differ between batches. */
export async function runAnalyze(cli, paths, { cwd, timeoutMs = 120_000 } = {}) {
  const batches = [[]];
  let len = 0;
  for (const p of paths) {
    if (len + p.length > MAX_ARG_CHARS && batches.at(-1).length) {
      batches.push([]);
      len = 0;
    }
    batches.at(-1).push(p);
    len += p.length + 1;
  }
  const merged = { version: 1, documents: [], entities: [], corroborations: [] };
  const deadline = Date.now() + timeoutMs;
  for (const batch of batches) {
    const out = await runOnce(cli, batch, cwd, Math.max(1, deadline - Date.now()));
    for (const k of ['documents', 'entities', 'corroborations']) merged[k].push(...(Array.isArray(out?.[k]) ? out[k] : []));
  }
  return merged;
}

function runOnce(cli, args, cwd, timeoutMs) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [cli, 'analyze', '--json', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`analyze timed out after ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) {
        const tail = Buffer.concat(err).toString('utf8').trim().split('\n').slice(-15).join('\n');
        return reject(new Error(`analyze exited with ${code}${tail ? `:\n${tail}` : ''}`));
      }
      try {
        resolveRun(JSON.parse(Buffer.concat(out).toString('utf8')));
      } catch (e) {
        reject(new Error(`analyze did not print JSON: ${e.message}`));
      }
    });
  });
}

// ---------------------------------------------------------------- corpus loaders
// Each gives documents { doc, file, text, scored, ignoreOverlap, ignoreInside, annotated? } where a scored
// mention is { start, end (exact span), type, ext (mention extent), head (span or null), chain };
// ignoreOverlap holds spans, ignoreInside mentions { ext, head, common }, and `annotated` (MEANTIME only)
// every mention's span (see "What is fair here" above).

/** A head that is a pronoun or a lower-case word: the mention is no name, whatever covers it. */
const isCommon = (text, head, pos) => pos === 'PRON' || /^\p{Ll}/u.test(text.slice(head.start, head.end));

function takeUpTo(cap, items, size) {
  const out = [];
  let total = 0;
  for (const it of items) {
    if (out.length && total + size(it) > cap) break;
    out.push(it);
    total += size(it);
  }
  return out;
}

/**
 * The annotated documents of a corpus folder (ann/*.json + text/<doc>.txt) that `keep` accepts, in
 * name order, up to `cap` characters; `build` turns one into an eval document.
 */
function loadDocs(dir, cap, keep, build) {
  const docs = [];
  let chars = 0;
  for (const f of readdirSync(join(dir, 'ann')).filter((f) => f.endsWith('.json')).sort()) {
    const ann = readJson(join(dir, 'ann', f));
    if (!keep(ann)) continue;
    const file = join(dir, 'text', `${ann.doc}.txt`);
    const text = readFileSync(file, 'utf8');
    if (docs.length && chars + text.length > cap) break;
    chars += text.length;
    docs.push(build(ann, file, text));
  }
  return { docs, chars };
}

/** MEANTIME documents (when given, only those of the listed topics, e.g. `corpus_apple`). */
export function loadMeantime(dir, cap, { topics = null } = {}) {
  return loadDocs(dir, cap, (ann) => !topics || topics.includes(ann.topic), (ann, file, text) => {
    const scored = [];
    const ignoreOverlap = [];
    const ignoreInside = [];
    for (const e of ann.entities) {
      const type = MEANTIME_TYPES[e.type];
      const ext = span(e.start, e.end);
      const head = e.head_start == null ? ext : span(e.head_start, e.head_end);
      if (!type) ignoreOverlap.push(ext);
      else if (!e.named) ignoreInside.push({ ext, head, common: isCommon(text, head, e.head_pos_auto) });
      else {
        scored.push({ ...ext, type, ext, head, chain: e.chain });
        ignoreInside.push({ ext, head, common: false });
      }
    }
    const annotated = ann.entities.map((e) => span(e.start, e.end));
    return { doc: ann.doc, file, text, scored, ignoreOverlap, ignoreInside, annotated };
  });
}

/** GUM documents of the given genres (and, when given, partitions: train | dev | test). */
export function loadGum(dir, cap, { genres = ['news', 'interview'], partitions = null } = {}) {
  const keep = (ann) => genres.includes(ann.genre) && (!partitions || partitions.includes(ann.partition));
  return loadDocs(dir, cap, keep, (ann, file, text) => {
    const scored = [];
    const ignoreOverlap = [];
    const ignoreInside = [];
    for (const e of ann.entities) {
      const type = GUM_TYPES[e.type];
      const hasName = e.named && e.name_start != null;
      if (!type) {
        if (e.named && e.type !== 'time') ignoreOverlap.push(hasName ? span(e.name_start, e.name_end) : span(e.head_start, e.head_end));
      } else if (!hasName) {
        const head = span(e.head_start, e.head_end);
        ignoreInside.push({ ext: span(e.start, e.end), head, common: isCommon(text, head, e.head_upos) });
      } else {
        const name = span(e.name_start, e.name_end);
        let head = span(e.head_start, e.head_end);
        if (!within(head, name)) {
          const lastSpace = text.slice(name.start, name.end).search(/\S+$/);
          head = span(name.start + Math.max(0, lastSpace), name.end);
        }
        scored.push({ ...name, type, ext: span(e.start, e.end), head, chain: `${ann.doc}#${e.chain}` });
      }
    }
    return { doc: ann.doc, file, text, scored, ignoreOverlap, ignoreInside, partition: ann.partition };
  });
}

export function loadEcbplus(dir, cap) {
  const topics = readdirSync(join(dir, 'ann')).sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const all = topics.map((t) => {
    const names = readdirSync(join(dir, 'ann', t)).filter((f) => f.endsWith('.json')).sort();
    const docs = names.map((f) => {
      const ann = readJson(join(dir, 'ann', t, f));
      const file = join(dir, 'text', t, `${ann.doc}.txt`);
      const text = readFileSync(file, 'utf8');
      let unlinked = 0;
      const scored = ann.entities.filter((e) => ECB_TYPES[e.type]).map((e) => ({
        ...span(e.start, e.end), type: ECB_TYPES[e.type], ext: span(e.start, e.end), head: null,
        chain: e.chain ?? `${ann.doc}#unlinked${unlinked++}`,
      }));
      return { doc: ann.doc, file, text, scored, ignoreOverlap: [], ignoreInside: [] };
    });
    return { topic: t, docs, chars: docs.reduce((s, d) => s + d.text.length, 0) };
  });
  const picked = takeUpTo(cap, all, (t) => t.chars);
  return { docs: picked.flatMap((t) => t.docs), chars: picked.reduce((s, t) => s + t.chars, 0), topics: picked.map((t) => t.topic) };
}

// ---------------------------------------------------------------- scoring

const norm = (p, text) => normalizeSpan(p.start, p.end, text.slice(p.start, p.end));

/** Does prediction p (normalized span) match scored mention g under `mode`? */
function fits(g, p, mode) {
  if (mode === 'exact') return g.start === p.start && g.end === p.end;
  return within(p, g.ext) && (g.head == null || within(g.head, p));
}

/** One-to-one matching, tightest fit first (the smallest mention around the prediction). */
function matchFits(golds, preds, ok) {
  const pairs = [];
  golds.forEach((g, gi) => preds.forEach((p, pi) => {
    if (ok(g, p)) pairs.push([(g.ext.end - g.ext.start) - overlap(g.ext, p), gi, pi]);
  }));
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const gUsed = new Set();
  const pUsed = new Set();
  const out = [];
  for (const [, gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.add(gi);
    pUsed.add(pi);
    out.push([gi, pi]);
  }
  return out;
}

function predictions(outDoc, text) {
  const ents = Array.isArray(outDoc?.entities) ? outDoc.entities : [];
  return ents
    .filter((p) => p && Number.isFinite(p.start) && Number.isFinite(p.end) && p.end > p.start && ENTITY_TYPES.includes(p.type))
    .map((p) => ({ ...norm(p, text), type: p.type, entity: p.entity, text: text.slice(p.start, p.end) }));
}

function outputByDoc(output) {
  const m = new Map();
  for (const d of Array.isArray(output?.documents) ? output.documents : []) m.set(docKey(d?.path).replace(/\.txt$/, ''), d);
  return m;
}

/** NER P/R/F1 (typed, untyped, per type) under one matching mode; also the found pairs for clustering. */
export function scoreNer(docs, output, mode) {
  const byDoc = outputByDoc(output);
  const t = Object.fromEntries(ENTITY_TYPES.map((k) => [k, { tp: 0, fp: 0, fn: 0 }]));
  const u = { tp: 0, fp: 0, fn: 0 };
  let ignored = 0;
  const found = [];
  const errors = { fp: [], fn: [], ignored: [] };
  for (const d of docs) {
    const gs = d.scored.map((g) => (mode === 'exact' ? { ...g, ...normalizeSpan(g.start, g.end, d.text.slice(g.start, g.end)) } : g));
    const ps = predictions(byDoc.get(d.doc), d.text);
    const excused = (p) => d.ignoreOverlap.some((s) => overlap(s, p) > 0)
      || d.ignoreInside.some((m) => within(p, m.ext) && !(m.common && within(m.head, p)))
      || (d.annotated != null && !d.annotated.some((s) => overlap(s, p) > 0));
    const judge = (pairs, typed) => {
      const pUsed = new Set(pairs.map(([, pi]) => pi));
      let fp = 0;
      let ign = 0;
      ps.forEach((p, pi) => {
        if (pUsed.has(pi)) return;
        if (!gs.some((g) => fits(g, p, mode)) && excused(p)) {
          ign++;
          if (typed) errors.ignored.push({ doc: d.doc, start: p.start, end: p.end, text: p.text, type: p.type });
          return;
        }
        fp++;
        if (typed) {
          t[p.type].fp++;
          errors.fp.push({ doc: d.doc, start: p.start, end: p.end, text: p.text, type: p.type });
        }
      });
      return { fp, ign };
    };
    const typed = matchFits(gs, ps, (g, p) => g.type === p.type && fits(g, p, mode));
    const tGold = new Set(typed.map(([gi]) => gi));
    for (const [gi] of typed) t[gs[gi].type].tp++;
    gs.forEach((g, gi) => {
      if (tGold.has(gi)) return;
      t[g.type].fn++;
      errors.fn.push({ doc: d.doc, start: g.start, end: g.end, text: d.text.slice(g.start, g.end), type: g.type });
    });
    ignored += judge(typed, true).ign;
    const untyped = matchFits(gs, ps, (g, p) => fits(g, p, mode));
    u.tp += untyped.length;
    u.fn += gs.length - untyped.length;
    u.fp += judge(untyped, false).fp;
    for (const [gi, pi] of untyped) found.push({ gold: gs[gi].chain, pred: ps[pi].entity == null ? `\0${d.doc}#${pi}` : String(ps[pi].entity), doc: d.doc, text: ps[pi].text });
  }
  const sum = (k) => ENTITY_TYPES.reduce((s, x) => s + t[x][k], 0);
  return {
    metrics: {
      typed: prf(sum('tp'), sum('fp'), sum('fn')),
      untyped: prf(u.tp, u.fp, u.fn),
      ...Object.fromEntries(ENTITY_TYPES.map((k) => [k, prf(t[k].tp, t[k].fp, t[k].fn)])),
      ignored,
    },
    found,
    errors,
  };
}

function crossDoc(docs, found) {
  const gold = docs.reduce((s, d) => s + d.scored.length, 0);
  const multi = new Map();
  for (const d of docs) for (const g of d.scored) multi.set(g.chain, (multi.get(g.chain) ?? new Set()).add(d.doc));
  const crossChains = [...multi.values()].filter((s) => s.size > 1).length;
  return { ...bcubed(found), gold, crossChains };
}

// ---------------------------------------------------------------- entry

export const CORPORA = ['meantime', 'gum', 'gumAll', 'ecbplus'];

// The entity-type model (scripts/train/ner.mjs) is trained on GUM's `train` partition and on two
// MEANTIME topics, so both are scored on held-out documents only: GUM's `dev` and `test` partitions,
// MEANTIME's other two topics (unseen topics: names of the training topics do not recur much).
// ECB+ is not trained on.
export const GUM_HELD_OUT = ['dev', 'test'];
export const MEANTIME_TRAIN_TOPICS = ['corpus_airbus', 'corpus_gm'];
export const MEANTIME_HELD_OUT_TOPICS = ['corpus_apple', 'corpus_stock'];
const GUM_GENRES = ['academic', 'bio', 'conversation', 'court', 'interview', 'news', 'speech', 'textbook', 'vlog', 'voyage'];

/** Runs the CLI on each corpus and scores it. `log` receives progress lines. */
export async function evaluateCorpora({ root, shared, cli, caps = {}, only = CORPORA, log = () => {} }) {
  const base = join(shared, 'corpora');
  const dirs = { meantime: join(base, 'meantime_en'), gum: join(base, 'gum'), gumAll: join(base, 'gum'), ecbplus: join(base, 'ecbplus') };
  const loaders = {
    meantime: (dir, cap) => loadMeantime(dir, cap, { topics: MEANTIME_HELD_OUT_TOPICS }),
    gum: (dir, cap) => loadGum(dir, cap, { partitions: GUM_HELD_OUT }),
    gumAll: (dir, cap) => loadGum(dir, cap, { genres: GUM_GENRES, partitions: GUM_HELD_OUT }),
    ecbplus: loadEcbplus,
  };
  const started = Date.now();
  const results = {};
  for (const name of only) {
    if (!existsSync(join(dirs[name], 'ann'))) {
      results[name] = { error: `${dirs[name]} not found` };
      continue;
    }
    const left = BUDGET_MS - (Date.now() - started);
    if (left <= 1000) {
      results[name] = { error: 'skipped: time budget used up' };
      continue;
    }
    const corpus = loaders[name](dirs[name], caps[name] ?? DEFAULT_CAPS[name]);
    log(`eval: analyzing ${name} (${corpus.docs.length} documents, ${Math.round(corpus.chars / 1000)}k characters)…`);
    const t0 = Date.now();
    let output;
    try {
      output = await runAnalyze(cli, corpus.docs.map((d) => d.file), { cwd: root, timeoutMs: left });
    } catch (e) {
      results[name] = { error: e.message, documents: corpus.docs.length, chars: corpus.chars };
      continue;
    }
    const seconds = (Date.now() - t0) / 1000;
    const r = { documents: corpus.docs.length, chars: corpus.chars, seconds };
    if (corpus.topics) r.topics = corpus.topics.join(',');
    const head = scoreNer(corpus.docs, output, 'head');
    if (name !== 'ecbplus') {
      r.head = head.metrics;
      r.exact = scoreNer(corpus.docs, output, 'exact').metrics;
      r.errors = head.errors;
    }
    if (!name.startsWith('gum')) r.crossDoc = crossDoc(corpus.docs, head.found);
    results[name] = r;
  }
  return results;
}

const f3 = (x) => (x == null ? '  —  ' : x.toFixed(3));

/** A readable table of evaluateCorpora's results. */
export function formatCorpora(results) {
  const lines = [];
  const row = (label, m, counts) => lines.push(`  ${label.padEnd(34)} ${f3(m.p)}  ${f3(m.r)}  ${f3(m.f1)}  ${counts ?? `${m.tp}/${m.fp}/${m.fn}`}`);
  const titles = {
    meantime: 'MEANTIME (en), held out (topics apple, stock)',
    gum: 'GUM news + interview, held out (dev+test)',
    gumAll: 'GUM all genres, held out (dev+test)',
    ecbplus: 'ECB+',
  };
  lines.push(`${'corpora'.padEnd(36)}   P      R      F1    tp/fp/fn`);
  for (const [name, r] of Object.entries(results)) {
    const what = r.documents != null ? `${r.documents} docs, ${Math.round(r.chars / 1000)}k chars${r.topics ? `, topics ${r.topics}` : ''}${r.seconds != null ? `, ${r.seconds.toFixed(1)} s` : ''}` : '';
    lines.push(`${titles[name]}${what ? ` (${what})` : ''}`);
    if (r.error) {
      lines.push(`  ${r.error}`);
      continue;
    }
    if (r.head) {
      row('NER typed, head match', r.head.typed, `${r.head.typed.tp}/${r.head.typed.fp}/${r.head.typed.fn} (${r.head.ignored} unjudged)`);
      for (const k of ENTITY_TYPES) row(`  ${k}`, r.head[k]);
      row('NER untyped, head match', r.head.untyped);
      row('NER typed, exact span', r.exact.typed);
    }
    if (r.crossDoc) row('cross-doc B³ (found mentions)', r.crossDoc, `n=${r.crossDoc.n} of ${r.crossDoc.gold}`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------- command line

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const argv = process.argv.slice(2);
  const opt = (name) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const shared = resolve(root, '../shared');
  const cli = resolve(root, opt('--cli') ?? 'dist/cli.js');
  if (!existsSync(join(shared, 'corpora'))) {
    console.log('eval: ../shared/corpora not found — skipping');
    process.exit(0);
  }
  if (!existsSync(cli)) {
    console.error(`eval: ${cli} not found — build first (npm run build)`);
    process.exit(1);
  }
  const chars = opt('--corpus-chars');
  const caps = chars ? Object.fromEntries(CORPORA.map((c) => [c, Number(chars)])) : {};
  const results = await evaluateCorpora({ root, shared, cli, caps, log: (s) => console.error(s) });
  if (argv.includes('--json')) {
    for (const r of Object.values(results)) delete r.errors;
    console.log(JSON.stringify(results, null, 2));
  } else console.log(formatCorpora(results));
}

/**
 * The open corpora's TRAINING side, for the train-*.mjs listings: GUM's `train` partition of `genres`
 * and MEANTIME's training topics, each loaded on demand (`cap` characters at most), under `shared`.
 */
export function trainingSets(shared, genres, cap) {
  return {
    gum: () => loadGum(join(shared, 'corpora/gum'), cap, { genres, partitions: ['train'] }),
    meantime: () => loadMeantime(join(shared, 'corpora/meantime_en'), cap, { topics: MEANTIME_TRAIN_TOPICS }),
  };
}

/** The value after `--name` on the command line, or null. */
export const cliArg = (name) => { const i = process.argv.indexOf(name); return i < 0 ? null : process.argv[i + 1]; };

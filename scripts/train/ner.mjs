// Trains the entity-type model (server/src/core/model/ner-weights.json): an averaged perceptron over
// the capitalised chunks the rule chunker finds, classes PERSON | ORG | LOC | O (no name).
//
//   node --import tsx scripts/train/ner.mjs [--epochs N] [--seed N] [--genres a,b] [--dry-run]
//
// Data (see docs/ner-model.md and THIRD_PARTY_NOTICES.md): the GUM corpus in ../shared/corpora/gum,
// `train` partition only, genres whose texts are CC BY (news, interview, academic, court). The `dev`
// and `test` partitions are held out: this script prints the model's scores on them, and
// `npm run eval -- --corpora` scores GUM on held-out documents only. Never the development seeds,
// never CoNLL, never ECB+ (text licence doubtful), never MEANTIME (kept as unseen evaluation).
//
// Labels: a chunk is the type of the named mention whose name span holds it, or whose extent holds it
// with its head word (as the eval matches); O when it overlaps no named mention and the eval would
// count it as a false positive; left out when it only partly overlaps a name or the eval would excuse
// it (a name of another type, a name nested in an unnamed mention, MEANTIME's unannotated text).
// Deterministic for a given seed.

import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GUM_HELD_OUT, loadGum, loadMeantime, MEANTIME_HELD_OUT_TOPICS, MEANTIME_TRAIN_TOPICS } from '../eval/corpora.mjs';
import { splitBlocks, splitSentences } from '../../server/src/core/pipeline/01-structure.ts';
import { tokenize } from '../../server/src/core/pipeline/02-tokens.ts';
import { findCandidates, ruleEvidence, TYPING, typeCandidates } from '../../server/src/core/pipeline/03-entities.ts';
import { chunkFeatures, documentContext } from '../../server/src/core/pipeline/entity-features.ts';

const CLASSES = ['PERSON', 'ORG', 'LOC', 'O'];
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const EPOCHS = Number(opt('--epochs', 10));
const SEED = Number(opt('--seed', 1));
const RUNS = Number(opt('--runs', 15));
const GENRES = opt('--genres', 'news,interview').split(',');
const MIN_COUNT = Number(opt('--min-count', 2));
const PRUNE = Number(opt('--prune', 0.05));
const DROP_FEATURES = opt('--drop-features', '').split(',').filter(Boolean);

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const gumDir = resolve(root, '../shared/corpora/gum');
const meantimeDir = resolve(root, '../shared/corpora/meantime_en');
const WEAK_ONLY = argv.includes('--weak-only');
const USE_MEANTIME = !argv.includes('--no-meantime');
const out = join(root, 'server/src/core/model/ner-weights.json');

// ---------------------------------------------------------------- examples

const within = (a, b) => a.start >= b.start && a.end <= b.end;
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/** The pipeline up to the untyped candidates for each document, with each candidate's label. */
function prepare(docs) {
  return docs.map((d) => {
    const blocks = splitBlocks(d.text);
    const sentences = splitSentences(d.text, blocks);
    const tokens = tokenize(d.text, sentences);
    const cands = () => findCandidates(d.text, tokens, blocks, sentences.map((s) => s.block));
    const labels = cands().map((c) => labelOf(d, { start: tokens[c.first].start, end: tokens[c.last].end }));
    return { d, tokens, cands, labels };
  });
}

/** Training examples: the features of every labelled candidate (not the nationality words). */
function examples(prepared) {
  const ex = [];
  for (const { d, tokens, cands, labels } of prepared) {
    const cs = cands();
    const ev = cs.map((c) => (c.type ? { type: c.type, strong: true, certain: true } : ruleEvidence(tokens, c)));
    const ctx = documentContext(tokens, cs);
    cs.forEach((c, i) => {
      if (ev[i].type === 'NORP' || ev[i].certain || labels[i] === null) return; // the rules decide these
      ex.push({ x: chunkFeatures(tokens, c, ev[i].type, ctx), y: CLASSES.indexOf(labels[i]), doc: d.doc, text: d.text.slice(tokens[c.first].start, tokens[c.last].end) });
    });
  }
  return ex;
}

/** Runs the product's own typing (03-entities typeCandidates) on held-out documents. */
function predictions(prepared, opts) {
  const out = [];
  for (const { d, tokens, cands, labels } of prepared) {
    const cs = cands();
    typeCandidates(tokens, cs, opts);
    cs.forEach((c, i) => {
      if (labels[i] === null || c.type === 'NORP') return;
      out.push({ y: labels[i], p: c.type ?? 'O', doc: d.doc, text: d.text.slice(tokens[c.first].start, tokens[c.last].end) });
    });
  }
  return out;
}

function labelOf(d, p) {
  // The tightest named mention whose name span holds the chunk, or whose extent holds it with its head.
  let best = null;
  for (const g of d.scored) {
    if (!within(p, g) && !(within(p, g.ext) && g.head && within(g.head, p))) continue;
    if (!best || g.ext.end - g.ext.start < best.ext.end - best.ext.start) best = g;
  }
  if (best) return best.type;
  // Part of a name span, or a name the eval would excuse: no label either way.
  if (d.scored.some((g) => overlaps(g, p))) return null;
  const excused = d.ignoreOverlap.some((s) => overlaps(s, p)) || d.ignoreInside.some((m) => within(p, m.ext) && !(m.common && within(m.head, p)))
    || (d.annotated != null && !d.annotated.some((s) => overlaps(s, p)));
  return excused ? null : 'O';
}

// ---------------------------------------------------------------- averaged perceptron

function mulberry32(a) {
  return () => {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Several perceptrons over different shuffles, averaged: a tiny training set makes one run's
 *  weights depend a lot on the order of the examples. */
function trainBagged(ex, hp = {}) {
  const sum = new Map();
  const runs = hp.runs ?? RUNS;
  for (let r = 0; r < runs; r++) {
    for (const [f, w] of train(ex, SEED + r, hp)) {
      const acc = sum.get(f) ?? new Float64Array(w.length);
      for (let k = 0; k < w.length; k++) acc[k] += w[k] / runs;
      sum.set(f, acc);
    }
  }
  return sum;
}

function train(ex, seed, hp = {}) {
  const epochs = hp.epochs ?? EPOCHS;
  const minCount = hp.minCount ?? MIN_COUNT;
  const counts = new Map();
  for (const e of ex) for (const f of e.x) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f) => (counts.get(f) ?? 0) >= minCount && !DROP_FEATURES.some((d) => f.startsWith(d));
  const K = CLASSES.length;
  const w = new Map(); // feature → Float64Array(K) current weights
  const acc = new Map(); // feature → Float64Array(K) accumulated (for averaging)
  const stamp = new Map(); // feature → Float64Array(K) step of last update
  let step = 0;
  const row = (m, f) => {
    let r = m.get(f);
    if (!r) m.set(f, (r = new Float64Array(K)));
    return r;
  };
  const update = (f, k, delta) => {
    const cw = row(w, f), ca = row(acc, f), cs = row(stamp, f);
    ca[k] += (step - cs[k]) * cw[k];
    cs[k] = step;
    cw[k] += delta;
  };
  const rand = mulberry32(seed);
  const order = ex.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const i of order) {
      step++;
      const e = ex[i];
      const fs = e.x.filter(keep);
      const s = new Float64Array(K);
      for (const f of fs) {
        const r = w.get(f);
        if (r) for (let k = 0; k < K; k++) s[k] += r[k];
      }
      let guess = 0;
      for (let k = 1; k < K; k++) if (s[k] > s[guess]) guess = k;
      if (guess !== e.y) {
        errors++;
        for (const f of fs) {
          update(f, e.y, 1);
          update(f, guess, -1);
        }
      }
    }
    if (epoch === epochs - 1) console.error(`seed ${seed}, epoch ${epoch + 1}: ${errors} training errors of ${ex.length}`);
  }
  const avg = new Map();
  for (const [f, cw] of w) {
    const ca = acc.get(f), cs = stamp.get(f);
    const r = new Float64Array(K);
    for (let k = 0; k < K; k++) r[k] = (ca[k] + (step - cs[k]) * cw[k]) / step;
    avg.set(f, r);
  }
  return avg;
}

// ---------------------------------------------------------------- scoring and export

function report(name, preds) {
  const t = Object.fromEntries(CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let right = 0;
  for (const { y, p } of preds) {
    if (p === y) { right++; t[y].tp++; continue; }
    t[p].fp++;
    t[y].fn++;
  }
  const f1 = ({ tp, fp, fn }) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
  const typed = ['PERSON', 'ORG', 'LOC'].reduce((a, c) => ({ tp: a.tp + t[c].tp, fp: a.fp + t[c].fp, fn: a.fn + t[c].fn }), { tp: 0, fp: 0, fn: 0 });
  console.log(`${name.padEnd(48)} acc ${(right / preds.length).toFixed(3)}  typed F1 ${f1(typed).toFixed(3)}  ` +
    CLASSES.map((c) => `${c} ${f1(t[c]).toFixed(3)}`).join('  ') + `  (n=${preds.length})`);
  return f1(typed);
}

/** Averaged weights → integers (scale 100), dropping features whose weights are all tiny. */
function quantise(weights) {
  const SCALE = 100;
  const outW = {};
  for (const f of [...weights.keys()].sort()) {
    const r = weights.get(f);
    if (Math.max(...r.map(Math.abs)) < PRUNE) continue;
    outW[f] = [...r].map((v) => Math.round(v * SCALE));
  }
  return { classes: CLASSES, scale: SCALE, weights: outW };
}

/** Choosing settings without touching the held-out documents: 5-fold cross-validation over the
 *  training documents, chunk-level typed F1 through the product's own typing. */
function crossValidate(prep) {
  // Folds over the GUM documents only; MEANTIME's training topics are always trained on (their
  // documents share names across folds, which would reward memorising).
  const K = 5;
  const gum = prep.filter((p) => p.d.doc.startsWith('GUM_'));
  const always = prep.filter((p) => !p.d.doc.startsWith('GUM_'));
  const folds = Array.from({ length: K }, (_, k) => gum.filter((_, i) => i % K === k));
  const grid = [];
  if (argv.includes('--cv-quick')) grid.push({ epochs: EPOCHS, minCount: MIN_COUNT, runs: 5 });
  else for (const epochs of [5, 10]) for (const minCount of [1, 2, 3]) grid.push({ epochs, minCount, runs: 5 });
  for (const hp of grid) {
    const preds = [];
    for (let k = 0; k < K; k++) {
      const w = quantise(trainBagged(examples([...always, ...folds.filter((_, j) => j !== k).flat()]), hp));
      const q = new Map(Object.entries(w.weights).map(([f, r]) => [f, r.map((v) => v / w.scale)]));
      const sc = (x) => { const s = [0, 0, 0, 0]; for (const f of x) { const r = q.get(f); if (r) for (let c = 0; c < 4; c++) s[c] += r[c]; } return s; };
      preds.push(...predictions(folds[k], { ...TYPING, score: sc }));
    }
    report(`cv epochs ${hp.epochs} min-count ${hp.minCount}`, preds);
  }
}

const trainDocs = loadGum(gumDir, Infinity, { genres: GENRES, partitions: ['train'] }).docs;
const heldDocs = loadGum(gumDir, Infinity, { genres: GENRES, partitions: GUM_HELD_OUT }).docs;
const mtTrain = USE_MEANTIME ? loadMeantime(meantimeDir, Infinity, { topics: MEANTIME_TRAIN_TOPICS }).docs : [];
const mtHeld = loadMeantime(meantimeDir, Infinity, { topics: MEANTIME_HELD_OUT_TOPICS }).docs;
const trainPrep = prepare([...trainDocs, ...mtTrain]);
const heldPrep = prepare(heldDocs);
const heldNewsPrep = heldPrep.filter((p) => /^GUM_(news|interview)_/.test(p.d.doc));
const mtHeldPrep = prepare(mtHeld);
const trainEx = examples(trainPrep);
console.log(`training: GUM train partition, genres ${GENRES.join(', ')} (${trainDocs.length} docs); MEANTIME topics ${USE_MEANTIME ? MEANTIME_TRAIN_TOPICS.join(', ') : '(none)'} (${mtTrain.length} docs); ${trainEx.length} labelled chunks`);
console.log(`held out: GUM dev+test (${heldDocs.length} docs); MEANTIME topics ${MEANTIME_HELD_OUT_TOPICS.join(', ')} (${mtHeld.length} docs)`);
if (argv.includes('--cv')) crossValidate(trainPrep);
const weights = trainBagged(trainEx);
const model = quantise(weights);
const q = new Map(Object.entries(model.weights).map(([f, r]) => [f, r.map((v) => v / model.scale)]));
const score = (x) => {
  const s = [0, 0, 0, 0];
  for (const f of x) {
    const r = q.get(f);
    if (r) for (let k = 0; k < 4; k++) s[k] += r[k];
  }
  return s;
};
const rulesOnly = { ...TYPING, score: null };
const shipped = { ...TYPING, score };
const sets = [['GUM held-out, all trained genres', heldPrep], ['GUM held-out, news + interview', heldNewsPrep], ['MEANTIME held-out topics', mtHeldPrep]];
console.log('\nchunk-level scores on held-out documents (labels as in the eval: head match; no O labels in MEANTIME):');
for (const [name, prep] of sets) {
  report(`${name}: rules alone`, predictions(prep, rulesOnly));
  report(`${name}: rules + model (shipped)`, predictions(prep, shipped));
}
if (argv.includes('--tune')) {
  for (const dropMargin of [4, 8, 12, Infinity]) for (const overrideMargin of [0, 2, 4, 8, Infinity]) {
    const o = { dropMargin, overrideMargin, score };
    const f = sets.map(([, prep]) => report(`  drop ${dropMargin} override ${overrideMargin}`, predictions(prep, o)));
    console.log(`  → mean ${(f.reduce((a, b) => a + b, 0) / f.length).toFixed(3)}`);
  }
}
const json = JSON.stringify(model);
console.log(`\n${Object.keys(model.weights).length} features kept, ${(json.length / 1024).toFixed(0)} KiB`);
if (!argv.includes('--dry-run')) {
  writeFileSync(out, `${json}\n`);
  console.log(`wrote ${out}`);
}
if (argv.includes('--show-errors')) {
  for (const [name, prep] of sets) {
    console.log(`\nerrors, ${name}:`);
    for (const e of predictions(prep, shipped)) if (e.p !== e.y) console.log(`  ${e.doc.slice(0, 28).padEnd(28)} ${JSON.stringify(e.text)} gold=${e.y} got=${e.p}`);
  }
}

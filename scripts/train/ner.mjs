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
// Labels: a chunk is the type of the named GUM mention it matches by head (it lies inside the
// mention and covers its head word, as in the eval); O when it matches none and the eval would count
// it as a false positive; left out when the eval would excuse it (a name of another type, a name
// nested in an unnamed mention). Deterministic for a given seed.

import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GUM_HELD_OUT, loadGum, loadMeantime, MEANTIME_HELD_OUT_TOPICS, MEANTIME_TRAIN_TOPICS } from '../eval/corpora.mjs';
import { splitBlocks, splitSentences } from '../../server/src/core/pipeline/01-structure.ts';
import { tokenize } from '../../server/src/core/pipeline/02-tokens.ts';
import { findCandidates, ruleEvidence } from '../../server/src/core/pipeline/03-entities.ts';
import { chunkFeatures, documentContext } from '../../server/src/core/pipeline/entity-features.ts';

const CLASSES = ['PERSON', 'ORG', 'LOC', 'O'];
const DROP_MARGIN = 8; // as in 03-entities.ts
const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const EPOCHS = Number(opt('--epochs', 10));
const SEED = Number(opt('--seed', 1));
const GENRES = opt('--genres', 'news,interview,academic,court').split(',');
const MIN_COUNT = Number(opt('--min-count', 2));
const PRUNE = Number(opt('--prune', 0.05));

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const gumDir = resolve(root, '../shared/corpora/gum');
const meantimeDir = resolve(root, '../shared/corpora/meantime_en');
const WEAK_ONLY = argv.includes('--weak-only');
const USE_MEANTIME = !argv.includes('--no-meantime');
const out = join(root, 'server/src/core/model/ner-weights.json');

// ---------------------------------------------------------------- examples

const within = (a, b) => a.start >= b.start && a.end <= b.end;
const overlaps = (a, b) => a.start < b.end && b.start < a.end;

function examples(docs) {
  const ex = [];
  for (const d of docs) {
    const blocks = splitBlocks(d.text);
    const sentences = splitSentences(d.text, blocks);
    const tokens = tokenize(d.text, sentences);
    const cands = findCandidates(d.text, tokens, blocks, sentences.map((s) => s.block));
    const ev = cands.map((c) => (c.type ? { type: c.type, strong: true } : ruleEvidence(tokens, c)));
    const rules = ev.map((e) => e.type);
    const ctx = documentContext(tokens, cands);
    cands.forEach((c, i) => {
      if (rules[i] === 'NORP') return; // nationality words stay with the rules
      const span = { start: tokens[c.first].start, end: tokens[c.last].end };
      const y = labelOf(d, span);
      if (y === null) return;
      ex.push({ x: chunkFeatures(tokens, c, rules[i], ctx), y: CLASSES.indexOf(y), rule: rules[i], strong: ev[i].strong, doc: d.doc, text: d.text.slice(span.start, span.end) });
    });
  }
  return ex;
}

function labelOf(d, p) {
  let best = null;
  for (const g of d.scored) {
    if (!within(p, g.ext) || (g.head && !within(g.head, p))) continue;
    if (!best || g.ext.end - g.ext.start < best.ext.end - best.ext.start) best = g;
  }
  if (best) return best.type;
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

function train(ex) {
  const counts = new Map();
  for (const e of ex) for (const f of e.x) counts.set(f, (counts.get(f) ?? 0) + 1);
  const keep = (f) => (counts.get(f) ?? 0) >= MIN_COUNT;
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
  const rand = mulberry32(SEED);
  const order = ex.map((_, i) => i);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
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
    console.error(`epoch ${epoch + 1}: ${errors} training errors of ${ex.length}`);
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

function decide(scores) {
  let best = -1;
  for (let k = 0; k < 3; k++) if (best < 0 || scores[k] > scores[best]) best = k;
  return scores[3] - scores[best] >= DROP_MARGIN ? 'O' : CLASSES[best];
}

function score(weights, x) {
  const s = [0, 0, 0, 0];
  for (const f of x) {
    const r = weights.get(f);
    if (r) for (let k = 0; k < 4; k++) s[k] += r[k];
  }
  return s;
}

function report(name, ex, predict) {
  const t = Object.fromEntries(CLASSES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  let right = 0;
  for (const e of ex) {
    const p = predict(e);
    const y = CLASSES[e.y];
    if (p === y) { right++; t[y].tp++; continue; }
    t[p].fp++;
    t[y].fn++;
  }
  const f1 = ({ tp, fp, fn }) => (tp ? (2 * tp) / (2 * tp + fp + fn) : 0);
  const typed = ['PERSON', 'ORG', 'LOC'].reduce((a, c) => ({ tp: a.tp + t[c].tp, fp: a.fp + t[c].fp, fn: a.fn + t[c].fn }), { tp: 0, fp: 0, fn: 0 });
  console.log(`${name.padEnd(56)} acc ${(right / ex.length).toFixed(3)}  typed F1 ${f1(typed).toFixed(3)}  ` +
    CLASSES.map((c) => `${c} ${f1(t[c]).toFixed(3)}`).join('  ') + `  (n=${ex.length})`);
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

const trainDocs = loadGum(gumDir, Infinity, { genres: GENRES, partitions: ['train'] }).docs;
const heldDocs = loadGum(gumDir, Infinity, { genres: GENRES, partitions: GUM_HELD_OUT }).docs;
const heldNews = heldDocs.filter((d) => /^GUM_(news|interview)_/.test(d.doc));
const mtTrain = USE_MEANTIME ? loadMeantime(meantimeDir, Infinity, { topics: MEANTIME_TRAIN_TOPICS }).docs : [];
const mtHeld = loadMeantime(meantimeDir, Infinity, { topics: MEANTIME_HELD_OUT_TOPICS }).docs;
const trainEx = examples([...trainDocs, ...mtTrain]).filter((e) => !WEAK_ONLY || !e.strong);
const heldEx = examples(heldDocs);
const heldNewsEx = examples(heldNews);
const mtHeldEx = examples(mtHeld);
console.log(`GUM genres ${GENRES.join(', ')}: train ${trainDocs.length} docs; MEANTIME train topics: ${mtTrain.length} docs; ${trainEx.length} training chunks`);
console.log(`held out: GUM dev+test ${heldDocs.length} docs / ${heldEx.length} chunks; MEANTIME ${MEANTIME_HELD_OUT_TOPICS.join(', ')} ${mtHeld.length} docs / ${mtHeldEx.length} chunks`);
const weights = train(trainEx);
const model = quantise(weights);
const q = new Map(Object.entries(model.weights).map(([f, r]) => [f, r.map((v) => v / model.scale)]));
const rulePredict = (e) => e.rule;
const modelPredict = (e) => decide(score(q, e.x));
const hybridPredict = (e) => (e.strong ? e.rule : modelPredict(e));
for (const [name, ex] of [['GUM held-out', heldEx], ['GUM held-out news+interview', heldNewsEx], ['MEANTIME held-out topics', mtHeldEx]]) {
  report(`${name}: rules`, ex, rulePredict);
  report(`${name}: model`, ex, modelPredict);
  report(`${name}: rules if strong, else model`, ex, hybridPredict);
}
report('model, training chunks (not a score)', trainEx, modelPredict);
const json = JSON.stringify(model);
console.log(`${Object.keys(model.weights).length} features kept, ${(json.length / 1024).toFixed(0)} KiB`);
if (!argv.includes('--dry-run')) {
  writeFileSync(out, `${json}\n`);
  console.log(`wrote ${out}`);
}
if (argv.includes('--show-errors')) {
  for (const e of mtHeldEx) {
    const p = modelPredict(e);
    if (p !== CLASSES[e.y]) console.log(`  ${e.doc.slice(0, 30)} ${JSON.stringify(e.text)} gold=${CLASSES[e.y]} model=${p} rule=${e.rule}${e.strong ? ' strong' : ''} ${score(q, e.x).map((v) => v.toFixed(1)).join(' ')}`);
  }
}

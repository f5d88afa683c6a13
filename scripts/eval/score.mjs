// Scores an `analyze --json` output object (docs/analysis-json.md in ../shared) against a gold object of
// schema `source-annotator-gold/1`. Pure: no file or process access; the caller reads the files.
//
//   score(output, gold, { texts })    → metrics: a plain object of numbers (null = undefined ratio, e.g.
//                                        precision with nothing predicted; the counts beside it say why)
//   evaluate(output, gold, { texts }) → { metrics, errors }: errors lists what went wrong, for --errors
//
// `texts` (optional) maps a document basename to its text. Spans are then read from the text (what the
// offsets really cover); without it the `text` field of each span is used.
//
// Conventions shared by every category:
// - Documents are matched by the basename of the output's `path` and the gold's `doc`; output documents
//   the gold does not list are not scored, and gold documents absent from the output count as empty.
// - Overlap matching is one-to-one and greedy by the number of shared characters.

import { scoreQuoteVariants } from './quote-variants.mjs';

export const GOLD_SCHEMA = 'source-annotator-gold/1';
export const ENTITY_TYPES = ['PERSON', 'ORG', 'LOC'];
const FLAGGED = new Set(['no', 'vague']);

// ---------------------------------------------------------------- small helpers

export const docKey = (p) => String(p ?? '').split(/[\\/]/).pop();

const num = (x) => typeof x === 'number' && Number.isFinite(x);
const isSpan = (x) => x != null && num(x.start) && num(x.end) && x.end > x.start;
const arr = (x) => (Array.isArray(x) ? x : []);

export function ratio(a, b) {
  return b > 0 ? a / b : null;
}

/** Precision, recall, F1 with their counts. Undefined ratios are null, except that a category with
 *  nothing to find and nothing predicted is perfect. */
export function prf(tp, fp, fn) {
  if (tp + fp + fn === 0) return { p: 1, r: 1, f1: 1, tp, fp, fn };
  const p = ratio(tp, tp + fp);
  const r = ratio(tp, tp + fn);
  const f1 = tp === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1, tp, fp, fn };
}

export function accuracy(correct, n) {
  return { accuracy: ratio(correct, n), correct, n };
}

export function overlap(a, b) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** The span with the two edges the gold convention forgives removed: a leading "The "/"the " and a
 *  trailing possessive ’s/'s. `text` is what the span covers (when unknown, nothing is removed). */
export function normalizeSpan(start, end, text) {
  if (typeof text !== 'string' || text.length !== end - start) return { start, end };
  const lead = /^[Tt]he\s+(?=\S)/.exec(text);
  if (lead) start += lead[0].length;
  if (end - start > 2 && /['’]s$/.test(text)) end -= 2;
  return { start, end };
}

/** Greedy one-to-one matching of two span lists by shared characters (largest overlap first; ties go to
 *  the closer start, then to document order). `ok(g, p)` can veto a pair. Returns [gi, pi] pairs. */
export function matchByOverlap(golds, preds, ok = () => true) {
  const pairs = [];
  for (let gi = 0; gi < golds.length; gi++) {
    for (let pi = 0; pi < preds.length; pi++) {
      const o = overlap(golds[gi], preds[pi]);
      if (o > 0 && ok(golds[gi], preds[pi])) pairs.push([o, Math.abs(golds[gi].start - preds[pi].start), gi, pi]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]);
  const gUsed = new Set();
  const pUsed = new Set();
  const out = [];
  for (const [, , gi, pi] of pairs) {
    if (gUsed.has(gi) || pUsed.has(pi)) continue;
    gUsed.add(gi);
    pUsed.add(pi);
    out.push([gi, pi]);
  }
  return out;
}

/** One-to-one matching on an exact key. Returns [gi, pi] pairs. */
export function matchByKey(golds, preds, key) {
  const open = new Map();
  golds.forEach((g, gi) => {
    const k = key(g);
    if (!open.has(k)) open.set(k, []);
    open.get(k).push(gi);
  });
  const out = [];
  preds.forEach((p, pi) => {
    const q = open.get(key(p));
    if (q?.length) out.push([q.shift(), pi]);
  });
  return out;
}

/** B-cubed over items { gold, pred } (cluster labels). */
export function bcubed(items) {
  const count = (f) => {
    const m = new Map();
    for (const it of items) m.set(f(it), (m.get(f(it)) ?? 0) + 1);
    return m;
  };
  const g = count((it) => it.gold);
  const p = count((it) => it.pred);
  const both = count((it) => JSON.stringify([it.gold, it.pred]));
  let ps = 0;
  let rs = 0;
  for (const it of items) {
    const c = both.get(JSON.stringify([it.gold, it.pred]));
    ps += c / p.get(it.pred);
    rs += c / g.get(it.gold);
  }
  const n = items.length;
  if (n === 0) return { p: null, r: null, f1: null, n };
  const P = ps / n;
  const R = rs / n;
  return { p: P, r: R, f1: (2 * P * R) / (P + R), n };
}

function byDoc(list) {
  const m = new Map();
  for (const x of arr(list)) {
    const k = docKey(x?.doc);
    if (!m.has(k)) m.set(k, []);
    m.get(k).push(x);
  }
  return m;
}

/** Output documents keyed by basename (tolerates a missing or malformed output). */
function outputDocs(output) {
  const m = new Map();
  for (const d of arr(output?.documents)) {
    const k = docKey(d?.path);
    if (k && !m.has(k)) m.set(k, d);
  }
  return m;
}

function goldDocs(gold) {
  const listed = arr(gold?.documents).map(docKey);
  if (listed.length) return listed;
  const all = ['mentions', 'quotes', 'claims', 'ignore'].flatMap((k) => arr(gold?.[k]).map((x) => docKey(x.doc)));
  return [...new Set(all)];
}

const lower = (s) => String(s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
const brief = (doc, x, extra) => ({ doc, start: x.start, end: x.end, text: x.text ?? null, ...extra });

// ---------------------------------------------------------------- entities and clusters

function scoreEntities(docs, preds, gold, texts) {
  const mentions = byDoc(gold.mentions);
  const ignores = byDoc(gold.ignore);
  const types = Object.fromEntries(ENTITY_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  let utp = 0;
  let ufp = 0;
  let ufn = 0;
  let ignored = 0;
  const found = []; // { gold, pred } cluster labels for correctly found mentions
  const all = [];
  const errors = { fp: [], fn: [], split: [], merged: [] };
  let anon = 0;

  for (const doc of docs) {
    const text = texts?.[doc];
    const shown = (x) => (typeof text === 'string' ? text.slice(x.start, x.end) : x.text);
    const norm = (x) => {
      const s = normalizeSpan(x.start, x.end, shown(x));
      return `${s.start}:${s.end}`;
    };
    const gs = arr(mentions.get(doc)).filter(isSpan);
    const ps = arr(preds.get(doc)?.entities).filter((p) => isSpan(p) && ENTITY_TYPES.includes(p.type));
    const ig = arr(ignores.get(doc)).filter(isSpan);
    const isIgnored = (p) => ig.some((i) => overlap(i, p) > 0);

    // typed: exact (forgiven) span and type
    const typed = matchByKey(gs, ps, (x) => `${norm(x)}|${x.type}`);
    const tGold = new Set(typed.map(([gi]) => gi));
    const tPred = new Set(typed.map(([, pi]) => pi));
    for (const [gi] of typed) {
      if (types[gs[gi].type]) types[gs[gi].type].tp++;
    }
    gs.forEach((g, gi) => {
      if (tGold.has(gi)) return;
      if (types[g.type]) types[g.type].fn++;
      const near = ps.filter((p) => overlap(p, g) > 0).map((p) => `${shown(p) ?? ''} [${p.type}]`);
      errors.fn.push(brief(doc, g, { type: g.type, predicted: near.join('; ') || null }));
    });
    ps.forEach((p, pi) => {
      if (tPred.has(pi)) return;
      if (isIgnored(p)) {
        ignored++;
        return;
      }
      types[p.type].fp++;
      const near = gs.filter((g) => overlap(p, g) > 0).map((g) => `${g.text ?? ''} [${g.type}]`);
      errors.fp.push(brief(doc, { ...p, text: shown(p) }, { type: p.type, gold: near.join('; ') || null }));
    });

    // untyped: exact (forgiven) span; these pairs are also the "correctly found" mentions for clustering
    const untyped = matchByKey(gs, ps, norm);
    const uGold = new Set(untyped.map(([gi]) => gi));
    const uPred = new Set(untyped.map(([, pi]) => pi));
    utp += untyped.length;
    ufn += gs.length - untyped.length;
    ufp += ps.filter((p, pi) => !uPred.has(pi) && !isIgnored(p)).length;
    for (const [gi, pi] of untyped) {
      const id = ps[pi].entity;
      const item = { gold: gs[gi].entity, pred: id == null || id === '' ? `\0anon${anon++}` : String(id) };
      found.push(item);
      all.push(item);
    }
    gs.forEach((g, gi) => uGold.has(gi) || all.push({ gold: g.entity, pred: `\0miss${anon++}` }));
  }

  // cluster errors: gold entities spread over several predicted ids, predicted ids covering several gold ones
  const group = (key, val) => {
    const m = new Map();
    for (const it of found) {
      if (!m.has(it[key])) m.set(it[key], new Map());
      const v = m.get(it[key]);
      v.set(it[val], (v.get(it[val]) ?? 0) + 1);
    }
    return m;
  };
  const label = (id) => (String(id).startsWith('\0') ? '(no id)' : id);
  for (const [g, ids] of group('gold', 'pred')) {
    if (ids.size > 1) errors.split.push({ gold: g, predicted: [...ids].map(([k, n]) => `${label(k)}×${n}`).join(', ') });
  }
  for (const [p, ids] of group('pred', 'gold')) {
    if (ids.size > 1 && !String(p).startsWith('\0')) {
      errors.merged.push({ predicted: p, gold: [...ids].map(([k, n]) => `${k}×${n}`).join(', ') });
    }
  }

  const sum = (k) => ENTITY_TYPES.reduce((s, t) => s + types[t][k], 0);
  const metrics = {
    typed: prf(sum('tp'), sum('fp'), sum('fn')),
    untyped: prf(utp, ufp, ufn),
    ...Object.fromEntries(ENTITY_TYPES.map((t) => [t, prf(types[t].tp, types[t].fp, types[t].fn)])),
    ignored,
  };
  const clusters = { found: bcubed(found), all: bcubed(all) };
  return { metrics, clusters, errors };
}

// ---------------------------------------------------------------- quotes

/** Is the predicted speaker right for this gold quote? A named gold speaker needs the same entity id; an
 *  unnamed one (`speakerText`) a prediction without an entity whose text overlaps it; a quote nobody can
 *  be named for, a prediction that names nobody. */
export function speakerCorrect(goldQuote, predSpeaker) {
  const sp = predSpeaker && typeof predSpeaker === 'object' ? predSpeaker : null;
  const entity = sp?.entity == null || sp.entity === '' ? null : String(sp.entity);
  if (goldQuote.speaker != null) return entity === String(goldQuote.speaker);
  if (goldQuote.speakerText != null && goldQuote.speakerText !== '') {
    // an unnamed speaker ("a senior official"): right when the prediction names nobody either and its
    // text, or the description it resolves to (`name`: "the official" → "a senior official at the
    // ministry"), overlaps the gold description (one contains the other, case-insensitively)
    if (!sp || entity) return false;
    const b = lower(goldQuote.speakerText);
    return [sp.text, sp.name].some((x) => { const a = lower(x); return a !== '' && (a.includes(b) || b.includes(a)); });
  }
  // nobody can be named: right when the prediction names nobody
  return !sp || (!entity && lower(sp.text ?? sp.name) === '');
}

const normCue = (c) => lower(String(c ?? '').replace(/\s*(?:\.\.\.|…)\s*/g, ' … '));

function scoreQuotes(docs, preds, gold) {
  const quotes = byDoc(gold.quotes);
  let etp = 0;
  let efp = 0;
  let efn = 0;
  let otp = 0;
  let ofp = 0;
  let ofn = 0;
  let scareGold = 0;
  let scareExact = 0;
  let scareOverlap = 0;
  let spOk = 0;
  let cueOk = 0;
  let matched = 0;
  const errors = { fp: [], fn: [], speaker: [], cue: [], scare: [] };

  for (const doc of docs) {
    const all = arr(quotes.get(doc)).filter(isSpan);
    const gs = all.filter((q) => !q.scare);
    const scare = all.filter((q) => q.scare);
    const ps = arr(preds.get(doc)?.quotes).filter(isSpan);
    scareGold += scare.length;

    const key = (x) => `${x.start}:${x.end}`;
    const exact = matchByKey(gs, ps, key);
    const ePred = new Set(exact.map(([, pi]) => pi));
    etp += exact.length;
    efn += gs.length - exact.length;
    efp += ps.length - exact.length;
    const scareKeys = new Set(scare.map(key));
    scareExact += ps.filter((p, pi) => !ePred.has(pi) && scareKeys.has(key(p))).length;

    const pairs = matchByOverlap(gs, ps);
    const oGold = new Set(pairs.map(([gi]) => gi));
    const oPred = new Set(pairs.map(([, pi]) => pi));
    otp += pairs.length;
    ofn += gs.length - pairs.length;
    ofp += ps.length - pairs.length;
    const unmatched = ps.filter((p, pi) => !oPred.has(pi));
    for (const s of scare) {
      const hit = unmatched.find((p) => overlap(p, s) > 0);
      if (hit) {
        scareOverlap++;
        errors.scare.push(brief(doc, s, { predicted: hit.text ?? null }));
      }
    }
    gs.forEach((g, gi) => oGold.has(gi) || errors.fn.push(brief(doc, g, { speaker: g.speaker ?? g.speakerText })));
    unmatched.forEach((p) => errors.fp.push(brief(doc, p, { scare: scare.some((s) => overlap(s, p) > 0) })));

    for (const [gi, pi] of pairs) {
      const g = gs[gi];
      const p = ps[pi];
      matched++;
      const sp = p.speaker && typeof p.speaker === 'object' ? p.speaker : null;
      if (speakerCorrect(g, p.speaker)) spOk++;
      else {
        errors.speaker.push(brief(doc, g, {
          gold: g.speaker ?? (g.speakerText ? `"${g.speakerText}" (unnamed)` : null),
          predicted: sp ? `${sp.entity ?? '(no id)'} / ${sp.text ?? sp.name ?? ''}` : '(none)',
        }));
      }
      if (normCue(g.cue) === normCue(p.cue)) cueOk++;
      else errors.cue.push(brief(doc, g, { gold: g.cue ?? null, predicted: p.cue ?? null }));
    }
  }

  return {
    metrics: {
      exact: prf(etp, efp, efn),
      overlap: prf(otp, ofp, ofn),
      speaker: accuracy(spOk, matched), // over quotes matched by overlap
      cue: accuracy(cueOk, matched),
      scare: { gold: scareGold, predictedExact: scareExact, predicted: scareOverlap, avoided: ratio(scareGold - scareOverlap, scareGold) },
    },
    errors,
  };
}

// ---------------------------------------------------------------- claims

function scoreClaims(docs, preds, gold) {
  const claims = byDoc(gold.claims);
  const LABELS = ['yes', 'vague', 'no'];
  const confusion = Object.fromEntries(LABELS.map((g) => [g, { yes: 0, vague: 0, no: 0, other: 0 }]));
  const c = { ftp: 0, ffp: 0, ffn: 0, dtp: 0, dfp: 0, dfn: 0, ok: 0, n: 0 };
  const errors = { fp: [], fn: [], sourcing: [] };

  // Matches preds to the non-optional gold claims `req`; a prediction left over that overlaps an optional
  // gold claim (whatever its label) is not counted. Returns [tp, fp, fn]; `log` records the errors.
  const detect = (req, ps, all, doc, log) => {
    const opt = all.filter((g) => g.optional);
    const pairs = matchByOverlap(req, ps);
    const gUsed = new Set(pairs.map(([gi]) => gi));
    const pUsed = new Set(pairs.map(([, pi]) => pi));
    let fp = 0;
    ps.forEach((p, pi) => {
      if (pUsed.has(pi) || opt.some((o) => overlap(o, p) > 0)) return;
      fp++;
      if (log) {
        const near = all.filter((g) => overlap(g, p) > 0).map((g) => `${g.sourced}: ${g.text ?? ''}`);
        errors.fp.push(brief(doc, p, { sourced: p.sourced ?? null, gold: near.join('; ') || null }));
      }
    });
    req.forEach((g, gi) => {
      if (gUsed.has(gi) || !log) return;
      const near = ps.filter((p) => overlap(g, p) > 0).map((p) => p.text ?? '');
      errors.fn.push(brief(doc, g, { id: g.id, sourced: g.sourced, predicted: near.join('; ') || null }));
    });
    return [pairs.length, fp, req.length - pairs.length];
  };

  for (const doc of docs) {
    const gs = arr(claims.get(doc)).filter(isSpan);
    const ps = arr(preds.get(doc)?.claims).filter(isSpan);
    const req = gs.filter((g) => !g.optional);
    const [ft, ff, fn] = detect(req.filter((g) => FLAGGED.has(g.sourced)), ps.filter((p) => FLAGGED.has(p.sourced)), gs, doc, true);
    c.ftp += ft;
    c.ffp += ff;
    c.ffn += fn;
    const [dt, df, dn] = detect(req, ps, gs, doc, false);
    c.dtp += dt;
    c.dfp += df;
    c.dfn += dn;
    // sourcing label: every gold claim (optional ones too) that a predicted claim overlaps
    for (const [gi, pi] of matchByOverlap(gs, ps)) {
      const g = gs[gi];
      const p = ps[pi];
      c.n++;
      const row = confusion[g.sourced];
      if (row) row[LABELS.includes(p.sourced) ? p.sourced : 'other']++;
      if (p.sourced === g.sourced) c.ok++;
      else errors.sourcing.push(brief(doc, g, { id: g.id, gold: g.sourced, predicted: p.sourced ?? null, source: g.source ?? null }));
    }
  }
  return {
    metrics: {
      flagged: prf(c.ftp, c.ffp, c.ffn),
      detection: prf(c.dtp, c.dfp, c.dfn),
      sourcing: { ...accuracy(c.ok, c.n), confusion },
    },
    errors,
  };
}

// ---------------------------------------------------------------- corroboration

function scoreCorroboration(gold, output) {
  const claims = new Map(arr(gold.claims).map((c) => [c.id, c]));
  const entries = arr(output?.corroborations).filter((e) => isSpan(e?.claim));
  let n = 0;
  let found = 0;
  let at1 = 0;
  let at3 = 0;
  const errors = { failed: [] };
  for (const cor of arr(gold.corroborations)) {
    const g = claims.get(cor.claim);
    if (!isSpan(g)) continue;
    n++;
    const doc = docKey(g.doc);
    let best = null;
    let bestO = 0;
    for (const e of entries) {
      if (docKey(e.claim.path) !== doc) continue;
      const o = overlap(e.claim, g);
      if (o > bestO) [best, bestO] = [e, o];
    }
    const supports = arr(cor.supports).map((id) => claims.get(id)).filter(isSpan);
    const cands = arr(best?.candidates);
    const hit = (c) => isSpan(c) && supports.some((s) => docKey(c.path) === docKey(s.doc) && overlap(c, s) > 0);
    const rank = cands.findIndex(hit);
    if (best) found++;
    if (rank === 0) at1++;
    if (rank >= 0 && rank < 3) at3++;
    if (rank !== 0) {
      errors.failed.push(brief(doc, g, {
        id: g.id,
        rank: rank < 0 ? null : rank + 1,
        entry: !!best,
        supports: supports.map((s) => `${s.id}: ${s.text ?? ''}`).join('; '),
        top: cands.slice(0, 3).map((c) => `${docKey(c.path)}: ${c.text ?? `${c.start}-${c.end}`}`).join(' | ') || null,
      }));
    }
  }
  return { metrics: { at1: ratio(at1, n), at3: ratio(at3, n), hits1: at1, hits3: at3, n, found }, errors };
}

// ---------------------------------------------------------------- entry points

export function evaluate(output, gold, { texts } = {}) {
  if (gold?.schema && gold.schema !== GOLD_SCHEMA) throw new Error(`gold schema ${gold.schema}, expected ${GOLD_SCHEMA}`);
  const docs = goldDocs(gold);
  const preds = outputDocs(output);
  const ent = scoreEntities(docs, preds, gold ?? {}, texts);
  const quo = scoreQuotes(docs, preds, gold ?? {});
  const cla = scoreClaims(docs, preds, gold ?? {});
  const cor = scoreCorroboration(gold ?? {}, output);
  const qv = scoreQuoteVariants(preds, gold?.quotes, (q) => texts?.[docKey(q.doc)]?.slice(q.start, q.end));
  quo.metrics.variants = prf(qv.counts.tp, qv.counts.fp, qv.counts.fn);
  return {
    metrics: {
      documents: { gold: docs.length, found: docs.filter((d) => preds.has(d)).length },
      entities: ent.metrics,
      clusters: ent.clusters,
      quotes: quo.metrics,
      claims: cla.metrics,
      corroboration: cor.metrics,
    },
    errors: {
      entities: { fp: ent.errors.fp, fn: ent.errors.fn },
      clusters: { split: ent.errors.split, merged: ent.errors.merged },
      quotes: quo.errors,
      'quote variants': qv.errors,
      claims: cla.errors,
      corroboration: cor.errors,
    },
  };
}

export function score(output, gold, opts) {
  return evaluate(output, gold, opts).metrics;
}

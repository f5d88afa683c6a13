// Whole-analysis throughput next to compromise and wink-nlp on the same text in the same run.
import { MB, time } from './stats.mjs';

/** Best of n runs of fn over all texts: MB/s. */
function throughput(texts, fn, n = 3) {
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  let best = Infinity;
  for (let r = 0; r < n; r++) best = Math.min(best, time(() => { for (const t of texts) fn(t); }));
  return bytes / MB / (best / 1000);
}

export function measureThroughput(texts, core, require) {
  const loads = {};
  loads.compromise = time(() => require('compromise'));
  let winkNlp, winkModel;
  loads['wink-nlp + model'] = time(() => { winkNlp = require('wink-nlp'); winkModel = require('wink-eng-lite-web-model'); });
  const nlp = require('compromise');
  const wink = winkNlp(winkModel);
  const its = wink.its;
  const ours = throughput(texts, (t) => core.analyzeText(t));
  const rows = [['Source Annotator: whole analysis (entities, quotes, claims)', ours]];
  rows.push(['compromise: people() + places() + organizations()', throughput(texts.slice(0, Math.max(20, texts.length >> 2)), (t) => { const d = nlp(t); d.people().out('array'); d.places().out('array'); d.organizations().out('array'); }, 1)]);
  rows.push(['wink-nlp: tokenise + POS tag', throughput(texts, (t) => wink.readDoc(t).tokens().out(its.pos), 2)]);
  return { rows, ours, loads };
}

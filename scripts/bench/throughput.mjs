// Whole-analysis throughput next to compromise and wink-nlp on the same text in the same run.
import { MB, time } from './stats.mjs';

/** n passes of fn over all texts: MB/s of the first pass (JIT still cold) and of the best one. */
function throughput(texts, fn, n = 3) {
  const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
  const passes = [];
  for (let r = 0; r < n; r++) passes.push(time(() => { for (const t of texts) fn(t); }));
  const rate = (ms) => bytes / MB / (ms / 1000);
  return { best: rate(Math.min(...passes)), first: rate(passes[0]) };
}

export function measureThroughput(texts, core, require) {
  const loads = {};
  loads.compromise = time(() => require('compromise'));
  let winkNlp, winkModel;
  loads['wink-nlp + model'] = time(() => { winkNlp = require('wink-nlp'); winkModel = require('wink-eng-lite-web-model'); });
  const nlp = require('compromise');
  const wink = winkNlp(winkModel);
  const its = wink.its;
  const ours = throughput(texts, (t) => core.analyzeText(t), 5);
  const rows = [['Source Annotator: whole analysis (entities, quotes, claims)', ours.best]];
  rows.push(['compromise: people() + places() + organizations()', throughput(texts.slice(0, Math.max(20, texts.length >> 2)), (t) => { const d = nlp(t); d.people().out('array'); d.places().out('array'); d.organizations().out('array'); }, 1).best]);
  rows.push(['wink-nlp: tokenise + POS tag', throughput(texts, (t) => wink.readDoc(t).tokens().out(its.pos), 3).best]);
  return { rows, ours: ours.best, oursFirst: ours.first, loads };
}

// Scores the links between the same statement quoted by different articles (`variants` on each quote of
// `analyze --json`). The gold does not annotate these links, so gold pairs are derived from the gold
// quotes, conservatively and without the product's code:
//   - two gold quotes of different documents where one's words (lower case, punctuation and bracketed
//     insertions dropped) contain the other's, the shorter having at least 4 words (2 when both are
//     credited to the same named speaker); or
//   - two gold quotes credited to the same named speaker that share at least 3 words of 4+ letters,
//     covering at least half of such words of the shorter quote.
// A predicted link counts when both of its ends overlap gold quotes that form a gold pair.

const arr = (x) => (Array.isArray(x) ? x : []);
const docKey = (p) => String(p ?? '').split(/[\\/]/).pop();
const overlaps = (a, b) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
const STOP = new Set(['that', 'this', 'with', 'have', 'from', 'they', 'their', 'there', 'were', 'been', 'will', 'would',
  'what', 'when', 'which', 'into', 'than', 'them', 'then', 'also', 'only', 'more', 'once', 'very', 'just', 'said']);

const words = (t) => String(t ?? '').toLowerCase().replace(/[’‘]/g, "'").replace(/\[[^\]]*\]/g, ' ')
  .split(/[^\p{L}\p{N}'-]+/u).filter(Boolean);
const content = (t) => new Set(words(t).filter((w) => w.length >= 4 && !STOP.has(w)).map((w) => w.replace(/(ing|ed|es|s|e)$/, '')));

export function goldVariantPairs(goldQuotes, textOf) {
  const qs = arr(goldQuotes).filter((q) => !q.scare && q.end > q.start).map((q) => {
    const text = textOf(q) ?? q.text ?? '';
    return { q, seq: ` ${words(text).join(' ')} `, n: words(text).length, content: content(text) };
  });
  const pairs = [];
  for (let i = 0; i < qs.length; i++) {
    for (let j = i + 1; j < qs.length; j++) {
      const a = qs[i], b = qs[j];
      if (docKey(a.q.doc) === docKey(b.q.doc)) continue;
      const [s, l] = a.n <= b.n ? [a, b] : [b, a];
      const sameSpeaker = a.q.speaker != null && a.q.speaker === b.q.speaker;
      let linked = s.n >= (sameSpeaker ? 2 : 4) && l.seq.includes(s.seq);
      if (!linked && sameSpeaker) {
        let shared = 0;
        for (const w of a.content) if (b.content.has(w)) shared++;
        linked = shared >= 3 && shared >= 0.5 * Math.min(a.content.size, b.content.size);
      }
      if (linked) pairs.push([a.q, b.q]);
    }
  }
  return pairs;
}

/** preds: Map docKey → output document; gold quotes carry `doc`. */
export function scoreQuoteVariants(preds, goldQuotes, textOf) {
  const gold = arr(goldQuotes).filter((q) => !q.scare && q.end > q.start);
  const pairs = goldVariantPairs(gold, textOf);
  const goldKey = (a, b) => [gold.indexOf(a), gold.indexOf(b)].sort((x, y) => x - y).join(':');
  const goldSet = new Set(pairs.map(([a, b]) => goldKey(a, b)));
  const goldAt = (doc, span) => gold.find((g) => docKey(g.doc) === doc && overlaps(g, span));
  const found = new Set();
  const wrong = [];
  const seen = new Set();
  for (const [doc, d] of preds) {
    for (const q of arr(d?.quotes)) {
      for (const v of arr(q.variants)) {
        const other = docKey(v.path);
        const key = [`${doc}:${q.start}`, `${other}:${v.start}`].sort().join('|');
        if (seen.has(key)) continue;
        seen.add(key);
        const a = goldAt(doc, q), b = goldAt(other, v);
        if (a && b && goldSet.has(goldKey(a, b))) found.add(goldKey(a, b));
        else wrong.push({ doc, start: q.start, end: q.end, text: q.text, other: `${other}:${v.start}-${v.end}`, kind: v.kind });
      }
    }
  }
  const tp = found.size;
  const missed = pairs.filter(([a, b]) => !found.has(goldKey(a, b)))
    .map(([a, b]) => ({ doc: docKey(a.doc), start: a.start, end: a.end, text: a.text, other: `${docKey(b.doc)}:${b.start}-${b.end} ${b.text ?? ''}` }));
  return { counts: { tp, fp: wrong.length, fn: pairs.length - tp }, errors: { fp: wrong, fn: missed } };
}

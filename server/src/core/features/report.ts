/** The `analyze --json` contract (see docs/analysis-json.md): a plain object built from the corpus. */
import type { Corpus } from '../corpus/corpus';
import { isHeadlineClaim } from './headline-claims';

export interface Report {
  version: 1;
  documents: unknown[];
  entities: unknown[];
  corroborations: unknown[];
}

/** `paths` maps corpus document ids to the path to print for them. */
export function buildReport(corpus: Corpus, paths: ReadonlyMap<string, string>): Report {
  const res = corpus.entities();
  const name = (id: string) => paths.get(id) ?? id;
  // The same statement in other articles (an added, optional field: present only when there are some).
  const variantsOf = corpus.quoteVariants();
  const quoteVariants = (id: string, qi: number) => {
    const vs = variantsOf(id, qi).map((v) => {
      const o = corpus.get(v.doc)!.analysis.quotes[v.quote];
      return { path: name(v.doc), start: o.start, end: o.end, kind: v.kind, speakers: v.speakers };
    });
    return vs.length ? { variants: vs } : {};
  };
  const documents = corpus.ids().map((id) => {
    const a = corpus.get(id)!.analysis;
    const entityId = (local: number | null) => (local === null ? null : res.of(id, local)?.id ?? null);
    return {
      path: name(id),
      entities: a.mentions.map((m) => ({
        start: m.start, end: m.end, text: m.text, type: m.type, entity: entityId(m.local),
        ...(m.furniture ? { furniture: true } : {}),
      })),
      quotes: a.quotes.flatMap((q, qi) => (q.kind === 'scare' ? [] : [{
        start: q.start, end: q.end, text: q.text, cue: q.cue, kind: q.kind,
        speaker: q.speaker ? { name: q.speaker.local !== null ? res.of(id, q.speaker.local)?.name ?? q.speaker.text : q.speaker.description ?? q.speaker.text,
          entity: entityId(q.speaker.local), text: q.speaker.text } : null,
        ...(q.unclosed ? { unclosed: true } : {}),
        ...quoteVariants(id, qi),
      }])),
      scareQuotes: a.quotes.filter((q) => q.kind === 'scare').map((q) => ({ start: q.start, end: q.end, text: q.text })),
      claims: a.claims.map((c) => ({
        start: c.start, end: c.end, text: c.text, sourced: c.sourced,
        source: c.source ? { text: c.source.text, entity: entityId(c.source.local) } : null,
        quantity: { text: c.quantity.text, low: finite(c.quantity.low), high: finite(c.quantity.high) },
        counted: c.counted, measure: c.measure, timeframe: c.timeframe,
        ...(c.kind ? { kind: c.kind } : {}),
        ...(isHeadlineClaim(a, c) ? { headline: true } : {}),
      })),
    };
  });
  const entities = res.entities.map((e) => ({
    id: e.id, name: e.name, type: e.type, aliases: e.aliases, documents: e.documents, mentions: e.mentions,
    ...(e.country ? { country: e.country } : {}),
  }));
  const corroborations = corpus.ids().flatMap((id) =>
    corpus.get(id)!.analysis.claims.map((c, ci) => ({
      claim: { path: name(id), start: c.start, end: c.end },
      candidates: corpus.corroborations(id, ci).map((k) => ({
        path: name(k.doc), start: k.claim.start, end: k.claim.end, text: k.claim.text, score: k.score, relation: k.relation,
        sourced: k.claim.sourced,
      })),
    })),
  );
  return { version: 1, documents, entities, corroborations };
}

function finite(x: number): number | null {
  return Number.isFinite(x) ? Math.round(x * 100) / 100 : null;
}

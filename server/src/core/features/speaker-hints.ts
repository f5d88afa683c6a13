/**
 * Inlay hints for speakers the article gives only as a pronoun or a title ("he said", "the
 * spokeswoman told reporters"): the name the speaker was resolved to, shown right after the
 * pronoun or title. One hint per speaker phrase, however many quotes it introduces.
 */
import type { Corpus } from '../corpus/corpus';
import type { Span } from '../types';

export interface SpeakerHint {
  /** Where the hint goes: just after the pronoun or title. */
  offset: number;
  /** The resolved name (the corpus-wide canonical name). */
  name: string;
  /** The pronoun or title the article uses. */
  said: string;
  /** The mention in this article the speaker was resolved to (the last one before it), for a link on the hint. */
  target: Span;
}

export function speakerHints(corpus: Corpus, doc: string, from = 0, to = Infinity): SpeakerHint[] {
  const a = corpus.get(doc)?.analysis;
  if (!a) return [];
  const out: SpeakerHint[] = [];
  const seen = new Set<number>();
  const speakers = [...a.quotes.filter((q) => q.kind !== 'scare').map((q) => q.speaker), ...a.attributions.map((x) => x.speaker)];
  for (const s of speakers) {
    if (!s || s.local === null || seen.has(s.start) || s.end < from || s.end > to) continue;
    seen.add(s.start);
    if (a.mentions.some((m) => m.start < s.end && s.start < m.end)) continue; // named: nothing to add
    const le = a.entities[s.local];
    if (!le) continue;
    const before = le.mentions.map((i) => a.mentions[i]).filter((m) => m.end <= s.start);
    const target = before.length ? before[before.length - 1] : a.mentions[le.mentions[0]];
    if (!target) continue;
    const name = corpus.entityOf(doc, s.local)?.name ?? le.name;
    out.push({ offset: s.end, name, said: s.text, target: { start: target.start, end: target.end } });
  }
  return out.sort((x, y) => x.offset - y.offset);
}

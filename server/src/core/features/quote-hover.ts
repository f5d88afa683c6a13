/**
 * Hover for a quotation: who said it and how (the cue), and the same statement as other articles
 * report it, each with a word-level difference, a link, and whether that article credits the same
 * speaker. All article text is escaped; links come only from the LSP layer's `link`.
 */
import type { Corpus } from '../corpus/corpus';
import type { Quote } from '../types';
import { escapeMarkdown as esc, excerpt } from './markdown';
import { renderDiff, wordDiff } from './word-diff';
import type { LinkFn } from './hover';

/** At most this many other versions are listed. */
const MAX_VARIANTS = 5;
const KIND_WORD = { identical: 'same words', truncated: 'shorter or longer excerpt', paraphrase: 'paraphrase' } as const;

function speakerName(corpus: Corpus, doc: string, q: Quote): string | null {
  if (!q.speaker) return null;
  return q.speaker.local !== null ? corpus.entityOf(doc, q.speaker.local)?.name ?? q.speaker.text : q.speaker.description ?? q.speaker.text;
}

export function quoteHover(corpus: Corpus, doc: string, qi: number, link: LinkFn, docName: (d: string) => string): string {
  const q = corpus.get(doc)!.analysis.quotes[qi];
  if (q.kind === 'scare') return '**Scare quote** — not attributed speech';
  const who = speakerName(corpus, doc, q);
  const lines = [`**Quote** — ${who ? esc(who) : 'speaker unknown'}${q.cue ? ` (${esc(q.cue)})` : ''}`];
  if (q.speaker && who && q.speaker.text.toLowerCase() !== who.toLowerCase()) lines.push('', `Speaker as written here: “${esc(q.speaker.text)}”`);
  if (q.unclosed) lines.push('', '_The closing quotation mark is missing; the quote was closed at the end of the paragraph._');
  const variants = corpus.quoteVariants()(doc, qi, MAX_VARIANTS);
  if (variants.length) {
    lines.push('', '**The same statement in other articles**', '', '_~~struck~~: only in this article · **bold**: only in the other_', '');
    for (const v of variants) {
      const other = corpus.get(v.doc)!.analysis.quotes[v.quote];
      const theirs = speakerName(corpus, v.doc, other);
      const credit = v.speakers === 'same' ? 'credits the same speaker'
        : v.speakers === 'different' ? `⚠ credits ${esc(theirs ?? '')}, not ${esc(who ?? '')}`
        : theirs ? `credits ${esc(theirs)}` : 'names no speaker';
      lines.push(`- ${link(v.doc, other.start, docName(v.doc))} — ${KIND_WORD[v.kind]}; ${credit}`);
      const diff = v.kind === 'identical' ? null : wordDiff(q.text, other.text);
      lines.push(`  - ${diff ? renderDiff(diff) : `“${esc(excerpt(other.text, 160))}”`}`);
    }
  }
  return lines.join('\n');
}

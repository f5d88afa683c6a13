/**
 * The readable output of `analyze` without `--json`: per article, the counts the editor's code lens
 * shows, the names by type, the quotes and the figures nobody (or only a vague source) vouches for,
 * each with line:column. Built from the same outline as the editor's outline view.
 */
import { isHeadlineClaim } from './core/features/headline-claims';
import { LineIndex, articleSummary, documentOutline, plural, type DocumentAnalysis, type OutlineGroup } from './core/index';

/** Names listed per group before "… and N more". */
export const MAX_NAMES = 10;

/** Article text is untrusted: control characters (terminal escape sequences) become spaces. */
const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

/** "4 people · 2 organizations | 5 quotes | 2 unsourced claims · 1 vague attribution" */
export function countsLine(a: DocumentAnalysis, outline: OutlineGroup[] = documentOutline(a)): string {
  const s = articleSummary(a, outline);
  const names = [
    s.people && plural(s.people, 'person', 'people'),
    s.organizations && plural(s.organizations, 'organization', 'organizations'),
    s.places && plural(s.places, 'place', 'places'),
  ].filter(Boolean).join(' · ') || 'no names found';
  const claims = [plural(s.unsourced, 'unsourced claim', 'unsourced claims'), s.vague ? plural(s.vague, 'vague attribution', 'vague attributions') : '']
    .filter(Boolean).join(' · ');
  return `${names} | ${plural(s.quotes, 'quote', 'quotes')} | ${claims}`;
}

/** The summary of one article: a heading line, then indented details; ends with a newline. */
export function articleSummaryText(file: string, text: string, a: DocumentAnalysis): string {
  const outline = documentOutline(a);
  const lines = new LineIndex(text);
  const at = (offset: number) => { const p = lines.position(offset); return `${p.line + 1}:${p.character + 1}`; };
  const out = [`${clean(file)}: ${countsLine(a, outline)}`];
  for (const g of outline) {
    if (g.kind === 'quotes' || g.kind === 'claims') continue;
    const shown = g.items.slice(0, MAX_NAMES).map((i) => clean(i.name) + ((i.mentions ?? 1) > 1 ? ` ×${i.mentions}` : ''));
    if (g.items.length > MAX_NAMES) shown.push(`… and ${g.items.length - MAX_NAMES} more`);
    out.push(`  ${g.label}: ${shown.join(', ')}`);
  }
  const quotes = outline.find((g) => g.kind === 'quotes')?.items ?? [];
  if (quotes.length) out.push('  Quotes:', ...quotes.map((q) => `    ${at(q.start).padEnd(8)} ${clean(q.name)} — ${clean(q.detail)}`));
  // One outline item per claim, in the order of a.claims.
  const claimItems = outline.find((g) => g.kind === 'claims')?.items ?? [];
  // A headline's figure is not flagged by `check` (the body names the source): said so here.
  const flagged = claimItems.flatMap((i, ci) => (a.claims[ci].sourced === 'yes' ? [] : [isHeadlineClaim(a, a.claims[ci]) ? { ...i, detail: `${i.detail} (headline)` } : i]));
  if (flagged.length) out.push('  Figures without a named source:', ...flagged.map((i) => `    ${at(i.start).padEnd(8)} ${clean(i.detail)}: ${clean(i.name)}`));
  return out.join('\n') + '\n';
}

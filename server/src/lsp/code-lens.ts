/**
 * Code lenses on an article's first line: who and what it contains, each opening the matching
 * passages in the peek view ("5 people · 3 organizations · 2 places | 7 quotes | 2 unsourced claims").
 */
import type { CodeLens, CodeLensParams, Location } from 'vscode-languageserver';
import { articleSummary, documentOutline, plural, type Span } from '../core/index';
import type { Workspace } from './workspace';
import { lineIndex, toRange } from './convert';
import { COMMANDS } from './protocol';

export function codeLenses(ws: Workspace, params: CodeLensParams): CodeLens[] {
  const uri = params.textDocument.uri;
  if (!ws.settingsOf(uri).codeLens) return [];
  const entry = ws.corpus.get(uri);
  if (!entry) return [];
  const a = entry.analysis;
  const li = lineIndex(entry, entry.text);
  const top = toRange(li, 0, 0);
  const locs = (spans: Span[]): Location[] => spans.map((s) => ({ uri, range: toRange(li, s.start, s.end) }));
  // With nothing to show, the lens is a plain label (an empty command id is not clickable).
  const lens = (title: string, spans: Span[]): CodeLens => ({
    range: top,
    command: spans.length ? { title, command: COMMANDS.showLocations, arguments: [uri, top.start, locs(spans)] } : { title, command: '' },
  });
  const outline = documentOutline(a);
  const s = articleSummary(a, outline);
  const items = (...kinds: string[]) => outline.filter((g) => kinds.includes(g.kind)).flatMap((g) => g.items.map((i) => i.selection));
  const names = [
    s.people && plural(s.people, 'person', 'people'),
    s.organizations && plural(s.organizations, 'organization', 'organizations'),
    s.places && plural(s.places, 'place', 'places'),
  ].filter(Boolean).join(' · ');
  const lenses = [lens(names || 'no names found', items('people', 'organizations', 'places'))];
  lenses.push(lens(plural(s.quotes, 'quote', 'quotes'), items('quotes')));
  const flagged = a.claims.filter((c) => c.sourced !== 'yes');
  const claims = [
    plural(s.unsourced, 'unsourced claim', 'unsourced claims'),
    s.vague ? plural(s.vague, 'vague attribution', 'vague attributions') : '',
  ].filter(Boolean).join(' · ');
  lenses.push(lens(claims, flagged));
  return lenses;
}

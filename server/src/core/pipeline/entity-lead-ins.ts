/**
 * A newsroom label in capitals that opens a paragraph before a dash or colon ("BREAKING NEWS —",
 * "UPDATE:", "EXCLUSIVE —", "SPECIAL REPORT:") has a dateline's shape but names no town nor anything
 * else: its words are the trade's labels for a story. A town named like an ordinary word ("HOPE —")
 * is not one of them, so only these labels are read as a lead-in.
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';

const LEAD_IN_WORDS: ReadonlySet<string> = new Set([
  'breaking', 'news', 'update', 'updated', 'updates', 'urgent', 'exclusive', 'developing', 'live', 'alert', 'flash',
  'bulletin', 'analysis', 'opinion', 'editorial', 'commentary', 'correction', 'clarification', 'special', 'report',
  'latest', 'explainer', 'factbox', 'fact', 'check', 'sponsored', 'advertisement', 'story', 'top', 'just', 'in',
]);

/** Whether the capitalised run tokens i..end, at a paragraph's start, is a newsroom label before a dash or colon. */
export function newsLeadIn(tokens: Token[], i: number, end: number): boolean {
  const next = tokenAt(tokens, end + 1)?.text;
  if (next !== '—' && next !== '–' && next !== '-' && next !== ':') return false;
  for (let k = i; k <= end; k++) {
    const t = tokens[k];
    if (t.kind === 'number') continue;
    if (t.kind !== 'word' || t.text !== t.text.toUpperCase() || !LEAD_IN_WORDS.has(t.text.toLowerCase())) return false;
  }
  return true;
}

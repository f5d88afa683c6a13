/**
 * A quotation that opens a headline before its colon ("“We Will Not Be Moved”: Tenants Defy Council")
 * is the statement the story reports, even in a headline written in title case, where every phrase
 * looks like the title of a work (quote-label.ts `isTitle`).
 */
import type { Block } from '../types';

/**
 * Does the quote whose marks are at `open` and `close` open headline block `block` and stand before
 * the headline's colon?
 */
export function leadsHeadline(text: string, block: Block | undefined, open: number, close: number): boolean {
  if (block?.kind !== 'headline') return false;
  for (let i = block.start; i < open; i++) if (text.charCodeAt(i) > 32) return false;
  let i = close + 1;
  while (i < block.end && text.charCodeAt(i) === 32) i++;
  return text.charCodeAt(i) === 58; // ':'
}

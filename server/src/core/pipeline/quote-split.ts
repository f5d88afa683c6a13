/**
 * A quotation split by its attribution: "“We are,” Tomas Vell said, “ready to talk.”". The two
 * pieces are one direct quote cut in two, so both are direct and share the speaker and cue of the tag
 * between them, however short either piece is. Pure; used by 04-quotes.ts once speakers are found.
 */
import type { Quote } from '../types';

/** At most this many characters between the first piece's closing mark and the second's opening mark. */
const TAG_REACH = 80;
/** The tag between the pieces: no sentence end, ending in a comma (", Tomas Vell said, "). */
const SPLIT_TAG = /^[^.!?;:“”"\r\n]*,\s*$/;

/** A tag set off by dashes: " — she said — " (no sentence end inside). */
const DASHED_TAG = /^\s*[—–]\s*[^.!?;:“”"\r\n—–]+[—–]\s*$/;

/** Make both pieces of a split quotation direct, the second with the first's speaker and cue. */
export function joinSplitQuotes(text: string, quotes: Quote[]): void {
  for (let i = 1; i < quotes.length; i++) {
    const a = quotes[i - 1], b = quotes[i];
    if (a.kind === 'scare' || b.kind === 'scare' || !a.speaker || !a.cueSpan || a.unclosed) continue;
    // The first piece ends in a comma (inside or right after its mark), or the tag stands between dashes
    // ("“We will” — she said — “rebuild …”"); the second goes on in lower case.
    const tagFrom = a.end + 1, tagTo = b.start - 1;
    const dashed = DASHED_TAG.test(text.slice(tagFrom, Math.max(tagFrom, tagTo)));
    if (!dashed && !/,\s*$/.test(a.text) && text.charCodeAt(a.end + 1) !== 44) continue;
    if (!/^\p{Ll}/u.test(b.text)) continue;
    if (!opensClause(text, a.start - 1)) continue;
    if (tagTo - tagFrom > TAG_REACH || a.cueSpan.start < tagFrom || a.cueSpan.end > tagTo) continue;
    if (!dashed && !SPLIT_TAG.test(text.slice(tagFrom, tagTo))) continue;
    if (wordsIn(a.text) + wordsIn(b.text) < 3) continue;
    a.kind = 'direct';
    b.kind = 'direct'; b.speaker = a.speaker; b.cue = a.cue; b.cueSpan = a.cueSpan;
  }
}

/** Does the mark at `open` open a clause: the text's or a line's start, or after a sentence's end, a colon or a comma? */
function opensClause(text: string, open: number): boolean {
  let i = open - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || CLAUSE_BEFORE.has(text[i]);
}
const CLAUSE_BEFORE = new Set(['.', '!', '?', ':', ',', '\n', '\r', '”', '"']);

function wordsIn(s: string): number {
  return s.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
}

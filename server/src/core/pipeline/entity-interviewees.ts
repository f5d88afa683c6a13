/**
 * The one interviewed, named last in an interview headline after a possessive: "Q&A With Nightjar's Pell",
 * "An Interview With Tarnby's Ostrava". A single capitalised word there is the band's or the firm's person,
 * not a body, whether the model knew the word or not: typed PERSON. A body's own word ("Q&A With Tarnby's
 * Council") stays as it was. Pure, token indices.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';
import { isPossessiveS } from './token-at';
import { ORG_HEADS } from '../model/words';

/** Words before "With" that make a headline an interview ("Q&A", "Interview", "In Conversation", "Chat"). */
const INTERVIEW_WORDS: ReadonlySet<string> = new Set(['interview', 'conversation', 'chat']);

/** Does token `w` ("With") follow an interview word ("Q&A With", "An Interview With")? */
function interviewWith(tokens: readonly Token[], w: number): boolean {
  const t = tokens[w];
  if (t === undefined || t.text !== 'With' || w < 1) return false;
  const p = tokens[w - 1];
  if (p.sentence !== t.sentence) return false;
  if (INTERVIEW_WORDS.has(lowerToken(p))) return true;
  // "Q&A" as one token or as "Q", "&", "A"
  return /^Q&A$/.test(p.text) || (p.text === 'A' && w >= 3 && tokens[w - 2].text === '&' && tokens[w - 3].text === 'Q');
}

/** Types PERSON the headline's one-word ORG after "With X's" in an interview headline. */
export function headlineInterviewees(tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (!c.titleCase || c.first !== c.last || c.type !== 'ORG' || c.first < 3) continue;
    const s = tokens[c.first - 1];
    if (!isPossessiveS(s) || s.sentence !== tokens[c.first].sentence || !interviewWith(tokens, c.first - 3)) continue;
    const next = tokens[c.last + 1];
    if (next !== undefined && next.sentence === s.sentence && next.kind === 'word') continue; // the name ends the headline
    if (ORG_HEADS.has(lowerToken(tokens[c.first]))) continue;
    c.type = 'PERSON';
    c.info = undefined; // what was known of the word alone is not the interviewee's
  }
}

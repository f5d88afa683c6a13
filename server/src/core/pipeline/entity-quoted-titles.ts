/**
 * Titles of works in quotation marks (pure, token indices): “The Copper Kettle,” a drama about …; the
 * single “Slow Harbor”; “Rooms of Glass” by Ada Moss. A short quotation of two words or more in which every
 * word is capitalised, bar the small words of a title ("of", "and", "at"), in a sentence that speaks of a
 * work or its maker ("film", "album", "novelist") or followed by "by", is the title of a film, book, song or
 * show: a name inside it (“Salt and Ember” gave "Ember" an organisation) is the title or a piece of it, which
 * the contract has no type for. Such a mention is left untyped; the name's mentions outside the title keep
 * their type (a book “The Story of Velmar's Night Watch” names Velmar). Without that cue a quoted name is a
 * nickname or a name a thing goes by (“Deep Harbor”, “New Velco”), and keeps its type. Kept too: a name
 * that ends in an organisation's head (“Harlow Miners Union”), one a given name opens, a person's name
 * that opens the title (“Vell on Card Games”), and a headline's (title case there says nothing).
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';
import { CLOSE_MARKS, OPEN_MARKS } from './entity-quote-marks';
import { WORK_NOUNS } from './entity-work-titles';
import { isKnownGivenName } from '../model/gender';
import { ORG_HEADS } from '../model/words';

/** The small words a title keeps in lower case. */
const SMALL_WORDS: ReadonlySet<string> = new Set('of and the a an in on at for to with from by or nor but as vs'.split(' '));
/** Punctuation a title may hold ("Kessel's", "Salt & Ember", "Night-Time") or end with inside its marks ("“Ember,” a …"). */
const INNER_PUNCT: ReadonlySet<string> = new Set(["'s", '’s', '&', '-', ':']);
const END_PUNCT: ReadonlySet<string> = new Set([',', '.', '!', '?']);
/** How many tokens a title may run on either side of the name. */
const REACH = 8;

const CAP = /^\p{Lu}/u;
/** CAP's answer, by the first letter's code when it is ASCII (most words; the regex took ~1/4 of this pass, s32 profile). */
function capFirst(w: string): boolean {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : CAP.test(w);
}

/** Lower-case words of a sentence that speaks of a work or of its maker. */
const WORK_CUES: ReadonlySet<string> = new Set([...WORK_NOUNS, ...`films movies documentaries books novels
  memoirs poems songs albums single singles plays musicals operas
  series show shows exhibition exhibitions drama dramas comedy thriller ballet symphony painting paintings sculpture
  installation podcast episode episodes novella biopic sequel tour premiere bestseller shortlist box-office
  production productions theatre theater
  filmmaker filmmakers novelist novelists author authors playwright singer rapper band composer actor actress
  artist painter poet screenwriter choreographer`.split(/\s+/)]);

/** Whether the sentence of tokens open..close holds a work cue, or "by" follows the closing mark. */
function workSentence(tokens: readonly Token[], open: number, close: number): boolean {
  const s = tokens[open].sentence;
  const by = tokens[close + 1]?.text === ',' ? tokens[close + 2] : tokens[close + 1];
  if (by !== undefined && by.text === 'by') return true;
  for (let k = open - 1; k >= 0 && tokens[k].sentence === s; k--) if (tokens[k].kind === 'word' && WORK_CUES.has(tokens[k].text)) return true;
  for (let k = close + 1; k < tokens.length && tokens[k].sentence === s; k++) if (tokens[k].kind === 'word' && WORK_CUES.has(tokens[k].text)) return true;
  return false;
}

/** 1 for a capitalised word, 0 for a small word or inner punctuation, -1 for anything else. */
function titleToken(t: Token): number {
  if (t.kind === 'word') return capFirst(t.text) ? 1 : SMALL_WORDS.has(t.text) ? 0 : -1;
  if (t.kind === 'number') return 1;
  return INNER_PUNCT.has(t.text) ? 0 : -1;
}

const SPACE = /\s/;

/** Whether the candidate's name stands in a title-case quotation of two words or more, in a sentence about a work. */
export function inQuotedTitle(text: string, tokens: readonly Token[], first: number, last: number): boolean {
  let words = 0;
  for (let k = first; k <= last; k++) if (tokens[k].kind === 'word') words++;
  let open = first - 1;
  for (; open >= 0 && open >= first - REACH; open--) {
    const t = tokens[open];
    if (t.kind === 'punct' && OPEN_MARKS.has(t.text)) break;
    const w = titleToken(t);
    if (w < 0) return false;
    if (t.kind === 'word') words++;
  }
  if (open < 0 || open < first - REACH) return false;
  const o = tokens[open];
  // an opening mark: after a space or the start, right before the title's first word, which is capitalised
  if (o.start > 0 && !SPACE.test(text[o.start - 1])) return false;
  const head = tokens[open + 1];
  if (head.start !== o.end || titleToken(head) !== 1) return false;
  let close = last + 1;
  let lastWord = tokens[last];
  for (; close < tokens.length && close <= last + REACH; close++) {
    const t = tokens[close];
    if (t.kind === 'punct' && CLOSE_MARKS.has(t.text)) break;
    if (END_PUNCT.has(t.text)) {
      const n = tokens[close + 1];
      if (n !== undefined && n.kind === 'punct' && CLOSE_MARKS.has(n.text) && n.start === t.end) { close++; break; }
      return false;
    }
    if (titleToken(t) < 0) return false;
    if (t.kind === 'word') { words++; lastWord = t; }
  }
  if (close >= tokens.length || close > last + REACH + 1) return false;
  const c = tokens[close];
  // a closing mark: right after the title, before a space, a punctuation mark or the end
  if (c.start !== tokens[close - 1].end || text.slice(o.start, c.end).includes('\n')) return false;
  const after = text[c.end];
  if (after !== undefined && /[\p{L}\p{N}]/u.test(after)) return false;
  return words >= 2 && capFirst(lastWord.text) && workSentence(tokens, open, close);
}

/** Leaves untyped each mention of a name that stands in a quoted title (see the file's comment). */
export function dropQuotedTitles(text: string, tokens: readonly Token[], cands: Candidate[]): void {
  for (const c of cands) {
    if (c.type === null || c.type === 'NORP' || c.role !== null || c.titleCase || c.first < 1) continue;
    const p = tokens[c.first - 1];
    // cheap first: the token before the name is a mark, a capitalised word or a small word of a title
    if (!(p.kind === 'punct' ? OPEN_MARKS.has(p.text) : titleToken(p) >= 0)) continue;
    // a person who opens the title is its subject, named ("Vell on Card Games")
    if (c.type === 'PERSON' && p.kind === 'punct') continue;
    // (the title scan before the name tests: isKnownGivenName took ~3/4 of this pass's time, s31 profile)
    if (!inQuotedTitle(text, tokens, c.first, c.last)) continue;
    if (ORG_HEADS.has(lowerToken(tokens[c.last])) || isKnownGivenName(tokens[c.first].text)) continue;
    c.type = null;
  }
}

// Verbs right after a counted figure that are not its predicate: the verb of reported speech ("a third
// of drivers said"), the finding of the poll whose sample the figure is ("a poll of 1,200 voters found"),
// and a verb of opinion after a bare share ("61 percent oppose the rise": the share counts people polled).
import type { Token } from '../types';
import { cueLemma } from './speakers';
import { lowerCase } from './token-fold';

/** Is `t` a verb of saying ("said", "say", "told")? After what is counted it reports, it says nothing happened. */
export function sayingVerb(t: Token | undefined): boolean {
  const l = cueLemma(t);
  return l === 'say' || l === 'tell';
}

/** Nouns of an inquiry whose sample is given after "of": "a poll of 1,200 voters", "a survey of 900 nurses". */
const SAMPLE_NOUNS = new Set(['poll', 'survey', 'study', 'sample', 'census', 'questionnaire', 'canvass']);

/** Is the figure at `toks[qi]` the sample of a poll ("a poll of 1,200 voters found"), so the verb after it is the poll's? */
export function sampleOfInquiry(toks: readonly Token[], qi: number): boolean {
  const of = toks[qi - 1];
  if (of === undefined || of.text.length !== 2 || lowerCase(of) !== 'of') return false;
  const noun = toks[qi - 2];
  return noun !== undefined && noun.kind === 'word' && SAMPLE_NOUNS.has(lowerCase(noun));
}

/** Verbs of opinion a share of people polled takes: "54 percent support", "a third oppose". */
const OPINION_VERBS = new Set(['support', 'oppose', 'favour', 'favor', 'back', 'approve', 'disapprove', 'reject', 'want', 'prefer', 'trust', 'distrust', 'fear', 'expect']);
/** What opens the object of such a verb: "support the levy", "oppose a ban", "trust their doctor". */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'it', 'them']);

/** What follows "voted" after a share: "voted against", "voted to strike", "voted yes". */
const VOTE_AFTER = new Set(['to', 'for', 'against', 'in', 'yes', 'no']);

/** Is `toks[j]` a verb of opinion with its object (or "voted" with its choice) right after a bare share ("61 percent oppose the rise")? */
export function opinionAfterShare(toks: readonly Token[], j: number): boolean {
  const t = toks[j];
  if (t === undefined || t.kind !== 'word') return false;
  const next = toks[j + 1];
  // "78% voted against", "89% voted to strike": the share counts the people who voted
  if (t.text === 'voted' || t.text === 'vote') return next !== undefined && next.kind === 'word' && VOTE_AFTER.has(lowerCase(next));
  if (!OPINION_VERBS.has(t.text)) return false;
  return next !== undefined && next.kind === 'word' && OBJECT_OPENERS.has(lowerCase(next));
}

/** Words that may stand before a share opening its clause: "some 41% said", "only a third told". */
const SHARE_LEADS = new Set(['some', 'about', 'around', 'nearly', 'almost', 'roughly', 'only', 'just', 'another', 'over', 'while', 'and', 'but', 'whereas']);

/**
 * Is `toks[j]` a verb of saying right after a bare share that opens its clause ("In the poll, 41% said
 * they would vote")? The share counts the people who answered; "rose 41% said the firm" is a tag, not them.
 */
export function sayingAfterShare(toks: readonly Token[], qi: number, j: number): boolean {
  if (!sayingVerb(toks[j])) return false;
  const p = toks[qi - 1];
  return p === undefined || p.kind === 'punct' || SHARE_LEADS.has(lowerCase(p));
}

/**
 * A pollster before its poll (pure, token indices): "a new Pollwick poll found", "the latest Marren survey".
 * The name right before a lower-case "poll" or "survey" is the firm that ran it; the model read an unknown one
 * as a person. A place keeps its type ("a new Ostland poll": the poll of a place), and so does a name of two or
 * more words (a person may own a poll named after her).
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { tokenAt } from './token-at';
import { retypeAsOrganisations } from './entity-retype';

/** The nouns after a pollster's name: no "polls", "polling" or "surveys", verbs after a person ("Holt polls well"). */
export const POLL_NOUNS: ReadonlySet<string> = new Set(['poll', 'survey']);

/** Retypes ORG each one-word PERSON candidate right before a poll noun, and its other person mentions. */
export function pollstersByPoll(tokens: readonly Token[], cands: Candidate[]): void {
  retypeAsOrganisations(cands, (c) => {
    if (c.type !== 'PERSON' || c.first !== c.last) return false;
    const next = tokenAt(tokens, c.last + 1);
    return next !== undefined && next.sentence === tokens[c.last].sentence && POLL_NOUNS.has(next.text);
  });
}

/**
 * Sports grounds and the competitions played in them, by the head word ending the name (pure, data and
 * one test). A ground is a place ("a crowd of 9,000 filled Whitlock Arena"), whatever word leads it: the
 * heads below name no person and no firm. A competition ("the Tessel Cup", "the Corran Trophy") is the
 * body that runs it, an organisation, as a league is; never the place it is played in.
 */
import type { EntityType, Token } from '../types';
import type { Candidate } from './03-entities';
import { isCommonToken, lowerToken } from './token-fold';

/** Heads of a sports ground that no common surname shares ("Hall", "Park" do: "Marta Hall"). */
const VENUE_HEADS: ReadonlySet<string> = new Set(['arena', 'stadium', 'velodrome', 'racecourse', 'ballpark', 'speedway', 'raceway',
  'coliseum', 'colosseum', 'showground', 'showgrounds']);

/** Heads of a competition's name ("Open", "Series", "Games" also end other names: left out). */
const COMPETITION_HEADS: ReadonlySet<string> = new Set(['cup', 'trophy', 'championship', 'championships']);

/** The type a name of two or more words gets from its last word `lastW` (lower case) as a ground or a competition, or null. */
export function venueOrCompetition(lastW: string): EntityType | null {
  if (VENUE_HEADS.has(lastW)) return 'LOC';
  if (COMPETITION_HEADS.has(lastW)) return 'ORG';
  return null;
}

/** Heads that end a competition's name only after "the" ("the Carran Open", "the Kestle Series", "the Aldric
 *  Games"): without it they end other names too ("Kestle Series 3", a product line). */
export const ARTICLE_COMPETITION_HEADS: ReadonlySet<string> = new Set(['open', 'series', 'games', 'classic', 'invitational', 'masters']);

/**
 * Types as ORG, like "the Tessel Cup", every mention of a name of two or more words ending in an
 * ARTICLE_COMPETITION_HEADS word when one mention follows "the" (read per mention, not cached per chunk text).
 */
export function competitionsByArticle(tokens: readonly Token[], cands: Candidate[]): void {
  let names: Set<string> | null = null;
  for (const c of cands) {
    if (c.last === c.first || c.role !== null || !c.info || c.type === 'ORG' || c.type === null) continue;
    const t = tokens[c.last];
    if (t.text.length < 4 || !ARTICLE_COMPETITION_HEADS.has(lowerToken(t))) continue;
    const p = c.first > 0 ? tokens[c.first - 1] : undefined;
    if (p !== undefined && p.text === 'the' && p.sentence === tokens[c.first].sentence && !isCommonToken(tokens[c.first])) (names ??= new Set()).add(c.info.key);
  }
  if (!names) return;
  for (const c of cands) if (c.info && c.role === null && c.type !== null && names.has(c.info.key)) c.type = 'ORG';
}

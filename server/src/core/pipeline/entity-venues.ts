/**
 * Sports grounds and the competitions played in them, by the head word ending the name (pure, data and
 * one test). A ground is a place ("a crowd of 9,000 filled Whitlock Arena"), whatever word leads it: the
 * heads below name no person and no firm. A competition ("the Tessel Cup", "the Corran Trophy") is the
 * body that runs it, an organisation, as a league is; never the place it is played in.
 */
import type { EntityType } from '../types';

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

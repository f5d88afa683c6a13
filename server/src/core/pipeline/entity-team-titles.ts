/**
 * A one-word name right before a sports title and a person's name is the team the person plays or works for
 * (pure, token indices): "Orvik coach Ben Ostrow", "Tarrant striker Lise Holm". The name reads like a surname
 * to the model, but a person is not written before another's title; the town's side (or a firm, "Korvex manager
 * Ada Venn") is an organisation.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';

export const TEAM_TITLES: ReadonlySet<string> = new Set(`coach manager boss captain skipper striker goalkeeper keeper midfielder defender
  forward winger full-back fullback centre-back playmaker chairman owner`.split(/\s+/));

/** Retypes ORG, in all its one-word mentions, every one-word PERSON name before a sports title and a person's name. */
export function teamsBeforeTitle(tokens: readonly Token[], cands: Candidate[]): void {
  let teams: Set<string> | undefined;
  for (let i = 0; i + 1 < cands.length; i++) {
    const c = cands[i], p = cands[i + 1];
    if (c.first !== c.last || c.role !== null || c.type !== 'PERSON' || !c.info || p.first !== c.last + 2 || p.type !== 'PERSON' || p.last === p.first) continue;
    const title = tokens[c.last + 1];
    if (title.kind === 'word' && title.sentence === tokens[c.last].sentence && TEAM_TITLES.has(title.text)) (teams ??= new Set()).add(c.info.key);
  }
  if (teams) for (const c of cands) if (c.first === c.last && c.role === null && c.type === 'PERSON' && c.info && teams.has(c.info.key)) c.type = 'ORG';
}

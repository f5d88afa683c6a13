/**
 * A one-word name that only a Title Case headline gives, standing where a headline puts a place (pure, token
 * indices): after a crowd fleeing or leaving it ("Thousands Flee Varrel As River Rises", "Families Evacuated From
 * Varrel"), or after a disaster's verb in a headline a disaster's noun opens ("Quake Strikes Varrel", "Floods Hit
 * Varrel Villages"). With no body mention to type it, the model took the lone capitalised word for a firm.
 * "Investors Flee Dorvo", "Strike Hits Dorvo" are left alone: the crowd and the blow are a firm's too.
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';
import { isDisasterNoun } from './entity-headline-disasters';

/** Crowds that flee or are moved out of a place, never out of a firm. */
const FLEEING_CROWDS: ReadonlySet<string> = new Set(`thousands hundreds dozens millions tens residents villagers families civilians
  refugees people locals townspeople`.split(/\s+/));

const FLEE_VERBS: ReadonlySet<string> = new Set(['flee', 'fled', 'flees', 'fleeing', 'evacuate', 'evacuated', 'leave', 'leaving', 'quit', 'abandon']);

/** Verbs a disaster strikes a place with in a headline. */
const STRIKE_VERBS: ReadonlySet<string> = new Set(`hit hits strikes struck batters battered lashes lashed pounds pounded swamps swamped
  floods flooded engulfs engulfed devastates devastated shakes shook rocks rocked ravages ravaged sweeps inundates`.split(/\s+/));

/** Words after a struck name that leave it a place: a place's parts and people. */
const PLACE_PARTS_AFTER: ReadonlySet<string> = new Set(`villages village town towns homes residents villagers coast coastline
  valley region district streets suburbs farms farmland`.split(/\s+/));

/** Lower-case text of the word token at `k` in sentence `s`, or ''. */
function wordAt(tokens: readonly Token[], k: number, s: number): string {
  const t = k >= 0 && k < tokens.length ? tokens[k] : undefined;
  return t !== undefined && t.kind === 'word' && t.sentence === s ? lowerToken(t) : '';
}

/** Does the headline name at token `at` stand where a headline puts a place? */
function headlinePlaceAt(tokens: readonly Token[], at: number): boolean {
  const s = tokens[at].sentence;
  let v = at - 1;
  if (wordAt(tokens, v, s) === 'from') v--;
  const verb = wordAt(tokens, v, s);
  if (FLEE_VERBS.has(verb)) return FLEEING_CROWDS.has(wordAt(tokens, v - 1, s));
  if (!STRIKE_VERBS.has(verb) || v !== at - 1) return false;
  // The headline opens with the disaster: "Quake Strikes", "Deadly Floods Hit".
  let h = v - 1;
  while (h >= 0 && tokens[h].sentence === s && !isDisasterNoun(wordAt(tokens, h, s))) h--;
  if (h < 0 || tokens[h].sentence !== s) return false;
  const next = wordAt(tokens, at + 1, s);
  // "Fire Hits Dorvo Plant": a firm's site after the name is no place's part.
  return next === '' || PLACE_PARTS_AFTER.has(next) || tokens[at + 1].text[0] !== tokens[at + 1].text[0].toUpperCase();
}

/** Retypes as LOC the one-word PERSON or ORG names of title-case lines that no other line names and that stand where a headline puts a place. */
export function headlinePlaces(tokens: readonly Token[], cands: Candidate[]): void {
  let places: Set<string> | null = null;
  for (const c of cands) {
    if (!c.titleCase || c.first !== c.last || c.role !== null || !c.info || (c.type !== 'ORG' && c.type !== 'PERSON')) continue;
    if (headlinePlaceAt(tokens, c.first)) (places ??= new Set()).add(c.info.key);
  }
  if (!places) return;
  for (const c of cands) if (!c.titleCase && c.info && places.has(c.info.key)) places.delete(c.info.key); // the body's mentions decide
  for (const c of cands) if (c.titleCase && c.first === c.last && c.role === null && c.info && (c.type === 'ORG' || c.type === 'PERSON') && places.has(c.info.key)) c.type = 'LOC';
}

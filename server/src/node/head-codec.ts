/**
 * The entities and claims of a cache head (cached-analysis.ts) as arrays of small tuples rather
 * than JSON objects: no key is written or parsed, defaults are left out (an entity's only alias
 * being its name, no roles, no country), flags are packed into one number, and the few words an
 * enumerated field can take are written as their index. Decoding builds the same objects, with
 * the same keys in the same order, as the analysis that was encoded (JSON.stringify and deep
 * equality see no difference), with fewer objects: an entity whose only alias is its name shares
 * that string, and every entity without roles shares one frozen empty list (analyses are never
 * changed after they are built).
 *
 * A value of an unexpected shape (a field added to the core's types and not yet here) is written
 * as the object itself and decoded as is, so the encoding never loses anything; only the speed-up.
 */
import type { Claim, EntityType, LocalEntity, Quantity, Role, SpeakerRef } from '../core/types';
import { hasKeys, shapeMask } from './object-shape';

export const TYPES: readonly EntityType[] = ['PERSON', 'ORG', 'LOC', 'NORP'];
const UNITS: readonly Quantity['unit'][] = ['count', 'percent', 'money'];
const SOURCED: readonly Claim['sourced'][] = ['yes', 'vague', 'no'];
const KINDS: readonly NonNullable<Claim['kind']>[] = ['superlative', 'proportion'];

const ENTITY_KEYS = ['name', 'type', 'aliases', 'roles', 'mentions'], ENTITY_EXTRAS = ['country'];
const CLAIM_KEYS = ['start', 'end', 'text', 'quantity', 'counted', 'measure', 'timeframe', 'sentence', 'sourced', 'source', 'sourceCue'];
/** A claim's optional keys, in the order they may follow CLAIM_KEYS (bit 0: kind, bit 1: near). */
const CLAIM_EXTRAS = ['kind', 'near'];
const QUANTITY_KEYS = ['start', 'end', 'text', 'low', 'high', 'lowOpen', 'highOpen', 'approx', 'unit'];
const SOURCE_KEYS = ['start', 'end', 'text', 'local'], SOURCE_EXTRAS = ['description'];

const NO_ROLES = Object.freeze([]) as unknown as Role[];


// ---- entities: [name, type, mentions, aliases | 0, roles | 0, country], trailing defaults left out

// Tried (s11, not kept): entities as columns per document (names, a type digit each, one flat mention
// list, extras) so JSON.parse builds a few arrays instead of a tuple per entity: the heads' parse and
// decode went 94 -> 85 ms CPU over 10,000 heads, but a whole warm start's main-thread CPU stayed at a
// median 1.06 s (5 alternating runs each), so the format change was not worth its code.
type EntityTuple = [string, number, number[], (string[] | 0)?, (Role[] | 0)?, string?];

export function encodeEntities(ents: readonly LocalEntity[]): (EntityTuple | LocalEntity)[] {
  return ents.map((e) => {
    const shape = shapeMask(e, ENTITY_KEYS, ENTITY_EXTRAS), type = TYPES.indexOf(e.type);
    if (type < 0 || !(shape === 0 || shape === 1 && typeof e.country === 'string')) return e;
    const t: EntityTuple = [e.name, type, e.mentions];
    const country = shape === 1;
    const rolesOut = e.roles.length > 0 || country;
    if (rolesOut || e.aliases.length !== 1 || e.aliases[0] !== e.name) t.push(e.aliases.length === 1 && e.aliases[0] === e.name ? 0 : e.aliases);
    if (rolesOut) t.push(e.roles.length ? e.roles : 0);
    if (country) t.push(e.country!);
    return t;
  });
}

export function decodeEntities(rows: readonly (EntityTuple | LocalEntity)[]): LocalEntity[] {
  return decodeRows(rows, entityOf);
}

function entityOf(r: EntityTuple): LocalEntity {
  const name = r[0], a = r[3], roles = r[4];
  const e: LocalEntity = { name, type: TYPES[r[1]], aliases: a === undefined || a === 0 ? [name] : a, roles: roles === undefined || roles === 0 ? NO_ROLES : roles, mentions: r[2] };
  if (r.length > 5) e.country = r[5];
  return e;
}

/** Rows as written by an encoder: tuples decoded by `fromTuple`, objects (shapes the encoder did not know) kept as they are. */
function decodeRows<T, R>(rows: readonly (R | T)[], fromTuple: (r: R) => T): T[] {
  const out = new Array<T>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    out[i] = Array.isArray(r) ? fromTuple(r as R) : r as T;
  }
  return out;
}

// ---- claims: [start, end, text, quantity start, end, text, low, high, flags, unit, counted,
// measure, timeframe, sentence, sourced, source | 0, sourceCue, near | 0, kind?]; a source is
// [start, end, text, local, description?]

export type SourceTuple = [number, number, string, number | null, string?];
type ClaimTuple = [number, number, string, number, number, string, number | string, number | string, number, number,
  string, string, string | null, number, number, SourceTuple | 0, string | null, string[] | 0, number?];

/** A speaker or source as a tuple, or null when its shape is not known here. */
export function encodeSource(s: SpeakerRef): SourceTuple | null {
  const shape = shapeMask(s, SOURCE_KEYS, SOURCE_EXTRAS);
  if (shape === 0) return [s.start, s.end, s.text, s.local];
  if (shape === 1) return [s.start, s.end, s.text, s.local, s.description];
  return null;
}

export function decodeSource(s: SourceTuple): SpeakerRef {
  const source: SpeakerRef = { start: s[0], end: s[1], text: s[2], local: s[3] };
  if (s.length > 4) source.description = s[4];
  return source;
}

/** Claims as tuples (their quantities' bounds as they are: worker-json.ts may have made non-finite ones strings). */
export function encodeClaims(claims: readonly Claim[]): (ClaimTuple | Claim)[] {
  return claims.map((c) => {
    const q = c.quantity, shape = shapeMask(c, CLAIM_KEYS, CLAIM_EXTRAS);
    const unit = UNITS.indexOf(q.unit), sourced = SOURCED.indexOf(c.sourced), kind = c.kind === undefined ? -1 : KINDS.indexOf(c.kind);
    if (shape < 0 || !hasKeys(q, QUANTITY_KEYS) || unit < 0 || sourced < 0 || kind < -1 || ((shape & 1) !== 0) !== (kind >= 0)
      || typeof q.lowOpen !== 'boolean' || typeof q.highOpen !== 'boolean' || typeof q.approx !== 'boolean') return c;
    const source = c.source === null ? 0 : encodeSource(c.source);
    if (source === null || (c.near !== undefined && !Array.isArray(c.near))) return c;
    const t: ClaimTuple = [c.start, c.end, c.text, q.start, q.end, q.text, q.low, q.high, +q.lowOpen | +q.highOpen << 1 | +q.approx << 2, unit,
      c.counted, c.measure, c.timeframe, c.sentence, sourced, source, c.sourceCue, c.near ?? 0];
    if (kind >= 0) t.push(kind);
    return t;
  });
}

export function decodeClaims(rows: readonly (ClaimTuple | Claim)[]): Claim[] {
  return decodeRows(rows, claimOf);
}

function claimOf(r: ClaimTuple): Claim {
  const f = r[8], s = r[15];
  const quantity: Quantity = { start: r[3], end: r[4], text: r[5], low: r[6] as number, high: r[7] as number, lowOpen: (f & 1) !== 0, highOpen: (f & 2) !== 0, approx: (f & 4) !== 0, unit: UNITS[r[9]] };
  const source = s === 0 ? null : decodeSource(s);
  const c: Claim = { start: r[0], end: r[1], text: r[2], quantity, counted: r[10], measure: r[11], timeframe: r[12], sentence: r[13], sourced: SOURCED[r[14]], source, sourceCue: r[16] };
  if (r.length > 18) c.kind = KINDS[r[18]!];
  if (r[17] !== 0) c.near = r[17];
  return c;
}

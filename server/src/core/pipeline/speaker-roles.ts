/**
 * A person named next to their role, where the role phrase would otherwise be taken for the speaker:
 *   after the cue   said the port’s chief executive, Tomas Reiter / said Norland transport minister
 *                   Tomas Reiter / said the chairman of Harwell Shipping Tomas Reiter
 *   before the cue  Tomas Reiter, president and chief executive of Harwell Shipping said / Tomas Reiter
 *                   at Harwell Shipping said
 * Pure token checks over the speaker context, used by speakers.ts.
 */
import type { SpeakerRef } from '../types';
import { cueLemma, firstTokenFrom, fromMention, isSpeakerHead, nounPhrase, type SpeakerContext } from './speakers';
import { DOCUMENT_NOUNS, TITLE_HEADS, VAGUE_SOURCES } from '../model/words';
import { COLLECTIVE_PEOPLE } from '../model/speaker-words';
import { tokenAt } from './token-at';
import { isKnownGivenName } from '../model/gender';
import { isStatement } from './quote-text-owner';
import { textSource } from './speaker-text-source';

/** How many tokens a role phrase may run before the name. */
const ROLE_REACH = 14;
/** Words that end a role phrase: a clause or a time starts there, and the name after it is somebody else. */
const ROLE_BREAK = /^(who|whom|whose|which|that|when|after|before|while|because|but|or|on|said|says|told|as|than|if)$/i;
/** Courtesy titles written between an apposition's comma and the name ("the director, Dr. Ines Kroll"). */
const HONORIFIC = /^(Dr|Mr|Mrs|Ms|Mx|Prof)\.?$/;
/** Words a role phrase may hold besides nouns and adjectives: "chief executive of", "president and chairman". */
const ROLE_LINK = /^(of|at|and|&|the|a|an|its|his|her|their|for|in)$/i;
/** A name may follow these directly: a title word, a mention of the firm or place, a comma of apposition. */
const BEFORE_NAME_LINK = /^(of|at|and|&|the|a|an|its|his|her|their|for|in|to|with|by|from)$/i;

/**
 * The person named right after a role phrase that starts at token `start` (not a person), before
 * `limit`: the phrase is words, possessives and mentions of firms or places, holds a speaker noun
 * ("executive", "minister"), and the name follows a comma or the phrase's last word, not a
 * preposition ("a lawyer for Tomas Reiter" is not Reiter speaking). Null when there is none.
 */
export function personAfterRole(ctx: SpeakerContext, start: number, limit: number): SpeakerRef | null {
  const { tokens } = ctx;
  // Title words alone before the name ("Councillor Mira Holt") are read with the name elsewhere:
  // this reads only a role with a comma, a lower-case word or another name in it.
  let role = false, plain = true;
  for (let k = start; k <= limit && k < start + ROLE_REACH; k++) {
    const mi = ctx.mentionAt[k];
    if (mi >= 0) {
      const m = ctx.mentions[mi];
      if (m.type === 'PERSON') {
        if (!role || k === start || plain) return null;
        const p = tokens[k - 1];
        return p.text === ',' || (p.kind === 'word' && !BEFORE_NAME_LINK.test(p.text)) || ctx.mentionAt[k - 1] >= 0 ? fromMention(ctx, mi) : null;
      }
      // "the chairman of Norvane Motors LLC Karl Dremmer": a name opened by a given name right after the
      // firm's speaks, whatever type the entity stage gave it.
      if (role && !plain && ctx.mentionAt[k - 1] >= 0 && ctx.mentionAt[k - 1] !== mi && m.start === tokens[k].start
        && isKnownGivenName(tokens[k].text)) return fromMention(ctx, mi);
      while (k + 1 <= limit && ctx.mentionAt[k + 1] === mi) k++; // over the firm's or place's name
      plain = false;
      continue;
    }
    const t = tokens[k];
    if (t.text === ',') {
      // "the museum's director, Dr. Ines Kroll": the name after a courtesy title speaks
      if (role && HONORIFIC.test(tokenAt(tokens, k + 1)?.text ?? '')) {
        const j = tokens[k + 2]?.text === '.' ? k + 3 : k + 2;
        const h = j <= limit ? ctx.mentionAt[j] ?? -1 : -1;
        return h >= 0 && ctx.mentions[h].type === 'PERSON' ? fromMention(ctx, h) : null;
      }
      // only the comma of an apposition: the name comes right after it
      const n = ctx.mentionAt[k + 1];
      if (!role || n === undefined || n < 0 || ctx.mentions[n].type !== 'PERSON') return null;
      plain = false;
      continue;
    }
    if (t.text === '’s' || t.text === "'s" || t.text === '-') continue;
    if (t.kind !== 'word' || ROLE_BREAK.test(t.text)) return null;
    if (/^\p{Ll}/u.test(t.text)) plain = false;
    // "according to court documents, Tarrant …": papers are no role a name stands in apposition to.
    if (DOCUMENT_NOUNS.has(ctx.lower[k])) role = false;
    else if (isSpeakerHead(ctx.lower[k])) role = true;
    else if (!ROLE_LINK.test(t.text) && !/^\p{L}/u.test(t.text)) return null;
  }
  return null;
}

/**
 * "Tomas Reiter, president and chief executive of Harwell Shipping said": the mention at token `k`
 * (a firm or place) ends a role phrase in apposition after a person's name, with no comma to close
 * it. The person, or null.
 */
export function personBeforeRole(ctx: SpeakerContext, k: number, floor: number): SpeakerRef | null {
  const { tokens } = ctx;
  const mi = ctx.mentionAt[k];
  if (mi < 0) return null;
  let j = firstTokenFrom(tokens, ctx.mentions[mi].start);
  // "Tomas Reiter, chair of Local 418, Harwell Dockers Union said": a second apposition (the body)
  // before the cue, whatever type the entity stage gave it.
  if (j - 1 > floor && tokens[j - 1].text === ',') return personBeforeCommaRole(ctx, j - 1, floor);
  if (ctx.mentions[mi].type === 'PERSON') return null;
  j = k;
  // back over the firm's or place's name, and a name just before it ("of Harwell Freight Lines")
  while (j > floor && ctx.mentionAt[j - 1] >= 0 && ctx.mentions[ctx.mentionAt[j - 1]].type !== 'PERSON') j--;
  // "Judge Ilse Varga of the Northern District Court said": over the body's article too.
  if (j - 1 > floor && /^the$/i.test(tokens[j - 1].text)) j--;
  if (!/^(of|at|for|with)$/i.test(tokenAt(tokens, j - 1)?.text ?? '')) return null;
  // "Nora Lind at Calder Bank said": a person right before the preposition works there; the firm does not speak.
  const person = j - 2 >= floor ? ctx.mentionAt[j - 2] : -1;
  if (person >= 0 && ctx.mentions[person].type === 'PERSON' && tokens[j - 1].text !== 'for') return fromMention(ctx, person);
  return personBeforeAppositiveRole(ctx, j - 2, j - ROLE_REACH, floor, false);
}

/** Nouns of a person's relation to somebody, which speak as a title does ("the widow of X said"). */
const KIN = new Set(['wife', 'husband', 'widow', 'widower', 'son', 'daughter', 'mother', 'father', 'brother', 'sister', 'partner']);
/** Kinds of place written before a name with "of" ("the state of X", "the city of X"). */
const PLACE_KINDS = new Set(['state', 'city', 'town', 'province', 'region', 'county', 'district', 'island', 'republic', 'kingdom', 'village', 'territory', 'municipality']);

/**
 * "the premier of the state of X remarked", "the mayor of X said", "the widow of X said": the mention
 * `mi` ends a role phrase opened by a determiner and a title (or a relation) with "of"; the role
 * speaks, an unnamed speaker (or the titled person named earlier), not the place or person after
 * "of". A place's kind may stand between ("of the state of"). Null when the mention is no such object.
 */
export function roleOfName(ctx: SpeakerContext, mi: number, floor: number): SpeakerRef | null {
  const { tokens, lower } = ctx;
  const m = ctx.mentions[mi];
  const last = firstTokenFrom(tokens, m.end) - 1;
  let j = firstTokenFrom(tokens, m.start) - 1;
  for (let hop = 0; hop < 2; hop++) {
    if (j - 2 < floor || lower[j] !== 'of') return null;
    const head = j - 1;
    // "the premier of", "the former premier of"
    let d = head - 1;
    // "of the German state of": before a place's kind the modifier may be a capitalised adjective
    if (!/^(the|a|an)$/.test(lower[d]) && tokenAt(tokens, d)?.kind === 'word' && (/^\p{Ll}/u.test(tokens[d].text) || PLACE_KINDS.has(lower[head])) && d - 1 >= floor) d--;
    if (!/^(the|a|an)$/.test(lower[d] ?? '')) return null;
    if (PLACE_KINDS.has(lower[head])) { j = d - 1; continue; }
    if (!TITLE_HEADS.has(lower[head]) && !KIN.has(lower[head])) return null;
    return nounPhrase(ctx, d, last, true);
  }
  return null;
}

/**
 * The person before a role in apposition that ends at the comma `comma` ("Tomas Reiter, chair of Local
 * 418,"): numbers and names of bodies may stand in the role. The person, or null.
 */
function personBeforeCommaRole(ctx: SpeakerContext, comma: number, floor: number): SpeakerRef | null {
  return personBeforeAppositiveRole(ctx, comma - 1, comma - ROLE_REACH, floor, true);
}

/**
 * Walking back from token `from` (down to `stop` and `floor`, both excluded) over a role phrase to the
 * comma after a person's name: the person, when the role holds a speaker noun; null otherwise. The role
 * is words only, or with `bodies` also numbers and names of bodies ("chair of Local 418").
 */
function personBeforeAppositiveRole(ctx: SpeakerContext, from: number, stop: number, floor: number, bodies: boolean): SpeakerRef | null {
  const { tokens } = ctx;
  let role = false;
  for (let q = from; q > floor && q > stop; q--) {
    const t = tokens[q];
    if (t.text === ',') {
      const before = ctx.mentionAt[q - 1];
      return role && before >= 0 && ctx.mentions[before].type === 'PERSON' ? fromMention(ctx, before) : null;
    }
    const at = ctx.mentionAt[q];
    if (at >= 0 ? !bodies || ctx.mentions[at].type === 'PERSON' : (t.kind !== 'word' && !(bodies && t.kind === 'number')) || ROLE_BREAK.test(t.text)) return null;
    if (at < 0 && isSpeakerHead(ctx.lower[q])) role = true;
  }
  return null;
}

/** How far after a firm's name (or before it, to the title it completes) the person's name may sit. */
const ORG_TITLE_REACH = 8;
/** Lower-case words a title around a firm's name may hold besides speaker nouns ("chief executive and president"). */
const TITLE_GLUE = /^(of|for|and|&|the|at|’s|'s|-|,|chief|senior|vice|deputy|executive|general|managing|former|acting|interim)$/i;

/**
 * "Corvel Shipping chief executive, Lena Ortiz, defended …", "the Secretary of the Navy for Supply
 * Ana Kral defended …": the organisation mention `mi`, the first name of a sentence, is only part of
 * a title, and the person named after it is the subject. The person when only title words, commas
 * and capitalised words stand between the two (and a title word is among them, or before the
 * firm's name across "of"/"for" and capitalised words); null otherwise ("Corvel Shipping fired its
 * chief executive, Lena Ortiz" has a verb).
 */
export function personAfterOrgTitle(ctx: SpeakerContext, mi: number, before: number): SpeakerRef | null {
  const { tokens, lower } = ctx;
  const m = ctx.mentions[mi];
  if (m.type !== 'ORG') return null;
  const first = firstTokenFrom(tokens, m.start);
  // "Secretary of the Navy", "chief of the Harbour Police": a title word just before the firm's name
  let role = false;
  for (let q = first - 1; q >= 0 && q >= first - 6 && !role; q--) {
    if (TITLE_HEADS.has(lower[q])) role = true;
    else if (!/^(of|for|the|at)$/.test(lower[q]) && !(tokens[q].kind === 'word' && /^\p{Lu}/u.test(tokens[q].text))) break;
  }
  for (let k = firstTokenFrom(tokens, m.end); k < before && k < first + ORG_TITLE_REACH + 4; k++) {
    const at = ctx.mentionAt[k];
    if (at >= 0) {
      const n = ctx.mentions[at];
      if (n.type === 'PERSON') return role ? fromMention(ctx, at) : null;
      while (k + 1 < before && ctx.mentionAt[k + 1] === at) k++; // over another firm's or place's name
      continue;
    }
    const t = tokens[k];
    if (isSpeakerHead(lower[k])) role = true;
    else if (!TITLE_GLUE.test(t.text) && !(t.kind === 'word' && /^\p{Lu}/u.test(t.text) && !cueLemma(t))) return null;
  }
  return null;
}

/** Prepositions that tie a role to the body or person it serves: "a spokeswoman for", "an aide to". */
const ROLE_PREPOSITIONS = new Set('for at of from with to in inside within'.split(' '));
/** Determiners that open an unnamed role phrase. */
const ROLE_DETERMINERS = new Set('a an one another the'.split(' '));
/** Speaker nouns that name a body or a text, not a person holding a role ("the ministry of …", "a report by …"). */
const BODY_NOUNS = new Set(`ministry agency government army military group organization organisation statement department
  commission council office company firm bank union court hospital police regulator regulators authorities study survey
  census statistics media report reports estimates`.split(/\s+/));
/** Prepositions after a plural role with no determiner that tie it to whom it serves or where it is ("lawyers for", "aides to", "users on the forum"). */
const BARE_ROLE_TIES = new Set(['for', 'to', 'at', 'on']);

/**
 * "Lawyers for the families said", "…, aides to the mayor told": a plural person noun with no determiner
 * opening its phrase (at the start of the sentence or after a comma or quote) before a tie of service.
 */
function barePluralRole(ctx: SpeakerContext, head: number, floor: number): boolean {
  const { tokens, lower } = ctx;
  const w = lower[head];
  if (!BARE_ROLE_TIES.has(lower[head + 1]) || w.length < 4 || w.charCodeAt(w.length - 1) !== 115 && !COLLECTIVE_PEOPLE.has(w)) return false;
  if (tokens[head].kind !== 'word' || !(head === floor || tokens[head - 1].kind === 'punct')) return false;
  if (head !== floor && !/^\p{Ll}/u.test(tokens[head].text)) return false;
  // ("analysts at Velder Bank", "residents of Kesh": a vague kind of people is left to the body they name)
  return isSpeakerHead(w) && !BODY_NOUNS.has(w) && !VAGUE_SOURCES.has(w);
}

/** How many words (adjectives, other nouns) may stand between a role phrase's determiner and its noun. */
const ROLE_WORDS = 3;

/**
 * "A spokeswoman for the ministry said", "An aide to the mayor said": the body phrase that starts at
 * token `body` (its article, or the mention of a named body) and ends at `end` only completes a role
 * phrase before it; the role speaks, unnamed ("a"/"an"/"one"), or as resolved ("the spokesman").
 * When the body is a person ("a lawyer for Tomas Reiter said") the role alone speaks, without them.
 * When the role is in apposition to a name ("Ana Ruiz, a lawyer for Paul Dekker said") the name speaks.
 * Null when no person noun with its determiner stands right before the preposition.
 */
export function roleBeforeBody(ctx: SpeakerContext, body: number, end: number, floor: number): SpeakerRef | null {
  const { tokens, lower } = ctx;
  const prep = body - 1, head = body - 2;
  // ("on" ties only a bare plural: "Users on the forum said", "Nurses on the ward said")
  if (head < floor || !(ROLE_PREPOSITIONS.has(lower[prep]) || (lower[prep] === 'on' && barePluralRole(ctx, head, floor)))) return null;
  if (barePluralRole(ctx, head, floor)) {
    const last = ctx.mentionAt[end] >= 0 && ctx.mentions[ctx.mentionAt[end]].type === 'PERSON' ? head : end;
    return { start: tokens[head].start, end: tokens[last].end, text: ctx.text.slice(tokens[head].start, tokens[last].end), local: null };
  }
  if (head - 1 < floor) return null;
  // "A letter from the residents said": the text's source speaks, not the text run together with it.
  if (isStatement(lower, head)) {
    const source = textSource(ctx, head - 1, end);
    if (source !== undefined) return source;
  }
  if (tokens[head].kind !== 'word' || !/^\p{Ll}/u.test(tokens[head].text) || !isSpeakerHead(lower[head]) || BODY_NOUNS.has(lower[head])) return null;
  let d = head - 1;
  while (d > floor && d >= head - ROLE_WORDS && !ROLE_DETERMINERS.has(lower[d]) && tokens[d].kind === 'word' && /^\p{Ll}/u.test(tokens[d].text) && !cueLemma(tokens[d])) d--;
  if (!ROLE_DETERMINERS.has(lower[d])) return null;
  if (tokens[d - 1]?.text === ',' && d - 2 >= floor && ctx.mentionAt[d - 2] >= 0) {
    const named = ctx.mentions[ctx.mentionAt[d - 2]];
    return named.type === 'PERSON' || named.type === 'ORG' ? fromMention(ctx, ctx.mentionAt[d - 2]) : null;
  }
  const mi = ctx.mentionAt[end];
  const last = mi >= 0 && ctx.mentions[mi].type === 'PERSON' ? head : end;
  if (lower[d] !== 'the') return { start: tokens[d].start, end: tokens[last].end, text: ctx.text.slice(tokens[d].start, tokens[last].end), local: null };
  return nounPhrase(ctx, d, last, true, lower[head]);
}

/**
 * "Tomas Reiter, writer and executive producer says": the role phrase read back from the cue stopped at
 * "and" (token `and`); bare role words (no determiner, no verb) back to a comma after a person's name
 * are two roles in apposition to the name, and the name speaks. The person, or null.
 */
export function personBeforeRoles(ctx: SpeakerContext, and: number, floor: number): SpeakerRef | null {
  const { tokens } = ctx;
  for (let j = and - 1; j > floor && j >= and - 5; j--) {
    const t = tokens[j];
    if (t.text === ',') {
      const mi = ctx.mentionAt[j - 1];
      return j < and - 1 && mi >= 0 && ctx.mentions[mi].type === 'PERSON' ? fromMention(ctx, mi) : null;
    }
    if (t.kind !== 'word' || !/^\p{Ll}/u.test(t.text) || ROLE_BREAK.test(t.text) || cueLemma(t) !== null || /^(a|an|the|its|his|her|their)$/.test(t.text)) return null;
  }
  return null;
}

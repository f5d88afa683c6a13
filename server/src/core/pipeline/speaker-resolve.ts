/** Resolving a speaker phrase to a person or organisation named earlier in the document. */
import { copularRole } from './speaker-copular-role';
import { phraseOwner, phraseRank, rankBefore, roleRank } from './speaker-role-rank';
import type { LocalEntity, SpeakerRef, Token } from '../types';
import type { SpeakerContext } from './speakers';
import { isSpeakerHead } from './speakers';
import { genderOfFirstName, genderOfPronoun, genderOfWords, type Gender } from '../model/gender';
import { askerOpening, isAsker } from './speaker-asker';

/** How many mentions back a pronoun, title or short name looks for its person. */
const LOOK_BACK = 200;

/** Index of the last mention that starts before `offset` (mentions are in text order), or -1. */
function lastMentionBefore(ctx: SpeakerContext, offset: number): number {
  let lo = 0, hi = ctx.mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.mentions[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo - 1;
}

/**
 * A gendered title right before a name ("Mr Venn", "Ms Olsen"), or a word of kin before it, maybe after an
 * apposition's comma ("her husband, Marten", "his widow, Karin", "her son Peter"), or a role in "-man" or
 * "-woman" ("the fisherman Tor Alm", "spokeswoman Ada Lund"): profiles and obituaries
 * name relatives by a given name alone, and a "she" later in the paragraph is not the husband. A full stop ends a
 * kin word's reach ("her aunt and sister. Tor Velde" says nothing of Tor).
 */
const TITLE_OR_KIN_BEFORE = /\b(?:(Mr|Mrs|Ms|Miss|Sir|Dame|Lady|Lord)\.?\s+|(husband|wife|widow|widower|son|daughter|father|mother|brother|sister|grandson|granddaughter|nephew|niece|uncle|aunt|boyfriend|girlfriend|[a-z]{2,}man),?\s+)$/;

/** A person's gender when a title, role or first name tells it; null when unknown. */
function genderOf(ctx: SpeakerContext, local: number): Gender | null {
  const genders = (ctx.genders ??= []);
  const known = genders[local];
  if (known !== undefined) return known;
  const e = ctx.entities[local];
  let g: Gender | null = null;
  for (const r of e.roles) g ??= genderOfWords(r.text);
  for (const mi of e.mentions) {
    if (g) break;
    const m = ctx.mentions[mi];
    const before = TITLE_OR_KIN_BEFORE.exec(ctx.text.slice(Math.max(0, m.start - 20), m.start));
    if (before) g = genderOfWords(before[1] ?? before[2]);
  }
  g ??= genderOfFirstName(e.name) ?? null;
  genders[local] = g;
  return g;
}

/** How far back (characters) a pronoun looks past a possessive name for another person. */
const POSSESSIVE_REACH = 400;

/** Is the name ending at `end` in the possessive ("Kemp’s", "Jones’")? */
const isPossessive = (text: string, end: number) => /^['’]s?(?![\p{L}])/u.test(text.slice(end, end + 3));

/** "he"/"she" → the most recent person named before the pronoun whose known gender does not clash. */
export function resolvePronoun(ctx: SpeakerContext, t: Token): SpeakerRef {
  const want = genderOfPronoun(t.text);
  let local: number | null = null;
  if (want) {
    let fallback: number | null = null;
    // "X's spokesman, Y, said … . “…,” he said": a name in the possessive modifies another noun and
    // is seldom the one speaking; it is taken only when no other person fits nearby.
    let possessive: number | null = null;
    const bound = namedInClause(ctx, t);
    const last = lastMentionBefore(ctx, t.start);
    const opening = askerOpening(ctx, t.sentence);
    for (let m = last; m >= 0 && m > last - LOOK_BACK; m--) {
      const x = ctx.mentions[m];
      if (x.end > t.start || x.type !== 'PERSON' || x.furniture) continue;
      // "He described Orlov as …": the person named later in the pronoun's own clause is someone else.
      if (bound !== null && bound.includes(x.local)) continue;
      // "Asked by the lawyer, Jonas Pell, whether …, he said": the asker, taken only when nobody else fits.
      if (opening !== 0 && isAsker(ctx, m, t.sentence, opening)) { possessive ??= x.local; continue; }
      if (possessive !== null && t.start - x.end > POSSESSIVE_REACH) break;
      fallback ??= x.local;
      const g = genderOf(ctx, x.local);
      if (g !== null && g !== want) continue;
      // "the Lane family home", "the Kerr case": a name after "the" modifies a noun, as a possessive does.
      if (isPossessive(ctx.text, x.end) || afterThe(ctx.text, x.start)) { possessive ??= x.local; continue; }
      // "Her father, Olaf, was a fisherman; her mother, Karin, a nurse. … “…,” she says": a relative of the
      // person "her" stands for is named in passing; the pronoun goes on with that person.
      if (relativeInPassing(ctx.text, x.start, x.end, want)) { possessive ??= x.local; continue; }
      // "“Ama walked in,” Osei said. … “…,” she said": a person named inside another quote is
      // somebody's words about her, taken like a possessive only when nobody else fits nearby.
      if (ctx.inQuote?.[firstTokenFrom(ctx.tokens, x.start)] === 1) { possessive ??= x.local; continue; }
      const subject = subjectOverReported(ctx, m, want, t.start) ?? subjectOverObject(ctx, m, want, t.start);
      local = subject !== null && !bound?.includes(subject) ? subject : x.local;
      break;
    }
    local ??= possessive ?? fallback;
  }
  return { start: t.start, end: t.end, text: t.text, local };
}

/** A word of kin after a possessive pronoun and an apposition's comma, right before a name: "her mother, Karin". */
const OWNED_KIN_BEFORE = /\b(his|her)\s+(?:husband|wife|widow|widower|partner|son|daughter|father|mother|brother|sister|grandson|granddaughter|nephew|niece|uncle|aunt|parents?|children|sons|daughters|brothers|sisters),\s*$/i;
/**
 * A verb right after the name (and its comma): the relative is the subject of a clause of their own, who speaks or
 * acts ("her daughter, Greta, said", "His son, Tor Venn, is a guard … and he said"); an apposition with no verb
 * ("her mother, Karin, a nurse") names them in passing.
 */
const ACTS_AFTER = /^,?\s+(?:\p{Ll}+ly\s+)?(?:is|was|has|had|have|will|would|can|could|did|does|said|says|tells|speaks|adds|recalls|remembers|explains|writes|told|spoke|wrote|\p{Ll}+ed)\b/u;

/**
 * Is the person from `start` to `end` a relative named in passing, after a possessive of the pronoun's own gender
 * ("her mother, Karin, a nurse" for a later "she"), who does not speak in that sentence?
 */
function relativeInPassing(text: string, start: number, end: number, want: Gender): boolean {
  const kin = OWNED_KIN_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return kin !== null && genderOfPronoun(kin[1]) === want && !ACTS_AFTER.test(text.slice(end, end + 30));
}

/** How many sentences after the one that names them a pronoun may still refer to its subject over its reported content. */
const SUBJECT_REACH = 2;

/**
 * “Moffat is sure that Capaldi is the right choice. “…,” he said”: the person of mention `m` (the
 * latest that fits the pronoun at `pronoun`) stands in a clause opened by "that" after the subject
 * of an earlier sentence; a later pronoun refers to the subject, who is thinking or speaking, when
 * the subject opens its sentence (its first person, within its first three tokens) and fits the
 * pronoun's gender. The subject's entity, or null.
 */
function subjectOverReported(ctx: SpeakerContext, m: number, want: Gender, pronoun: number): number | null {
  const x = ctx.mentions[m];
  const sentence = sentenceAt(ctx, x.start);
  if (sentenceAt(ctx, pronoun) === sentence || sentenceAt(ctx, pronoun) - sentence > SUBJECT_REACH) return null;
  const first = ctx.tokens[ctx.sentenceStart[sentence]];
  const third = ctx.tokens[Math.min(ctx.sentenceStart[sentence] + 2, ctx.tokens.length - 1)];
  if (!first || !third) return null;
  let subject = -1;
  for (let k = m - 1; k >= 0 && ctx.mentions[k].start >= first.start; k--) if (ctx.mentions[k].type === 'PERSON') subject = k;
  if (subject < 0) return null;
  const s = ctx.mentions[subject];
  if (s.start > third.start || s.local === x.local || s.furniture || isPossessive(ctx.text, s.end)) return null;
  const g = genderOf(ctx, s.local);
  if ((g !== null && g !== want) || !/\bthat\b/.test(ctx.text.slice(s.end, x.start))) return null;
  return s.local;
}

/** How many tokens after a pronoun its clause is searched for the persons it cannot be. */
const CLAUSE_REACH = 16;

/**
 * The persons named after the pronoun `t` in its own clause, before any quotation mark or the end of
 * its sentence ("He described Orlov as …", "she thanked Lena Ortiz"): a pronoun is not the person
 * its own verb acts on (that would be "himself"). Null when there is none.
 */
function namedInClause(ctx: SpeakerContext, t: Token): number[] | null {
  const { tokens } = ctx;
  const k = firstTokenFrom(tokens, t.end);
  let found: number[] | null = null;
  for (let j = k; j < tokens.length && j < k + CLAUSE_REACH && tokens[j].sentence === t.sentence; j++) {
    if (QUOTE_MARKS.test(tokens[j].text)) break;
    const mi = ctx.mentionAt[j];
    if (mi >= 0 && ctx.mentions[mi].type === 'PERSON') (found ??= []).push(ctx.mentions[mi].local);
  }
  return found;
}
const QUOTE_MARKS = /^["“”«»„']$/;

/** Index of the first token starting at or after `offset`. */
function firstTokenFrom(tokens: Token[], offset: number): number {
  let lo = 0, hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * Verbs that put a question to the person after them, who is the one to answer ("Lynch asked Coleman").
 * Not "told" or "urged": the teller goes on speaking ("Dent told Ada to rest. “…,” she said" is Dent's).
 */
const ADDRESSED = /^(asked|asks|questioned|questions|interviewed|pressed|challenged)$/;

/** The last token index (from a sentence's first) at which the person opening it may start. */
const OPENING_REACH = 4;

/** Words before a name that make it a subject of its own (a clause joined on) rather than an object. */
const CLAUSE_OPENERS = /^(and|but|or|while|whereas|as|when|after|before|because|since|although|though|until|if|where|then|so|nor|that|who)$/i;

/**
 * "Lena Ortiz met Pavel Orlov on Monday. “…,” he said": the person of mention `m` (the latest that fits
 * the pronoun) is the object of an earlier sentence whose subject, the person opening it, fits the
 * pronoun too; the pronoun refers to that subject, the sentence's topic. Only when a lower-case word
 * other than a conjunction stands right before the object ("met", "praised", "with"). The subject's
 * entity, or null.
 */
function subjectOverObject(ctx: SpeakerContext, m: number, want: Gender, pronoun: number): number | null {
  const x = ctx.mentions[m];
  const sentence = sentenceAt(ctx, x.start);
  const gap = sentenceAt(ctx, pronoun) - sentence;
  if (gap < 1 || gap > SUBJECT_REACH) return null;
  const before = /(\p{L}+)\s+$/u.exec(ctx.text.slice(Math.max(0, x.start - 24), x.start));
  if (!before || !/^\p{Ll}/u.test(before[1]) || CLAUSE_OPENERS.test(before[1]) || ADDRESSED.test(before[1]) || isSpeakerHead(before[1].toLowerCase())) return null;
  // "Lynch asked Coleman, who said …": the object is the subject of a clause of its own.
  if (/^\s*,?\s*who\b/.test(ctx.text.slice(x.end, x.end + 8))) return null;
  const s = openingPerson(ctx, m, sentence);
  if (s < 0) return topicPronoun(ctx, m, sentence, want);
  const g = genderOf(ctx, ctx.mentions[s].local);
  return g !== null && g !== want ? null : ctx.mentions[s].local;
}

/**
 * "Critics have compared him to Pavel Orlov. “…,” he said": a pronoun of the same gender before the
 * object in its sentence keeps the person it refers to as the topic; that person's entity (when it
 * is not the object's), or null.
 */
function topicPronoun(ctx: SpeakerContext, m: number, sentence: number, want: Gender): number | null {
  const x = ctx.mentions[m];
  for (let j = ctx.sentenceStart[sentence]; j < ctx.tokens.length && ctx.tokens[j].end <= x.start; j++) {
    if (genderOfPronoun(ctx.lower[j]) !== want || !OBJECT_OR_SUBJECT.test(ctx.lower[j]) || ctx.inQuote?.[j] === 1) continue;
    const local = resolvePronoun(ctx, ctx.tokens[j]).local;
    return local !== x.local ? local : null;
  }
  return null;
}
const OBJECT_OR_SUBJECT = /^(he|him|she|her)$/;

/**
 * The mention of the person who opens sentence `sentence` (its first mention, a person starting
 * within the sentence's first five tokens: "The union chief Tom Fisk blamed …", not a possessive, not the entity of mention `m`, and before it),
 * or -1.
 */
function openingPerson(ctx: SpeakerContext, m: number, sentence: number): number {
  const x = ctx.mentions[m];
  const first = ctx.tokens[ctx.sentenceStart[sentence]];
  const third = ctx.tokens[Math.min(ctx.sentenceStart[sentence] + OPENING_REACH, ctx.tokens.length - 1)];
  if (!first || !third) return -1;
  let subject = -1;
  for (let k = m - 1; k >= 0 && ctx.mentions[k].start >= first.start; k--) subject = k;
  if (subject < 0) return -1;
  const s = ctx.mentions[subject];
  if (s.type !== 'PERSON' || s.start > third.start || s.local === x.local || s.furniture || isPossessive(ctx.text, s.end)) return -1;
  return subject;
}

/** Is the name at `start` right after the word "the"? */
function afterThe(text: string, start: number): boolean {
  return start >= 4 && /(?:^|[^\p{L}])[Tt]he\s$/u.test(text.slice(Math.max(0, start - 5), start));
}

const ORG_NOUNS = /^(agency|force|company|firm|ministry|department|group|organi[sz]ation|union|council|commission|authority|office|committee|institute|foundation|charity|court|board|government|army|military|police|contractor|operator|insurer|bank|party|campaign|coalition|cooperative|co-operative|association|federation|network|service|regulator|watchdog|trust|utility|manufacturer|producer|retailer|developer|broadcaster|newspaper|club|university|school|hospital|airline|embassy|consulate|inspectorate|directorate|secretariat|tribunal|parliament|assembly|municipality)$/;

/**
 * Institution nouns that refer back only to an organisation whose name holds them ("the Velm
 * Government", "the Harbour Police"): "the government", "the police" is rarely the firm or union
 * named in the sentence before.
 */
const NAMED_ONLY = /^(government|army|military|police|parliament)$/;

/** A police body's name ("Brindle Vale Police", "the Orlay Constabulary"): "the force" refers back to it. */
const POLICE_NAME = /\b(?:police|constabulary)\b/i;

/**
 * "the spokesman" → the latest person whose role has that noun (with the same rank words: "deputy", "former"); "the agency" → the latest organisation
 * so named. A noun that names an institution ("the council", "the regulator") never resolves to a
 * person whose role merely mentions it ("the leader of the council"): failing a name match, it is the
 * organisation named in the same or the previous sentence ("The ISE said … . “…,” the regulator said"),
 * unless `nearby` is false (the phrase names its own body).
 */
export function resolveTitle(ctx: SpeakerContext, head: string, before: number, nearby = true): number | null {
  const orgNoun = ORG_NOUNS.test(head);
  // "the governor" is not "a deputy governor" named earlier, nor "the deputy governor" the governor
  const rank = orgNoun ? '' : phraseRank(ctx.text, before, head);
  const owner = orgNoun ? undefined : phraseOwner(ctx.text, before, head);
  const last = lastMentionBefore(ctx, before);
  let nearbyOrg: number | null = null;
  const sentence = sentenceAt(ctx, before);
  for (let m = last; m >= 0 && m > last - LOOK_BACK; m--) {
    const x = ctx.mentions[m];
    if (x.end > before || x.furniture) continue;
    const e = ctx.entities[x.local];
    if (!orgNoun && x.type === 'PERSON' && (e.roles.some((r) => roleRank(r.text, head) === rank && (owner === undefined || r.text.toLowerCase().includes(owner))) || describedAfter(ctx.text, x.end, head, rank) || copularRole(ctx.text, x.end, head, rank, owner))) return x.local;
    if (orgNoun && x.type === 'ORG') {
      const words = nameWords(e);
      for (let i = 0; i < words.length; i++) {
        if (words[i].includes(head) || head === 'force' && POLICE_NAME.test(i === 0 ? e.name : e.aliases[i - 1])) return x.local;
      }
      if (nearby && nearbyOrg === null && !NAMED_ONLY.test(head) && x.start >= (ctx.bodyFrom ?? 0) && sentence - sentenceAt(ctx, x.start) <= 1 && !/\n\s*\n/.test(ctx.text.slice(x.end, before))
        && !isAddressee(ctx, x.start)) nearbyOrg = x.local;
    }
  }
  return nearbyOrg;
}

/**
 * "the initiative", "the alliance": a common noun that is the last word of the name of an
 * organisation named earlier ("the Harbour Mediation Alliance") refers to it, whether or not the
 * noun is a known institution word. Returns that organisation's entity, or null.
 */
export function resolveOrgHead(ctx: SpeakerContext, word: string, before: number): number | null {
  if (!/^\p{Ll}{4,}$/u.test(word)) return null;
  const last = lastMentionBefore(ctx, before);
  for (let m = last; m >= 0 && m > last - LOOK_BACK; m--) {
    const x = ctx.mentions[m];
    if (x.end > before || x.type !== 'ORG') continue;
    const e = ctx.entities[x.local];
    if (nameWords(e).some((w) => w[w.length - 1] === word)) return x.local;
  }
  return null;
}

/** An entity's names split into lower-case words, with the names and alias count they were made from. */
interface NameWords {
  name: string;
  aliasCount: number;
  words: string[][];
}
const NAME_WORDS = new WeakMap<LocalEntity, NameWords>();

/**
 * The lower-case words of each of an entity's names (its name, then its aliases in order), split once
 * per entity: resolveTitle and resolveOrgHead walk back over the same organisations' mentions for every
 * title and noun they resolve, and lower-cased and split each name (and copied name and aliases into a
 * new array) at every mention. Counted (s36) on /tmp/sa-c3000, per 1,000 docs: 4,073 toLowerCase calls
 * (each with a split) at those two sites before, 2,033 after. Made again when the entity has been given
 * another name or alias since (the stages here do not, but nothing else holds them to it).
 */
function nameWords(e: LocalEntity): string[][] {
  const known = NAME_WORDS.get(e);
  if (known !== undefined && known.name === e.name && known.aliasCount === e.aliases.length) return known.words;
  const words = [e.name.toLowerCase().split(/\s+/)];
  for (const a of e.aliases) words.push(a.toLowerCase().split(/\s+/));
  NAME_WORDS.set(e, { name: e.name, aliasCount: e.aliases.length, words });
  return words;
}

/** The sentence index of the token at or after `offset`. */
function sentenceAt(ctx: SpeakerContext, offset: number): number {
  let lo = 0, hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return ctx.tokens[Math.min(lo, ctx.tokens.length - 1)]?.sentence ?? 0;
}

/** An organisation named as the one spoken to or quoting ("told the Gazette", "Radio X quoted"), not a speaker. */
function isAddressee(ctx: SpeakerContext, start: number): boolean {
  return /\b(told|tell|tells|telling|to|by)\s+(the\s+)?$/i.test(ctx.text.slice(Math.max(0, start - 12), start));
}

/**
 * A one-word name ("Park", "Ortiz") → the latest person named in full before `before` whose name has
 * that word; `self` is the entity the word already has (kept when it is itself a full name).
 */
export function resolveName(ctx: SpeakerContext, word: string, before: number, self: number | null): number | null {
  if (self !== null && /\s/.test(ctx.entities[self].name)) return self;
  const last = lastMentionBefore(ctx, before);
  const spaced = /\s/.test(word);
  for (let m = last; m >= 0 && m > last - LOOK_BACK; m--) {
    const x = ctx.mentions[m];
    if (x.start >= before || x.type !== 'PERSON' || x.local === self) continue;
    const name = ctx.entities[x.local].name;
    if (/\s/.test(name) && (spaced ? name.split(/[\s]+/).includes(word) : hasWord(name, word))) return x.local;
  }
  return null;
}

/**
 * Is `word` (which holds no white space) one of the white-space separated words of `name`? The
 * same as `name.split(/\s+/).includes(word)` without building the array for each name looked at.
 */
function hasWord(name: string, word: string): boolean {
  for (let i = name.indexOf(word); i >= 0; i = name.indexOf(word, i + 1)) {
    const end = i + word.length;
    if ((i === 0 || SPACE.test(name[i - 1])) && (end === name.length || SPACE.test(name[end]))) return true;
  }
  return false;
}
const SPACE = /\s/;

/** How many lower-case words may stand between "a" and the head noun of a description after a name ("a key witness"). */
const DESCRIPTION_WORDS = 2;

/**
 * "Irma Stolt, a witness, …": is the name ending at `end` followed by a comma and an indefinite
 * description headed by `head`, closed by a comma or full stop? A role the entity stage does not list
 * (a witness, an onlooker) still names the person "the witness" later refers to.
 */
function describedAfter(text: string, end: number, head: string, rank: string): boolean {
  if (text.charCodeAt(end) !== 44) return false;
  const m = /^,\s+an?\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2})(\p{Ll}+)\s*[,.]/u.exec(text.slice(end, end + 60));
  if (m === null || m[2] !== head) return false;
  const words = m[1].split(/\s+/);
  return words.length <= DESCRIPTION_WORDS + 1 && rankBefore([...words.slice(0, -1), head], words.length - 1) === rank;
}

/** How far back (characters) "the official" looks for the description that introduced it. */
const DESCRIPTION_BACK = 1500;

/**
 * "the official" with nobody named behind it → the indefinite description that introduced that
 * speaker earlier ("A senior official at the regulator, who was not authorised to speak, …"),
 * or undefined. Only a description of the same head noun, in the body, within DESCRIPTION_BACK.
 */
export function describedEarlier(ctx: SpeakerContext, head: string, before: number): string | undefined {
  const from = Math.max(ctx.bodyFrom ?? 0, before - DESCRIPTION_BACK);
  const window = ctx.text.slice(from, before);
  if (!mayHold(window, head)) return undefined;
  const re = descriptionPattern(head);
  re.lastIndex = 0;
  let last: string | undefined;
  for (let m = re.exec(window); m; m = re.exec(window)) last = m[0].replace(/\s+/g, ' ');
  return last;
}

/**
 * False only when `window` cannot hold `head` as the case-insensitive pattern reads it, which
 * spares most calls the description pattern (dear to run, and to compile again when the engine has
 * dropped its code). For a head of ASCII letters and hyphens: only "ſ" and the Kelvin sign fold to
 * an ASCII letter without lower-casing to it, so a window without "ſ" that does not hold the head
 * once lower-cased holds no match.
 */
function mayHold(window: string, head: string): boolean {
  if (!/^[a-z-]+$/.test(head)) return true;
  return window.toLowerCase().includes(head) || window.includes('ſ');
}

/**
 * The pattern of an indefinite description of `head`, compiled once per head: compiling a
 * case-insensitive pattern with Unicode classes costs about a millisecond, far more than running it,
 * and the engine's own cache of compiled patterns does not outlive a garbage collection.
 */
function descriptionPattern(head: string): RegExp {
  let re = descriptionPatterns.get(head);
  if (re === undefined) {
    const h = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    re = new RegExp(`\\b(?:an?|one)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?${h}(?:\\s+(?:at|of|for|from|in|with)\\s+(?:the\\s+)?[\\p{L}-]+)?(?![\\p{L}-])`, 'giu');
    // Heads are speaker nouns, a closed class; the bound only guards against unusual input.
    if (descriptionPatterns.size >= 512) descriptionPatterns.clear();
    descriptionPatterns.set(head, re);
  }
  return re;
}
const descriptionPatterns = new Map<string, RegExp>();

/** Finding who is speaking: noun phrases before/after cue verbs; pronouns, titles and short names resolved. */
import { beforeFoiPhrase } from './speaker-foi';
import type { LocalEntity, Mention, SpeakerRef, Token } from '../types';
import { CUE_VERBS, SPEECH_CUES, PERSON_NOUNS, PRONOUNS, TITLE_HEADS, VAGUE_SOURCES, INSTITUTIONAL_SOURCES } from '../model/words';
import { EXTRA_SPEECH_VERBS, COURT_SPEAKERS, GROUP_SPEAKERS, GROUP_VAGUE, RELATION_SPEAKERS, SPEAKER_NOUNS } from '../model/speaker-words';
import type { Gender } from '../model/gender';
import { describedEarlier, resolveName, resolveOrgHead, resolvePronoun, resolveTitle } from './speaker-resolve';
import { personAfterRole, personBeforeRole, personBeforeRoles, roleBeforeBody, roleOfName } from './speaker-roles';
import { WordFlags } from './word-flags';
import { beforeTimePhrase } from './speaker-time';
import { agentPlural, bareGroup, pluralBody } from './bare-group';
import { knowingTail, knowingTie } from './speaker-tail';
import { textSource } from './speaker-text-source';
import { isStatement } from './quote-text-owner';
import { relativeRunsTo } from './speaker-relative-end';
import { groupPartAfter } from './speaker-group-part';
import { groupAntecedent } from './speaker-group-antecedent';
import { itsBody } from './speaker-its-body';
import { capitalFirst } from './capital-first';
import { tickerPart } from './entity-tickers';
import { COMMA_FORMS } from './entity-legal-forms';
import { hasRegexSpace } from './spaces-around';
import { roleLedName } from './speaker-role-led-name';
import { groupOfPhrase } from './speaker-group-of';
import { makerApposition } from './speaker-finder-maker';
import { ownedRoleAfter, personAfterOwner } from './speaker-owner-led-name';

export interface SpeakerContext {
  text: string;
  tokens: Token[];
  /** Each token's text in lower case (token-table.ts), by token index. */
  lower: string[];
  /** The first token of each sentence, then the token count (token-table.ts). */
  sentenceStart: Int32Array;
  mentions: Mention[];
  entities: LocalEntity[];
  /** Token index → index of the mention that covers it, or -1. */
  mentionAt: Int32Array;
  /** Where the first body paragraph starts: the headline and byline above it hold no antecedents. */
  bodyFrom?: number;
  /**
   * The genders worked out so far by local entity index (speaker-resolve.ts `genderOf`; undefined:
   * not yet asked). Kept with the document rather than in a module-wide WeakMap keyed by entity,
   * which the collector had to trace for every document's entities.
   */
  genders?: (Gender | null | undefined)[];
  /**
   * While findQuotes runs: 1 for each token inside a pair of quotation marks. A name or speech verb
   * inside somebody's quoted words is not the speaker or cue of another quote.
   */
  inQuote?: Uint8Array;
}

export function buildMentionIndex(tokens: Token[], mentions: Mention[]): Int32Array {
  const at = new Int32Array(tokens.length).fill(-1);
  let m = 0;
  for (let k = 0; k < tokens.length && m < mentions.length; k++) {
    // The tokens before mention m are in no mention and leave m where it is: jump past them.
    const from = Math.min(mentions[m].start, mentions[m].end);
    if (tokens[k].start < from) {
      k = firstTokenFrom(tokens, from, k);
      if (k >= tokens.length) break;
    }
    while (m < mentions.length && mentions[m].end <= tokens[k].start) m++;
    if (m < mentions.length && mentions[m].start <= tokens[k].start && tokens[k].end <= mentions[m].end) at[k] = m;
  }
  return at;
}

const LOWER_START = /^\p{Ll}/u;

/** Flags of a word in SPEECH_WORDS: a form of CUE_VERBS, of EXTRA_SPEECH_VERBS. */
const F_CUE = 1, F_EXTRA = 2;
/**
 * The words of both verb tables in one table (word-flags.ts) that turns most tokens away without
 * hashing their text: the quote stage asks of every token within reach of each quote, and the
 * Map.get on a fresh token string hashed it first (cueLemma and speechLemma were ~2% of the core).
 */
const SPEECH_WORDS = new WordFlags([
  ...[...CUE_VERBS.keys()].map((w): [string, number] => [w, F_CUE]),
  ...[...EXTRA_SPEECH_VERBS.keys()].map((w): [string, number] => [w, F_EXTRA]),
]);

/**
 * Every form of the table opens lower-case, so a word found in it by its own text is no capitalised name: the
 * pattern test per found verb is then spared (~8,000 a 1,000 docs).
 */
const CUE_FORMS_LOWER = [...CUE_VERBS.keys()].every((w) => LOWER_START.test(w));
const EXTRA_FORMS_LOWER = [...EXTRA_SPEECH_VERBS.keys()].every((w) => LOWER_START.test(w));

/** The lemma of a cue verb; capitalised words are names ("Harbour Authority", "Home Office"), not verbs. */
export function cueLemma(t: Token | undefined): string | null {
  if (!t || t.kind !== 'word' || (SPEECH_WORDS.get(t.text) & F_CUE) === 0) return null;
  const lemma = CUE_VERBS.get(t.text);
  return lemma !== undefined && (CUE_FORMS_LOWER || LOWER_START.test(t.text)) ? lemma : null;
}

/** The lemma of a verb that can attribute a quotation: a speech cue of words.ts or a livelier one ("joked"). */
export function speechLemma(t: Token | undefined): string | null {
  if (!t) return null;
  const f = SPEECH_WORDS.get(t.text);
  if (f === 0) return null;
  const lemma = cueLemma(t);
  if (lemma) return SPEECH_CUES.has(lemma) ? lemma : null;
  if ((f & F_EXTRA) === 0) return null;
  const extra = EXTRA_SPEECH_VERBS.get(t.text);
  return extra !== undefined && (EXTRA_FORMS_LOWER || LOWER_START.test(t.text)) ? extra : null;
}

/** Can this noun head a speaker phrase ("a senior official", "the spokesman", "police", "a rescuer")? */
export function isSpeakerHead(head: string): boolean {
  return PERSON_NOUNS.has(head) || TITLE_HEADS.has(head) || VAGUE_SOURCES.has(head) || INSTITUTIONAL_SOURCES.has(head)
    || SPEAKER_NOUNS.has(head) || COURT_SPEAKERS.has(head) || RELATION_SPEAKERS.has(head) || GROUP_SPEAKERS.has(head) || (head.endsWith('year-old') && /^(\d+-)?year-old$/.test(head))
    || pluralBody(head) || (head.includes('-') && hyphenTitle(head));
}

/** Words that open an apposition describing the noun phrase before its comma ("the council, an independent body,"). */
const APPOSITION_OPENERS = new Set(['a', 'an', 'the', 'its']);
const DETERMINERS = /^(a|an|the|one|another|two|three|both|several|some|many|its|his|her|their)$/i;
/**
 * The words of DETERMINERS and of the words that end a speaker phrase scanning back, looked up by a
 * token's lower case (token-table.ts) where a case-blind pattern was tried on every token scanned.
 * The two tests agree: such a pattern matches ASCII letters only, and no letter of these words has
 * a non-ASCII capital.
 */
const DETERMINER_WORDS = new Set('a an the one another two three both several some many its his her their'.split(' '));
/** Past forms of the verbs by which a text is issued ("issued statement", "released a letter"). */
const ISSUED = new Set('issued released published delivered posted sent'.split(' '));
/**
 * Words that end an unnamed speaker's phrase read back from its cue; a conjunction of time or cause opens a
 * clause of its own ("Yields rose on Monday after figures showed", "… because data show"): the speaker is
 * what follows it, never the clause before.
 */
const PHRASE_BREAKS = new Set('and or but that which what who whom whose when as while said after before because since until once'.split(' '));
const ADVERB = /^(\p{L}+ly|also|later|then|again|previously|earlier|once|further|repeatedly|often|always|never|since|already|just|still|even|now|soon|first|had|has|have|was|is|would|will|did)$/iu;
const ADVERB_WORDS = new Set('also later then again previously earlier once further repeatedly often always never since already just still even now soon first had has have was is would will did'.split(' '));

/**
 * ADVERB.test(word) for a word that is no name, answered without the Unicode pattern for a word of
 * ASCII characters (nearly all of them): such a word matches when it is one of the listed words, in
 * any case, or lower-case letters ending in "ly".
 */
function isAdverb(word: string): boolean {
  const n = word.length;
  let lower = true;
  for (let i = 0; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c > 127) return ADVERB.test(word) && (/^\p{Ll}/u.test(word) || ADVERB_WORDS.has(word.toLowerCase()));
    if (c >= 65 && c <= 90) lower = false;
  }
  if (ADVERB_WORDS.has(lower ? word : word.toLowerCase())) return true;
  // A capitalised "…ly" word before the verb is a name ("Tarly said", "Kelly told"), not an adverb.
  if (!lower) return false;
  if (n < 3 || (word.charCodeAt(n - 1) | 0x20) !== 121 || (word.charCodeAt(n - 2) | 0x20) !== 108) return false; // "…ly"
  for (let i = 0; i < n - 2; i++) {
    const c = word.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return false;
  }
  return true;
}
const AGE = /^\d{1,3}$/;
const POSTMODIFIER = /^(with|from|of|at|in|on|for|close|familiar|involved|knowledgeable|briefed|who|whose|,)$/i;

/** A speaker reference for the mention `mi`; a one-word name joins the fuller personal name it shortens. */
export function fromMention(ctx: SpeakerContext, mi: number): SpeakerRef {
  const m = ctx.mentions[mi];
  // "Neighbours say …", "Residents said …": a common noun capitalised at the start of a sentence,
  // taken for a name by the entity stage, is an unnamed speaker.
  // (cheap gates: a space rules out one capitalised word; an ASCII first letter is told by its code)
  const spaced = hasRegexSpace(m.text);
  if (!spaced && capitalFirst(m.text) && /^\p{Lu}\p{Ll}+$/u.test(m.text) && isSpeakerHead(m.text.toLowerCase())) return { start: m.start, end: m.end, text: m.text, local: null };
  let local: number | null = m.local;
  if ((m.type === 'PERSON' || m.type === 'ORG') && !spaced) local = resolveName(ctx, m.text, m.start, m.local) ?? local;
  return { start: m.start, end: m.end, text: m.text, local };
}

/** Relative words before "one called …": "what one called", "which one described as". */
const RELATIVE_OBJECT: ReadonlySet<string> = new Set(['what', 'which']);

/** The head noun of a phrase: the word before "of" ("the Secretary of State" → secretary), else the last. */
function headOf(ctx: SpeakerContext, s: number, k: number): number {
  for (let j = s + 1; j < k; j++) if (ctx.tokens[j].text === 'of') return j - 1;
  return k;
}

/** Participles that open an aside on how a poll or report was made ("The survey, conducted in May, found"). */
const FINDING_MADE = new Set(['conducted', 'carried', 'commissioned', 'published', 'released', 'compiled']);
/** How many tokens back from its closing comma an apposition before the cue may open. */
const APPOSITION_REACH = 24;

/** The speaker phrase that ends at token `end` (inclusive), scanning backwards. */
export function speakerBefore(ctx: SpeakerContext, end: number, floor: number): SpeakerRef | null {
  const { tokens } = ctx;
  let k = end;
  // (a speaker noun that ends in "ly" is no adverb: "Mr Kell's family said", "her ally said")
  while (k >= floor && isAdverb(tokens[k].text) && !isSpeakerHead(ctx.lower[k])) k--;
  if (k < floor) return null;
  k = beforeTimePhrase(ctx.lower, k, floor); // "The head of the clinic on Monday said"
  k = beforeFoiPhrase(ctx.lower, k, floor); // "Figures obtained by the Echo under freedom of information laws show"
  // "@TarnbyCouncil wrote:", "the pollster @vellmark_polls said": the account speaks, though no entity names it.
  const handle = tokens[k].kind === 'word' ? handleEndingAt(ctx, k, floor) : null;
  if (handle) return handle;
  // "Cllr Ada Venn (Lab, Northgate) said": a party, a ward or a constituency in brackets after a name is no speaker.
  if (tokens[k].text === ')') k = beforeBracket(ctx, k, floor);
  if (k >= floor) k = beforeCommaForm(ctx, k, floor);
  // "X, who …, said" / "X, 54, who …, said": jump over the relative clause (and an age);
  // "The poll, conducted by …, found": over a participle phrase of how a finding was made;
  // "X, speaking on condition of anonymity, said": over the speaker's own participle phrase.
  if (tokens[k].text === ',') {
    for (let j = k - 1; j >= floor && j > k - 30; j--) {
      if ((ctx.lower[j] === 'who' || ctx.lower[j] === 'which' || ctx.lower[j] === 'speaking' || FINDING_MADE.has(ctx.lower[j])) && tokens[j - 1]?.text === ',') {
        // ("X, who farms near Orrin, lost 40 cows, said Y": the clause closed early; X does not speak)
        if (!relativeRunsTo(tokens, ctx.lower, j, k)) return null;
        k = j - 2;
        if (k - 1 >= floor && AGE.test(tokens[k]?.text ?? '') && tokens[k - 1].text === ',') k -= 2;
        break;
      }
    }
  }
  if (k < floor) return null;
  // "Lena Ortiz, said" / "Tomas Reiter, the port's spokesman, said": an apposition
  // ends at the comma; the speaker is the name next to it.
  if (tokens[k].text === ',' && k - 1 >= floor) {
    const m = ctx.mentionAt[k - 1];
    // "Ana Ruiz, a lawyer for Paul Dekker, said": the name before the apposition speaks, not the one inside it.
    let outer = m >= 0 ? nameBeforeApposition(ctx, k - 1, floor) : -1;
    // "Kwame Osei, 16, from Lindholm, said": the home town in the apposition does not speak, the person does.
    if (outer < 0 && m >= 0) outer = personBeforeHome(ctx, m, floor);
    if (outer >= 0) k = outer;
    else if (m >= 0 && ctx.mentions[m].type === 'PERSON') k = k - 1;
    else {
      // (an apposition may hold a relative clause: "a Velm-based group that relies on a network of sources on the ground")
      for (let j = k - 1; j > floor && j > k - APPOSITION_REACH; j--) {
        if (ctx.inQuote !== undefined && ctx.inQuote[j] === 1) break; // a comma inside another quote ends no apposition
        if (tokens[j].text !== ',') continue;
        if (ctx.mentionAt[j - 1] >= 0) { k = j - 1; break; }
        // "Cllr Ada Venn (Lab, Northgate), the council's deputy leader, said": the name before the brackets.
        if (tokens[j - 1]?.text === ')') { const b = beforeBracket(ctx, j - 1, floor); if (b !== j - 1) { k = b; break; } }
        // "Dekker, 58, a former deputy mayor, told": the name before the age.
        if (AGE.test(tokens[j - 1].text) && tokens[j - 2]?.text === ',' && j - 3 >= floor && ctx.mentionAt[j - 3] >= 0) { k = j - 3; break; }
        // A name the entity stage missed, or only the apposition: "Pavel Orlov, the deputy minister, said".
        const name = capitalFirst(tokens[j - 1].text) ? resolveName(ctx, tokens[j - 1].text, tokens[j - 1].start, null) : null;
        if (name !== null) return { start: tokens[j - 1].start, end: tokens[j - 1].end, text: tokens[j - 1].text, local: name };
        if (j + 1 >= k) return null;
        // "The survey, by Pellam Insights, found": the maker in the apposition speaks (speaker-finder-maker.ts).
        const maker = makerApposition(ctx, j, k);
        if (maker) return maker;
        // "Its rival, Corvane Mobile, said": the name after a role phrase that opens the clause speaks.
        if (m >= 0 && ctx.mentions[m].start === tokens[j + 1].start && roleLedName(ctx, j, floor, (i) => cueLemma(tokens[i]) !== null)) return fromMention(ctx, m);
        // "The review, drawn up by the Velm Institute, says": a participle's phrase describes the text before it.
        if (byParticiple(ctx, j + 1) && j - 1 > floor && /^\p{Ll}/u.test(tokens[j - 1].text)) return speakerBefore(ctx, j - 1, floor);
        // "The council, an independent body, said": an apposition no speaker noun heads describes the body before it.
        return nounPhrase(ctx, j + 1, k - 1) ?? (APPOSITION_OPENERS.has(ctx.lower[j + 1]) && j - 1 > floor && /^\p{Ll}/u.test(tokens[j - 1].text) ? speakerBefore(ctx, j - 1, floor) : null);
      }
    }
  }
  if (k < floor) return null;
  const group = k - 2 >= floor ? groupOfPhrase(ctx, k, floor) : null; // "Critics of the plan said"
  if (group) return group;
  let mi = ctx.mentionAt[k];
  // "Merrow Hospital in Branton said": the place only locates the body (or person) that speaks.
  if (mi >= 0 && ctx.mentions[mi].type === 'LOC') {
    const b = firstTokenFrom(tokens, ctx.mentions[mi].start);
    const owner = b - 2 >= floor && ctx.lower[b - 1] === 'in' ? ctx.mentionAt[b - 2] : -1;
    if (owner >= 0 && ctx.mentions[owner].type !== 'LOC') { k = b - 2; mi = owner; }
    // "Fuel retailers in Kesh said": a kind of business or people in a place, no one named.
    else if (owner < 0 && b - 2 >= floor && ctx.lower[b - 1] === 'in') {
      const group = placedGroup(ctx, b - 2, floor, ctx.mentions[mi].end) ?? placedFinder(ctx, b - 2, floor, ctx.mentions[mi].end)
        ?? placedBody(ctx, b - 2, floor, ctx.mentions[mi].end);
      if (group) return group;
    }
  }
  if (mi >= 0) return personBeforeRole(ctx, k, floor) ?? roleBeforeBody(ctx, bodyStart(ctx, mi), k, floor) ?? roleOfName(ctx, mi, floor) ?? fromMention(ctx, mi);
  const t = tokens[k];
  if (PRONOUNS.has(ctx.lower[k])) return partitiveOfPronoun(ctx, k, floor) ?? resolvePronoun(ctx, t);
  // A surname the entity stage missed, of a person named earlier ("Park said").
  if (capitalFirst(t.text)) {
    const local = resolveName(ctx, t.text, t.start, null);
    if (local !== null) return { start: t.start, end: t.end, text: t.text, local };
  }
  // "Neighbours heard screams. One said: “…”": one of the people just mentioned, unnamed.
  // (only right before its speech verb: "One report said" and "one count of" are no such speaker)
  // "what one called “…”", "which another described as": an unnamed person in a relative clause.
  if ((ctx.lower[k] === 'one' || ctx.lower[k] === 'another') && (k === floor || tokens[k - 1].kind === 'punct' || RELATIVE_OBJECT.has(ctx.lower[k - 1])) && speechLemma(tokens[k + 1]) !== null) {
    return { start: t.start, end: t.end, text: t.text, local: null };
  }
  // "A person familiar with the talks said", "a source close to the board said": the source, not what it knows.
  const known = knowingSource(ctx, k, floor);
  if (known) return known;
  // A common noun phrase: "a senior official", "the spokesman", "police", "the Secretary of State".
  let s = k;
  while (s > floor && s > k - 7) {
    const p = tokens[s - 1];
    if (p.kind === 'punct' && p.text !== '’s' && p.text !== "'s" && p.text !== '-' && !pluralPossessive(tokens, s - 1)) break;
    if (cueLemma(p) || PHRASE_BREAKS.has(ctx.lower[s - 1])) break;
    // "The union issued statement saying": the verb that issues a text ends its subject's phrase.
    if (ISSUED.has(p.text) && s - 2 >= floor && !DETERMINER_WORDS.has(ctx.lower[s - 2])) break;
    s--;
    if (DETERMINER_WORDS.has(ctx.lower[s])) break;
  }
  // "A letter from residents said": the text's source speaks (the phrase is no "a move campaigners called").
  if (s + 2 < k && isStatement(ctx.lower, s + 1) && DETERMINER_WORDS.has(ctx.lower[s])) {
    const source = textSource(ctx, s, k);
    if (source) return source;
  }
  // "a move campaigners called", "a phrase green groups described as": the plural subject of a
  // relative clause after its antecedent, which "a" opens; "a" never opens a plural phrase.
  if (s + 2 <= k && bareRelativeSubject(tokens, (i) => ctx.lower[i], s, k)) s += 2;
  // "A spokeswoman for the ministry said": "the ministry" only completes the role before it.
  const role = DETERMINER_WORDS.has(ctx.lower[s]) ? roleBeforeBody(ctx, s, k, floor) : null;
  if (role) return role;
  // "…, its studio said": the firm "its" refers to (studio/publisher are speaker heads too, words.ts)
  if (s + 1 === k && ctx.lower[s] === 'its') { const body = itsBody(ctx, s, k); if (body) return body; }
  const head = ctx.lower[headOf(ctx, s, k)];
  // ("Growers said …", "Economists say that …": a bare plural of people by what they do speaks, vaguely; bare-group.ts)
  if (!isSpeakerHead(head) && !compoundTitle(ctx.lower, headOf(ctx, s, k)) && !(agentPlural(head) && bareGroup(ctx.text.slice(tokens[s].start, tokens[k].end)))) return ctx.mentionAt[s] >= 0 ? fromMention(ctx, ctx.mentionAt[s]) : orgByHead(ctx, s, k);
  // "Tomas Reiter, writer and executive producer says": two roles of the name before them.
  if (s - 1 > floor && ctx.lower[s - 1] === 'and') {
    const named = personBeforeRoles(ctx, s - 1, floor);
    if (named) return named;
  }
  // "Coastal Aid, a volunteer group, told …": the name before the apposition.
  // (Only an apposition opened by a determiner: in "… in Cyprus, court documents show" the place is no speaker.)
  // (nor a place or a name after a preposition: in "recalled at Velant Motors, the union said" the union speaks)
  if (tokens[s - 1]?.text === ',' && DETERMINERS.test(tokens[s].text) && s - 2 >= floor && ctx.mentionAt[s - 2] >= 0
    && headsApposition(ctx, ctx.mentionAt[s - 2])) return fromMention(ctx, ctx.mentionAt[s - 2]);
  return nounPhrase(ctx, s, k, true);
}

/** Words that take a share of a group as "one of them", "two of us", "each of them" do. */
const PARTS = new Set('one another two three four each both neither either none some several'.split(' '));

/**
 * "One of them said", "“…,” said two of us": an unnamed share of the group the plural pronoun at `k` stands
 * for speaks, not the whole group: the phrase from the share's word, with no entity. Null for any other pronoun.
 */
function partitiveOfPronoun(ctx: SpeakerContext, k: number, floor: number): SpeakerRef | null {
  const w = ctx.lower[k];
  if ((w !== 'them' && w !== 'us') || k - 2 < floor || ctx.lower[k - 1] !== 'of' || !PARTS.has(ctx.lower[k - 2])) return null;
  const from = ctx.tokens[k - 2];
  const ref: SpeakerRef = { start: from.start, end: ctx.tokens[k].end, text: ctx.text.slice(from.start, ctx.tokens[k].end), local: null };
  // "Three porters were hurt. One of them said": the group the article names describes the share, as after the cue
  const group = groupAntecedent(ctx, k - 2);
  if (group) ref.description = group;
  return ref;
}

/**
 * `k` is a closing bracket: the token before its opening one when the brackets hold a few words and no verb of
 * speech and follow a name ("Ada Venn (Lab, Northgate)", "Tomas Reiter (Independent)"); else `k` itself.
 */
/**
 * A social media handle that ends at token `k`: "@" glued to words, digits and underscores ("@vellmark_polls"),
 * with no word glued before the "@" (an e-mail address). Null when the tokens are no handle.
 */
function handleEndingAt(ctx: SpeakerContext, k: number, floor: number): SpeakerRef | null {
  const { tokens } = ctx;
  let j = k;
  while (j - 1 >= floor && tokens[j - 1].end === tokens[j].start && (tokens[j - 1].text === '_' || tokens[j - 1].kind === 'word')) j--;
  const at = tokens[j - 1];
  if (j - 1 < floor || at.text !== '@' || at.end !== tokens[j].start) return null;
  const before = tokens[j - 2];
  if (before !== undefined && before.end === at.start && before.kind === 'word') return null;
  return { start: at.start, end: tokens[k].end, text: ctx.text.slice(at.start, tokens[k].end), local: null };
}

function beforeBracket(ctx: SpeakerContext, k: number, floor: number): number {
  for (let o = k - 1; o > floor && o >= k - 8; o--) {
    const t = ctx.tokens[o];
    if (t.text === '(') {
      // ("Corvant Holdings (CVT.HL) said": a ticker, no entity, stands between the firm and its verb)
      if (tickerBracket(ctx, o + 1, k - 1)) return o - 1;
      const m = ctx.mentionAt[o - 1];
      return m >= 0 && ctx.mentions[m].type === 'PERSON' ? o - 1 : k;
    }
    if (t.text === ')' || cueLemma(t) !== null) return k;
  }
  return k;
}

/** Are the tokens a..b a ticker that is no mention ("CVT.HL", or a listing "NASDAQ: KSTL" whose exchange may be one: entity-tickers.ts)? */
function tickerBracket(ctx: SpeakerContext, a: number, b: number): boolean {
  if (b - a !== 2 || ctx.mentionAt[b] >= 0) return false;
  return ctx.tokens[a + 1].text === ':' ? tickerPart(ctx.tokens, b) : ctx.mentionAt[a] < 0 && tickerPart(ctx.tokens, a);
}

/** Token `k` ends a legal form after a comma ("Kestrel Systems, Inc.", entity-legal-forms.ts): the name's last token before it; else `k`. */
function beforeCommaForm(ctx: SpeakerContext, k: number, floor: number): number {
  const f = ctx.tokens[k].text === '.' && ctx.tokens[k - 1]?.end === ctx.tokens[k].start ? k - 1 : k;
  return f - 2 >= floor && ctx.tokens[f - 1].text === ',' && COMMA_FORMS.has(ctx.lower[f]) && ctx.mentionAt[f - 2] >= 0 ? f - 2 : k;
}

/** The bare plural group ending at token `k` ("Fuel retailers") with the place after it, up to offset `end` ("in Kesh"); null for any other phrase. */
function placedGroup(ctx: SpeakerContext, k: number, floor: number, end: number): SpeakerRef | null {
  if (ctx.tokens[k].kind !== 'word' || !/^\p{Ll}/u.test(ctx.tokens[k].text)) return null;
  const group = speakerBefore(ctx, k, floor);
  if (!group || group.local !== null || group.end !== ctx.tokens[k].end || !bareGroup(group.text)) return null;
  return { start: group.start, end, text: ctx.text.slice(group.start, end), local: null };
}

/** Nouns of a finding's document or inquiry: "a study", "the survey", "a trial". */
export const FINDERS: ReadonlySet<string> = new Set(['study', 'studies', 'survey', 'trial', 'review', 'analysis', 'report', 'audit', 'census', 'poll', 'inquiry', 'research', 'inspection', 'assessment']);

/**
 * "a study of 31,000 adults in Marland has found": an unnamed study (or survey, trial …) with the
 * place it was done in: the whole phrase speaks, not the place. Its phrase ends at token `k`, before "in".
 */
function placedFinder(ctx: SpeakerContext, k: number, floor: number, end: number): SpeakerRef | null {
  if (ctx.tokens[k].kind !== 'word' || !/^\p{Ll}/u.test(ctx.tokens[k].text)) return null;
  const phrase = speakerBefore(ctx, k, floor);
  if (!phrase || phrase.local !== null || phrase.end !== ctx.tokens[k].end) return null;
  let finder = false;
  for (let i = k; i >= floor && ctx.tokens[i].start >= phrase.start; i--) if (FINDERS.has(ctx.lower[i])) { finder = true; break; }
  return finder ? { start: phrase.start, end, text: ctx.text.slice(phrase.start, end), local: null } : null;
}

/**
 * "Police in Varn said", "Local officials in Varn said": an unnamed body or role (a speaker noun
 * heads it, no name) with the place it is in; the whole phrase speaks, never the place. Ends at token `k`, before "in".
 */
function placedBody(ctx: SpeakerContext, k: number, floor: number, end: number): SpeakerRef | null {
  if (ctx.tokens[k].kind !== 'word' || ctx.mentionAt[k] >= 0 || !isSpeakerHead(ctx.lower[k])) return null;
  const phrase = speakerBefore(ctx, k, floor);
  if (!phrase || phrase.local !== null || phrase.end !== ctx.tokens[k].end) return null;
  return { start: phrase.start, end, text: ctx.text.slice(phrase.start, end), local: null };
}

/** Past participles not in -ed/-en that open such a phrase: "The survey, run by the Velm Institute, found". */
const IRREGULAR_BY_PARTICIPLES = new Set(['drawn', 'run', 'led', 'done', 'held', 'made', 'paid', 'set', 'kept', 'built']);
/** Does token `i` open a past participle's phrase with its agent ("prepared by", "drawn up by", "written for")? */
function byParticiple(ctx: SpeakerContext, i: number): boolean {
  const w = ctx.lower[i];
  if (w === undefined || !(w.endsWith('ed') || w.endsWith('en') || IRREGULAR_BY_PARTICIPLES.has(w))) return false;
  const next = ctx.lower[i + 1] === 'up' ? ctx.lower[i + 2] : ctx.lower[i + 1];
  return next === 'by' || next === 'for';
}

/** Words after "a" that head a plural phrase ("a few officials", "a dozen residents"). */
const PLURAL_AFTER_A = new Set('few dozen couple handful number lot group series majority minority hundred thousand score'.split(' '));
/**
 * Is tokens s..k "a" + one lower-case noun + a plural phrase ending at `k` ("a move campaigners",
 * "a phrase green groups"): the noun is what the plural subject's relative clause is about.
 */
export function bareRelativeSubject(tokens: Token[], lower: (i: number) => string, s: number, k: number): boolean {
  const det = lower(s);
  if ((det !== 'a' && det !== 'an') || k - s > 4) return false;
  const head = lower(k);
  if (head.length < 4 || !head.endsWith('s') || head.endsWith('ss') || PLURAL_AFTER_A.has(lower(s + 1))) return false;
  for (let j = s + 1; j <= k; j++) if (tokens[j].kind !== 'word' || !/^\p{Ll}/u.test(tokens[j].text)) return false;
  return true;
}

/**
 * The unnamed source of "a person familiar with the talks", "two people close to the board", "a
 * banker briefed on the plans", whose phrase ends at token `k`: the whole phrase, when a speaker
 * noun heads the part before the tie. The phrase after the tie (a few words, possessives, names) is
 * what the source knows, never the speaker (the ties: speaker-tail.ts). Null when no such tie stands within a few words before `k`.
 */
function knowingSource(ctx: SpeakerContext, k: number, floor: number): SpeakerRef | null {
  const { tokens } = ctx;
  for (let j = k - 1; j > floor && j >= k - 7; j--) {
    const t = tokens[j];
    if (t.kind === 'punct' && t.text !== '’s' && t.text !== "'s") return null;
    const h = j - 2;
    if (!knowingTie(ctx.lower[j - 1], ctx.lower[j]) || h < floor || !(KNOWING_HEADS.has(ctx.lower[h]) || isSpeakerHead(ctx.lower[h]))) continue;
    // the determiner, and one adjective, before the head: "a person", "two senior executives"
    let s = h;
    if (h - 1 >= floor && DETERMINER_WORDS.has(ctx.lower[h - 1])) s = h - 1;
    else if (h - 2 >= floor && /^\p{Ll}/u.test(tokens[h - 1].text) && DETERMINER_WORDS.has(ctx.lower[h - 2])) s = h - 2;
    const start = tokens[s].start, end = tokens[k].end;
    return { start, end, text: ctx.text.slice(start, end), local: null };
  }
  return null;
}
/** Is token `h` a noun of KNOWING_HEADS tied to what it knows ("person familiar with")? */
function tiedHead(ctx: SpeakerContext, h: number): boolean {
  return KNOWING_HEADS.has(ctx.lower[h]) && knowingTie(ctx.lower[h + 1] ?? '', ctx.lower[h + 2] ?? '');
}
/** Nouns that head an unnamed source only with a tie after them ("a person familiar with"): alone they speak for nobody. */
const KNOWING_HEADS = new Set(['person', 'persons', 'executive', 'executives', 'banker', 'bankers', 'investor', 'investors', 'adviser', 'advisers', 'advisor', 'advisors']);

/** Words before a name that make it the object of a preposition, not a subject with an apposition after it. */
const OBJECT_PREPOSITIONS = new Set(['in', 'at', 'on', 'of', 'for', 'from', 'to', 'by', 'with', 'near', 'across', 'into', 'outside']);

/** Can mention `mi` be the name an apposition after it describes: a person or body, not the object of a preposition? */
function headsApposition(ctx: SpeakerContext, mi: number): boolean {
  if (ctx.mentions[mi].type === 'LOC') return false;
  let b = bodyStart(ctx, mi);
  // "for striker Lio Dannet, the club said": a lower-case role before the name is still the preposition's object.
  for (let k = 0; k < 2 && b > 1 && !OBJECT_PREPOSITIONS.has(ctx.lower[b - 1]) && lowerRoleWord(ctx.tokens[b - 1]); k++) b--;
  return !(b > 0 && OBJECT_PREPOSITIONS.has(ctx.lower[b - 1]));
}

/**
 * A lower-case singular word ("striker", "chief", "executive") that may stand between a preposition and a
 * name; not a plural ("For years Ana Ruiz, the planner, said": the name opens its clause).
 */
function lowerRoleWord(t: Token): boolean {
  const w = t.text, c = w.charCodeAt(0);
  return t.kind === 'word' && c >= 97 && c <= 122 && (w.charCodeAt(w.length - 1) !== 115 || w.endsWith('ss'));
}

/** The first token of mention `mi`'s phrase: its own, or the "the" before it ("the Harbour Board"). */
function bodyStart(ctx: SpeakerContext, mi: number): number {
  const b = firstTokenFrom(ctx.tokens, ctx.mentions[mi].start);
  return ctx.lower[b - 1] === 'the' ? b - 1 : b;
}

/**
 * The token index of the name before an apposition that ends at `end` ("Ana Ruiz, a lawyer for Paul
 * Dekker" → the last token of Ana Ruiz), or -1 when the phrase before `end` is no such apposition.
 * The apposition opens with a determiner or possessive after a comma that follows a person or
 * organisation.
 */
/**
 * "Name, 16, from Lindholm," / "Name, of Lindholm,": the last token of the person's name before an
 * apposition that is only an age and the place the person comes from (mention `mi`), or -1.
 */
function personBeforeHome(ctx: SpeakerContext, mi: number, floor: number): number {
  const { tokens, lower } = ctx;
  let j = firstTokenFrom(tokens, ctx.mentions[mi].start) - 1;
  if (j - 2 < floor || (lower[j] !== 'from' && lower[j] !== 'of') || tokens[j - 1].text !== ',') return -1;
  j -= 2;
  if (AGE.test(tokens[j].text) && tokens[j - 1]?.text === ',' && j - 2 >= floor) j -= 2;
  const p = ctx.mentionAt[j];
  return p >= 0 && p !== mi && ctx.mentions[p].type === 'PERSON' ? j : -1;
}

function nameBeforeApposition(ctx: SpeakerContext, end: number, floor: number): number {
  const { tokens } = ctx;
  for (let j = end - 1; j > floor && j > end - 12; j--) {
    if (tokens[j].kind === 'punct' && tokens[j].text !== ',' && tokens[j].text !== '’s' && tokens[j].text !== "'s") return -1;
    if (tokens[j].text !== ',') continue;
    if (!/^(a|an|the|his|her|their|its)$/i.test(tokens[j + 1]?.text ?? '')) return -1;
    const mi = ctx.mentionAt[j - 1];
    return mi >= 0 && (ctx.mentions[mi].type === 'PERSON' || ctx.mentions[mi].type === 'ORG') ? j - 1 : -1;
  }
  return -1;
}

/**
 * Is mention `m` a place or nationality inside a phrase opened by "a"/"an"/"one" at token `start`
 * and continued by a lower-case word ("a Lisbon shipping broker"), or a firm's name followed by a
 * speaker noun ("a Corvel Shipping spokesman")?
 */
function inPhrase(ctx: SpeakerContext, start: number, m: { type: string; end: number }, limit: number): boolean {
  if (m.type === 'PERSON' || !/^(a|an|one)$/i.test(ctx.tokens[start].text)) return false;
  const k = firstTokenFrom(ctx.tokens, m.end);
  const n = ctx.tokens[k];
  // "said a Corvel Shipping spokesman": a firm's name only modifies the speaker noun right after it.
  if (m.type !== 'LOC' && m.type !== 'NORP') return k <= limit && !!n && n.kind === 'word' && /^\p{Ll}/u.test(n.text) && isSpeakerHead(ctx.lower[k]);
  return k <= limit && !!n && n.kind === 'word' && /^\p{Ll}/u.test(n.text) && !cueLemma(n) && !/^(and|or|but|that|in|on|at|to|who|which|after|before|when|as|of|for|with|from)$/.test(n.text);
}

/** A place or nationality that only modifies the speaker noun after it ("said Vancouver police spokesperson X"). */
function placeModifier(ctx: SpeakerContext, mi: number, limit: number): boolean {
  const m = ctx.mentions[mi];
  const k = firstTokenFrom(ctx.tokens, m.end);
  // "said Marrow tenants": a one-word name before a group of people is their place, whatever its type.
  if (m.type !== 'LOC' && m.type !== 'NORP') return k <= limit && GROUP_VAGUE.has(ctx.lower[k] ?? '') && ctx.tokens[k].start - m.end <= 1 && !/\s/.test(m.text);
  const n = ctx.tokens[k];
  return k <= limit && !!n && n.kind === 'word' && n.start - m.end <= 1 && !cueLemma(n) && isSpeakerHead(ctx.lower[k]);
}

/**
 * "quoted Toravian Foreign Minister Selin Karadag as saying": a one-word mention (a place or
 * nationality, whatever type the entity stage gave it) followed by title words and a personal name:
 * the person speaks, the first word only modifies the title.
 */
function namedAfterTitle(ctx: SpeakerContext, mi: number, limit: number): SpeakerRef | null {
  const m = ctx.mentions[mi];
  // (a name of several words is the speaker itself, unless it is a body's: "Velmoran Alliance co-leader Lena Ostrova")
  if (m.type === 'PERSON' && /\s/.test(m.text)) return null;
  const from = firstTokenFrom(ctx.tokens, m.end);
  let title = false;
  for (let k = from; k <= limit && k < ctx.tokens.length && k < from + 8; k++) {
    const at = ctx.mentionAt[k];
    if (at >= 0 && at !== mi) return title && ctx.mentions[at].type === 'PERSON' ? fromMention(ctx, at) : null;
    const n = ctx.tokens[k];
    // "Acme President and Chief Executive Officer, Jo Lane": a title in two parts, then the name in apposition.
    if (title && n.text === ',') return k + 1 <= limit ? appositionAfter(ctx, n.start, limit) : null;
    if (title && (n.text === 'and' || n.text === '&')) continue;
    if (n.kind !== 'word' || cueLemma(n)) return null;
    if (TITLE_HEADS.has(ctx.lower[k]) || hyphenTitle(ctx.lower[k])) title = true;
    else if (!/^\p{Lu}/u.test(n.text) && !TITLE_MODIFIER.test(n.text)) return null;
  }
  return null;
}
/** Is token `j` the apostrophe of a plural possessive, written right after a word ending in "s" ("the tenants' association")? */
function pluralPossessive(tokens: Token[], j: number): boolean {
  const a = tokens[j].text, w = tokens[j - 1];
  return (a === "'" || a === '’') && w !== undefined && w.kind === 'word' && w.end === tokens[j].start && w.text.endsWith('s')
    && tokens[j + 1]?.kind === 'word' && /^\p{Ll}/u.test(tokens[j + 1].text);
}

/** "the chief executive": token `j` ends a title written as two words that TITLE_HEADS holds hyphened ("chief-executive"). */
function compoundTitle(lower: string[], j: number): boolean {
  return j > 0 && TITLE_HEADS.has(`${lower[j - 1]}-${lower[j]}`);
}
/** "co-leader", "vice-chair": a title head after a prefix and a hyphen. */
function hyphenTitle(lower: string): boolean {
  const h = lower.lastIndexOf('-');
  return h > 0 && TITLE_HEADS.has(lower.slice(h + 1));
}
/** Lower-case words inside a title ("government spokesman", "foreign minister"). */
const TITLE_MODIFIER = /^(government|foreign|defence|defense|interior|finance|justice|health|deputy|state|army|police|party|chief|senior|vice)$/i;

/** Index of the first token starting at or after `offset` (binary search from token `lo`). */
export function firstTokenFrom(tokens: Token[], offset: number, lo = 0): number {
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Tokens s..k as an unnamed speaker if a speaker noun heads them; "the spokesman" resolves to a person. */
export function nounPhrase(ctx: SpeakerContext, s: number, k: number, headChecked = false, headWord?: string): SpeakerRef | null {
  const { tokens } = ctx;
  const head = headWord ?? ctx.lower[headOf(ctx, s, k)];
  if (!headChecked && !isSpeakerHead(head)) return null;
  const phrase: SpeakerRef = { start: tokens[s].start, end: tokens[k].end, text: ctx.text.slice(tokens[s].start, tokens[k].end), local: null };
  if (/^the$/i.test(tokens[s].text)) titled(ctx, phrase, head);
  return phrase;
}

/** "the spokesman": the person or organisation it refers to, else the unnamed speaker described earlier ("a senior official"). */
function titled(ctx: SpeakerContext, ref: SpeakerRef, head: string): void {
  ref.local = resolveTitle(ctx, head, ref.start, !holdsName(ctx, ref));
  if (ref.local === null) {
    const d = describedEarlier(ctx, head, ref.start);
    if (d) ref.description = d;
  }
}

/**
 * Does a name stand inside the phrase ("the Orvane refugee agency", "the Kelvish health ministry")? Then the
 * phrase says whose body speaks, and it is not some other organisation named just before.
 */
function holdsName(ctx: SpeakerContext, ref: SpeakerRef): boolean {
  for (let k = firstTokenFrom(ctx.tokens, ref.start); k < ctx.tokens.length && ctx.tokens[k].start < ref.end; k++) if (ctx.mentionAt[k] >= 0) return true;
  return false;
}

/** The speaker phrase starting at token `start` ("said Lena Ortiz, the spokeswoman"). */
export function speakerAfter(ctx: SpeakerContext, start: number, limit: number): SpeakerRef | null {
  if (start > limit) return null;
  // "said the port’s chief executive, Tomas Reiter": the person named after the role speaks.
  const named = personAfterRole(ctx, start, limit) ?? personAfterOwner(ctx, start, limit);
  if (named) return named;
  // "said Mr Kell's family": the owned role speaks, unnamed, not its owner.
  const owned = ownedRoleAfter(ctx, start, limit);
  if (owned) return owned;
  const mi = ctx.mentionAt[start];
  const modifier = mi >= 0 && placeModifier(ctx, mi, limit);
  if (mi >= 0 && !modifier) return namedAfterTitle(ctx, mi, limit) ?? fromMention(ctx, mi);
  const t = ctx.tokens[start];
  if (PRONOUNS.has(ctx.lower[start])) return resolvePronoun(ctx, t);
  if (/^\p{Lu}/u.test(t.text) && !DETERMINERS.test(t.text)) {
    const local = resolveName(ctx, t.text, t.start, null);
    if (local !== null) return { start: t.start, end: t.end, text: t.text, local };
  }
  // "“…,” said two of them.": a count of the group just mentioned, unnamed.
  // ("said one of the union negotiators, Ana Ruiz,": the one person in apposition speaks)
  const part = groupPartAfter(ctx, start, limit);
  if (part) return (ctx.lower[start] === 'one' ? appositionAfter(ctx, part.end, limit) : null) ?? part;
  // "“…,” said one." / "said another, who …": one of the people just mentioned, unnamed.
  if ((ctx.lower[start] === 'one' || ctx.lower[start] === 'another') && /^[.,;]$/.test(ctx.tokens[start + 1]?.text ?? '')) {
    return { start: t.start, end: t.end, text: t.text, local: null };
  }
  let e = modifier ? firstTokenFrom(ctx.tokens, ctx.mentions[mi].end) - 1 : start;
  while (e < limit && e < start + 7) {
    const n = ctx.tokens[e + 1];
    // "Dr. Alsip", "Lt. Gregg Hastings": a title's abbreviation point does not end the phrase.
    const titleDot = n?.text === '.' && TITLE_HEADS.has(ctx.lower[e]);
    const possessive = n?.text === '’s' || n?.text === "'s";
    // ("the state of Velm": a cue verb's form after "the" is a noun and goes on with the phrase)
    if (!n || (n.kind === 'punct' && n.text !== '-' && !titleDot && !possessive) || (cueLemma(n) && ctx.lower[e] !== 'the') || /^(and|or|but|that|in|on|at|to|who|which|after|before|when|as)$/i.test(n.text)) break;
    e++;
    if (ctx.mentionAt[e] >= 0) {
      const m = ctx.mentions[ctx.mentionAt[e]];
      // "said a Lisbon shipping broker": a place inside an unnamed speaker's phrase only modifies its noun.
      if (inPhrase(ctx, start, m, limit)) { e = firstTokenFrom(ctx.tokens, m.end) - 1; continue; }
      // "said the mayor of Eastport, Jan Holm": the person in apposition, not the place of the title.
      const named = m.type !== 'PERSON' ? appositionAfter(ctx, m.end, limit) : null;
      if (named) return named;
      // "said a lawyer for Jan Holm": the person after a role's preposition is not the one speaking.
      if (m.type === 'PERSON' && e > start + 1 && /^(for|of|to|with|representing)$/i.test(ctx.tokens[e - 1].text)) { e -= 2; break; }
      // "said a spokesman for Pellrock LLC": the role speaks, unnamed, as it does before the cue; the firm only says whose.
      const unnamed = m.type === 'ORG' ? roleBeforeBody(ctx, bodyStart(ctx, ctx.mentionAt[e]), firstTokenFrom(ctx.tokens, m.end) - 1, start - 1) : null;
      if (unnamed && unnamed.start === ctx.tokens[start].start) return unnamed;
      // "said the premier of the state of Velm": the role speaks, not the place after its "of".
      const role = roleOfName(ctx, ctx.mentionAt[e], start);
      if (role && role.start === ctx.tokens[start].start) return role;
      // "said Judge Amara Flint": the person speaks under the name alone, as in "Judge Amara Flint said".
      // (Not "said the Navy": an article alone before the name stays with it.)
      if (m.type === 'PERSON' && !(e === start + 1 && ctx.lower[start] === 'the')) return fromMention(ctx, ctx.mentionAt[e]);
      return { start: ctx.tokens[start].start, end: m.end, text: ctx.text.slice(ctx.tokens[start].start, m.end), local: fromMention(ctx, ctx.mentionAt[e]).local };
    }
  }
  // The phrase ends at its speaker noun ("said a spokesman in Eastport"), or after a tail saying how it knows.
  const phraseEnd = e;
  while (e > start && !isSpeakerHead(ctx.lower[e]) && !tiedHead(ctx, e) && !compoundTitle(ctx.lower, e)) e--;
  const head = ctx.lower[e];
  if (!isSpeakerHead(head) && !tiedHead(ctx, e) && !compoundTitle(ctx.lower, e)) return orgByHead(ctx, start, phraseEnd) ?? indefinitePhrase(ctx, start, phraseEnd, limit);
  // "said a source close to the talks": the phrase goes on over how the speaker knows, as before the cue.
  const last = knowingTail(ctx, e, limit, (k) => cueLemma(ctx.tokens[k]) !== null);
  const ref: SpeakerRef = { start: t.start, end: ctx.tokens[last].end, text: ctx.text.slice(t.start, ctx.tokens[last].end), local: null };
  if (/^the$/i.test(t.text)) titled(ctx, ref, head);
  return ref;
}

/** "the alliance" (tokens s..k): the organisation named earlier whose name ends in that noun. */
function orgByHead(ctx: SpeakerContext, s: number, k: number): SpeakerRef | null {
  const { tokens } = ctx;
  if (k !== s + 1 || !/^the$/i.test(tokens[s].text)) return null;
  const local = resolveOrgHead(ctx, tokens[k].text, tokens[s].start);
  return local === null ? null : { start: tokens[s].start, end: tokens[k].end, text: ctx.text.slice(tokens[s].start, tokens[k].end), local };
}

/** ", Jan Holm" right after `offset`: the person named in apposition, or null. */
function appositionAfter(ctx: SpeakerContext, offset: number, limit: number): SpeakerRef | null {
  const k = firstTokenFrom(ctx.tokens, offset);
  if (ctx.tokens[k]?.text !== ',' || k + 1 > limit) return null;
  const mi = ctx.mentionAt[k + 1];
  return mi >= 0 && ctx.mentions[mi].type === 'PERSON' ? fromMention(ctx, mi) : null;
}

/**
 * "said one docker, who asked not to be named", "said a woman queuing for bread.": after the cue,
 * a short phrase opened by an indefinite determiner and closed by punctuation is an unnamed
 * speaker, whatever its noun.
 */
function indefinitePhrase(ctx: SpeakerContext, start: number, end: number, limit: number): SpeakerRef | null {
  const { tokens } = ctx;
  if (!/^(a|an|one)$/i.test(tokens[start].text) || end <= start || end - start > 4) return null;
  for (let h = start + 1; h <= end; h++) {
    if (tokens[h].kind !== 'word' || cueLemma(tokens[h])) return null;
    const mi = ctx.mentionAt[h];
    if (mi >= 0 && !inPhrase(ctx, start, ctx.mentions[mi], limit)) return null;
  }
  const n = tokens[end + 1];
  if (end < limit && n && n.text !== ',' && n.text !== '.') return null;
  if (n?.text === ',' && !/^(who|whose|speaking)$/i.test(tokens[end + 2]?.text ?? '')) return null;
  return { start: tokens[start].start, end: tokens[end].end, text: ctx.text.slice(tokens[start].start, tokens[end].end), local: null };
}

/**
 * An unnamed speaker written out in full between a quote and its cue: tokens from..to
 * ("a source with knowledge of the talks", "one fisherman who lost his boat").
 */
export function speakerSpan(ctx: SpeakerContext, from: number, to: number): SpeakerRef | null {
  const { tokens } = ctx;
  // (ctx.lower holds each token's toLowerCase: a Set test where DETERMINERS ran on every phrase)
  if (to < from || to - from > 12 || !DETERMINER_WORDS.has(ctx.lower[from])) return null;
  // "A post from the governor's account": the owner of the text speaks
  const source = textSource(ctx, from, to);
  if (source !== undefined) return source;
  // "its studio said": the firm "its" refers to
  if (ctx.lower[from] === 'its' && to === from + 1) { const body = itsBody(ctx, from, to); if (body) return body; }
  for (let h = from + 1; h <= to; h++) {
    if (tokens[h].kind !== 'word' || !isSpeakerHead(ctx.lower[h])) continue;
    // "a government official": the last of a run of speaker nouns heads the phrase.
    while (h < to && tokens[h + 1].kind === 'word' && isSpeakerHead(ctx.lower[h + 1])) h++;
    const head = ctx.lower[h];
    // After the noun only a modifier may follow ("with knowledge of …", "close to …", "who …").
    if (h < to && !POSTMODIFIER.test(tokens[h + 1].text)) return null;
    const ref: SpeakerRef = { start: tokens[from].start, end: tokens[to].end, text: ctx.text.slice(tokens[from].start, tokens[to].end), local: null };
    if (/^the$/i.test(tokens[from].text)) titled(ctx, ref, head);
    return ref;
  }
  return null;
}

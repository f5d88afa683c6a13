/**
 * The attribution patterns around one quotation. Each function looks in one direction from the quote
 * and returns the speaker and cue it found, or null:
 *   after   “…,” X said / “…,” said X / “…,” according to X / “…,” X, who …, said / “…,” Y quoted X as saying
 *   before  X said: “…” / X told Y, “…” / According to X, “…” / Y quoted X as saying: “…” / X called it a “…”
 *   later   partial quotes whose speaker ends the sentence: The port is “at risk” of closing, X said.
 */
import type { SpeakerRef, Token } from '../types';
import { cueAt, type Cue } from './cue-phrase';
import { bodyOfPeopleAfter } from './according-to-body';
import { cueLemma, firstTokenFrom, isSpeakerHead, speakerAfter, speakerBefore, speakerSpan, speechLemma, type SpeakerContext } from './speakers';
import { resolvePronoun, resolveTitle } from './speaker-resolve';
import { closedClauseVerb, passiveSpeech } from './quote-clause';
import { tokenAt } from './token-at';
import { bareNameAfter, bylineAfter } from './quote-bare-name';
import { personAfterOrgTitle } from './speaker-roles';
import { isStatement, ownedText, READ_VERBS, READS, STATEMENT } from './quote-text-owner';
import { CUE_VERBS, TITLE_MODIFIERS } from '../model/words';
import { EXTRA_SPEECH_VERBS } from '../model/speaker-words';
import { WordFlags } from './word-flags';
import { asPutTag, GO_FORMS, goesOnTag, howPutTag, replyTag } from './quote-phrasal-tags';
import { finderClauseSpeaker, RATING_VERBS } from './quote-finder-clause';

export interface Found {
  speaker: SpeakerRef | null;
  cue: Cue | null;
}

const CALLING = /^(called|calling|call|calls|described|describing|dubbed|labelled|labeled|termed|branded)$/i;
/** "call(s)" after these is a noun ("a phone call", "the calls for"). */
const NOUN_CALL = /^calls?$/;
const NOUN_BEFORE = /^(a|an|the|this|that|these|those|his|her|their|its|our|phone|telephone|conference|video|repeated|renewed|growing)$/i;
const QUOTED_AS = 'quoted … as saying';
/** The forms of "be" before a passive participle. */
const BE = /^(is|was|were|are|been|being)$/;
/** The verb of "X quoted/quotes Y as saying". */
const QUOTING = /^(quoted|quotes|quoting)$/;
/** How far before "as saying" its "quoted" may sit, in tokens. */
const QUOTED_REACH = 20;
/** Verbs by which a speaker delivers such a text: "read a statement", "issued a letter". */
const ISSUE = /^(read|reads|issued|issues|released|releases|published|publishes|delivered|delivers|posted|posts|sent|sends|gave|gives)$/;
/** How far after a quote its cue may sit ("“…,” Lena Ortiz, who has led the union since 2019, said"). */
const AFTER_REACH = 30;
/** How far the other patterns look, in tokens: bounds the work in a very long sentence. */
const REACH = 60;

const isSpeech = (t: Token | undefined) => speechLemma(t) !== null;
/** A speech verb's -ing form ("saying", "adding", "telling"). */
const PARTICIPLE = /^\p{Ll}+ing$/u;
/** Words after which a speech word is a noun ("the state", "a comment", "its post"). */
const NOUN_DETERMINER = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);
const isAccordingTo = (lower: string[], j: number) => lower[j] === 'according' && lower[j + 1] === 'to';

/** Patterns after the closing mark, from token `k` (the first token after the quote) to `ceil`. */
export function speakerAfterQuote(ctx: SpeakerContext, k: number, ceil: number, endsWithComma = false): Found | null {
  const { tokens, text } = ctx;
  // "“…” — Ines Kral" closing the paragraph: the name signs the quote.
  if (tokenAt(tokens, k)?.kind === 'punct' && !endsWithComma) {
    const byline = bylineAfter(ctx, k);
    if (byline) return byline;
  }
  if (tokens[k]?.text === ',') k++;
  if (k > ceil) return null;
  for (let j = k; j <= Math.min(ceil, k + 8); j++) {
    if (!QUOTING.test(tokens[j].text)) continue;
    // "“…,” harbour master Ines Kral was quoted as saying": the passive's subject is the one quoted.
    if (/^(is|was|were|are|been|being)$/.test(ctx.lower[j - 1] ?? '') && ctx.lower[j + 1] === 'as' && j - 2 >= k) {
      return { speaker: speakerBefore(ctx, j - 2, k), cue: cueAt(text, tokens, j, QUOTED_AS) };
    }
    // "The Gazette quoted Ortiz as saying": the speaker is the one quoted, not the outlet.
    return { speaker: quotedRole(ctx, j + 1, ceil) ?? speakerAfter(ctx, j + 1, ceil), cue: cueAt(text, tokens, j, QUOTED_AS) };
  }
  if (isAccordingTo(ctx.lower, k)) return { speaker: speakerAfter(ctx, k + 2, ceil), cue: cueAt(text, tokens, k, 'according to') };
  // "“…,” was how Ortiz put it." / "“…,” as Ortiz put it."
  if (ctx.lower[k + 1] === 'how') { const how = howPutTag(ctx, k, ceil); if (how) return how; }
  // "“…,” came the reply.": the one answering, never the asker quoted before.
  if (ctx.lower[k] === 'came') { const reply = replyTag(ctx, k, ceil); if (reply) return reply; }
  if (ctx.lower[k] === 'as') { const as = asPutTag(ctx, k, ceil); if (as) return as; }
  if (isSpeech(tokens[k])) {
    // "“…,” concluding that the country …": a participle's subject is the sentence's; what follows is its clause.
    if (/ing$/i.test(tokens[k].text) && /^that$/i.test(tokens[k + 1]?.text ?? '')) return { speaker: null, cue: cueAt(text, tokens, k) };
    let s = speakerAfter(ctx, k + 1, ceil);
    // ("…,” wrote analysts at Domberg Securities": people at a named body speak for it, as before the cue)
    if (s !== null && s.local === null && BARE_PLURAL.test(s.text)) s = bodyOfPeopleAfter(ctx, k + 1, ceil) ?? s;
    // ("…”, comments traders read as a warning": the noun's clause, no tag)
    if (s === null || !nounWithClause(ctx, k, s.end)) return { speaker: s, cue: cueAt(text, tokens, k) };
  }
  for (let j = k; j <= ceil && j < k + AFTER_REACH; j++) {
    if (tokens[j].text === '(') { j = parenEnd(tokens, j, 1, ceil); continue; } // an aside's verb is not the quote's cue
    // "its “patient” editing; one juror called it …": a verb past a semicolon belongs to the next clause.
    if (tokens[j].text === ';') return null;
    // "said the issue was “overblown” and that few owners had complained": a verb past "that" is in a
    // clause of its own (reported content, a relative), not this quote's tag.
    if (!endsWithComma && ctx.lower[j] === 'that') return null;
    // "“…,” she went on.": the speech goes on, with no speech verb.
    if (GO_FORMS.has(ctx.lower[j])) { const on = goesOnTag(ctx, k, j); if (on) return on; }
    // "the premier of the state of X remarked": a speech word after a determiner is a noun, not the cue.
    if (isSpeech(tokens[j]) && !(j > k && NOUN_DETERMINER.has(ctx.lower[j - 1]))) {
      // "he was “stunned”, releasing a statement saying “…”": a verb right before another quotation
      // (or its colon) introduces that one; this quote's speaker is to be found before it.
      // (also past the verb's pronoun object: "…, and one juror called it “…”")
      if (!endsWithComma && (opensQuote(ctx, tokenAt(tokens, j + 1)?.text === ':' ? j + 2 : j + 1)
        || (PRONOUN_OBJECT.test(ctx.lower[j + 1] ?? '') && opensQuote(ctx, j + 2)))) return null;
      const s = speakerBefore(ctx, j - 1, k) ?? speakerSpan(ctx, k, j - 1) ?? (endsWithComma ? plainPhrase(ctx, k, j - 1) : null);
      return s ? { speaker: s, cue: cueAt(text, tokens, j) } : null;
    }
  }
  // "“…,” Ines Kral, an analyst at Corvel Securities.": no verb, the person named speaks.
  return endsWithComma ? bareNameAfter(ctx, k, ceil) : null;
}

/** A verb's pronoun object between it and the quotation it introduces ("called it “…”"). */
const PRONOUN_OBJECT = /^(it|them|him|her|this|that)$/;

/** How many words a role in quotation marks may hold ("a “harbour insider”"). */
const QUOTED_ROLE_WORDS = 5;

/**
 * "quotes a “harbour insider” as saying": the one quoted is a role the writer puts in quotation marks,
 * tokens `from` (an optional determiner, then the marks) to at most `to`; that unnamed phrase, or null.
 */
function quotedRole(ctx: SpeakerContext, from: number, to: number): SpeakerRef | null {
  const { tokens } = ctx;
  let k = /^(a|an|one|the|another)$/i.test(tokens[from]?.text ?? '') ? from + 1 : from;
  if (!QUOTE_MARK.test(tokens[k]?.text ?? '') && tokens[k]?.text !== '‘') return null;
  const open = k;
  for (k = open + 1; k <= to && k <= open + QUOTED_ROLE_WORDS; k++) {
    if (tokens[k].kind === 'word') continue;
    if (k === open + 1 || !/^["”'’]$/.test(tokens[k].text) || k + 1 <= to && ctx.lower[k + 1] !== 'as') return null;
    return { start: tokens[from].start, end: tokens[k].end, text: ctx.text.slice(tokens[from].start, tokens[k].end), local: null };
  }
  return null;
}

/** Is token `k` the opening mark of a quotation (a mark whose next token is quoted)? */
function opensQuote(ctx: SpeakerContext, k: number): boolean {
  const t = tokenAt(ctx.tokens, k);
  return t !== undefined && QUOTE_MARK.test(t.text) && k + 1 < ctx.tokens.length && ctx.inQuote?.[k + 1] === 1;
}
const QUOTE_MARK = /^["“«„']$/;

/**
 * A promoter's verbs, cues only with their "as" and a named promoter before them: "Rena Okafor
 * pitched the app as “a bank in your pocket”" is her judgement, as "described … as" would be; with
 * no promoter ("was touted as “…”") the phrase stays a label nobody is said to say.
 */
const PROMOTING = new Set(['touted', 'touts', 'touting', 'pitched', 'pitches', 'pitching', 'trumpeted', 'trumpets']);

/**
 * The lower case of every token some pattern of speakerBeforeQuote starts from: a closing bracket,
 * "according", "saying", "from", "quoted", a statement noun, a verb of READS, a form of a speech or
 * cue verb (speakers.ts reads those by the token's text, whose lower case is then one of these).
 * Any other token is passed over with this one lookup instead of each pattern's own test.
 */
const BEFORE_WORDS = new WordFlags([
  ...[')', 'according', 'saying', 'from', 'quoted', 'as', ...STATEMENT, ...READ_VERBS],
  ...[...CUE_VERBS.keys(), ...EXTRA_SPEECH_VERBS.keys(), ...PROMOTING, ...RATING_VERBS].map((w) => w.toLowerCase()),
].map((w): [string, number] => [w, 1]));

/** Patterns before the opening mark, scanning back from token `end` to `floor`. */
export function speakerBeforeQuote(ctx: SpeakerContext, end: number, floor: number): Found | null {
  const { tokens, text } = ctx;
  const sentenceFloor = floor;
  floor = Math.max(floor, end - REACH);
  let pending: Cue | null = null;
  for (let j = end; j >= floor; j--) {
    if (BEFORE_WORDS.get(ctx.lower[j]) === 0) continue; // nine in ten tokens start no pattern
    const t = tokens[j];
    if (t.text === ')') { j = parenEnd(tokens, j, -1, floor); continue; } // "(… what X once testified …)": an aside
    if (isAccordingTo(ctx.lower, j)) {
      return { speaker: speakerAfter(ctx, j + 2, end), cue: cueAt(text, tokens, j, 'according to') };
    }
    // "As one minister put it to me, “…”": the one who phrased it speaks.
    if (ctx.lower[j] === 'as') { const as = asPutTag(ctx, j, end); if (as) return as; continue; }
    if (t.text === 'saying' && tokens[j - 1]?.text === 'as') {
      // "Radio X quoted Councillor Ann Lee, the council leader, as saying:": room for an apposition.
      for (let q = j - 2; q >= floor && q > j - QUOTED_REACH; q--) {
        if (QUOTING.test(tokens[q].text)) return { speaker: quotedRole(ctx, q + 1, j - 2) ?? speakerAfter(ctx, q + 1, j - 2), cue: cueAt(text, tokens, q, QUOTED_AS) };
      }
    }
    if (ctx.lower[j] === 'from' && isStatement(ctx.lower, j - 1)) {
      // "The union published a statement from its organiser, X, on Friday:" — X speaks.
      const s = issuerAfter(ctx, j + 1, end);
      if (s) return { speaker: s, cue: statementCue(ctx, j - 1) };
    }
    if (isStatement(ctx.lower, j) && /^(a|an|the|his|her|its|their)$/i.test(tokens[j - 1]?.text ?? '') && ISSUE.test(tokens[j - 2]?.text ?? '')) {
      // "X read a statement on behalf of the union:" — X speaks the statement.
      const s = speakerBefore(ctx, j - 3, floor);
      if (s) return { speaker: s, cue: statementCue(ctx, j) };
    }
    if (ctx.lower[j] === 'quoted' && BE.test(ctx.lower[j - 1] ?? '') && /^(by|in)$/.test(ctx.lower[j + 1] ?? '') && j - 2 >= floor) {
      // "X was quoted by the Gazette on the offer: “…”": the passive's subject is the one quoted.
      const s = speakerBefore(ctx, j - 2, floor);
      if (s) return { speaker: s, cue: cueAt(text, tokens, j, 'quoted') };
    }
    if ((j >= end - 1 && READS.test(ctx.lower[j])) || isSpeech(t)) {
      // "The ministry's statement read: “…”", "The Gazette's analysis of the figures concluded:": the
      // text's owner speaks, not the text nor the noun after its "of".
      const found = ownedText(ctx, j, floor);
      if (found) return found;
    }
    const promoting = PROMOTING.has(ctx.lower[j]) && /^\p{Ll}/u.test(t.text);
    // "a 2021 survey that rated the wall “in poor condition”": the finding speaks through its clause's verb.
    if (RATING_VERBS.has(t.text) && !isSpeech(t)) {
      const finder = finderClauseSpeaker(ctx, j, floor, end);
      if (finder) return { speaker: finder, cue: describedAs(ctx, cueAt(text, tokens, j), end) };
      continue;
    }
    if (isSpeech(t) || (cueLemma(t) && CALLING.test(t.text)) || promoting) {
      // "the phone call that ...": a noun, not the verb
      if (NOUN_CALL.test(t.text) && NOUN_BEFORE.test(tokens[j - 1]?.text ?? '')) continue;
      // "ended on an encouraging note: “…”": a speech word after an article (and an adjective) is a noun.
      if (nounAfterArticle(ctx, j)) continue;
      // "told the state news agency …", "said on state television": "state" before a noun qualifies it, it says nothing.
      if (stateModifier(ctx, j)) continue;
      // "rejected that label: “…”", "disputed this claim:": a demonstrative's noun before the colon; the verb before it frames the quote.
      if (nounBeforeColon(ctx, j)) {
        const framed = verbBeforeNoun(ctx, j, floor);
        if (framed) return framed;
        continue;
      }
      // "wrote that demand from shippers had “peaked”": demand for, of or from something is a noun.
      if (demandNoun(ctx, j)) continue;
      // "families who were told to leave", "The mayor, who announced …, toured the “…” camp":
      // nobody speaks the quote through a passive verb or a verb of a clause closed before it.
      if (passiveSpeech(tokens, j) || closedClauseVerb(tokens, j, end + 1, floor)) continue;
      const cue = describedAs(ctx, cueAt(text, tokens, j), end);
      const finder = finderClauseSpeaker(ctx, j, floor, end);
      if (finder) return { speaker: finder, cue };
      // "X praised Lena Ortiz, saying “…”": a participle after a comma has the sentence's subject, not the name before it.
      const participle = tokens[j - 1]?.text === ',' && PARTICIPLE.test(t.text) ? subjectBefore(ctx, floor, j - 1) : null;
      const s = participle ?? whoAntecedent(ctx, cue.tok - 1, floor) ?? speakerBefore(ctx, cue.tok - 1, floor) ?? (cue.start < t.start ? speakerBefore(ctx, cue.tok - 2, floor) : null);
      // "what the owners call an “accident”": a name for a thing, not anybody's words.
      // (Past tense is somebody's words on one occasion: "what he called the “murder”".)
      if (s && /^calls?$/.test(t.text) && /^what$/i.test(tokenBefore(ctx, s.start)?.text ?? '')) return null;
      if (s) return { speaker: issuerOf(ctx, s, floor) ?? s, cue: laterQuoteCue(ctx, cue, end) };
      // A promoter's verb needs its promoter right before it ("which Rena Okafor pitched as “…”").
      if (promoting) continue;
      // "…, saying “…”", "a report that claimed “…”": the subject of the sentence speaks.
      // (a participle's subject opens the sentence, however far back: "He described …, concluding that … “…”")
      const subject = subjectBefore(ctx, floor, j) ?? (floor > sentenceFloor && PARTICIPLE.test(t.text) ? subjectBefore(ctx, sentenceFloor, j) : null);
      if (subject) return { speaker: subject, cue: laterQuoteCue(ctx, cue, end) };
      pending ??= cue;
      if (j < end - 6) break;
    }
  }
  return pending ? { speaker: null, cue: pending } : null;
}

/** Words after "demand(s)" that make it a noun: what is demanded or by whom ("demand for loans"), or a verb of its own ("demand was weak"). */
const AFTER_DEMAND_NOUN = new Set('for from of in is was has had remained rose fell will would'.split(' '));

/** Is the speech word at `j` the noun "demand(s)" ("demand for loans", "demand from shippers", "demand was weak")? */
function demandNoun(ctx: SpeakerContext, j: number): boolean {
  return (ctx.lower[j] === 'demand' || ctx.lower[j] === 'demands') && AFTER_DEMAND_NOUN.has(ctx.lower[j + 1] ?? '');
}

/** Words before a noun: articles, possessive pronouns and the possessive ending. */
const ARTICLES = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', '’s', "'s"]);
const AUTHOR_LINK = /^(by|from|of)$/;
/** Speech words that are also nouns ("a note", "a short reply", "an angry tweet"). */
const SPEECH_NOUNS = new Set(['note', 'notes', 'reply', 'replies', 'answer', 'answers', 'comment', 'comments', 'remark', 'remarks', 'tweet', 'tweets', 'post', 'posts', 'warning', 'warnings', 'claim', 'claims', 'report', 'reports', 'response', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows']);

/**
 * Is the speech word at `j` a noun: one of SPEECH_NOUNS right after an article or possessive ("the
 * board's reply"), or after one and a lower-case adjective that is no speaker noun ("an encouraging
 * note", "a brief reply"), and not followed by its author ("a note from X", "a reply came from X")?
 */
function nounAfterArticle(ctx: SpeakerContext, j: number): boolean {
  const { tokens, lower } = ctx;
  // "a note from X", "a reply came from X:": the author named after it still speaks, the noun is the cue.
  if (!SPEECH_NOUNS.has(lower[j]) || AUTHOR_LINK.test(lower[j + 1] ?? '') || AUTHOR_LINK.test(lower[j + 2] ?? '')) return false;
  const article = (k: number) => k >= 0 && ARTICLES.has(lower[k]);
  if (article(j - 1)) return true;
  const adj = tokens[j - 1];
  return article(j - 2) && !!adj && adj.kind === 'word' && /^\p{Ll}+$/u.test(adj.text) && !isSpeakerHead(lower[j - 1]);
}

/** Nouns "state" qualifies as an adjective: the state's own media and officers ("state television", "the state news agency"). */
const STATE_QUALIFIED: ReadonlySet<string> = new Set(`media television tv radio news broadcaster broadcasters agency newspaper newspapers press
  channel outlet outlets officials official department ministry government prosecutor prosecutors`.split(/\s+/));

/** Is the cue word at `j` "state" after an article or before a noun it qualifies ("the state broadcaster", "state media")? */
function stateModifier(ctx: SpeakerContext, j: number): boolean {
  const { lower, tokens } = ctx;
  if (lower[j] !== 'state' || tokens[j].text !== 'state') return false;
  return ARTICLES.has(lower[j - 1] ?? '') || STATE_QUALIFIED.has(lower[j + 1] ?? '');
}

/** Demonstratives before a speech word that make it a noun when a colon follows ("that label:"). */
const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);

/**
 * Is the speech word at `j` a noun right after a demonstrative and right before a colon ("rejected
 * that label:", "disputed those claims:")? Only its base or plural form: "a report that said:" is a verb.
 */
function nounBeforeColon(ctx: SpeakerContext, j: number): boolean {
  const { lower, tokens } = ctx;
  if (!DEMONSTRATIVES.has(lower[j - 1] ?? '') || tokens[j + 1]?.text !== ':') return false;
  const lemma = speechLemma(tokens[j]) ?? cueLemma(tokens[j]);
  return lemma !== null && (lower[j] === lemma || lower[j] === `${lemma}s`);
}

/**
 * "Ada Rusk rejected that label:": the lower-case verb right before the demonstrative of the noun at
 * `j`, its subject before it (a speaker or the sentence's subject); the cue runs from the verb to the
 * noun. Null when no verb or nobody stands there.
 */
function verbBeforeNoun(ctx: SpeakerContext, j: number, floor: number): Found | null {
  const { tokens, text } = ctx;
  const v = j - 2;
  if (v <= floor || tokens[v].kind !== 'word' || !/^\p{Ll}+$/u.test(tokens[v].text)) return null;
  const speaker = speakerBefore(ctx, v - 1, floor) ?? subjectBefore(ctx, floor, v);
  if (!speaker) return null;
  return { speaker, cue: { text: text.slice(tokens[v].start, tokens[j].end).replace(/\s+/g, ' '), start: tokens[v].start, end: tokens[j].end, tok: v } };
}

/** Partial quotes whose attribution closes the sentence: “…” …, X said / …, said X / …, according to X. */
export function speakerLaterInSentence(ctx: SpeakerContext, from: number, ceil: number): Found | null {
  const { tokens, text } = ctx;
  ceil = Math.min(ceil, from + REACH);
  let comma = -1;
  for (let j = from; j <= ceil; j++) {
    const t = tokens[j];
    if (t.text === ',') { comma = j; continue; }
    if (/^["“”«»„]$/.test(t.text)) return null; // another quotation: its own attribution
    if (isAccordingTo(ctx.lower, j)) return { speaker: speakerAfter(ctx, j + 2, ceil), cue: cueAt(text, tokens, j, 'according to') };
    if (comma < 0 || !isSpeech(t)) continue;
    // "…, and one juror called it “…”": the verb introduces the next quotation, not this one.
    if (PRONOUN_OBJECT.test(ctx.lower[j + 1] ?? '') && opensQuote(ctx, j + 2)) return null;
    if (comma === j - 1) {
      const s = speakerAfter(ctx, j + 1, ceil);
      if (s && !nounWithClause(ctx, j, s.end)) return { speaker: s, cue: cueAt(text, tokens, j) };
    } else if (j - comma <= 8) {
      const s = speakerBefore(ctx, j - 1, comma + 1);
      if (s) return { speaker: s, cue: cueAt(text, tokens, j) };
    }
  }
  return null;
}

/** A bare plural of people as a speaker ("analysts", "economists"). */
const BARE_PLURAL = /^\p{Ll}+s$/u;

/** Words that may follow an inverted tag's speaker ("…, notes Ada Vell of Corran Bank", "…, remarks one trader in Ostrel"). */
const AFTER_INVERTED = new Set(['at', 'of', 'in', 'for', 'from', 'with', 'on', 'who', 'whose', 'and', 'to', 'as', 'during', 'after', 'before', 'when', 'recently', 'last', 'this', 'earlier']);

/**
 * "…, comments traders read as a warning": the speech word at `j` is a noun ("comments", "remarks") whose
 * clause has its own subject and verb after it, not an inverted tag ("…, notes Ada Vell"): the phrase
 * ending at `end` is followed by a lower-case verb.
 */
function nounWithClause(ctx: SpeakerContext, j: number, end: number): boolean {
  if (!SPEECH_NOUNS.has(ctx.lower[j])) return false;
  const { tokens } = ctx;
  let k = j + 1;
  while (k < tokens.length && tokens[k].start < end) k++;
  const t = tokens[k] as Token | undefined;
  return t !== undefined && t.sentence === tokens[j].sentence && t.kind === 'word' && /^\p{Ll}+$/u.test(t.text) && !AFTER_INVERTED.has(t.text);
}

/** Verbs that frame a quoted name with "as": "described the plan as “…”". */
const FRAMED_AS = /^(describ|characteri[sz]|portray|tout|pitch|trumpet)/i;

/**
 * "described the plan as “bold”": the cue is the verb and its "as" ("described … as"), when "as"
 * stands between the verb and the quote (token `end` is the last before the opening mark).
 */
export function describedAs(ctx: SpeakerContext, cue: Cue, end: number): Cue {
  const { tokens, text } = ctx;
  if (!FRAMED_AS.test(tokens[cue.tok].text) || cue.end > tokens[cue.tok].end) return cue;
  for (let q = cue.tok + 1; q <= end && q <= cue.tok + 30; q++) {
    const t = tokens[q].text;
    if (/^[.;:!?"“”]$/.test(t)) break;
    if (t.toLowerCase() !== 'as') continue;
    if (q === cue.tok + 1) return cue; // "described as “…”": the passive's own "as" is no gap
    return { text: `${text.slice(cue.start, cue.end)} … ${t}`, start: cue.start, end: tokens[q].end, tok: cue.tok };
  }
  return cue;
}

/** A closing quotation mark as a token. */
const CLOSING_MARK = /^["”»]$/;
/** Words that join a second complement to the first ("as “bold” and “overdue”"). */
const JOINING = /^(?:,|and|or|but|nor|then|even|also)$/i;

/**
 * "described the cuts as “a heavy price” for the town, so that … grow up in “a place …”": the verb's "as"
 * framed a quote closed before this one (whose opening mark follows token `end`), and more than a joining
 * word stands between them, so the later quote is the speaker's words but not what the verb describes: its
 * cue is a participle of naming between them ("…, calling the price “absurdly low”") or none. A second
 * complement ("as “bold” and “overdue”") or a second "as" ("and the timing as “cruel”") stays framed, as
 * does any quote of a cue with no "as": `cue` is returned then.
 */
export function laterQuoteCue(ctx: SpeakerContext, cue: Cue, end: number): Cue | null {
  const { tokens } = ctx;
  if (!cue.text.endsWith('… as')) return cue; // no "… as" frame (describedAs)
  let close = -1;
  for (let q = cue.tok + 1; q <= end; q++) if (tokens[q].start >= cue.end && CLOSING_MARK.test(tokens[q].text)) close = q;
  if (close < 0) return cue;
  let joined = true;
  for (let q = close + 1; q <= end; q++) {
    const w = ctx.lower[q];
    if (w === 'as') return cue;
    if (!JOINING.test(w)) joined = false;
  }
  if (joined) return cue;
  for (let q = close + 1; q <= end; q++) if (NAMING_PARTICIPLE.test(ctx.lower[q])) return cueAt(ctx.text, tokens, q);
  return null;
}

/** A participle of naming that frames a later quote itself ("…, calling the price “absurdly low”"). */
const NAMING_PARTICIPLE = /^(?:calling|describing|dubbing|labelling|labeling|branding|terming)$/;

/**
 * The other bracket of the parenthesis whose bracket is at `j`, searching in direction `dir` (1 from
 * "(", -1 from ")") up to `limit`; `limit` when it is not closed there.
 */
function parenEnd(tokens: Token[], j: number, dir: 1 | -1, limit: number): number {
  const open = dir > 0 ? '(' : ')', close = dir > 0 ? ')' : '(';
  let depth = 0;
  for (let q = j; dir > 0 ? q <= limit : q >= limit; q += dir) {
    if (tokens[q].text === open) depth++;
    else if (tokens[q].text === close && --depth === 0) return q;
  }
  return limit;
}

/** The -ing forms of the ISSUE verbs: "…, releasing a statement saying". */
const ISSUING = /^(reading|issuing|releasing|publishing|delivering|posting|sending|giving)$/;

/**
 * "X issued a statement saying “…”", "X …, releasing a statement saying “…”": when the speaker
 * found is the statement itself, the one who issued it speaks (the subject of the issuing verb);
 * null when the phrase is no such statement or nobody is named before it.
 */
function issuerOf(ctx: SpeakerContext, s: SpeakerRef, floor: number): SpeakerRef | null {
  if (s.local !== null) return null;
  const { tokens } = ctx;
  const first = firstTokenFrom(tokens, s.start);
  let last = first;
  while (last + 1 < tokens.length && tokens[last + 1].end <= s.end) last++;
  if (!isStatement(ctx.lower, last)) return null;
  const verb = first - 1;
  if (verb < floor || !(ISSUE.test(tokens[verb].text) || ISSUING.test(tokens[verb].text))) return null;
  if (tokens[verb - 1]?.text === ',') return subjectBefore(ctx, floor, verb);
  return speakerBefore(ctx, verb - 1, floor) ?? subjectBefore(ctx, floor, verb);
}

/** The speaker after "a statement from": a name, or the name in apposition to a role ("its organiser, X"). */
function issuerAfter(ctx: SpeakerContext, start: number, limit: number): SpeakerRef | null {
  for (let j = start; j <= limit && j < start + 8; j++) {
    const mi = ctx.mentionAt[j];
    if (mi >= 0 && (ctx.mentions[mi].type === 'PERSON' || ctx.mentions[mi].type === 'ORG')) return speakerAfter(ctx, j, limit);
    if (ctx.tokens[j].kind === 'punct' && ctx.tokens[j].text !== ',') break;
  }
  return speakerAfter(ctx, start, limit);
}

/** "published a statement", "issued a letter": the verb and its object when they are that close; else the noun. */
function statementCue(ctx: SpeakerContext, noun: number): Cue {
  const { tokens, text } = ctx;
  const det = tokens[noun - 1];
  const verb = tokens[noun - 2];
  const first = det && /^(a|an)$/i.test(det.text) && verb && verb.kind === 'word' && /^(\p{Ll}+ed|sent|put|issued|read|gave)$/u.test(verb.text) ? noun - 2 : noun;
  const start = tokens[first].start;
  return { text: text.slice(start, tokens[noun].end).replace(/\s+/g, ' '), start, end: tokens[noun].end, tok: noun };
}

/**
 * “…,” the software giant said: after a quote that ends in a comma, a short phrase opened by a
 * determiner and made only of words is the speaker, whatever its noun.
 */
function plainPhrase(ctx: SpeakerContext, from: number, to: number): SpeakerRef | null {
  const { tokens } = ctx;
  if (to < from + 1 || to - from > 5 || !/^(the|a|an)$/i.test(tokens[from].text)) return null;
  for (let h = from; h <= to; h++) if (tokens[h].kind !== 'word' || ctx.mentionAt[h] >= 0) return null;
  // "the onlooker" after "Irma Stolt, an onlooker,", "the chief executive" after "Lina Marsh, the chief executive
  // of …,": the person the article described so
  const local = /^the$/i.test(tokens[from].text) && titleWords(ctx.lower, from + 1, to) ? resolveTitle(ctx, ctx.lower[to], tokens[from].start, false) : null;
  return { start: tokens[from].start, end: tokens[to].end, text: ctx.text.slice(tokens[from].start, tokens[to].end), local };
}

/** Are tokens from..to one noun, or a noun after title modifiers ("chief executive", "deputy finance minister")? */
function titleWords(lower: string[], from: number, to: number): boolean {
  for (let h = from; h < to; h++) if (!TITLE_MODIFIERS.has(lower[h]) || lower[h] === 'the' || lower[h] === 'of') return false;
  return true;
}

function tokenBefore(ctx: SpeakerContext, offset: number): Token | undefined {
  let lo = 0, hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return ctx.tokens[lo - 1];
}

/** The first person or organisation (or he/she) in tokens [floor, before): the subject of reported speech. */
export function subjectBefore(ctx: SpeakerContext, floor: number, before: number): SpeakerRef | null {
  const quoted = ctx.inQuote;
  for (let j = floor; j < before; j++) {
    if (quoted !== undefined && quoted[j] === 1) continue; // another quote's words
    const mi = ctx.mentionAt[j];
    if (mi >= 0) {
      const m = ctx.mentions[mi];
      if (m.type === 'PERSON') return { start: m.start, end: m.end, text: m.text, local: m.local };
      // "Corvel Shipping chief executive, Lena Ortiz, defended …": the firm only completes her title.
      if (m.type === 'ORG') return personAfterOrgTitle(ctx, mi, before) ?? roleAroundBody(ctx, floor, j, before) ?? { start: m.start, end: m.end, text: m.text, local: m.local };
      continue;
    }
    if (/^(he|she)$/i.test(ctx.tokens[j].text)) return resolvePronoun(ctx, ctx.tokens[j]);
  }
  // "The statement expresses condolences …, saying": a speaker noun phrase opening the sentence.
  let best: SpeakerRef | null = null;
  for (let e = floor + 1; e < before && e <= floor + 5; e++) {
    if (ctx.tokens[e].kind === 'punct') break;
    const s = speakerSpan(ctx, floor, e);
    if (!s && best) break;
    best = s ?? best; // the longest run of speaker nouns: "A government official"
  }
  return best;
}

/**
 * "A Velmar spokesman declined to comment but said …", "A spokeswoman for Velmar …": the named body that
 * opens the sentence (its mention at token `j`) only completes the role that speaks, as before a cue.
 */
function roleAroundBody(ctx: SpeakerContext, floor: number, j: number, before: number): SpeakerRef | null {
  if (j > floor + 4) return null;
  let e = j;
  while (e + 1 < before && ctx.mentionAt[e + 1] === ctx.mentionAt[j]) e++;
  if (e + 1 < before && ctx.tokens[e + 1].kind === 'word' && isSpeakerHead(ctx.lower[e + 1])) return speakerSpan(ctx, floor, e + 1);
  return j > floor + 1 && ctx.lower[j - 1] === 'for' ? speakerSpan(ctx, floor, e) : null;
}

/** Words before a speech verb that deny it: "did not say", "never commented", "didn't say". */
const DENYING = new Set(['not', 'never', "n't", 'n’t', "didn't", 'didn’t', "wouldn't", 'wouldn’t']);
/** Verbs before "to" and a speech verb that deny it: "declined to comment", "refused to say". */
const REFUSING = new Set(['declined', 'declines', 'refused', 'refuses']);

/**
 * A speech verb that reports no words ("Daru said nothing of it", "did not say why", "declined to comment"):
 * no cue for a quote that opens the next sentence, which is someone else's or unattributed.
 */
function deniedSpeech(lower: string[], j: number): boolean {
  if (lower[j + 1] === 'nothing') return true;
  const prev = lower[j - 1];
  return prev !== undefined && (DENYING.has(prev) || (prev === 'to' && REFUSING.has(lower[j - 2] ?? '')));
}

/** Speech reported in a sentence (tokens floor..ceil): its first speech cue with a speaker before it. */
export function reportedSpeech(ctx: SpeakerContext, floor: number, ceil: number): Found | null {
  const { tokens, text } = ctx;
  ceil = Math.min(ceil, floor + REACH);
  const quoted = ctx.inQuote;
  for (let j = floor; j <= ceil; j++) {
    if (quoted !== undefined && quoted[j] === 1) continue; // a verb in quoted words reports nothing
    if (isAccordingTo(ctx.lower, j)) {
      const s = speakerAfter(ctx, j + 2, ceil);
      if (s) return { speaker: s, cue: cueAt(text, tokens, j, 'according to') };
    }
    if (!isSpeech(tokens[j]) || CALLING.test(tokens[j].text) || deniedSpeech(ctx.lower, j)) continue;
    const cue = cueAt(text, tokens, j);
    const s = speakerBefore(ctx, cue.tok - 1, floor) ?? (cue.start < tokens[j].start ? speakerBefore(ctx, cue.tok - 2, floor) : null)
      ?? (tokens[j - 1]?.text === ',' ? speakerAfter(ctx, j + 1, ceil) : null); // "…, said X, the spokesman."
    if (s) return { speaker: s, cue };
  }
  return null;
}

/**
 * "ignoring residents who called the wall “a danger”": the relative clause's antecedent ("residents") speaks,
 * its phrase cut after a gerund that a preposition opens ("of ignoring"), not run back to "the council";
 * null when token `k` is no "who" after a word.
 */
function whoAntecedent(ctx: SpeakerContext, k: number, floor: number): SpeakerRef | null {
  if (ctx.lower[k] !== 'who' || k - 1 < floor || ctx.tokens[k - 1].kind !== 'word') return null;
  let low = floor;
  for (let g = k - 2; g > floor && g >= k - 8; g--) {
    if (GERUND.test(ctx.lower[g]) && GERUND_OPENERS.has(ctx.lower[g - 1])) { low = g + 1; break; }
  }
  return speakerBefore(ctx, k - 1, low);
}

const GERUND = /^\p{Ll}{3,}ing$/u;
const GERUND_OPENERS: ReadonlySet<string> = new Set(['of', 'for', 'by', 'after', 'about', 'without', 'against']);

/**
 * Clause-level refinements of a claim's sourcing. Attributions (04-quotes.ts) span a whole
 * sentence; these rules decide, for one claim, whether an attribution of its sentence really
 * reports it, name the publisher of an "according to" document, and find a subject that states a
 * figure with a verb the attribution stage does not treat as a cue ("the union estimates that …").
 * Pure: reads the document text, the claim's sentence and the mentions.
 */
import type { Attribution, Claim, Mention, SpeakerRef } from '../types';
import { lastMatch } from '../text/last-match';
import { accordingToPhrase } from './according-to';
import { DOCUMENT_NOUNS, FUNCTION_WORDS, INSTITUTIONAL_SOURCES, MONTHS, TITLE_HEADS, VAGUE_SOURCES, WEEKDAYS } from '../model/words';
import { IRREGULAR_PAST } from '../model/measures';
import { bareGroup } from './bare-group';
import { speakerOfDenied } from './claim-denied-figure';

/**
 * Does attribution `a` (of the claim's sentence) report claim `c`? Not when the claim comes before a
 * participle cue ("asked for $40 million, saying it plans to cut 900 jobs": only the jobs are what
 * it says), nor when it sits in the writer's tail after a trailing attribution ("…, the minister
 * said on Monday, two days after 12 people died": the deaths are not what the minister said).
 */
export function reportsClaim(text: string, sStart: number, sEnd: number, a: Attribution, c: Claim): boolean {
  const cue = a.cue;
  if (a.speaker && c.start < a.speaker.start && a.speaker.end - a.speaker.start <= 4 && contactRelative(text, a.speaker)) return false;
  if (a.speaker && c.end <= a.speaker.start && (subordinateSpeaker(text, c.end, a.speaker.start) || a.speaker.start - c.end < 80 && speakerOfDenied(text.slice(c.end, a.speaker.start)))) return false;
  if (a.speaker && a.speaker.end <= c.start && standingRelative(text, Math.max(sStart, a.speaker.end), c)) return false;
  if (/ing$/i.test(cue)) {
    const at = lastIndexOfWord(text, `, ${cue}`, sStart, sEnd);
    if (at >= 0 && c.end <= at) return false;
  }
  const sp = a.speaker;
  if (sp && sp.end <= c.start && FINDING_CUE.test(cue) && c.start - sp.end < 300 && CONTRAST_CLAUSE.test(text.slice(sp.end, c.start))) return false;
  if (sp && sp.end <= c.start && sp.start >= sStart) {
    CUE_AFTER.lastIndex = sp.end;
    const m = CUE_AFTER.exec(text);
    if (m && m[1].toLowerCase() === cue.toLowerCase()) {
      const cueEnd = sp.end + m[0].length;
      const between = text.slice(cueEnd, c.start);
      const before = text.slice(sStart, sp.start);
      const comma = before.lastIndexOf(',');
      // The reported words come first ("…, the minister said"), and a comma closes the cue's clause.
      // (but "…, the office said on Thursday, the lowest rate since 2011": a superlative in apposition ranks the reported figure)
      if (comma >= 0 && wordCount(before.slice(comma + 1)) <= 6 && TAIL_AFTER_CUE.test(between) && !rankingApposition(between, c)) return false;
    }
  }
  return true;
}

/** Pronouns that may speak in a relative clause with no "that" ("a deal they say will …"). */
const CONTACT_PRONOUNS = /^(?:they|he|she|we|it)$/i;
/** Words before such a pronoun that open a clause of their own, not a relative one ("…, and they say", "as she said"). */
const CLAUSE_OPENERS = /^(?:that|and|but|or|as|so|because|which|what|where|when|if|while|though|although|since|after|before|until|than)$/i;
/** A speech verb and an auxiliary or modal right after it, the verb of the clause it reports ("say will", "said would"). */
const CUE_THEN_AUX = /^\s+(?:say|says|said|claim|claims|claimed|insist|insists|insisted)\s+(?:will|would|could|can|may|might|is|are|was|were|has|have|had)\b/i;

/**
 * Is the speaker a pronoun in a relative clause with no "that", after a noun, whose speech verb takes an auxiliary
 * right after it ("in protest at a deal they say will flood the market")? The speaker vouches for that clause
 * about the noun, not for a figure earlier in the sentence ("Hundreds of farmers drove tractors …").
 */
function contactRelative(text: string, sp: SpeakerRef): boolean {
  if (!CONTACT_PRONOUNS.test(text.slice(sp.start, sp.end))) return false;
  if (!CUE_THEN_AUX.test(text.slice(sp.end, sp.end + 24))) return false;
  const before = /([a-z]+)\s+$/.exec(text.slice(Math.max(0, sp.start - 24), sp.start));
  return before !== null && !CLAUSE_OPENERS.test(before[1]);
}

/**
 * Does the speaker after a claim open a clause of time, cause or contrast ("shares fell 20%, after the company
 * said its drug had failed")? What that speaker says is the reason, not the figure before it. Not
 * "as" ("…, as the company said"), which attributes what comes before.
 */
function subordinateSpeaker(text: string, claimEnd: number, speakerStart: number): boolean {
  if (speakerStart - claimEnd > 200) return false;
  const between = text.slice(claimEnd, speakerStart);
  return SUBORDINATOR_BEFORE.test(between) || CONTRAST_BEFORE.test(between) || AND_ROLE_BEFORE.test(between);
}

/** A conjunction of time, cause, contrast or place ("…, while organisers put it at …", "…, where a farmer said …"), or "and" opening a clause (after a comma, or with none since the claim: "… at 35,000 and organisers put it at …", not "…, medical officials and a relative said"), right before a speaker, with no quote mark between the claim and it. */
const SUBORDINATOR_BEFORE = /^[^"“”]*(?:\b(?:after|before|when|because|since|until|following|once|while|whereas|but|although|though|where)|,\s*and|^[^,;"“”]*\band)\s+(?:the\s+)?$/i;
/**
 * ", and" opening a clause whose subject is a role and the speaker's name in apposition ("… 400 jobs, and its chief
 * executive, Hugo Lindqvist, said the firm would …"): that speaker's clause, as with "…, and its chief executive said".
 */
const AND_ROLE_BEFORE = /^[^"“”]*,\s*and\s+(?:the|its|his|her|their|a|an)\s+[^,;"“”]{1,50},\s*$/i;
/** A comma and a conjunction of contrast opening the speaker's clause ("…, although a survey by the Velm Institute found …"): that source covers its own clause. */
const CONTRAST_BEFORE = /^[^"“”]*,\s*(?:although|though|whereas|while|but|yet)\s+(?:[^,;"“”]*\s)?$/i;

/**
 * Is the claim inside a relative clause in the simple present that describes something the report
 * mentions ("… aid to help suppliers which serve the plant and employ thousands of workers", "the
 * mill, which employs 300 people, will close")? That standing fact is the writer's background, not what the
 * speaker reports. The clause opens with "which"/"who" after `from` (after the speaker) and runs to
 * the claim without a comma, quote mark, "that" or a second verb of speech; its first verb is no
 * past form, auxiliary or modal ("which has killed 40", "who were evacuated", "who fled" report events).
 */
export function standingRelative(text: string, from: number, c: Claim): boolean {
  if (c.start - from > 400) return false;
  const between = text.slice(from, c.start);
  const last = lastMatch(RELATIVE, between);
  if (!last) return false;
  const verb = last[1].toLowerCase();
  if (NOT_PRESENT.test(verb) || /ed$/.test(verb) || IRREGULAR_PAST.has(verb)) return false;
  return !CLAUSE_BREAK.test(between.slice(last.index + last[0].length));
}

/** "which"/"who" after a noun (", which" too; after an acronym in brackets, "(ASMU), which", or right after the speaker), and the verb after it. */
const RELATIVE = /(?<=(?:^|[\p{L})]),?\s+)(?:which|who)\s+(\p{Ll}+)\b/gu;
/** Auxiliaries, modals, copulas and adverbs of the past or future ("which last year awarded"): the clause reports an event, not a standing fact. */
const NOT_PRESENT = /^(?:was|were|had|has|have|will|would|could|may|might|can|should|must|been|did|also|then|later|once|recently|last|earlier|previously)$/;
/** What ends a relative clause before the claim, or says it is reported: a comma, a quote mark, "that", "said". */
const CLAUSE_BREAK = /[,;:"“”()]|\b(?:that|said|says|told)\b/u;

/**
 * What data "show" ends at a clause of contrast: "Data showed exports fell 2%, while the currency dropped 1%" —
 * the figures found are in the first clause; the writer adds the second. (People who "said" may report both.)
 */
const FINDING_CUE = /^(?:show|shows|showed|shown|indicate|indicates|indicated)$/i;
/** A comma and "while"/"whereas" opening a clause between a finding's cue and the claim. */
const CONTRAST_CLAUSE = /,\s*(?:while|whereas)\s[^"“”]*$/i;

/** The cue word right after a speaker: " said", " told". */
const CUE_AFTER = /\s+([\p{L}]+)/uy;
/**
 * After a trailing cue, up to four words of time or place and a comma, then the writer's clause: not
 * "that …", nor "and …" (more of the report), nor a participle ("announcing …": the speaker still acts).
 */
const TAIL_AFTER_CUE = /^(?:\s+(?!that\b)[\p{L}\p{N}'’.-]+){0,4}\s*,\s+(?!(?:that|and|but|or|while|adding|saying)\b|\p{L}+ing\b)/u;

/**
 * Is the claim a superlative that opens right after the writer's comma ("…, the office said on Thursday, the lowest
 * rate since 2011")? A noun phrase in apposition to the report ranks the figure the speaker gave: it is theirs too.
 */
function rankingApposition(between: string, c: Claim): boolean {
  return c.measure === 'superlative' && /,\s*$/.test(between) && /^(?:the|its|their)\s/i.test(c.text);
}

function wordCount(s: string): number {
  const t = s.trim();
  return t ? t.split(/\s+/).length : 0;
}

/** The last place `needle` occurs within [from, to) with a word boundary after it, or -1. */
function lastIndexOfWord(text: string, needle: string, from: number, to: number): number {
  let at = text.lastIndexOf(needle, to - needle.length);
  while (at >= from) {
    if (!/[\p{L}\p{N}]/u.test(text[at + needle.length] ?? '')) return at;
    at = text.lastIndexOf(needle, at - 1);
  }
  return -1;
}

/**
 * Does an "according to" source name no one: an anonymous group of people ("local traders",
 * "aid workers"), alone or as the agent of a document ("a tally published by shopkeepers")? A
 * group with a capital word, a determiner ("the dockers' union") or an institutional head
 * ("hospital officials", "police") names someone; so does a source that is an entity mention.
 */
export function anonymousGroup(source: SpeakerRef): boolean {
  if (source.local !== null) return false;
  const agent = AGENT.exec(source.text);
  const group = (agent ? source.text.slice(agent.index + agent[0].length) : source.text).trim();
  if (!BARE_PLURAL.test(group)) return false;
  const words = group.toLowerCase().split(/\s+/), head = words[words.length - 1];
  // People, not papers ("according to government figures" names the government).
  if (DOCUMENT_NOUNS.has(head)) return false;
  return !words.some((w) => INSTITUTIONAL_SOURCES.has(w) || INSTITUTIONAL_SOURCES.has(w.replace(/s$/, '')));
}


/** The verb or preposition that brings in a document's agent ("published by", "compiled by", "by", "from"). */
const AGENT = /\b(?:(?:published|released|issued|compiled|provided|produced|prepared|gathered|collected|supplied|posted|kept|commissioned|conducted|carried out)\s+(?:by|from)|by|from)\s+(?!.*\b(?:by|from)\s)/u;
/** One to three lower-case words ending in a plural, no determiner: "traders", "local traders", "aid workers". */
const BARE_PLURAL = /^(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2}s$/u;

/**
 * "according to a summary published by the ministry", "according to figures from the Coast Guard":
 * the document is anonymous, but the body that published it is named. Returns that publisher as the
 * source, or null when the "according to" phrase names none (or only a vague one: "from residents").
 */
export function publisherOf(text: string, sStart: number, sEnd: number, mentions: readonly Mention[]): SpeakerRef | null {
  const sentence = text.slice(sStart, sEnd);
  const after = accordingToPhrase(sentence);
  if (!after) return null;
  const { phrase, from } = after;
  const by = PUBLISHER.exec(phrase);
  if (!by) return null;
  const words = by[2].split(/\s+/);
  if (VAGUE_SOURCES.has(words[0].toLowerCase()) || VAGUE_SOURCES.has(words[words.length - 1].toLowerCase())) return null;
  const start = sStart + from + by.index + by[0].length - by[2].length - (by[1]?.length ?? 0);
  const end = sStart + from + by.index + by[0].length;
  const m = mentionEndingAt(mentions, end) ?? mentionEndingAt(mentions, start + (by[1]?.length ?? 0) + by[2].split(/\s+/)[0].length);
  return { start, end, text: text.slice(start, end), local: m && m.start >= start ? m.local : null };
}

/** "… by the ministry", "… from the Harbour Authority", "… by Keller Group": a definite or named agent. */
const PUBLISHER = /\b(?:published|released|issued|compiled|provided|produced|prepared|gathered|collected|supplied|posted|filed|commissioned|conducted|kept|by|from)\s+(?:by\s+)?((?:the|its|their)\s+)?((?:\p{Lu}[\p{L}'’&-]*)(?:\s+(?:of\s+|for\s+|and\s+)?\p{Lu}[\p{L}'’&-]*){0,6}|(?<=(?:the|its|their)\s+)[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)(?=\s*$|\s+(?:on|in|at|last|this|earlier|late|over|for|after|before|since)\b)/u;

/**
 * A subject that states a figure with a verb of estimating or announcing, when no attribution of the
 * sentence covers the claim: a person or organisation ("Velant (VLT), announced that it needs …"),
 * a definite organisation noun ("the cooperative estimates that …") — both 'yes' — or an anonymous
 * plural ("most analysts had forecast …") — 'vague'. The claim must follow the verb in its sentence.
 */
export function statingSubject(text: string, sStart: number, c: Claim, mentions: readonly Mention[]): { sourced: 'yes' | 'vague'; source: SpeakerRef | null; cue: string } | null {
  // "had expected 6.4 percent": a claim that opens with the verb brings it along.
  const lead = LEADING_VERB.exec(text.slice(c.start, c.end));
  const before = text.slice(sStart, lead ? c.start + lead[0].length : c.start);
  if (before.includes(';') || !VERB_STEM.test(before)) return null;
  STATING_VERB.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = STATING_VERB.exec(before)) !== null) {
    // "was estimated at", "is expected to": a passive's subject is the thing estimated.
    if (m[1] && /^(?:is|are|was|were|be|been)$/i.test(m[1].trim().split(/\s+/).pop()!) && !/ing$/i.test(m[2])) continue;
    // Without "that", the verb must take the figure's clause directly ("had forecast losses of …").
    // ("raised its growth forecast to 1.2%": a body that revises its own forecast states the figure)
    const revised = REVISED_FORECAST.test(m[2]);
    if (!m[3] && !revised && !OBJECT_VERBS.test(m[2])) continue;
    // ("cut its profit forecast, and rival Pellmar Bank slid 3.1%": the revised figure follows the revision, not another clause's subject)
    if (revised && !m[3] && before.includes(',', m.index + m[0].length)) continue;
    if (SEEKING.test(m[2]) && (c.quantity.unit !== 'money' || m.index + m[0].length < before.trimEnd().length)) continue;
    // ("launched a £50,000 appeal": the sum right after the article, the appeal right after the sum)
    if (LAUNCHED_A.test(m[2]) && (m.index + m[0].length < before.trimEnd().length || !APPEAL_AFTER.test(text.slice(c.quantity.end, c.quantity.end + 32)))) continue;
    const subjEnd = sStart + m.index;
    if (standingRelative(text, subjEnd, c)) return null;
    const head = text.slice(sStart, subjEnd);
    const ment = mentionBefore(mentions, sStart, subjEnd, text);
    const cue = revised ? m[2].slice(0, m[2].search(/\s/)).toLowerCase() : m[2].toLowerCase().replace(/\s+out$/, '').replace(ASKED_WHOM, ' ');
    if (ment) return { sourced: 'yes', source: { start: ment.start, end: ment.end, text: ment.text, local: ment.local }, cue };
    // "he also expects sales of …": a pronoun subject names the person it stands for (he/she resolved by the caller).
    const pron = PRONOUN_SUBJECT.exec(head);
    // "when it predicted …", "because it expected …": the pronoun heads a clause of time or cause, not a report.
    if (pron && /^it$/i.test(pron[1]) && CLAUSE_OPENER.test(head.slice(0, head.length - pron[0].length))) continue;
    if (pron) {
      const start = subjEnd - pron[0].length + pron[0].search(/\S/);
      return { sourced: 'yes', source: { start, end: start + pron[1].length, text: pron[1], local: null }, cue };
    }
    // "the council, an independent body that advises parliament, warned": the apposition describes the subject before it.
    const bare = head.endsWith(',') ? head.replace(APPOSITION_TAIL, '') : head;
    const org = ORG_SUBJECT.exec(bare);
    // ("The mayor promised to donate 20 laptops": a role's holder states what they pledge or expect, as a body does)
    if (org && (bodyNoun(org[2].toLowerCase()) || TITLE_HEADS.has(org[2].toLowerCase())) && ownerCapitalised(org[1])) {
      const start = sStart + org.index + leadLength(org[0]);
      const end = sStart + bare.trimEnd().length;
      return { sourced: 'yes', source: { start, end, text: text.slice(start, end), local: null }, cue };
    }
    const crowd = CROWD_SUBJECT.exec(head);
    if (crowd) {
      const start = sStart + crowd.index + leadLength(crowd[0]);
      return { sourced: 'vague', source: { start, end: subjEnd, text: text.slice(start, subjEnd).trim(), local: null }, cue };
    }
    // "Farmers warned that …", "Fuel retailers in Kesh warned that …": a bare plural group opening the clause.
    const group = GROUP_SUBJECT.exec(head);
    if (group && bareGroup(group[1])) {
      const start = sStart + group.index + group[0].length - group[1].length;
      return { sourced: 'vague', source: { start, end: start + group[1].length, text: group[1], local: null }, cue };
    }
  }
  return null;
}

/**
 * Pieces of STATING_VERB's verbs: a claim whose sentence holds none before it is not searched. One
 * pattern, not a substring search per piece (on cold claim sentences 0.27-0.49 of the time).
 */
const VERB_STEM = /announc|estimat|predict|forecast|project|reckon|calculat|expect|disclos|reveal|spoke|warn|cite|pledg|promis|vow|appeal|launch|ask|seek|sought|guidance|outlook|price target/;
/**
 * [aux or time] verb [up to three words] [that]: "has announced that", "analysts expect", "had forecast", "spoke out on Tuesday that",
 * "today announced that", "on Monday announced" (a time between the subject and its verb).
 */
const STATING_VERB = /((?:\s+(?:has|have|had|is|are|was|were|will|would|also|now|already|been|today|yesterday|tonight|earlier|later|recently|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:this|last)\s+(?:week|month|year|night))){0,4})\s+(announced|announces|announcing|estimate|estimates|estimated|estimating|predict|predicts|predicted|predicting|forecast|forecasts|forecasting|projects|projected|projecting|reckon|reckons|reckoned|calculates|calculated|expect|expects|expected|expecting|disclosed|discloses|revealed|reveals|spoke\s+out|warned|warns|cited|cites|pledged|pledges|promised|promises|vowed|vows|appealed\s+for|appeals\s+for|appealing\s+for|(?:launched|launches|launching)\s+(?:(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|yesterday|(?:this|last)\s+(?:week|month))\s+)?an?(?:\s+(?:[\p{L}-]+\s+){0,2}?appeal\s+for)?|seeking|seeks|sought|(?:asked|asks|asking)\s+(?:[\p{L}'’-]+\s+){1,3}?for|(?:raised|raises|lowered|lowers|cut|cuts|revised|revises|trimmed|trims|lifted|lifts|upgraded|upgrades|downgraded|downgrades)\s+(?:its|their|his|her)\s+(?:[\p{L}-]+\s+){0,2}(?:forecasts?|estimates?|projections?|guidance|outlook|price\s+targets?))\b((?:\s+(?!that\b)[\p{L}\p{N}]+){0,3}\s+that\b)?/giu;
/** Whom an appeal is put to, left out of its cue: "asked donors for" → "asked for". */
const ASKED_WHOM = /(?<=^ask\p{L}*)\s.*\s(?=for$)/u;
/** STATING_VERB's revision of one's own forecast: "raised its growth forecast", "cut their estimates", a firm's "lifted its guidance", an analyst's "cut their price target" (the figure follows). */
const REVISED_FORECAST = /^(?:raise|lower|cut|revise|trim|lift|upgrade|downgrade)/i;
/** Stems of the verbs that take a figure as their object ("had forecast losses of …"). */
const ESTIMATING = 'estimat|predict|forecast|project|reckon|calculat|expect';
/** A claim's first word that is such a verb ("expected 6.4 percent") or a pledge's ("pledged $40m", "promised €2 billion"). */
const LEADING_VERB = new RegExp(`^(?:${ESTIMATING}|pledg|promis|vow|seek|sought)[a-z]*\\b`, 'i');
/** Verbs that take a figure without "that": "had forecast losses of …", "expects sales to reach …", "cited 300 complaints". */
// (a pledge's figure is what its subject promises: "pledged to build 40 gigawatts", "vowed to cut 300 jobs", "promised €2 billion";
// an appeal's what its subject asks for: "appealed for $40 million to help 90,000 people", "asked donors for $48 million",
// "launched an emergency appeal for £40 million", "launched on Monday an appeal for …", "launched a £50,000 appeal"; not "seeking", also
// said of what one wants ("civilians seeking refuge") or is after: it states a figure only as a sum right after it,
// "is seeking $48 million from investors", as "asked investors for" does)
const OBJECT_VERBS = new RegExp(`^(?:${ESTIMATING}|cite|pledg|promis|vow|appeal|launch|ask|seek|sought)`, 'i');
/** STATING_VERB's appeal launched with its sum before its noun ("launched a £50,000 appeal"): only that sum is the launcher's. */
const LAUNCHED_A = /^launch\S*\s.*\ban?$/is;
/** The appeal's noun right after the sum, one modifier allowed ("a £50,000 roof appeal"). */
const APPEAL_AFTER = /^\s+(?:[\p{L}-]+\s+)?appeal\b/u;
/** STATING_VERB's verbs of seeking, which take only a sum right after them. */
const SEEKING = /^s(?:eek|ought)/i;
/**
 * "he", "she", "it" as the whole subject right before the verb (after the start of the sentence, a comma, a quote
 * or another word): "It now expects sales of …" is the firm of the sentences before (a passive "it is expected" is
 * skipped above).
 */
const PRONOUN_SUBJECT = /(?<![\p{L}\p{N}'’-])(he|she|it)\s*$/iu;
/** A conjunction of time, condition or cause ending right before a pronoun subject ("when it", "if it", "after it"). */
const CLAUSE_OPENER = /(?<![\p{L}\p{N}'’-])(?:when|whenever|if|unless|after|before|because|since|as|once|until|while|though|although)\s*$/iu;
/**
 * "the cooperative", "its regulator", "the Tarvel central bank", "Vaskia's foreign ministry": a definite noun
 * phrase ending right before the verb (its head lower case; a possessive name must be capitalised, see `ownerCapitalised`).
 */
const ORG_SUBJECT = /(?:^|[,(—–]\s*|\s)(the|its|their|this|[\p{L}-]+['’]s)\s+(?:[\p{Ll}-]+\s+){0,2}([\p{Ll}-]+)\s*$/iu;
/** ORG_SUBJECT's determiner: an article or pronoun, or a capitalised name's possessive ("Vaskia's", not "the firm's", "Today's", "Monday's"). */
export function ownerCapitalised(det: string): boolean {
  if (!/['’]s$/i.test(det)) return true;
  const word = det.slice(0, -2).toLowerCase();
  return /^\p{Lu}/u.test(det) && !FUNCTION_WORDS.has(word) && !WEEKDAYS.has(word) && !MONTHS.has(word);
}
/** "analysts", "most financial analysts", "Economists", "newspaper reports": anonymous experts or media as a bare plural. */
const CROWD_SUBJECT = /(?:^|[,(—–]\s*|\s)(?:(?:most|many|some|several|other|independent)\s+)?(?:[\p{Ll}-]+\s+)?(?:analysts|experts|economists|observers|forecasters|commentators|strategists|traders|investors|insiders|reports|media)\s*$/iu;

/** How many characters open a subject's match before its first word: the space, comma, bracket or dash (", the company" → 2). */
function leadLength(match: string): number {
  return match.length - match.replace(/^[\s,(—–]+/u, '').length;
}

/** The clause's subject before the verb: the sentence's or a clause's first words, up to six, with no punctuation. */
const GROUP_SUBJECT = /(?:^|[,;(—–]\s*)\s*([\p{L}][\p{L}-]*(?:\s+[\p{L}][\p{L}-]*){0,5})\s*$/u;

/** An apposition opened by a determiner between a subject and its verb: ", an independent body that advises parliament,". */
const APPOSITION_TAIL = /,\s+(?:an?|the|its)\s+[^,;:"“”]{1,80},\s*$/u;
/** Common nouns of bodies that speak for themselves ("the cooperative estimates"). */
export const ORG_NOUNS: ReadonlySet<string> = new Set(`police government ministry department agency authority authorities council commission committee board
  regulator watchdog company firm group bank union cooperative co-operative association federation institute foundation charity
  coalition alliance society trust league party campaign operator airline carrier manufacturer carmaker automaker insurer lender
  retailer utility observatory unit service office court hospital army military navy administration embassy secretariat tribunal
  inquiry panel network club centre center port airport portal exchange organisers organizers researchers scientists investigators prosecutors authors startup start-up`.split(/\s+/));

/** A body's noun, or its plural ("the two companies expect", "the banks estimate"): plural bodies speak as one does. */
function bodyNoun(noun: string): boolean {
  return ORG_NOUNS.has(noun) || noun.endsWith('s') && ORG_NOUNS.has(noun.endsWith('ies') ? noun.slice(0, -3) + 'y' : noun.slice(0, -1));
}

/** What may stand between a subject's name and its verb: a legal form after a comma, an acronym or a listing in brackets, a comma. */
const SUBJECT_TAIL = /^\s*(?:,\s*(?:Inc|Ltd|LLC|LLP|plc|Corp|GmbH|Incorporated)\.?)?\s*(?:\([^()]{1,30}\))?\s*,?\s*$/;

/**
 * The PERSON/ORG mention that is the subject ending at `end`: the mention ends there, or only an
 * acronym in brackets and a comma follow it ("Velant Motors (VM),", "Kestrel Systems, Inc. (NASDAQ: KSTL)").
 */
function mentionBefore(mentions: readonly Mention[], sStart: number, end: number, text: string): Mention | null {
  const i = lastStartingBefore(mentions, end);
  for (let k = i; k >= 0 && k >= i - 2; k--) {
    const m = mentions[k];
    if (m.start < sStart) break;
    if (m.type !== 'PERSON' && m.type !== 'ORG') continue;
    if (SUBJECT_TAIL.test(text.slice(m.end, end))) {
      // An object of a preposition is no subject: "loans from Velant announced …" is not English, "the plan of Velant" is.
      const prev = /([\p{L}]+)\s*$/u.exec(text.slice(Math.max(sStart, m.start - 12), m.start));
      // (but "analysts at Velant expect …": experts at a named firm speak for it)
      if (prev && /^(?:to|from|with|by|for|at|in|on|against)$/i.test(prev[1]) && !expertsAt(text, sStart, m.start)) return null;
      return m;
    }
  }
  return null;
}

/**
 * "Analysts at", "an economist from", "economists polled by": experts and the preposition that ties them to
 * a firm, or the survey that gathered their consensus, right before `at`.
 */
const EXPERTS_AT = /(?:^|[\s,(—–])(?:\p{Ll}+\s+)?(?:analysts?|economists?|strategists?|experts?|researchers?)\s+(?:at|from|(?:polled|surveyed|questioned|canvassed)\s+by)\s+$/iu;

function expertsAt(text: string, sStart: number, at: number): boolean {
  return EXPERTS_AT.test(text.slice(Math.max(sStart, at - 40), at));
}

function mentionEndingAt(mentions: readonly Mention[], end: number): Mention | null {
  const i = lastStartingBefore(mentions, end);
  return i >= 0 && mentions[i].end === end ? mentions[i] : null;
}

/** Index of the last mention that starts before `offset` (mentions are in text order), or -1. */
function lastStartingBefore(mentions: readonly Mention[], offset: number): number {
  let lo = 0, hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo - 1;
}

/**
 * Is a speaker an unnamed individual introduced by an indefinite article ("a senior diplomat who
 * attended the talks", "an aide")? Such a speaker is anonymous: a figure it gives is 'vague'. A
 * capitalised word after the article ("a Harbour Board official") or an institutional noun ("a
 * police spokesman", "a ministry official") names who stands behind it; so does an entity mention.
 */
export function indefiniteSpeaker(sp: SpeakerRef): boolean {
  if (sp.local !== null) return false;
  const m = INDEFINITE.exec(sp.text);
  if (!m) return false;
  const rest = sp.text.slice(m[0].length);
  if (/\p{Lu}/u.test(rest)) return false;
  return !rest.toLowerCase().split(/[^\p{L}-]+/u).some((w) => INSTITUTIONAL_SOURCES.has(w) || INSTITUTIONAL_SOURCES.has(w.replace(/s$/, '')));
}

/** "a ", "an " opening a speaker phrase. */
const INDEFINITE = /^an?\s+/i;


/**
 * Does the speaker ask not to be named ("A party official, who asked not to be named, told reporters …", "said a
 * union steward, speaking on condition of anonymity")? Whatever body the phrase names, the person is an
 * anonymous source: a figure they give is 'vague'.
 */
export function unnamedByRequest(text: string, sp: SpeakerRef): boolean {
  let i = sp.end;
  while (text.charCodeAt(i) === 32) i++;
  if (text.charCodeAt(i) !== 44) return false; // ","
  return ANONYMITY_AFTER.test(text.slice(i + 1, i + 80));
}

/** The clause after the speaker's comma that asks for anonymity. */
const ANONYMITY_AFTER = /^\s*(?:who\s+(?:asked|requested|declined|did\s+not\s+want)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|who\s+(?:requested\s+anonymity|spoke\s+(?:on\s+condition\s+of\s+anonymity|anonymously))|speaking\s+(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously))\b/i;

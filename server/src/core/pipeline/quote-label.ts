/**
 * Quotation marks around a name or a label rather than anybody's words: "the “Blue Line” project",
 * "a “reset” that nobody asked for". Pure token and text checks, used by 04-quotes.ts to keep such
 * marks out of the quotes (they become scare quotes) unless a naming verb gives them a speaker
 * ("what she called a “reset”", "described the plan as a “gamble”").
 */
import type { Token } from '../types';
import { bareRelativeSubject, isSpeakerHead, speechLemma } from './speakers';
import { tokenAt } from './token-at';
import { lowerCase } from './token-fold';
import { givenName } from './quote-given-name';

/** Words that open a noun phrase a quoted label can sit inside. */
const NP_DETERMINER = /^(a|an|the|this|these|those|its|their|our|his|her|your|my)$/i;
/** Verbs by which somebody gives a thing the quoted name ("called it a", "dubbed the"), and the "as" of "described as a". */
const NAMING = /^(call|calls|called|calling|dub|dubs|dubbed|dubbing|term|terms|termed|terming|label|labels|labelled|labeled|labelling|labeling|brand|brands|branded|branding|nickname|nicknamed|christened|as)$/i;
/** The object between a naming verb and its determiner: "called it a “…”". */
const NAMED_OBJECT = /^(it|them|him|her|this|that|itself|themselves|himself|herself)$/i;
/** Words that continue a noun phrase a quoted word sits inside: "the “review” that followed", "the “plan” to …". */
const NP_CONTINUES = /^(that|which|who|whose|to)$/i;
/**
 * A title in quotation marks that stands as a clause of its own ("On its website, “The Ferry
 * Countdown”, the port …"): two to TITLE_MAX_WORDS words in title case, with no sentence punctuation.
 */
export function isTitle(inner: string, words: number): boolean {
  const title = inner.trim().replace(/,$/, '');
  return words >= 2 && words <= TITLE_MAX_WORDS && !ENDS_CLAUSE.test(title) && titleCase(title);
}

/** A label is short and does not end like a clause. */
const LABEL_MAX_WORDS = 4;
/** A title of a work or a site may run longer ("The Ferry Timetable Countdown"), all in title case. */
const TITLE_MAX_WORDS = 6;
const ENDS_CLAUSE = /[.,;:!?…]\s*$/;
/** A capital or a digit first ("Blue", "9"), or a brand's lower-case prefix before a capital ("eReader"). */
const CAPITAL_OR_DIGIT = /^(?:[\p{Lu}\p{N}]|\p{Ll}{1,2}\p{Lu})/u;
/** Short words a title keeps in lower case between its capitalised words ("Tales of the Quay"). */
const TITLE_SMALL = new Set(['of', 'on', 'the', 'and', 'in', 'a', 'an', 'for', 'to', 'at', 'by', 'or', 'with', 'from']);
/**
 * Is the phrase in title case: every word starts with a capital or a digit ("Blue Line", "Plan B",
 * "Route 9"), but for short words inside it ("Songs of the Quay"), first and last capitalised?
 */
function titleCase(s: string): boolean {
  const words = s.split(/\s+/);
  return words.every((w, i) => CAPITAL_OR_DIGIT.test(w) || (i > 0 && i < words.length - 1 && TITLE_SMALL.has(w)));
}

/**
 * Are the marks of a partial quote (its text `inner`, `words` words; `before` is the token before
 * the opening mark, `after` the first token after the closing one) around a label rather than
 * somebody's words? A title-case phrase of two words or more, or after a determiner, is a name; a
 * word between a determiner and a relative pronoun or "to" sits inside a noun phrase. Neither is
 * a label when a naming verb right before gives it ("called it the “…”").
 */
export function isLabel(tokens: Token[], inner: string, words: number, before: number, after: number): boolean {
  const trimmed = inner.trim();
  // A title or name ends in a comma only by the American habit of putting it inside the marks.
  const title = trimmed.replace(/,$/, '');
  const titled = words >= 2 && words <= TITLE_MAX_WORDS && title !== '' && titleCase(title);
  if ((words > LABEL_MAX_WORDS && !titled) || (ENDS_CLAUSE.test(inner) && !(titled && title !== trimmed))) return false;
  const det = before >= 0 && (NP_DETERMINER.test(tokens[before].text) || POSSESSIVE.test(tokens[before].text) || detAdjective(tokens, before));
  const verb = det ? before - 1 : before;
  // "pronounced “…”", "rated “highly critical”": a word's sound, spelling or grade, nobody's words.
  if (verb >= 0 && FORM_OF_WORD.test(tokens[verb].text) && words <= LABEL_MAX_WORDS) return true;
  // "users can type “hey Lumo”", "typed “refund” into the box": the words keyed in, nobody's speech.
  if (!det && before >= 0 && TYPED.test(tokens[before].text) && words <= LABEL_MAX_WORDS) return true;
  // "tap “Report a problem”", "clicked “Buy now”": a menu item or button's words, nobody's speech.
  // (not the noun: "promised the press “…”")
  if (!det && before >= 0 && PRESSED.test(tokens[before].text) && !NP_DETERMINER.test(tokenAt(tokens, before - 1)?.text ?? '') && words <= LABEL_MAX_WORDS) return true;
  // "searches for “cheap flights”", "searched for “…”": a search term, the words keyed in.
  if (!det && before >= 1 && /^for$/i.test(tokens[before].text) && SEARCHED.test(tokens[before - 1].text) && words <= LABEL_MAX_WORDS) return true;
  // "quotes a “senior aide” as saying": the quoted source's label, the writer's distance, not its words.
  if (verb >= 0 && QUOTING.test(tokens[verb].text) && words <= LABEL_MAX_WORDS && tokenAt(tokens, after)?.text === 'as') return true;
  // "a user labelled “…”", "a tug called “…”": the name a participle gives, whatever its case.
  // (Not a lower-case judgement after a speaker's relative clause: "a move the union called “a betrayal”".)
  if (verb >= 0 && NAMING.test(tokens[verb].text) && participle(tokens, verb) && !(/^\p{Ll}/u.test(trimmed) && relativeNamer(tokens, verb))) return true;
  // "the ferry, still known as “…”", "better known as “…”": a thing's name, nobody's words.
  if (verb >= 1 && /^as$/i.test(tokens[verb].text) && /^known$/i.test(tokens[verb - 1].text) && words <= TITLE_MAX_WORDS) return true;
  // "a show with Tomas Reiter called “The Quay Hour”", "on Channel 4 called “…”": a title right after
  // a participle that follows a name or a number names a thing; a namer would call something first.
  if (!det && titled && verb >= 1 && /^(called|named|entitled|titled|dubbed)$/i.test(tokens[verb].text) && afterName(tokens, verb)) return true;
  // "a van he called “the Grey Mare”": the name a relative clause gives the thing before its subject.
  if (!det && givenName(tokens, verb, words <= TITLE_MAX_WORDS && titleCase(title.replace(/^the\s+/i, '')))) return true;
  if (named(tokens, verb)) return false;
  // (one capitalised word right after a work's noun names it: "its game “Ashfall”", "the app “Brisk”")
  // (and one before a product's named part: "the old “Explore” page")
  if (titled || (trimmed !== '' && titleCase(trimmed))) return words >= 2 || det || WORK_WORD.test(tokenAt(tokens, before)?.text ?? '') || FEATURE_NOUN.test(tokenAt(tokens, after)?.text ?? '');
  if (!det || words > 3 || after >= tokens.length) return false;
  // "the firm's “quiet hours” setting", "its “safe search” filter": the name of a product's feature.
  if (FEATURE_NOUN.test(tokens[after].text)) return true;
  if (!NP_CONTINUES.test(tokens[after].text)) return subjectOfClause(tokens, before, after);
  // "amounted to the “…” that the ministry …": "that" opening a clause with its own subject is no relative.
  const next = tokens[after + 1];
  return !(/^that$/i.test(tokens[after].text) && (!next || next.kind !== 'word' || /^\p{Lu}/u.test(next.text) || CLAUSE_SUBJECT.test(next.text)));
}
/**
 * Nouns for works and products, and verbs whose object is a work ("reading", "starred in"): a
 * capitalised quoted word right after one is the work's name.
 */
const WORK_WORD = /^(read|reading|reads|watch|watched|watching|watches|in|starring|directed|directing|recorded|recording|released|publishes|published|filmed|sang|singing|games?|films?|movies?|songs?|albums?|singles?|tracks?|books?|novels?|memoirs?|plays?|musicals?|operas?|shows?|series|podcasts?|apps?|documentar(?:y|ies)|reports?|studies|study|columns?|episodes?|exhibitions?|campaigns?|poems?|paintings?|magazines?|newsletters?|blogs?|programmes?|programs?|products?|models?|brands?)$/i;
/** Nouns for a product's or service's named parts: a quoted phrase before one names the part, nobody's words. */
const FEATURE_NOUN = /^(modes?|settings?|features?|buttons?|options?|tabs?|filters?|toggles?|menus?|tiers?|subscriptions?|hashtags?|emojis?|widgets?|presets?|pages?|screens?|icons?|panels?|folders?)$/i;
/** Present-tense naming verbs: a habit of naming ("locals call the square “…”", "what the firm calls “…”"), no speech event. */
const NAMES_HABITUALLY = /^(call|calls|dub|dubs|nickname|nicknames)$/i;
/** A word before the verb that makes it an event or a wish ("will call it", "to call it") or a noun ("the call"). */
const NOT_HABIT = /^(a|an|the|this|his|its|their|our|my|your|to|will|would|could|should|might|may|must|can|did|do|does|not|never|n't|'ll|let|lets|i|we|you)$/i;
const POSSESSIVE_MARK = /^['’]s?$/;
/** A clause between the verb and the marks ("during the phone call that “…”"): the marks belong to the clause. */
const CLAUSE_BETWEEN = /^(that|which|who|whom|if|whether|because|when|where|while|and|but|or)$/i;
/**
 * Is a short quoted phrase the name a present-tense naming verb a few words before gives a thing
 * ("Residents call the bridge “the Needle”", "what the maker calls “night charging”")? A habit of
 * naming reports nobody's words; the past ("called it “…”") stays the namer's partial quote.
 */
export function isHabitualName(tokens: Token[], words: number, before: number): boolean {
  if (words > LABEL_MAX_WORDS) return false;
  for (let k = before, seen = 0; k >= 0 && seen <= 4; k--) {
    const t = tokens[k];
    // a possessive inside the object ("call the firm's campus “…”") is part of it
    if (POSSESSIVE_MARK.test(t.text)) continue;
    if (t.kind !== 'word' || CLAUSE_BETWEEN.test(t.text)) return false;
    seen++;
    if (NAMES_HABITUALLY.test(t.text)) return k === 0 || !NOT_HABIT.test(tokens[k - 1].text);
  }
  return false;
}

/**
 * Does a quoted word after the determiner at `det` head the subject of a clause, its verb at `after`
 * ("said the “fix” would …", "Owners complained that the “problem” was …", "The “reform” failed")?
 * A speaker's own words are what the clause says of its subject; marks around the subject itself
 * keep a term at a distance, whoever speaks in the sentence. The determiner must open the clause
 * (sentence start, after a comma, a conjunction, "that" or a speech verb), and a finite verb (an
 * auxiliary or a past tense) must follow: a noun after the marks makes a modifier ("a “temporary”
 * barrier"), which in reported speech is the speaker's word.
 */
function subjectOfClause(tokens: Token[], det: number, after: number): boolean {
  const d = tokenAt(tokens, det);
  if (!d || !/^(the|a|an|this|these|those|its|their)$/i.test(d.text) || !FINITE_VERB.test(tokens[after].text)) return false;
  const p = tokenAt(tokens, det - 1);
  return !p || p.sentence !== d.sentence || CLAUSE_OPENER.test(p.text) || speechLemma(p) !== null;
}
/** Finite verbs that can follow a clause's subject: auxiliaries, modals and past tenses of more than four letters. */
const FINITE_VERB = /^(?:is|was|were|are|has|had|have|will|would|could|can|did|does|do|may|might|should|must|\p{Ll}{3,}ed)$/u;
/** Words after which a new clause (and its subject) begins. */
const CLAUSE_OPENER = /^(?:,|;|—|–|that|and|but|because|while|although|though|if|when|since|after|before|until|whether)$/i;

/** The possessive ending, as the tokenizer splits it off ("the union’s “…”"). */
const POSSESSIVE = /^(’s|'s)$/;
/** "its new “…”", "the first “…”": one lower-case adjective after a determiner or possessive. */
function detAdjective(tokens: Token[], j: number): boolean {
  const t = tokens[j], d = tokens[j - 1];
  return !!d && t.kind === 'word' && /^\p{Ll}+$/u.test(t.text) && !NAMING.test(t.text) && !FORM_OF_WORD.test(t.text)
    && (NP_DETERMINER.test(d.text) || POSSESSIVE.test(d.text)) && !/^(that|this|these|those)$/i.test(d.text) && ADJECTIVE_LIKE.test(t.text);
}
/** Adjectives of novelty and order that sit before a product's or scheme's name ("its new “…”", "the latest “…”"). */
const ADJECTIVE_LIKE = /^(new|latest|first|second|third|next|last|so-called|own|revised|updated|planned|proposed|upcoming|original|former|current|cheaper|flagship)$/;

/** Nouns whose quoted complement is a name or a slogan, nobody's words: "under the slogan “…”", "its motto “…”". */
const NAMING_NOUN = /^(slogans?|mottos?|mottoes|hashtags?|taglines?|catchphrases?|nicknames?|codenames?|monikers?|banners?|brand|trademark|headlines?|captions?|title|titled|entitled|word|phrase|term|expression|buzzword|acronym)$/i;
// ("the word “…”", "the phrase “…”": a word mentioned as a word, whoever speaks in the sentence; not the
// plural "the words “…”", which often introduces somebody's speech.)
/** Things that display words: "a sign reading “…”", "shirts that said, “…”". */
// (Not "message", "board", "label": a message is often somebody's, a board and a label speak as bodies.
// A pop-up, prompt or notification shows an app's words: "a pop-up asking “…”".)
const DISPLAY_NOUN = /^(pop-ups?|popups?|prompts?|dialogs?|dialogues?|notifications?|signs?|banners?|placards?|posters?|billboards?|stickers?|shirts?|t-shirts?|notices?|plaques?|graffiti|badges?|flags?|caps?|hats?|markers?|inscriptions?|headstones?|gravestones?|tombstones?|murals?|signposts?)$/i;
const DISPLAY_VERB = /^(reading|reads|read|asking|asks|saying|says|said|stating|states|stated|proclaiming|proclaims|declaring|bearing|displaying|showing)$/i;
/** How many words a slogan or sign text may run. */
const SLOGAN_MAX_WORDS = 8;
/** Things that carry a longer text, and how long. */
const INSCRIBED = /^(markers?|inscriptions?|plaques?|headstones?|gravestones?|tombstones?)$/i;
const INSCRIPTION_MAX_WORDS = 30;

/**
 * Are the marks after token `before` around a name, slogan or displayed text: after a naming noun
 * ("the slogan “…”", "its motto, “…”") or a displaying thing and its verb ("a sign reading “…”",
 * "banners that said, “…”")? Such words are nobody's speech, whoever speaks in the sentence.
 */
export function isDisplayed(tokens: Token[], before: number, words: number): boolean {
  if (words > INSCRIPTION_MAX_WORDS) return false;
  let j = before;
  if (tokens[j]?.text === ',' || tokens[j]?.text === ':') j--;
  if (j < 0) return false;
  if (NAMING_NOUN.test(tokens[j].text)) return words <= SLOGAN_MAX_WORDS;
  // "terms like “…”", "words such as “…”": words mentioned as words, nobody's speech.
  if (mentionedAmong(tokens, j)) return words <= SLOGAN_MAX_WORDS;
  // "an app sold as “privacy first”", "marketed as a “smart” kettle": the seller's label, whoever speaks.
  if (marketedAs(tokens, j)) return words <= SLOGAN_MAX_WORDS;
  // "the phone displayed “Battery error 17”", "the screen flashed “…”": the words a device shows.
  if (SHOWN.test(tokens[j].text)) return words <= SLOGAN_MAX_WORDS;
  if (!DISPLAY_VERB.test(tokens[j].text)) return false;
  j--;
  if (/^(will|would|should|must|could|might|may)$/i.test(tokens[j]?.text ?? '')) j--; // "her headstone will read, “…”"
  if (/^(that|which)$/i.test(tokens[j]?.text ?? '')) j = displayBefore(tokens, j - 1);
  if (j < 0 || !DISPLAY_NOUN.test(tokens[j].text)) return false;
  // A stone or plaque may carry a sentence or two ("a historical marker reads, “…”"); other things a slogan.
  return words <= SLOGAN_MAX_WORDS || INSCRIBED.test(tokens[j].text);
}

/** Verbs of showing words on a screen or a board, right before the marks. */
const SHOWN = /^(displayed|displays|flashed|flashes|flashing)$/i;

/** Plural nouns for words themselves: "terms like", "words such as". */
const WORDS_NOUN = /^(terms|words|phrases|expressions|labels|buzzwords|slogans|names)$/i;
/** Does "like" or "such as" after a plural noun for words end at token `j`? */
function mentionedAmong(tokens: Token[], j: number): boolean {
  const t = lowerCase(tokens[j]);
  if (t === 'as' && /^such$/i.test(tokens[j - 1]?.text ?? '')) j--;
  else if (t !== 'like') return false;
  return WORDS_NOUN.test(tokenAt(tokens, j - 1)?.text ?? '');
}

/** Verbs by which a thing is put on the market under a label ("sold as", "marketed as"). */
const MARKETED = /^(sold|marketed|advertised|promoted|billed)$/i;
/** Does "as" (and an article) after a marketing verb end at token `j` ("sold as", "marketed as a")? */
function marketedAs(tokens: Token[], j: number): boolean {
  if (/^(a|an|the)$/i.test(tokens[j].text)) j--;
  return j >= 1 && /^as$/i.test(tokens[j].text) && MARKETED.test(tokens[j - 1].text);
}

/** How far back a relative "that"/"which" may reach past its clause's words to the thing it is about. */
const DISPLAY_REACH = 5;
/**
 * The token a relative "that said" refers to, ending at `j`: the word itself, or a displaying thing a
 * few lower-case words before it in the same clause ("shirts began to appear that said", "posters
 * went up overnight which read"). Stops at punctuation or a capitalised word (a person could speak).
 */
function displayBefore(tokens: Token[], j: number): number {
  if (j < 0 || DISPLAY_NOUN.test(tokens[j].text)) return j;
  for (let k = j; k >= 0 && k > j - DISPLAY_REACH; k--) {
    const t = tokens[k];
    if (t.kind !== 'word' || t.sentence !== tokens[j].sentence) return j;
    if (DISPLAY_NOUN.test(t.text)) return k;
    if (/^\p{Lu}/u.test(t.text) && k < j) return j;
  }
  return j;
}

/** Words before a quotation that give the form, sound, meaning or grade of the words in it. */
/** Nouns an appositive names a quoted word by: "“crunch”, the industry term for …". */
const TERM_NOUN = /^(term|word|phrase|jargon|slang|shorthand|euphemism|nickname|name|label|acronym|buzzword)$/i;
/**
 * Is the quoted word glossed as a word by the appositive after it ("complained about “crunch”, the
 * industry term for …", "“Slowvik”, a nickname coined by users")? A comma, an article, at most two
 * words and a noun for words, then "for", "of" or "coined": nobody's speech.
 */
export function isGlossedTerm(tokens: Token[], after: number, words: number): boolean {
  if (words > LABEL_MAX_WORDS || tokenAt(tokens, after)?.text !== ',' || !/^(the|a|an|its|their)$/i.test(tokenAt(tokens, after + 1)?.text ?? '')) return false;
  for (let k = after + 2; k <= after + 4 && k < tokens.length; k++) {
    if (tokens[k].kind !== 'word') return false;
    if (TERM_NOUN.test(tokens[k].text)) return /^(for|of|coined)$/i.test(tokenAt(tokens, k + 1)?.text ?? '');
  }
  return false;
}

/** Verbs of keying words in: the quoted words are what was typed, not said. */
const TYPED = /^(type|types|typed|typing|enter|enters|entered|entering|key|keyed)$/i;
/** Verbs of pressing a button or picking a menu item: "tap “Settings”", "select “Report a problem”". */
const PRESSED = /^(tap|taps|tapped|tapping|click|clicks|clicked|clicking|press|presses|pressed|pressing|select|selects|selected|selecting)$/i;
/** A search and its verbs: "searches for “…”". */
const SEARCHED = /^(search|searches|searched|searching)$/i;
/** Verbs that name a source before its words ("quotes a … as saying", "cited an … as saying"). */
const QUOTING = /^(quotes|quoted|quoting|cites|cited|citing)$/i;
const FORM_OF_WORD = /^(pronounced|spelled|spelt|meaning|rated|graded|stamped|marked|abbreviated|translated|translates)$/i;

// Tried and dropped: a quoted word between a determiner and the noun it modifies ("an “inexcusable”
// situation") as a label. In reported speech such a word is the speaker's (the dev gold keeps it a
// quote), and nothing in the phrase itself tells the writer's label from the speaker's word.

/** Words that open a clause's subject: after "that", they make it a complement clause, not a relative one. */
const CLAUSE_SUBJECT = /^(the|a|an|this|these|those|it|he|she|they|we|i|you|there|his|her|their|its|our|my|your|some|many|no|all|most)$/i;

/**
 * Does a naming verb end at token `j` (or one object before it: "called it")? A participle right
 * after a noun names a thing, not anybody's words ("a ferry called “…”", "the scheme, dubbed “…”"):
 * no namer speaks there.
 */
function named(tokens: Token[], j: number): boolean {
  if (j < 0) return false;
  if (NAMING.test(tokens[j].text)) return !participle(tokens, j);
  return NAMED_OBJECT.test(tokens[j].text) && j > 0 && NAMING.test(tokens[j - 1].text);
}

/** Does a capitalised word or a number (not a sentence's first word) stand right before token `j`, with no "what" clause open? */
function afterName(tokens: Token[], j: number): boolean {
  const p = tokens[j - 1], pp = tokens[j - 2];
  if (!p || !/^[\p{Lu}\p{N}]/u.test(p.text) || !pp || pp.sentence !== p.sentence) return false;
  for (let k = j - 1; k >= 0 && k >= j - 6; k--) if (/^what$/i.test(tokens[k].text)) return false;
  return true;
}

/** Determiners of a definite noun phrase that can be the subject of a relative clause ("the union", "its finance chief"). */
const SUBJECT_DET = /^(the|its|their|his|her|our)$/i;
/**
 * Is the naming verb at `j` the verb of a relative clause whose subject is a definite phrase headed
 * by a speaker noun ("a move the union called", "profits that its own finance chief called")? Such a
 * subject does the calling: the phrase it calls something is its word, not a thing's name. The
 * phrase must follow "that"/"which" or a noun after its own determiner ("a move"); after a verb
 * ("joined the group called “…”") the participle names the group.
 */
function relativeNamer(tokens: Token[], j: number): boolean {
  const head = tokens[j - 1];
  if (!head || !isSpeakerHead(lowerCase(head))) return false;
  // "a move campaigners called": a plural subject without a determiner after "a" and its noun.
  for (let k = j - 3; k >= 0 && k >= j - 5; k--) {
    if (tokens[k].sentence !== head.sentence) break;
    if (/^an?$/i.test(tokens[k].text)) {
      if (bareRelativeSubject(tokens, (i) => lowerCase(tokens[i]), k, j - 1)) return true;
      break;
    }
  }
  for (let k = j - 2; k >= 0 && k >= j - 5; k--) {
    const t = tokens[k];
    if (SUBJECT_DET.test(t.text)) {
      // "that the union called", or a noun phrase right before ("a move the union called"), not a verb ("joined the group called")
      const p = tokens[k - 1], pp = tokens[k - 2];
      if (!p || p.sentence !== t.sentence) return false;
      return /^(that|which)$/i.test(p.text) || (/^\p{Ll}+$/u.test(p.text) && !!pp && NP_DETERMINER.test(pp.text));
    }
    if (t.kind !== 'word' && !POSSESSIVE.test(t.text)) return false;
  }
  return false;
}

/** Words before a naming verb that make it active: its subject ("he called", "what the mayor called") or an auxiliary of the active ("has called"). */
const ACTIVE_BEFORE = /^(i|we|you|he|she|they|it|who|has|have|had|also|once|repeatedly|then|later|publicly)$/i;
/**
 * Is the naming verb at `j` a participle that modifies the noun before it ("a print called", "a
 * user labelled", "The plan, called")? Not after a subject or auxiliary, a capitalised word (a
 * name: "Ortiz called"), nor in a clause opened by "what" ("what the owners called").
 */
function participle(tokens: Token[], j: number): boolean {
  if (!/ed$/i.test(tokens[j].text)) return false;
  const p = tokens[j - 1];
  if (!p || (p.text !== ',' && (p.kind !== 'word' || !/^\p{Ll}/u.test(p.text) || ACTIVE_BEFORE.test(p.text)))) return false;
  for (let k = j - 1; k >= 0 && k >= j - 5; k--) if (/^what$/i.test(tokens[k].text)) return false;
  return true;
}

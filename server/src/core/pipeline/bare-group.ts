/**
 * A bare plural group as a source: "Unions say …", "Farmers warned that …", "Fuel retailers in Kesh said …".
 * A kind of people or of bodies with no determiner, number, possessive or name before it — maybe with a
 * place or a modifier after it ("in Kesh", "representing 900 workers") — names nobody a reader could
 * check: a vague source (docs/rules.md, vague-attribution). Not the people whose office speaks for a
 * body ("police", "officials", "doctors": INSTITUTIONAL_SOURCES), nor papers ("figures show"), nor a group
 * tied to a named body after it ("unions at Velder Motors"). Pure string checks on the speaker phrase.
 */
import { DOCUMENT_NOUNS, INSTITUTION_HEADS, INSTITUTIONAL_SOURCES } from '../model/words';
import { SPEAKER_NOUNS } from '../model/speaker-words';

/** Bodies that speak as one, besides INSTITUTION_HEADS, whose plural speaks too ("both boards said"). */
const SPEAKING_BODIES = new Set('board firm bank airline insurer retailer carrier operator charity regulator watchdog'.split(' '));

/** "boards", "unions", "companies": the plural of a body that speaks ("what both boards described as “…”"). */
export function pluralBody(head: string): boolean {
  const n = head.length;
  if (n < 4 || head.charCodeAt(n - 1) !== 115) return false; // no "s", no plural
  const one = head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.slice(0, -1);
  return INSTITUTION_HEADS.has(one) || SPEAKING_BODIES.has(one);
}

/** Words that open a phrase a group may carry no source noun before: a determiner, a quantity, a possessive pronoun. */
const NOT_BARE = new Set('the a an its their his her our your my this that these those both all each every no one two three four five some many several most few other such'.split(' '));
/** Words that end the group's head and open its modifier ("retailers in Kesh", "unions representing …"). */
const MODIFIER = new Set('in across around throughout near from at of for with on who whose which that'.split(' '));
/** Prepositions after which a capitalised name ties the group to one named body ("unions at Velder Motors"). */
const TIED = new Set(['at', 'of', 'for', 'with', 'on']);
/**
 * Fields of the responders at a scene, whose workers and groups speak on the record like police, doctors
 * and rescuers (INSTITUTIONAL_SOURCES): "relief workers said", "emergency crews said", "humanitarian agencies said".
 */
const RESPONDER_FIELDS = new Set('aid relief rescue emergency health medical humanitarian'.split(' '));
/**
 * Plurals of offices that speak on the record as "officials" do: "authorities" (as "police"), medics, and the
 * members of an elected body ("lawmakers said", "deputies said").
 */
const OFFICES = new Set('authorities medics paramedics lawmakers legislators deputies mps senators councillors councilors'.split(' '));
/**
 * People who act for a principal named after them: "lawyers for the families", "aides to the mayor". The
 * principal is a party a reader can check, so the group is no bare one.
 */
const REPRESENTATIVES = new Set('lawyers attorneys counsel aides advisers advisors representatives spokespeople spokesmen spokeswomen envoys negotiators'.split(' '));
/**
 * People of a field who speak for no office, though "the researchers" of a study named before do
 * (INSTITUTIONAL_SOURCES): bare, "Scientists warn that …" names nobody a reader could check.
 */
const PEOPLE_OF_A_FIELD = new Set(['scientists', 'researchers']);
/** The plural of an agent noun: "growers", "economists", "physicians", "migrants". */
const AGENT_PLURAL = /^\p{Ll}[\p{Ll}-]{2,}(?:ers|ors|ists|ians|ants|ents)$/u;
/**
 * Plurals shaped like agent nouns that name things which "say" or "show" what is written or read on them
 * ("Posters on the wall said", "Sensors showed"), not people.
 */
const THING_PLURALS = new Set(`posters letters newsletters banners stickers flyers papers covers headers headlines numbers
  chapters orders documents statements comments agreements elements segments sensors monitors meters counters indicators
  trackers computers markers registers ledgers charters`.split(/\s+/));
/** Is `head` the plural of an agent noun ("growers", "economists", "climatologists"), people by what they do, not a thing of THING_PLURALS? */
export function agentPlural(head: string): boolean {
  return AGENT_PLURAL.test(head) && !THING_PLURALS.has(head);
}
/** The most words a bare group's phrase may run before its modifier ("independent fuel retailers"). */
const GROUP_REACH = 3;

/** Is `phrase` a bare plural group of people or bodies (see the file's comment)? */
export function bareGroup(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (words.length === 0 || NOT_BARE.has(words[0].toLowerCase())) return false;
  let cut = words.length;
  for (let i = 1; i < words.length; i++) {
    const w = words[i];
    if (MODIFIER.has(w) || (w.endsWith('ing') && /^\p{Ll}+$/u.test(w))) { cut = i; break; }
  }
  if (cut > GROUP_REACH) return false;
  // "unions at Velder Motors", "workers of the Velder plant": the named body they belong to speaks through them.
  if (cut < words.length && TIED.has(words[cut]) && /^(?:the\s+)?\p{Lu}/u.test(words.slice(cut + 1).join(' '))) return false;
  for (let i = 0; i < cut; i++) {
    const w = words[i];
    // A number, a possessive, or a capital past the sentence's first word names or counts the group.
    if (/[\p{N}'’]/u.test(w) || (i > 0 && !/^\p{Ll}/u.test(w))) return false;
  }
  const head = words[cut - 1].toLowerCase();
  if (REPRESENTATIVES.has(head) && cut < words.length && (words[cut] === 'for' || words[cut] === 'to' || words[cut] === 'of')) return false;
  if (DOCUMENT_NOUNS.has(head) || OFFICES.has(head)) return false;
  for (let i = 0; i < cut - 1; i++) if (RESPONDER_FIELDS.has(words[i].toLowerCase())) return false;
  if (pluralBody(head) || PEOPLE_OF_A_FIELD.has(head)) return true;
  if (INSTITUTIONAL_SOURCES.has(head)) return false;
  // People by what they do: a plural of SPEAKER_NOUNS ("farmers", "fishermen") or of an agent noun ("growers", "migrants").
  return ((head.endsWith('s') || head.endsWith('men')) && SPEAKER_NOUNS.has(head)) || AGENT_PLURAL.test(head);
}

/**
 * The places of transport news (pure, token indices), in a sentence about trains, buses or roads: a station named by
 * its town and a station's word ("Tarnby Central", "Orsk Parkway", "Velby Junction", "Brenna Halt"), a line named
 * before "line" ("the Northern line": the name takes the word, "Northern line"; "the Coastal Line"), and a road
 * named by its class letter and number ("the A712", "the M9", "the B4120"). The model took the first for persons
 * and the others for bodies ("line" heads shipping firms' names); a station, a line and a road are facilities, which
 * the product files under places. Every other mention of the same name is retyped with it, as a station's name
 * recurs in sentences that name no train ("a season ticket from Orsk Parkway").
 */
import type { Token } from '../types';
import type { Candidate } from './03-entities';
import { lowerToken } from './token-fold';
import { tokenAt } from './token-at';
import { isKnownGivenName } from '../model/gender';

/** Last words of a station's name after its town's. */
const STATION_TAILS: ReadonlySet<string> = new Set(['Central', 'Parkway', 'Junction', 'Halt', 'Interchange']);
/** Those that name nothing but a station or a road's (a place too) in running text: no train need be named ("Services at Brenna Halt will stop"). */
const ONLY_STATION_TAILS: ReadonlySet<string> = new Set(['Parkway', 'Halt', 'Interchange']);
/** Words of a sentence about trains and buses, in which a station's or a line's name is read. */
const RAIL_WORDS: ReadonlySet<string> = new Set(`train trains rail railway railways station stations tram trams metro
  underground commuter commuters passenger passengers timetable platform platforms signalling track tracks bus buses`.split(/\s+/));
/** Words of a sentence about roads, in which a road's number is read. */
const ROAD_WORDS: ReadonlySet<string> = new Set(`road roads junction traffic motorway carriageway bypass lane lanes
  vehicles cars lorries roundabout widening dual northbound southbound eastbound westbound`.split(/\s+/));
/** A British-style road number: a class letter and one to four digits ("A712", "M9", "B4120"). */
const ROAD_NUMBER = /^[ABM]\d{1,4}$/;

/** Does the sentence of token k hold a word of `words` (lower case)? */
function sentenceHas(tokens: readonly Token[], k: number, words: ReadonlySet<string>): boolean {
  const s = tokens[k].sentence;
  for (let i = k; i >= 0 && tokens[i].sentence === s; i--) if (tokens[i].kind === 'word' && words.has(lowerToken(tokens[i]))) return true;
  for (let i = k + 1; i < tokens.length && tokens[i].sentence === s; i++) if (tokens[i].kind === 'word' && words.has(lowerToken(tokens[i]))) return true;
  return false;
}

/**
 * A station's name: two or three words ending in a station's word, no known given name first, about trains or buses (a word
 * of ONLY_STATION_TAILS needs neither outside a Title Case line, where "Halt" may be a verb).
 */
function stationName(tokens: readonly Token[], c: Candidate): boolean {
  if (c.last === c.first || c.last - c.first > 2 || !STATION_TAILS.has(tokens[c.last].text)) return false;
  // (no person's name ends in "Halt" or "Parkway": "Brenna Halt", though Brenna is a given name)
  if (ONLY_STATION_TAILS.has(tokens[c.last].text)) return !c.titleCase || sentenceHas(tokens, c.first, RAIL_WORDS);
  return !isKnownGivenName(tokens[c.first].text) && sentenceHas(tokens, c.first, RAIL_WORDS);
}

/** The lower-case "line" right after the name, one space on, after "the" before it ("the Northern line"), or the name's own last word "Line". */
function lineName(tokens: readonly Token[], c: Candidate): 'after' | 'own' | null {
  if (tokens[c.last].text === 'Line' && c.last > c.first) return sentenceHas(tokens, c.first, RAIL_WORDS) ? 'own' : null;
  const n = tokenAt(tokens, c.last + 1), the = tokenAt(tokens, c.first - 1);
  if (n === undefined || n.text !== 'line' || n.start !== tokens[c.last].end + 1 || n.sentence !== tokens[c.last].sentence) return null;
  if (the === undefined || lowerToken(the) !== 'the' || c.last - c.first > 1) return null;
  return sentenceHas(tokens, c.first, RAIL_WORDS) ? 'after' : null;
}

/** A road's number alone, in a sentence about roads. */
function roadNumber(tokens: readonly Token[], c: Candidate): boolean {
  return c.first === c.last && ROAD_NUMBER.test(tokens[c.first].text) && sentenceHas(tokens, c.first, ROAD_WORDS);
}

/** The name of a candidate, for its other mentions. */
function nameOf(tokens: readonly Token[], c: Candidate): string {
  let s = tokens[c.first].text;
  for (let k = c.first + 1; k <= c.last; k++) s += ' ' + tokens[k].text;
  return s;
}

/** Retypes LOC the stations, lines and roads of transport news, and the other mentions of their names; a line's name takes "line". */
export function transitPlaces(tokens: readonly Token[], cands: Candidate[]): void {
  let names: Set<string> | null = null;
  for (const c of cands) {
    if (c.role !== null || (c.type !== 'PERSON' && c.type !== 'ORG' && c.type !== 'LOC')) continue;
    const line = lineName(tokens, c);
    if (line === null && !stationName(tokens, c) && !roadNumber(tokens, c)) continue;
    if (line === 'after') { c.last++; c.info = undefined; }
    else (names ??= new Set()).add(nameOf(tokens, c));
    c.type = 'LOC';
  }
  if (!names) return;
  // (a line's name elsewhere is read only before "line": "Northern" alone may be the operator)
  for (const c of cands) if (c.role === null && (c.type === 'PERSON' || c.type === 'ORG') && names.has(nameOf(tokens, c))) c.type = 'LOC';
}

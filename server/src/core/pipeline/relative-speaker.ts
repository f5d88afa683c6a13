/**
 * A named speaker whose relative clause reports the claim: "Tunelark, which said sales rose by as much as
 * 25%, will open …", "Dr Ama Kell, who estimates that 420 homes …", or a body named by its noun ("The fund, which
 * says it supports 25,000 orphans, …"). The claim must sit inside the clause (no comma, semicolon or dash between
 * the verb and the claim): what follows the clause is the writer's. Pure.
 */
import type { Claim, Mention, SpeakerRef } from '../types';
import { INSTITUTIONAL_SOURCES } from '../model/words';

/** ", which said", ", who reported that", ", which on Monday estimated": the name's comma, the pronoun, the verb. */
const RELATIVE_SAYING = /,\s+(?:which|who)\s+(?:(?:has|have|had|also|earlier|last\s+\w+|on\s+\p{Lu}\p{Ll}+)\s+)?(said|says|reported|reports|announced|announces|estimated|estimates|disclosed|discloses|told|claimed|claims|forecast|forecasts|predicted|predicts)\b/giu;

/** The mention ending right before a relative clause that reports the claim, or null. */
export function relativeSpeaker(text: string, sStart: number, c: Claim, mentions: readonly Mention[]): { source: SpeakerRef; cue: string } | null {
  const before = text.slice(sStart, c.start);
  if (!before.includes('which') && !before.includes('who')) return null;
  RELATIVE_SAYING.lastIndex = 0;
  let m: RegExpExecArray | null;
  let best: { source: SpeakerRef; cue: string } | null = null;
  while ((m = RELATIVE_SAYING.exec(before)) !== null) {
    if (/[,;—–]|\s-\s/.test(before.slice(m.index + m[0].length))) continue;
    const at = sStart + m.index;
    let ment = mentions.find((x) => x.end === at && !x.furniture);
    // ("Ida Marr, a researcher at the Velm Institute, who said …": "who" is the person's, not the body's in her apposition)
    if (ment && ment.type !== 'PERSON' && m[0].includes('who')) ment = personBeforeApposition(text, sStart, ment, mentions) ?? ment;
    if (ment) best = { source: { start: ment.start, end: ment.end, text: ment.text, local: ment.local }, cue: m[1].toLowerCase() };
    else {
      const body = BODY_BEFORE.exec(text.slice(sStart, at));
      if (body && INSTITUTIONAL_SOURCES.has(body[2].toLowerCase())) best = { source: { start: at - body[0].length, end: at, text: body[0], local: null }, cue: m[1].toLowerCase() };
    }
  }
  return best;
}

/** "The fund", "the aid agency", "the local council" right before the clause's comma: a determiner, up to two lower-case words, the head. */
const BODY_BEFORE = /\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2})(\p{Ll}[\p{Ll}-]*)$/u;

/** ", a researcher at the", ", the head of": an apposition's opening between a person's name and a body's. */
const APPOSITION_TO_BODY = /^,\s+(?:an?|the|its|their)\s+[^,;.:()"“”]{1,60}$/u;

/** The person named before an apposition that ends with the body `body` ("Ida Marr, a researcher at the Velm Institute"), or null. */
function personBeforeApposition(text: string, sStart: number, body: Mention, mentions: readonly Mention[]): Mention | null {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const p = mentions[i];
    if (p.end >= body.start || p.start < sStart) continue;
    return p.type === 'PERSON' && !p.furniture && APPOSITION_TO_BODY.test(text.slice(p.end, body.start)) ? p : null;
  }
  return null;
}

// A press release or official statement is its issuer's own words: "TARNBY, March 3, 2026 /Northwire/ --
// Kestrel Systems today announced …", then highlights, an "About Kestrel Systems" paragraph, media contacts,
// "ENDS" or "Notes to editors". A figure in it that nothing else attributes ("- Revenue of $40.2 million, up
// 18%", "It has 45,000 members") is the issuer's, not unsourced. A news story that quotes a release ("said
// in a statement") has none of the release's furniture and is left to the sentence's own readers. Pure:
// reads the blocks, their text and the mentions.
import type { Block, Mention, SpeakerRef } from '../types';
import { mentionRef } from './interview-answers';

/** Lines only a release has: "ENDS", "-ENDS-", "###", "-30-". */
const END_MARK = /^(?:[-–—*\s]*ends[-–—*\s.]*|#{3}|-30-)$/i;
/** Headings only a release has: notes to editors, the embargo line, the contacts, the securities boilerplate. */
const RELEASE_HEADING = /^(?:notes?\s+(?:to|for)\s+editors?|for\s+immediate\s+release\b.*|(?:media|press|investor|news)\s+(?:contacts?|enquiries|inquiries)\b.*|(?:cautionary\s+(?:statement|note)\s+regarding\s+)?forward-looking\s+statements?)\s*:?$/i;
/** A wire between slashes after a dateline's year, before the dash that opens the release: "2026 /Northwire/ --". */
const SLASH_WIRE = /\d{4}\s*\/[A-Z][\w .-]{1,30}\/\s*(?:--|[-–—])/;
/** The boilerplate's heading: "About Kestrel Systems". */
const ABOUT = /^about\s+/i;
/** The lead's verb: "X today announced", "X announced today". */
const LEAD = /\btoday\s+(?:announced|reported|released|launched|unveiled|confirmed|responded|published|issued|said|welcomed|introduced|completed|signed)\b|\b(?:announced|reported|said)\s+today\b/;
/** How many blocks after the headline may hold the lead or the letterhead. */
const OPENING_BLOCKS = 5;

/**
 * The issuer of a press release or official statement, or null when the text is none. It is one when a
 * line or heading only a release has stands in it (END_MARK, RELEASE_HEADING, an "About" heading naming an
 * organisation, a wire between slashes after the dateline). The issuer is the first organisation of the
 * lead that "today announced" (after the dateline's dash); else the one the "About" heading names; else a
 * letterhead (a heading near the top that is one organisation's name, "Ministry of Rural Affairs").
 */
export function releaseIssuer(text: string, blocks: readonly Block[], mentions: readonly Mention[]): SpeakerRef | null {
  let release = false;
  let about: Mention | undefined;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.end - b.start > 90 || b.kind === 'headline') continue;
    const line = text.slice(b.start, b.end).trim();
    if (END_MARK.test(line) || RELEASE_HEADING.test(line)) release = true;
    else if (ABOUT.test(line) && about === undefined) {
      const rest = line.replace(ABOUT, '').replace(/\s*:$/, '');
      const at = b.start + text.slice(b.start, b.end).indexOf(rest);
      about = mentions.find((m) => m.type === 'ORG' && m.start === at && m.end === at + rest.length);
      if (about) release = true;
    }
  }
  const opening = blocks.slice(1, 1 + OPENING_BLOCKS);
  for (const b of opening) if (b.kind === 'body' && SLASH_WIRE.test(text.slice(b.start, Math.min(b.end, b.start + 160)))) release = true;
  if (!release) return null;
  for (const b of opening) {
    if (b.kind !== 'body') continue;
    const para = text.slice(b.start, b.end);
    const lead = LEAD.exec(para);
    if (lead === null) continue;
    const dash = para.slice(0, lead.index).search(/\s(?:--|[-–—])\s/);
    const from = b.start + Math.max(0, dash), to = b.start + lead.index;
    const issuer = mentions.find((m) => m.type === 'ORG' && !m.furniture && m.start >= from && m.end <= to);
    if (issuer) return mentionRef(issuer);
  }
  if (about) return mentionRef(about);
  for (const b of opening) {
    if (b.kind !== 'heading') continue;
    const line = text.slice(b.start, b.end).trim();
    const head = mentions.find((m) => m.type === 'ORG' && m.start >= b.start && m.end <= b.end && m.text === line);
    if (head) return mentionRef(head);
  }
  return null;
}

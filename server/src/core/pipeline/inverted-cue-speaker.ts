/**
 * "Orla Venn, who farms near Tesk, lost 40 ewes, said Ida Marr.": a cue after a comma with a person's name right
 * after it that ends the sentence or its clause is inverted; the name after the cue speaks, never a subject before
 * the comma (which the relative clause may make look like the speaker). Pure, token indices.
 */
import type { SpeakerRef } from '../types';
import type { SpeakerContext } from './speakers';

/** The person named right after the cue at token `j` in "…, said <Name>." / "…, said <Name>, …", or null. */
export function invertedCueSpeaker(ctx: SpeakerContext, j: number, last: number): SpeakerRef | null {
  const { tokens } = ctx;
  if (j + 1 > last || tokens[j - 1]?.text !== ',' || tokens[j].text.endsWith('ing')) return null;
  const mi = ctx.mentionAt[j + 1];
  if (mi < 0) return null;
  const m = ctx.mentions[mi];
  if (m.type !== 'PERSON' || m.start !== tokens[j + 1].start) return null;
  let e = j + 1;
  while (e <= last && ctx.mentionAt[e] === mi) e++;
  // (the name ends the sentence or opens an apposition: "said Ida Marr, a vet"; not "said Ida Marr lost …")
  if (e <= last && tokens[e].text !== ',' && tokens[e].text !== '.') return null;
  return { start: m.start, end: m.end, text: m.text, local: m.local };
}

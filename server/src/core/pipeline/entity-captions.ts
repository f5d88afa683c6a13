/**
 * Caption labels (pure, token indices): "Image: Lena Varga.", "Photo: …", "Video: …" credit a picture
 * inside running text. The label word is capitalised only because it opens the credit; it is no
 * name, and a run that swallows it ("… as Captain Vortex Image: Lena Varga") ends before it.
 */
import type { Token } from '../types';
import { tokenAt } from './token-at';
import { lowerToken } from './token-fold';

const CAPTION_WORDS = 'image images photo photos photograph picture video footage credit credits illustration graphic map source';
const CAPTION_LABELS: ReadonlySet<string> = new Set(CAPTION_WORDS.split(' '));

/**
 * A paragraph that ends in a picture's credit ("… at the booth. Image: Lena Varga.", "Photo: Orla News") is
 * a caption: it tells what the picture shows. (Not "Source:", which may cite the data of a chart or a text.)
 */
const PICTURE_CREDIT_END = /(?:^|[\s.])(?:Image|Images|Photo|Photos|Photograph|Picture|Video|Footage|Credit|Illustration)\s*:\s*[^\n.:]{1,60}\.?\s*$/u;
export const endsWithPictureCredit = (paragraph: string): boolean => PICTURE_CREDIT_END.test(paragraph);

/** A caption label and its colon right before a point of the text: what follows credits a picture ("Image: Lena Varga"). */
export const CAPTION_LABEL_BEFORE = new RegExp(`\\b(?:${CAPTION_WORDS.replace(/ /g, '|')})\\s*:\\s*$`, 'i');

/** Is token k a caption label, right before its colon? */
function captionLabel(tokens: readonly Token[], k: number): boolean {
  const colon = tokenAt(tokens, k + 1);
  return colon !== undefined && colon.text === ':' && colon.start === tokens[k].end && CAPTION_LABELS.has(lowerToken(tokens[k]));
}

/** Cuts a trailing caption label off each candidate, and drops a candidate that is only the label. */
export function withoutCaptionLabels<C extends { first: number; last: number }>(tokens: readonly Token[], cands: C[]): C[] {
  let out: C[] | null = null;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i];
    if (captionLabel(tokens, c.last)) {
      if (c.first === c.last) { out ??= cands.slice(0, i); continue; }
      c.last--;
      while (c.last > c.first && tokens[c.last].kind !== 'word') c.last--;
    }
    if (out) out.push(c);
  }
  return out ?? cands;
}

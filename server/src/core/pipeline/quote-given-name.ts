/**
 * A name somebody gives a thing in a relative clause: "a van he called “the Grey Mare”", "the
 * skiff that she named “Sea Wren”". The thing is the verb's object, left before its subject: the
 * quoted words name it, as a title does, and are nobody's speech. A judgement so given stays the
 * namer's partial quote ("a plan he called “reckless”"): only a name in title case. Used by quote-label.ts.
 */
import type { Token } from '../types';

/** Past naming verbs whose object a relative clause may leave before the subject. */
const GAVE_NAME = /^(called|named|nicknamed|dubbed|christened)$/i;
/** Subjects of such a clause. */
const NAMER = /^(he|she|they|we|i|you)$/i;
/** Words before the subject that open no relative clause on a thing ("what he called", "when she called"). */
const NO_ANTECEDENT = /^(what|when|as|and|but|or|so|then|if|because|while|after|before|until|since|once|where|who|whom|said|says|say|told|tells|asked|also)$/i;

/**
 * Is the quote (`nameLike`: its words read as a name) given by the naming verb at token `verb`, whose
 * subject is a pronoun right before it, after a noun or a relative "that"/"which" (the thing named)?
 */
export function givenName(tokens: Token[], verb: number, nameLike: boolean): boolean {
  if (!nameLike || verb < 2 || !GAVE_NAME.test(tokens[verb].text) || !NAMER.test(tokens[verb - 1].text)) return false;
  const thing = tokens[verb - 2];
  return thing.kind === 'word' && thing.sentence === tokens[verb].sentence && !NO_ANTECEDENT.test(thing.text);
}

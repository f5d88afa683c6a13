/**
 * The phrase after "according to" in a sentence, up to the first clause mark ("according to figures from the
 * Coast Guard, …" → "figures from the Coast Guard"), with its offset in the sentence; null when the sentence
 * has no "according to". Shared by the readers of who published the document it names (pure).
 */
export function accordingToPhrase(sentence: string): { phrase: string; from: number } | null {
  const at = /\baccording to\s+/i.exec(sentence);
  if (!at) return null;
  const from = at.index + at[0].length;
  const stop = sentence.slice(from).search(/[,;:.!?](?:\s|$)/);
  return { phrase: sentence.slice(from, stop < 0 ? undefined : from + stop), from };
}

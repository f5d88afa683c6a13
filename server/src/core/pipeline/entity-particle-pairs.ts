// Two lower-case particles in a row inside a personal name ("Pieter van der Hoeven", "Lucía de la Vega",
// "Anke von der Lahr"): the capitalised run goes on over both to the surname. Only these pairs: a single
// particle is handled where the run is extended, and "of the" is a connector, not a particle.

const PAIRS: ReadonlySet<string> = new Set([
  'van der', 'van den', 'van de', 'van het', 'van ter', 'von der', 'von dem', 'von den', 'de la', 'de las', 'de los',
  'de le',
]);

/** The first particle's lower-case form and the next token's text form a two-particle name link. */
export function particlePair(first: string, second: string): boolean {
  // Cheap gate: both short and the first one of the few that open a pair.
  if (first.length > 3 || second.length > 3) return false;
  return PAIRS.has(first + ' ' + second);
}

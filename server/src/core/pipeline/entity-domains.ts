/**
 * Websites named by their domain (pure, token indices): "Korvel.com", "Harbour-Watch.org", and in
 * lower case "ledger.com", "shop.example.org". Part of an e-mail address or a longer URL is not a
 * name of its own.
 */
import type { Token } from '../types';

/** Top-level domains that make "Name.tld" a website's name. */
const WEB_DOMAINS = new Set(['com', 'org', 'net', 'gov', 'edu', 'io', 'info']);

/** Is token `k` a dot joining a name to a top-level domain, with no space on either side? */
export function webDomainAt(tokens: readonly Token[], k: number): boolean {
  const dot = tokens[k], tld = tokens[k + 1];
  return dot?.text === '.' && tld !== undefined && dot.start === tokens[k - 1]?.end && tld.start === dot.end
    && WEB_DOMAINS.has(tld.text) && !(tokens[k + 2]?.start === tld.end && tokens[k + 2].kind !== 'punct');
}

const LOWER_LABEL = /^[a-z0-9][a-z0-9-]*$/;
const adjacent = (a: Token | undefined, b: Token | undefined): boolean => a !== undefined && b !== undefined && a.end === b.start;

/**
 * The index of the top-level domain when the lower-case word at `i` opens a domain of up to three
 * labels ("ledger.com", "shop.example.org"), else -1. Not after "@", "/", ":" or a dot it is glued to
 * (an e-mail address, a URL's path, the middle of a longer host).
 */
export function lowerDomainEnd(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  // A domain's first label is glued to a dot glued to the next label: most words before a dot end a sentence, and no regex is run for them.
  if (!adjacent(t, tokens[i + 1]) || tokens[i + 1].text !== '.' || !adjacent(tokens[i + 1], tokens[i + 2])) return -1;
  if (t.kind !== 'word' || !LOWER_LABEL.test(t.text) || /^[0-9-]+$/.test(t.text)) return -1;
  const prev = tokens[i - 1];
  if (adjacent(prev, t) && (prev.text === '@' || prev.text === '/' || prev.text === ':' || prev.text === '.' || prev.kind === 'word')) return -1;
  for (let k = i, labels = 1; labels <= 3; labels++, k += 2) {
    if (webDomainAt(tokens, k + 1)) return k + 2;
    const dot = tokens[k + 1], next = tokens[k + 2];
    if (dot?.text !== '.' || !adjacent(tokens[k], dot) || !adjacent(dot, next) || next.kind !== 'word' || !LOWER_LABEL.test(next.text)) return -1;
  }
  return -1;
}

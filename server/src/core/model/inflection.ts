/**
 * The base forms an English word may be a regular inflection of ("investors" → investor, "priced" →
 * price/pric, "city's" → city). Shared by `isCommonWord` and by scripts/build-lexicon.mjs, which leaves out
 * of the shipped list every word one of its base forms already covers.
 */
export function inflectionBases(lower: string): string[] {
  const out: string[] = [];
  if (/['’]s$/.test(lower) && lower.length > 3) out.push(lower.slice(0, -2));
  if (lower.length > 4) {
    if (lower.endsWith('s')) out.push(lower.slice(0, -1));
    if (lower.endsWith('es')) out.push(lower.slice(0, -2));
    if (lower.endsWith('ed')) out.push(lower.slice(0, -2), lower.slice(0, -1));
    if (lower.endsWith('ing')) out.push(lower.slice(0, -3), lower.slice(0, -3) + 'e');
    if (lower.endsWith('ly')) out.push(lower.slice(0, -2));
  }
  return out;
}

// Measures how many lower-case words of the open corpora the common-word list knows (isCommonWord).
// Run: node --import tsx scripts/lexicon-coverage.mjs [top]   (reads ../shared/corpora; prints numbers only)
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
const { isCommonWord } = await import('../server/src/core/model/lexicon.ts');
const top = Number(process.argv[2] ?? 30);
const root = fileURLToPath(new URL('../../shared/corpora/', import.meta.url));
function docs(corpus, keep = () => true) {
  const dir = join(root, corpus, 'text');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).filter((f) => keep(corpus, f)).map((f) => readFileSync(join(dir, f), 'utf8'));
}
const gumPart = (c, f) => JSON.parse(readFileSync(join(root, c, 'ann', f.replace(/\.txt$/, '.json')), 'utf8')).partition;
const sets = {
  'gum train': docs('gum', (c, f) => gumPart(c, f) === 'train'),
  'gum dev+test': docs('gum', (c, f) => gumPart(c, f) !== 'train'),
  meantime_en: docs('meantime_en'),
};
for (const [name, texts] of Object.entries(sets)) {
  const freq = new Map();
  for (const t of texts) for (const m of t.matchAll(/(?<![\p{L}\p{N}'’&-])[a-z][a-z'-]*[a-z](?![\p{L}\p{N}&])/gu)) freq.set(m[0], (freq.get(m[0]) ?? 0) + 1);
  let types = 0, tokens = 0, missT = 0, missK = 0; const missing = [];
  for (const [w, n] of freq) { types++; tokens += n; if (!isCommonWord(w)) { missT++; missK += n; missing.push([w, n]); } }
  missing.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  console.log(`${name}: ${texts.length} docs, ${types} lower-case word types, missing ${missT} (${(100 * missT / types).toFixed(1)}%); ` +
    `${tokens} tokens, missing ${missK} (${(100 * missK / tokens).toFixed(2)}%)`);
  console.log('  most frequent missing: ' + missing.slice(0, top).map(([w, n]) => `${w} ${n}`).join(', '));
}

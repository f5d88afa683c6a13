// Regenerates server/src/core/model/lexicon.json from compromise's general-purpose English
// lexicon (MIT, (c) Spencer Kelly and contributors; see THIRD_PARTY_NOTICES.md).
// Run: node scripts/build-lexicon.mjs   (compromise is a devDependency; nothing of it ships)
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const nlp = require('compromise');
const lexicon = nlp.model().one.lexicon;

const byTag = {};
for (const [word, tags] of Object.entries(lexicon)) {
  for (const tag of Array.isArray(tags) ? tags : [tags]) (byTag[tag] ??= []).push(word);
}
const take = (...tags) => [...new Set(tags.flatMap((t) => byTag[t] ?? []))].sort();
const nameTags = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Country', 'City', 'Region',
  'Place', 'Organization', 'Person', 'SportsTeam', 'ProperNoun', 'Demonym', 'Honorific']);
const common = Object.entries(lexicon)
  .filter(([w, tags]) => !(Array.isArray(tags) ? tags : [tags]).some((t) => nameTags.has(t)))
  .map(([w]) => w).filter((w) => /^[a-z][a-z'-]*$/.test(w)).sort();

// Words seen in lower case in GUM's CC BY genres (Wikinews news/interviews, academic, court; CC BY 2.5/4.0,
// see THIRD_PARTY_NOTICES.md) widen the common-word list beyond compromise's. Only the word list ships.
const gum = new URL('../../shared/corpora/gum/', import.meta.url);
const gumWords = new Set();
if (existsSync(gum)) {
  for (const f of readdirSync(new URL('ann/', gum))) {
    const ann = JSON.parse(readFileSync(new URL('ann/' + f, gum), 'utf8'));
    if (!['news', 'interview', 'academic', 'court'].includes(ann.genre)) continue;
    const text = readFileSync(new URL('text/' + f.replace(/\.json$/, '.txt'), gum), 'utf8');
    for (const m of text.matchAll(/(?<![\p{L}'-])[a-z][a-z'-]{1,30}(?![\p{L}])/gu)) gumWords.add(m[0]);
  }
}
const nameWords = new Set(take('FirstName', 'MaleName', 'FemaleName', 'LastName', 'Country', 'City', 'Region'));
for (const w of gumWords) if (!nameWords.has(w)) common.push(w);
common.sort();
const countries = take('Country');
// Link each demonym to the country whose name shares the longest prefix with it (russian → russia).
const demonyms = {};
for (const d of take('Demonym')) {
  let best = null, bestLen = 3;
  for (const c of countries) {
    let i = 0; while (i < d.length && i < c.length && d[i] === c[i]) i++;
    if (i > bestLen || (i === bestLen && best && c.length < best.length)) { best = c; bestLen = i; }
  }
  demonyms[d] = best;
}
const out = {
  source: 'compromise ' + nlp.version + ' lexicon (MIT)',
  firstNames: take('FirstName', 'MaleName', 'FemaleName'),
  lastNames: take('LastName'),
  countries,
  cities: take('City'),
  regions: take('Region'),
  organizations: take('Organization', 'SportsTeam').filter((w) => w.length > 3),
  persons: take('Person'),
  honorifics: take('Honorific'),
  demonyms,
  common: [...new Set(common)],
};
writeFileSync(new URL('../server/src/core/model/lexicon.json', import.meta.url), JSON.stringify(out));
console.log(Object.entries(out).map(([k, v]) => `${k}: ${typeof v === 'string' ? v : Object.keys(v).length}`).join('\n'));

// Regenerates server/src/core/model/name-gender.json: first names that compromise's general-purpose
// English lexicon (MIT, see THIRD_PARTY_NOTICES.md) tags as MaleName or FemaleName. Used only to resolve
// "he"/"she" to a person of matching grammatical gender; a name tagged both ways is left out.
// Run: node scripts/build-name-gender.mjs   (compromise is a devDependency; only the word lists ship)
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const nlp = require('compromise');

const male = [];
const female = [];
for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
  const t = Array.isArray(tags) ? tags : [tags];
  const m = t.includes('MaleName');
  const f = t.includes('FemaleName');
  if (m !== f && /^[a-z][a-z'-]*$/.test(word)) (m ? male : female).push(word);
}
const out = { source: `compromise ${nlp.version} lexicon (MIT)`, male: male.sort().join(' '), female: female.sort().join(' ') };
writeFileSync(new URL('../server/src/core/model/name-gender.json', import.meta.url), JSON.stringify(out) + '\n');

// Regenerates server/src/core/model/lexicon.json (deterministic: same inputs, same bytes).
// Run: node --import tsx scripts/build-lexicon.mjs   (compromise and wink-eng-lite-web-model are devDependencies;
// only the word lists below ship, none of their code). Sources and licences (see THIRD_PARTY_NOTICES.md):
// - compromise 14.x lexicon, MIT, (c) Spencer Kelly and contributors: names, countries, cities, places,
//   regions, organisations, honorifics, demonyms and common English words;
// - wink-eng-lite-web-model's English lexicon, MIT, (c) GRAYPE Systems Private Limited: every lower-case
//   lexeme whose part of speech is not a proper noun (nouns, verbs, adjectives, … with their inflections);
// - GUM (Zeldes 2017), train partition only, CC BY genres (news and interviews: Wikinews, CC BY 2.5;
//   academic, court: CC BY 4.0): the words seen there in lower case, and single-word place names that the
//   annotators linked to a Wikipedia page. No dev/test document of GUM and no MEANTIME text is read.
// Words that any source lists as a given name, surname or place are never common words.
// The common-word list ships as one newline-joined string (about a third smaller than a JSON array).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const { inflectionBases } = await import('../server/src/core/model/inflection.ts');
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

// wink's English lexicon: lower-case lexemes tagged as anything but a proper noun or a symbol (its untagged
// lexemes are ordinary words too: "telescope", "salute").
const wink = JSON.parse(readFileSync(require.resolve('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json'), 'utf8'));
const packed = Buffer.from(wink.lexicon, 'base64');
const winkLex = new Uint32Array(packed.buffer, packed.byteOffset, packed.length / 4);
const [posWord, posMask, posShift] = wink.packing.layout.pos;
const winkPos = (k) => wink.features.pos.list[((winkLex[k * wink.packing.size + posWord] & posMask) >>> posShift)];
const skipPos = new Set(['PROPN', 'SYM', 'PUNCT', 'SPACE']);
const winkWords = new Set(wink.features.lexeme.list.filter((w, k) => /^[a-z][a-z'&-]*[a-z]$/.test(w) && w.length <= 24
  && !skipPos.has(winkPos(k))));

// Words seen in lower case in GUM's CC BY genres (Wikinews news/interviews, academic, court; CC BY 2.5/4.0,
// see THIRD_PARTY_NOTICES.md) widen the common-word list beyond compromise's. Only the word list ships.
const gum = new URL('../../shared/corpora/gum/', import.meta.url);
const gumWords = new Set();
const gumPlaces = new Set();
if (existsSync(gum)) {
  for (const f of readdirSync(new URL('ann/', gum))) {
    const ann = JSON.parse(readFileSync(new URL('ann/' + f, gum), 'utf8'));
    if (!['news', 'interview', 'academic', 'court'].includes(ann.genre) || ann.partition !== 'train') continue;
    const text = readFileSync(new URL('text/' + f.replace(/\.json$/, '.txt'), gum), 'utf8');
    for (const m of text.matchAll(/(?<![\p{L}'-])[a-z][a-z'-]{1,30}(?![\p{L}])/gu)) gumWords.add(m[0]);
    // A one-word place that the annotators linked to a Wikipedia page of that very name ("Houston").
    // "Houston, Texas" counts for Houston.
    for (const e of ann.entities) {
      if (e.type !== 'place' || !e.named || !e.wikipedia) continue;
      const name = text.slice(e.name_start ?? e.start, e.name_end ?? e.end).split(',')[0];
      if (/^\p{Lu}\p{Ll}+$/u.test(name) && e.wikipedia.split(',_')[0] === name) gumPlaces.add(name.toLowerCase());
    }
  }
}
const nameWords = new Set(take(...nameTags));
// A place name that is also an ordinary word ("World", "Downtown") stays an ordinary word.
for (const w of gumPlaces) if (winkWords.has(w) || gumWords.has(w)) gumPlaces.delete(w);
const places = take('Place').filter((w) => !byTag.Abbreviation?.includes(w) && w.length > 3 && !winkWords.has(w));
for (const w of [...gumPlaces, ...places]) nameWords.add(w);
for (const w of [...gumWords, ...winkWords]) if (!nameWords.has(w)) common.push(w);

common.sort();
// Former countries news still names ("the Soviet Union collapsed"): a complete country name, typed a place
// even when its last word is an institution head ("union").
const FORMER_COUNTRIES = ['soviet union', 'yugoslavia', 'czechoslovakia', 'east germany', 'west germany', 'ottoman empire'];
const countries = [...new Set([...take('Country'), ...FORMER_COUNTRIES])].sort();
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
  source: 'compromise ' + nlp.version + ' lexicon (MIT); wink-eng-lite-web-model lexicon (MIT); GUM train, CC BY genres (CC BY 2.5/4.0)',
  firstNames: take('FirstName', 'MaleName', 'FemaleName'),
  lastNames: take('LastName'),
  countries,
  // compromise's cities, its other places that are not abbreviations ("Perth", not "St"), and GUM's linked places.
  cities: [...new Set([...take('City'), ...places, ...gumPlaces])].filter((w) => !take('Country').includes(w)).sort(),
  regions: take('Region'),
  organizations: take('Organization', 'SportsTeam').filter((w) => w.length > 3),
  persons: take('Person'),
  honorifics: take('Honorific'),
  demonyms,
  // A word that a regular inflection of a listed base covers ("investors", "priced") need not ship.
  // Shorter words first, so a word is left out only when a base form that ships covers it.
  common: (() => {
    const kept = new Set();
    for (const w of [...new Set(common)].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
      if (!inflectionBases(w).some((b) => kept.has(b))) kept.add(w);
    }
    return [...kept].sort().join('\n');
  })(),
};
writeFileSync(new URL('../server/src/core/model/lexicon.json', import.meta.url), JSON.stringify(out));
console.log(Object.entries(out).map(([k, v]) => `${k}: ${k === 'source' ? v : typeof v === 'string' ? v.split('\n').length : Object.keys(v).length}`).join('\n'));

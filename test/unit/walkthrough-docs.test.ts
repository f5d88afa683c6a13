// The walkthrough pages (docs/walkthrough/*.md, shown in VS Code's Get Started) say what the
// extension really shows: the settings they name exist, the status bar is described without a
// count that only one folder has, and the example diagnostic and hover have the product's wording.
// Run with `node --import tsx --test test/unit/walkthrough-docs.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Corpus, findingsFor, hoverAt } from '../../server/src/core/index';

const ROOT = join(__dirname, '../..');
const DIR = join(ROOT, 'docs/walkthrough');
const PAGES = readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => ({ name: f, text: readFileSync(join(DIR, f), 'utf8') }));
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const SETTINGS = Object.keys(PKG.contributes.configuration.properties ?? {});

test('walkthrough: there are pages to check', () => assert.ok(PAGES.length >= 4));

test('walkthrough: every page the Get Started steps show exists', () => {
  for (const w of PKG.contributes.walkthroughs) for (const s of w.steps) {
    const media = s.media?.markdown;
    if (media) assert.ok(existsSync(join(ROOT, media)), `${s.id}: ${media}`);
  }
});

for (const p of PAGES) {
  test(`walkthrough ${p.name}: every setting it names exists`, () => {
    for (const [, name, star] of p.text.matchAll(/`(sourceAnnotator\.[A-Za-z.]+?)(\.\*)?`/g)) {
      assert.ok(star ? SETTINGS.some((s) => s.startsWith(name + '.')) : SETTINGS.includes(name), `${p.name}: ${name}${star ?? ''}`);
    }
  });
  test(`walkthrough ${p.name}: the status bar is not described with a fixed number of articles`, () => {
    assert.doesNotMatch(p.text, /status bar[^.]*\*\*\d+ articles?\*\*/i);
  });
}

const page = (name: string) => PAGES.find((p) => p.name === name)!.text;

test('walkthrough unsourced-claim.md: the example warning is the one the product gives for its sentence', () => {
  const text = page('unsourced-claim.md');
  const sentence = /^> (.+)$/m.exec(text)![1];
  const article = 'Night of the Flood\n\nThe river rose quickly after two days of rain and the levee on the east bank gave way shortly before midnight, residents said.\n\n' +
    `${sentence}\n\nThe council opened the school gym as a shelter and told residents to keep off the riverside roads until the water drops.\n`;
  const corpus = new Corpus();
  corpus.set('a', article, 1);
  const f = findingsFor(corpus, 'a').find((x) => x.code === 'unsourced-claim');
  assert.ok(f, 'the example sentence is flagged');
  assert.ok(text.includes(`*${f.message}* \`${f.code}\``), f.message);
});

test('walkthrough hover-a-name.md: the example hover has the layout of a real one', () => {
  const story = (name: string, role: string) => `Ferry Service Resumes\n\nThe ferry across the sound ran again on Friday after a week of storms, ${role}, ${name}, told reporters at the pier that morning.\n\n` +
    `${name.split(' ').pop()} said the timetable would return to normal by the end of the month, and that the harbour had not been damaged by the storms.\n`;
  const corpus = new Corpus();
  corpus.set('one.txt', story('Tomasz Brenner', 'the harbour master'), 1);
  corpus.set('two.txt', story('Tomasz Brenner', 'the port director'), 1);
  const text = corpus.get('one.txt')!.text;
  const h = hoverAt(corpus, 'one.txt', text.indexOf('Tomasz'), (_d, _o, label) => label, (d) => d);
  assert.ok(h, 'a hover on the name');
  const real = h.markdown.split('\n');
  const doc = page('hover-a-name.md').split('\n').filter((l) => l.startsWith('>')).map((l) => l.replace(/^> ?/, ''));
  const shape = (l: string) => l.replace(/\*\*[^*]+\*\*/, '**N**').replace(/\d+/g, '9').replace(/“[^”]*”(, “[^”]*”)*/g, '“…”').replace(/\S+\.txt/g, 'F.txt').replace(/^(\s*- )(?!F\.txt|“).*$/, '$1ROLE');
  assert.equal(shape(doc[0]), shape(real[0]), 'title line');
  assert.equal(shape(doc.find((l) => l.startsWith('Named in'))!), shape(real.find((l) => l.startsWith('Named in'))!));
  assert.equal(shape(doc.find((l) => l.startsWith('- '))!), shape(real.find((l) => l.startsWith('- '))!), 'the first article listed');
});

// Nasty files for the robustness tests, created at test time in a temporary folder (shared by the
// CLI test in test/robust and the server test in test/protocol). Text is invented for this file.
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ARTICLE = [
  'Storm Cuts Power to Greenvale',
  'Nearly 300 homes lost power on Monday after the storm brought down lines across the valley, and crews worked through the night to restore them.',
  '“We expect most homes to be reconnected by Wednesday,” said Irena Sokolova, a spokeswoman for the regional utility, at a briefing on Tuesday.',
  'About 40 people were moved to a school hall, officials said, while the roads into the valley stayed closed for most of the day.',
].join('\n') + '\n';

/** A 1 MB paragraph on one line: news sentences with names, quotes and figures. */
const longLine = (n) => 'Irena Sokolova said 40 people were moved to the hall, “and more will follow,” she told reporters. '.repeat(Math.ceil(n / 96)).slice(0, n);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * Creates the files and returns their descriptions: `unreadable` is the reason pattern when the
 * file cannot be analysed; `inFolderWalk` says whether walking the folder reaches it; `slow` marks
 * the 1 MB file (analysed once per test); `isFile` is false for folders.
 */
export function makeNastyFiles(dir, { only } = {}) {
  const files = [];
  const add = (name, make, meta = {}) => {
    if (only && !only.includes(name)) return;
    const path = join(dir, name);
    if (make(path) === false) return;
    files.push({ name, path, unreadable: null, inFolderWalk: true, isFile: true, slow: false, ...meta });
  };
  add('article.txt', (p) => writeFileSync(p, ARTICLE));
  add('binary.txt', (p) => writeFileSync(p, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52])), { unreadable: /binary/ });
  add('invalid-utf8.txt', (p) => writeFileSync(p, Buffer.concat([Buffer.from('Officials said the caf'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' was closed.\n')])), { unreadable: /not valid UTF-8/ });
  add('utf16le-bom.txt', (p) => writeFileSync(p, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')])));
  add('utf16be-bom.txt', (p) => writeFileSync(p, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(ARTICLE, 'utf16le').swap16()])));
  add('utf8-bom-crlf.txt', (p) => writeFileSync(p, '\ufeff' + ARTICLE.replace(/\n/g, '\r\n').replace('Monday', 'Monday\r')));
  add('empty.txt', (p) => writeFileSync(p, ''));
  add('whitespace.txt', (p) => writeFileSync(p, ' \n\t\r\n   \u00a0\u3000\n\n'));
  add('too-large.txt', (p) => writeFileSync(p, ARTICLE.repeat(Math.ceil(3 * 1024 * 1024 / ARTICLE.length))), { unreadable: /larger than the 2\.0 MB limit \(3\.0 MB\)/ });
  add('long-line.txt', (p) => writeFileSync(p, longLine(1024 * 1024)), { slow: true });
  add('unbalanced-quotes.txt', (p) => writeFileSync(p, ARTICLE.replace(/”/g, '').replace('said', '“said') + '"Unclosed, he said.\n« Ouvert „ ‘ ’ " \'\n'));
  add('nul-deep-inside.txt', (p) => writeFileSync(p, ARTICLE.repeat(30) + '\u0000 after the first 8 KB\n'));
  add('x.txt', (p) => mkdirSync(p), { isFile: false });
  add('loop.txt', (p) => symlinkSync('loop.txt', p), { unreadable: /symbolic link loop/ });
  add('dangling.txt', (p) => symlinkSync('no-such-target.txt', p), { unreadable: /no such file/ });
  add('cycle', (p) => { mkdirSync(p); symlinkSync('.', join(p, 'self')); writeFileSync(join(p, 'inner.txt'), ARTICLE.replace('Greenvale', 'Redmoor')); }, { isFile: false });
  // Permissions mean nothing to root: these two exist only for other users.
  add('unreadable.txt', (p) => { if (isRoot) return false; writeFileSync(p, ARTICLE); chmodSync(p, 0o000); }, { unreadable: /permission denied/ });
  add('locked', (p) => { if (isRoot) return false; mkdirSync(p); writeFileSync(join(p, 'hidden.txt'), ARTICLE); chmodSync(p, 0o000); },
    { unreadable: /cannot read folder: permission denied/, isFile: false });
  return files;
}

/** Makes the permission-locked entries removable again. */
export function unlockNastyFiles(files) {
  for (const f of files) if (f.name === 'unreadable.txt' || f.name === 'locked') chmodSync(f.path, 0o755);
}

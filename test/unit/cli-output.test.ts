// What the CLI prints: `analyze` without --json (a readable summary), --json / --format on both
// commands, the note when every file found was skipped, and --help in step with the options the
// parser takes and with README's CLI section. Run with `node --import tsx --test test/unit/cli-output.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli';

const ARTICLE = 'Bridge Repairs Begin in Eastvale\n\n' +
  'The county began repairing the old river bridge in Eastvale on Tuesday, three weeks after a flood damaged its eastern pier, and work crews closed both lanes to traffic for the rest of the month.\n\n' +
  '“We will reopen the bridge before the spring markets start,” said Marta Lindqvist, the county engineer, at a meeting with residents on Tuesday evening.\n\n' +
  'More than 300 households in the valley lost power during the flood, and several farms on the lower road are still cut off from the town centre.\n\n' +
  'The Eastvale Traders Association asked the council to run a shuttle bus across the footbridge while the repairs last.\n';

async function cli(files: Record<string, string | Uint8Array>, args: (dir: string) => string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'sa-cli-out-'));
  try {
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    let out = '';
    let err = '';
    const code = await main(args(dir), (s) => { out += s; }, (s) => { err += s; });
    return { code, out, err };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const isJson = (s: string) => { try { JSON.parse(s); return true; } catch { return false; } };

const SUMMARY_ROWS: { label: string; pattern: RegExp }[] = [
  { label: 'a heading with the file and the counts of the code lens', pattern: /bridge\.txt: 1 person · 1 organization · 1 place \| 1 quote \| 1 unsourced claim\n/ },
  { label: 'names by type, with mention counts above one', pattern: /\n {2}People: Marta Lindqvist\n[^]*\n {2}Places: Eastvale ×2\n/ },
  { label: 'each quote with line:column and speaker', pattern: /\n {2}Quotes:\n {4}5:2 +“We will reopen the bridge[^\n]*— Marta Lindqvist \(said\)\n/ },
  { label: 'each figure without a named source, with line:column', pattern: /\n {2}Figures without a named source:\n {4}7:1 +unsourced: More than 300 households/ },
];

for (const r of SUMMARY_ROWS) {
  test(`cli analyze without --json prints a summary: ${r.label}`, async () => {
    const { code, out, err } = await cli({ 'bridge.txt': ARTICLE }, (d) => ['analyze', join(d, 'bridge.txt')]);
    assert.equal(code, 0);
    assert.ok(!isJson(out), 'not JSON');
    assert.match(out, r.pattern);
    assert.match(err, /1 article analysed; --json prints the full analysis/);
  });
}

test('cli analyze summary: control characters of the article do not reach the terminal', async () => {
  const { out } = await cli({ 'bridge.txt': ARTICLE.replace('Marta Lindqvist, the', 'Marta Lindqvist\u001b[2J, the') }, (d) => ['analyze', join(d, 'bridge.txt')]);
  assert.doesNotMatch(out, /\u001b/);
});

const FORMAT_ROWS: { args: string[]; code: number; json: boolean; error?: RegExp }[] = [
  { args: ['analyze', '--json'], code: 0, json: true },
  { args: ['analyze', '--format', 'json'], code: 0, json: true },
  { args: ['analyze', '--format', 'text'], code: 0, json: false },
  { args: ['analyze', '--format', 'sarif'], code: 3, json: false, error: /SARIF is for check/ },
  { args: ['check', '--json'], code: 1, json: true },
  { args: ['check', '--format', 'json', '--json'], code: 1, json: true },
  { args: ['check', '--format', 'sarif', '--json'], code: 3, json: false, error: /--json and --format sarif disagree/ },
];

for (const r of FORMAT_ROWS) {
  test(`cli ${r.args.join(' ')}: exit ${r.code}, ${r.json ? 'JSON' : 'no JSON'} on stdout`, async () => {
    const { code, out, err } = await cli({ 'bridge.txt': ARTICLE }, (d) => [...r.args, d]);
    assert.equal(code, r.code);
    assert.equal(isJson(out), r.json);
    if (r.error) assert.match(err, r.error);
  });
}

const SKIPPED_ROWS: { label: string; files: Record<string, string | Uint8Array>; args: string[]; note: RegExp | null }[] = [
  { label: 'every file too large', files: { 'bridge.txt': ARTICLE }, args: ['--max-size', '100'],
    note: /note: none of the 1 file could be analysed \(reasons above\); --max-size raises the size limit \(now 100 B\)\n/ },
  { label: 'every file binary', files: { 'scan.txt': new Uint8Array([65, 0, 66, 0, 67]) }, args: ['--all'],
    note: /note: none of the 1 file could be analysed \(reasons above\); an article must be a readable UTF-8/ },
  { label: 'a path that does not exist', files: {}, args: ['no-such-article.txt'],
    note: /note: none of the 1 file could be analysed \(reasons above\); check the paths given\n/ },
  { label: 'one file analysed, one skipped', files: { 'bridge.txt': ARTICLE, 'scan.txt': new Uint8Array([65, 0, 66]) }, args: ['--all'], note: null },
];

for (const r of SKIPPED_ROWS) {
  for (const command of ['check', 'analyze']) {
    test(`cli ${command}: ${r.label} ${r.note ? 'says what happened and what to do' : 'has no such note'}`, async () => {
      const { code, err } = await cli(r.files, (d) => [command, ...r.args, d]);
      assert.equal(code, 2);
      if (r.note) assert.match(err, r.note);
      else assert.doesNotMatch(err, /none of the/);
    });
  }
}

async function helpText(): Promise<string> {
  let out = '';
  assert.equal(await main(['--help'], (s) => { out += s; }, () => undefined), 0);
  return out;
}

/** The options the parser in cli.ts accepts (read from its source, so a new option must be documented). */
const PARSED = [...readFileSync(join(__dirname, '../../server/src/cli.ts'), 'utf8').matchAll(/a === '(--?[a-z-]+)'/g)].map((m) => m[1]);

test('cli --help: the parser still reads options this test knows how to find', () => {
  assert.ok(PARSED.length >= 8, PARSED.join(' '));
});

for (const opt of [...new Set(PARSED)]) {
  test(`cli --help documents ${opt}`, async () => {
    assert.match(await helpText(), new RegExp(`\\n {2}(-h, )?${opt}\\b`));
  });
}

const WITH_DEFAULT = ['--format', '--max-size', '--all', '--workers'];
for (const opt of WITH_DEFAULT) {
  test(`cli --help gives the default of ${opt}`, async () => {
    const help = await helpText();
    const at = help.indexOf(`\n  ${opt} `);
    const next = help.indexOf('\n  -', at + 1);
    assert.match(help.slice(at, next), /\(default: [^)]+\)|\(default: [^]*\)/);
  });
}

for (const code of [0, 1, 2, 3]) {
  test(`cli --help and README's CLI section both state exit code ${code}`, async () => {
    assert.match(await helpText(), new RegExp(`\\n {2}${code} {2}\\S`));
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Command line'), readme.indexOf('\n## ', readme.indexOf('## Command line') + 1));
    assert.match(section, new RegExp(`\\n\\| ${code} \\| \\S`));
  });
}

test("README's CLI section names every option of --help", () => {
  const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Command line'), readme.indexOf('\n## ', readme.indexOf('## Command line') + 1));
  for (const opt of new Set(PARSED)) if (opt !== '-h') assert.ok(section.includes(opt), `README misses ${opt}`);
});

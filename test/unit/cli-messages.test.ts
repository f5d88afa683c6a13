// What the CLI says on stderr when a folder holds nothing it analyses (a silent "0 findings" reads
// as a clean result). Run with `node --import tsx --test test/unit/cli-messages.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../server/src/cli';

const PROSE = 'Quarry Road Closed\n\nThe council closed the quarry road on Monday after a landslide buried part of it, the county engineer said in a statement that afternoon. ' +
  'Residents of the valley will have to drive around the lake until the slope has been made safe, which the engineer expects to take several weeks.\n\n' +
  'The landslide followed three days of heavy rain across the hills, and the weather service warned that more rain could fall before the end of the week.\n\n' +
  'Shopkeepers in the village said the detour would cost them customers, and the council promised to review the state of the other roads in the district.\n';

const ROWS: { label: string; files: Record<string, string>; args: string[]; note: boolean }[] = [
  { label: 'an empty folder', files: {}, args: [], note: true },
  { label: 'a folder of non-article .txt files', files: { 'requirements.txt': 'requests==2.0\nnumpy>=1.2\n' }, args: [], note: true },
  { label: 'the same folder with --all: the file is analysed, no note', files: { 'requirements.txt': 'requests==2.0\nnumpy>=1.2\n' }, args: ['--all'], note: false },
  { label: 'a folder with an article', files: { 'quarry.txt': PROSE }, args: [], note: false },
];

for (const r of ROWS) {
  test(`cli check: ${r.label} ${r.note ? 'says no article was found' : 'has no such note'}`, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), 'sa-cli-'));
    t.after(() => rmSync(dir, { recursive: true, force: true }));
    for (const [name, text] of Object.entries(r.files)) writeFileSync(join(dir, name), text);
    let err = '';
    const code = await main(['check', ...r.args, dir], () => undefined, (s) => { err += s; });
    assert.ok(code === 0 || code === 1, `exit ${code}`);
    if (r.note) assert.match(err, /note: no article found in .*--all analyses every \.txt file/);
    else assert.doesNotMatch(err, /no article found/);
  });
}

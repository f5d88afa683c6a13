// `npm run demo` (after a build): the CLI over the harbor example articles. Prints a short part of
// `analyze`'s readable summary, then every `check` finding, then checks that `analyze --json` is
// JSON; CI greps the check lines and the final "analyze --json: OK".
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { shortSummary } from './short-summary.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const FOLDER = 'examples/harbor';
const cli = (...args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });

const summary = cli('analyze', FOLDER);
process.stdout.write(`$ source-annotator analyze ${FOLDER}\n`);
process.stdout.write(summary.status === 0 ? shortSummary(summary.stdout) : summary.stderr);
process.stdout.write(`(shortened; node dist/cli.js analyze ${FOLDER} prints it all)\n`);
process.stdout.write(`\n$ source-annotator check ${FOLDER}\n`);
const check = cli('check', FOLDER);
process.stdout.write(check.stdout);
process.stderr.write(check.stderr); // exit 1 only says there are warnings: the demo goes on

const json = cli('analyze', '--json', FOLDER);
try {
  if (json.status !== 0) throw new Error(json.stderr.trim() || `exit code ${json.status}`);
  JSON.parse(json.stdout);
} catch (e) {
  process.stderr.write(`analyze --json failed: ${e.message}\n`);
  process.exitCode = 1;
}
if (!process.exitCode) process.stdout.write('\nanalyze --json: OK\n');

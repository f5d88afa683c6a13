// Runs the extension-host tests in a real VS Code downloaded by @vscode/test-electron.
// Needs network access to download VS Code, so it is not part of `npm test` on machines without it.
import { runTests } from '@vscode/test-electron';
import { fileURLToPath } from 'node:url';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = fileURLToPath(new URL('../../', import.meta.url));
const workspace = mkdtempSync(join(tmpdir(), 'sa-vscode-'));
cpSync(join(root, 'examples/harbor'), workspace, { recursive: true });

try {
  await runTests({
    version: process.env.VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'test/vscode/suite/index.cjs'),
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (e) {
  console.error('VS Code extension tests failed:', e);
  process.exit(1);
}

// Security: article text (and file names) never become live Markdown in a hover; the product
// never spawns processes, opens sockets or evaluates code; it declares restricted-mode support.
// Run with `node --import tsx --test test/robust/security.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { Corpus, escapeMarkdown, hoverAt } from '../../server/src/core/index';
import { fileLink, baseName } from '../../server/src/lsp/hover';
import { Workspace } from '../../server/src/lsp/workspace';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/config';
import { tsFiles } from '../helpers/regex-audit';
import { LINK, PAYLOADS, liveMarkup } from './hostile';

const root = join(__dirname, '..', '..');

// Fictional articles that put markup where a hover shows article text: quotes of a named person,
// descriptions (roles), figures and speakers.
const HOSTILE_A = [
  'Flood Inquiry Opens in Greenvale',
  `Marta Kowalczyk, a <b>senior</b> spokeswoman for the council, said the river rose overnight.`,
  `“We saw [the report](command:workbench.action.terminal.new) today,” Marta Kowalczyk said.`,
  `“Look at ![](http://tracker.invalid/p.png) now,” she said.`,
  `“Nearly 40 \`people\` <script>alert(1)</script> were rescued,” Marta Kowalczyk told reporters.`,
  `“Call <http://evil.invalid> or www.evil.invalid &lt;now&gt;,” said Marta Kowalczyk.`,
  `“About 300 [homes](javascript:alert(1)) lost power,” Marta Kowalczyk added.`,
  `Nearly 40 people were rescued from the roofs, the <i>official</i> in charge said.`,
].join('\n');
const HOSTILE_B = [
  'Greenvale Council Defends Its Flood Plan',
  `Marta Kowalczyk said: “The plan [worked](command:git.push) as ***designed*** | ok.”`,
  `Officials said 40 people were rescued from the roofs on Monday.`,
  `Almost 300 homes have lost power, reportedly <iframe src=//evil.invalid>.`,
].join('\n');

test('hover Markdown escapes every markup payload in article text, at every offset', () => {
  const corpus = new Corpus();
  corpus.set('a', HOSTILE_A, 1);
  corpus.set('b', HOSTILE_B, 1);
  let hovers = 0;
  const shown = new Set<string>();
  for (const [id, text] of [['a', HOSTILE_A], ['b', HOSTILE_B]] as const) {
    for (let offset = 0; offset <= text.length; offset++) {
      const h = hoverAt(corpus, id, offset, () => LINK, (d) => d);
      if (!h?.markdown) continue;
      hovers++;
      assert.equal(liveMarkup(h.markdown), null, `live markup in the hover at ${id}:${offset}:\n${h.markdown}`);
      for (const escaped of ['command\\:', '&lt;b&gt;', '&lt;script&gt;', '!\\[\\]', '\\`people\\`', 'javascript\\:', '&amp;lt;now&amp;gt;', 'www\\.evil']) {
        if (h.markdown.includes(escaped)) shown.add(escaped);
      }
    }
  }
  assert.ok(hovers > 20, `hovers were shown (${hovers})`);
  // The payloads did reach the hovers (escaped): the test would see them if escaping failed.
  assert.ok(shown.size >= 7, `escaped payloads seen in hovers: ${[...shown].join(' ')}`);
});

test('links to other articles stay plain file links whatever the file is called', () => {
  const ws = new Workspace(DEFAULT_SETTINGS, { info: () => {}, warn: () => {} });
  const names = ['a](command:workbench.action.terminal.new) x.txt', '<img src=x onerror=alert(1)>.txt', '`tick` *star* [b].txt',
    'd (1).txt', 'e%29%28.txt', 'f\\](g).txt', 'ü ñ 😀.txt'];
  for (const name of names) {
    const uri = Workspace.uriOf('/tmp/articles/' + name);
    const md = fileLink(ws, uri, 0, baseName(uri));
    const m = /^\[((?:\\.|[^\\[\]])*)\]\((file:[^\s()<>]*)\)$/.exec(md);
    assert.ok(m, `one plain link for ${JSON.stringify(name)}: ${md}`);
    assert.equal(liveMarkup(`[${LINK}]`.replace(`[${LINK}]`, m![1])), null, `the label is escaped: ${m![1]}`);
    assert.ok(!/command:/i.test(m![2]), `no command URI: ${m![2]}`);
  }
});

test('every Markdown escape covers the payloads on its own', () => {
  // The escaping function itself, on each payload alone (hover lines embed it verbatim).
  for (const p of PAYLOADS) assert.equal(liveMarkup(escapeMarkdown(p)), null, `${p} → ${escapeMarkdown(p)}`);
  assert.equal(liveMarkup('[x](command:y)'), '"[" at 0 in "[x](command:y)"', 'the checker sees a live link');
  assert.notEqual(liveMarkup('\\\\[x]'), null, 'an escaped backslash does not escape the bracket');
});

/** Module specifiers imported or required, and code-evaluating calls, in the TypeScript sources under `dir`. */
function importsAndCalls(dir: string): { imports: [string, string][]; calls: [string, string][] } {
  const out = { imports: [] as [string, string][], calls: [] as [string, string][] };
  for (const file of tsFiles(dir)) scan(file.slice(root.length + 1), readFileSync(file, 'utf8'), out);
  return out;
}

function scan(name: string, text: string, { imports, calls }: { imports: [string, string][]; calls: [string, string][] }): void {
  {
    const src = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node) => `${name}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node): void => {
      if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier && ts.isStringLiteral(n.moduleSpecifier)) {
        imports.push([where(n), n.moduleSpecifier.text]);
      } else if (ts.isCallExpression(n)) {
        const callee = n.expression.getText(src);
        const arg = n.arguments[0];
        if ((callee === 'require' || n.expression.kind === ts.SyntaxKind.ImportKeyword)) {
          imports.push([where(n), arg && ts.isStringLiteralLike(arg) ? arg.text : `<computed: ${arg?.getText(src)}>`]);
        }
        if (/^(eval|Function|(globalThis|window|global)\.(eval|Function))$/.test(callee) || /^(setTimeout|setInterval)$/.test(callee) && arg && ts.isStringLiteralLike(arg)) {
          calls.push([where(n), callee]);
        }
      } else if (ts.isNewExpression(n) && /^(Function|(globalThis|global)\.Function)$/.test(n.expression.getText(src))) {
        calls.push([where(n), 'new Function']);
      } else if (ts.isImportEqualsDeclaration(n) && ts.isExternalModuleReference(n.moduleReference) && ts.isStringLiteral(n.moduleReference.expression)) {
        imports.push([where(n), n.moduleReference.expression.text]);
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
}

test('the product never spawns processes, opens sockets or evaluates code', () => {
  const FORBIDDEN = /^(node:)?(child_process|http|https|http2|net|dgram|tls|cluster|vm|worker_threads)$/;
  // The exceptions: the indexing pool and the scan's read-ahead run the extension's own bundled
  // files in threads (a fixed path, never code from a string); only these files may import worker_threads.
  const THREADS = new Set(['server/src/node/analyze-pool.ts', 'server/src/node/analyze-worker.ts',
    'server/src/node/read-ahead.ts', 'server/src/node/read-worker.ts']);
  const allowed = ([at, m]: [string, string]) => /^(node:)?worker_threads$/.test(m) && THREADS.has(at.replace(/:\d+$/, ''));
  let files = 0;
  for (const dir of ['server/src', 'client/src']) {
    const { imports, calls } = importsAndCalls(join(root, dir));
    files += tsFiles(join(root, dir)).length;
    assert.ok(imports.length >= 3, `imports found in ${dir}`);
    assert.deepEqual(imports.filter((i) => (FORBIDDEN.test(i[1]) && !allowed(i)) || i[1].startsWith('<computed')), [], `${dir} imports no process, network or vm module`);
    assert.deepEqual(calls, [], `${dir} evaluates no code from strings`);
  }
  assert.ok(files >= 20, `scanned the sources (${files} files)`);
  // The checker is not blind: it sees forbidden imports and eval in a sample.
  const sample = { imports: [] as [string, string][], calls: [] as [string, string][] };
  scan('sample.ts', "import { spawn } from 'node:child_process'; const h = require('https'); eval('1'); new Function('x'); setTimeout('x()', 1);", sample);
  assert.deepEqual(sample.imports.map(([, m]) => m), ['node:child_process', 'https']);
  assert.deepEqual(sample.calls.map(([, c]) => c), ['eval', 'new Function', 'setTimeout']);
});

test('restricted mode is declared, and hovers are not trusted by the client', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  assert.equal(pkg.capabilities?.untrustedWorkspaces?.supported, true, 'capabilities.untrustedWorkspaces.supported');
  assert.ok(String(pkg.capabilities.untrustedWorkspaces.description ?? '').length > 10, 'with a description');
  // The language client renders the server's Markdown untrusted unless told otherwise.
  for (const file of tsFiles(join(root, 'client/src'))) {
    const text = readFileSync(file, 'utf8');
    assert.ok(!/isTrusted\s*:\s*true|supportHtml\s*:\s*true/.test(text), `${file} does not trust hover Markdown`);
  }
});

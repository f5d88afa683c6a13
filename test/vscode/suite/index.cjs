// Extension-host tests through the VS Code API: diagnostics, hover and code actions on the
// example articles. A tiny sequential runner (no framework) reporting "N passed, N failed".
const assert = require('node:assert/strict');
const vscode = require('vscode');

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

/** Waits (bounded) until `probe` returns a truthy value, re-checking on every diagnostics change. */
function until(probe, timeoutMs = 30000) {
  return new Promise((resolve, reject) => {
    const check = () => { const v = probe(); if (v) { sub.dispose(); clearTimeout(t); resolve(v); } };
    const sub = vscode.languages.onDidChangeDiagnostics(check);
    const t = setTimeout(() => { sub.dispose(); reject(new Error('timed out')); }, timeoutMs);
    check();
  });
}

async function openExample() {
  const [file] = (await vscode.workspace.findFiles('*.txt')).sort((a, b) => a.fsPath.localeCompare(b.fsPath));
  const doc = await vscode.workspace.openTextDocument(file);
  await vscode.window.showTextDocument(doc);
  return doc;
}

test('an unsourced claim is flagged with a warning', async () => {
  const doc = await openExample();
  const diags = await until(() => {
    const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.code && String(x.code.value ?? x.code) === 'unsourced-claim');
    return d.length ? d : null;
  });
  assert.ok(diags.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
});

test('hover on a named person shows its type and the other articles', async () => {
  const doc = await openExample();
  await until(() => vscode.languages.getDiagnostics(doc.uri).length > 0);
  const text = doc.getText();
  const m = /\b(?:Mayor|Minister|President|spokeswoman|spokesman)\s+((?:\p{Lu}[\p{L}-]+\s?){2,3})/u.exec(text);
  assert.ok(m, 'the example names a person after a title');
  const pos = doc.positionAt(m.index + m[0].indexOf(m[1]) + 1);
  const hovers = await vscode.commands.executeCommand('vscode.executeHoverProvider', doc.uri, pos);
  const md = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
  assert.match(md, /— person/);
});

test('"Find corroborating source" is offered on the flagged claim', async () => {
  const doc = await openExample();
  const [d] = await until(() => {
    const x = vscode.languages.getDiagnostics(doc.uri).filter((y) => String(y.code?.value ?? y.code) === 'unsourced-claim');
    return x.length ? x : null;
  });
  const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', doc.uri, d.range);
  assert.ok(actions.some((a) => a.title.startsWith('Find corroborating source')), 'quick fix offered');
});

exports.run = async function run() {
  let passed = 0, failed = 0;
  for (const t of tests) {
    try {
      await t.fn();
      passed++;
      console.log(`ok - ${t.name}`);
    } catch (e) {
      failed++;
      console.log(`not ok - ${t.name}\n  ${e && e.stack ? e.stack : e}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed) throw new Error(`${failed} extension test(s) failed`);
};

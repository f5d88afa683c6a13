// Property test of the LSP layer over hostile text (fixed seed): hovers, diagnostics and code
// actions at any position, including out-of-range ones, answer with ranges inside the document
// that never split a surrogate pair, and hover Markdown holds no live markup besides the product's
// own file links. Run with `node --import tsx --test test/robust/lsp-layer.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/core/index';
import { Workspace } from '../../server/src/lsp/workspace';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/config';
import { hover } from '../../server/src/lsp/hover';
import { diagnosticsFor } from '../../server/src/lsp/diagnostics';
import { codeActions } from '../../server/src/lsp/code-actions';
import { LINK, SEED, hostileText, liveMarkup, splitsPair } from './hostile';

interface Pos { line: number; character: number }

/** Every {start: Pos, end: Pos} range anywhere in a result, with the uri of the nearest enclosing location. */
function rangesIn(value: unknown, uri: string, out: { uri: string; range: { start: Pos; end: Pos } }[] = []) {
  if (Array.isArray(value)) value.forEach((v) => rangesIn(v, uri, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const here = typeof o.uri === 'string' ? o.uri : uri;
    if (o.range && typeof o.range === 'object') out.push({ uri: here, range: o.range as { start: Pos; end: Pos } });
    for (const [k, v] of Object.entries(o)) if (k !== 'range') rangesIn(v, k.startsWith('file:') ? k : here, out);
  }
  return out;
}

const PRODUCT_LINK = /\[((?:\\.|[^\\[\]])*)\]\(file:[^\s()<>]*\)/g;

test('LSP layer: hovers, diagnostics and code actions at any position stay inside the document', (t) => {
  const runs = 150;
  let ranges = 0, hovers = 0, actions = 0;
  const pos = fc.record({ line: fc.integer({ min: -2, max: 60 }), character: fc.integer({ min: -2, max: 300 }) });
  fc.assert(fc.property(fc.array(hostileText, { minLength: 1, maxLength: 3 }), fc.array(pos, { minLength: 3, maxLength: 10 }), (texts, positions) => {
    const ws = new Workspace({ ...DEFAULT_SETTINGS, include: ['**/*.txt'] }, { info: () => {}, warn: () => {} });
    const uris = texts.map((text, i) => {
      const uri = Workspace.uriOf(`/ws/article ${i} [x](y).txt`);
      ws.setOpen(uri, text, 1);
      return uri;
    });
    const textOf = (uri: string) => texts[uris.indexOf(uri)];
    const check = (uri: string, result: unknown) => {
      for (const r of rangesIn(result, uri)) {
        const text = textOf(r.uri);
        assert.ok(text !== undefined, `a range in a known document: ${r.uri}`);
        const li = new LineIndex(text);
        for (const p of [r.range.start, r.range.end]) {
          assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < li.lineCount, `line ${p.line} of ${li.lineCount}`);
          const offset = li.offset(p.line, p.character);
          assert.deepEqual(li.position(offset), p, `position ${JSON.stringify(p)} lies on its line`);
          assert.ok(!splitsPair(text, offset), `position ${JSON.stringify(p)} splits a surrogate pair`);
        }
        assert.ok(li.offset(r.range.start.line, r.range.start.character) <= li.offset(r.range.end.line, r.range.end.character), 'start ≤ end');
        ranges++;
      }
    };
    for (const uri of uris) {
      const diagnostics = diagnosticsFor(ws, uri);
      check(uri, diagnostics);
      // The random positions, and the start of everything the analysis found.
      const a = ws.corpus.get(uri)?.analysis;
      const li = new LineIndex(textOf(uri));
      const found = a ? [...a.mentions, ...a.claims, ...a.quotes].map((x) => li.position(x.start)) : [];
      for (const position of [...positions, ...found]) {
        const h = hover(ws, { textDocument: { uri }, position });
        if (h) {
          hovers++;
          check(uri, h);
          const md = (h.contents as { value: string }).value;
          for (const m of md.matchAll(PRODUCT_LINK)) assert.equal(liveMarkup(m[1]), null, `an escaped link label: ${m[1]}`);
          assert.equal(liveMarkup(md.replace(PRODUCT_LINK, LINK)), null, `live markup in the hover:\n${md}`);
        }
        const range = { start: position, end: positions[0] };
        const acts = codeActions(ws, { textDocument: { uri }, range, context: { diagnostics } });
        actions += acts.length;
        check(uri, acts);
      }
    }
  }), { seed: SEED, numRuns: runs });
  t.diagnostic(`LSP layer: ${runs} workspaces, seed ${SEED}; ${ranges} ranges, ${hovers} hovers, ${actions} code actions checked`);
  assert.ok(ranges > 0 && hovers > 0, 'the property reached hovers and ranges');
});

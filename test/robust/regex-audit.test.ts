// Linear time by construction: every regex of the product is checked for the shapes behind
// super-linear backtracking (see test/helpers/regex-audit.ts), without timing anything.
// Regex literals are read from the TypeScript syntax tree; regexes built with `new RegExp` are
// captured as their modules load (and, for globs, as the settings' globs are compiled).
// Run with `node --import tsx --test test/robust/regex-audit.test.ts`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ambiguousAlternation, backtrackingRisk, nestedUnboundedQuantifier, regexSites, type FoundRegex } from '../helpers/regex-audit';

const root = join(__dirname, '..', '..');

test('the detectors flag the known bad shapes and pass the safe ones', () => {
  const rows: [string, 'nested' | 'ambiguous' | null][] = [
    ['(a+)+b', 'nested'],
    ['(?:\\w*\\s?)*$', 'nested'],
    ['(?:\\w*,\\w*)*;', 'nested'], // the comma delimits, but the words around it can split anywhere
    ['(?:[^/]*/)*', null], // each repetition ends at its only slash
    ['(?:[.,:]\\d+)*', null], // each repetition starts at its only separator
    ['(a|ab)*c', 'ambiguous'],
    ['(?:\\w|\\d)+$', 'ambiguous'],
    ['(?:x|)*y', 'ambiguous'],
    ['(?:[a-z]|\\p{Ll})+!', 'ambiguous'],
    ['(?:a?b|bc)+', 'ambiguous'],
    ['(?:ab)+c*', null],
    ['[(a+)]+', null],
    ['(?:\\d+|[a-z]+)', null], // not repeated
    ['(?:\\d|[a-z])+', null], // disjoint starts
    ['(?:,\\d{3})+', null],
    ['(?:.*/)?', null],
  ];
  for (const [source, expected] of rows) {
    const nested = nestedUnboundedQuantifier(source, 'u') !== null;
    const ambiguous = ambiguousAlternation(source) !== null;
    assert.equal(nested, expected === 'nested', `nested? ${source}`);
    if (expected !== 'nested') assert.equal(ambiguous, expected === 'ambiguous', `ambiguous? ${source}`);
  }
});

test('no regex in server/src or client/src can backtrack super-linearly', async (t) => {
  const server = regexSites(join(root, 'server/src'), root);
  const client = regexSites(join(root, 'client/src'), root);
  const literals = [...server.literals, ...client.literals];
  const sites = [...server.constructed, ...client.constructed];

  // Capture the regexes built at run time: every `new RegExp` of the product runs at module load,
  // except the glob compiler, which is fed the default and some user-style globs.
  const built: FoundRegex[] = [];
  const Original = RegExp;
  (globalThis as { RegExp: RegExpConstructor }).RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const r = Reflect.construct(target, args, newTarget) as RegExp;
      built.push({ where: 'new RegExp', source: r.source, flags: r.flags });
      return r;
    },
  });
  try {
    await import('../../server/src/core/index');
    await import('../../server/src/cli');
    const { globToRegExp } = await import('../../server/src/lsp/glob');
    const pkg = (await import('../../package.json')).default as { contributes: { configuration: { properties: Record<string, { default?: unknown }> } } };
    const globs = [...(pkg.contributes.configuration.properties['sourceAnnotator.exclude'].default as string[]),
      'articles/**/*.txt', '**/{drafts,old}/*.txt', 'notes/[a-z]?.txt', '**/**/**/x.txt'];
    for (const g of globs) globToRegExp(g);
  } finally {
    (globalThis as { RegExp: RegExpConstructor }).RegExp = Original;
  }
  assert.ok(sites.length >= 4, `found the RegExp constructions (${sites.map((s) => s.where).join(', ')})`);
  assert.ok(built.length >= sites.length, `captured a regex for each construction site (${built.length} for ${sites.length})`);
  assert.ok(literals.length >= 100, `found the regex literals (${literals.length})`);

  const problems: string[] = [];
  for (const r of [...literals, ...built]) {
    assert.doesNotThrow(() => new RegExp(r.source, r.flags), `${r.where}: /${r.source}/${r.flags} compiles`);
    const risk = backtrackingRisk(r.source, r.flags);
    if (risk) problems.push(`${r.where}: /${r.source}/${r.flags}: ${risk}`);
  }
  t.diagnostic(`regex audit: ${literals.length} literals, ${built.length} built from ${sites.length} RegExp sites; ${problems.length} flagged`);
  assert.deepEqual(problems, []);
});

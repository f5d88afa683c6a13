/** SARIF 2.1.0 output for `check --format sarif` (code-scanning tools read it). */
import type { Finding } from '../core/index';
import { LineIndex } from '../core/index';

const RULES = [
  { id: 'unsourced-claim', text: 'A statistical claim with nobody named as its source.' },
  { id: 'vague-attribution', text: 'A statistical claim attributed only vaguely (reportedly, sources said).' },
  { id: 'conflicting-figure', text: 'Another article gives an incompatible figure for the same measure.' },
];

export function toSarif(docs: { file: string; text: string; findings: Finding[] }[], version: string): object {
  const level = (s: Finding['severity']) => (s === 'information' || s === 'hint' ? 'note' : s);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'source-annotator', version, rules: RULES.map((r) => ({ id: r.id, shortDescription: { text: r.text } })) } },
      results: docs.flatMap(({ file, text, findings }) => {
        const lines = new LineIndex(text);
        return findings.map((f) => {
          const s = lines.position(f.start), e = lines.position(f.end);
          return {
            ruleId: f.code, level: level(f.severity), message: { text: f.message },
            locations: [{ physicalLocation: { artifactLocation: { uri: file.replace(/\\/g, '/') },
              region: { startLine: s.line + 1, startColumn: s.character + 1, endLine: e.line + 1, endColumn: e.character + 1 } } }],
          };
        });
      }),
    }],
  };
}

// Small helpers for numbers and tables.
import { performance } from 'node:perf_hooks';

export const MB = 1024 * 1024;

export function time(fn) {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

export function percentiles(xs) {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const at = (p) => s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
  return { n: s.length, p50: at(50), p95: at(95), p99: at(99) };
}

export const fmtMs = (v) => (v == null ? '—' : v < 10 ? v.toFixed(1) : v.toFixed(0));
export const fmtP = (p) => (p ? `${fmtMs(p.p50)} / ${fmtMs(p.p95)} / ${fmtMs(p.p99)}` : 'n/a (not provided)');

/** Prints rows (arrays of cells) as an aligned plain-text table; first row is the header. */
export function table(rows) {
  const w = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  const line = (r) => r.map((x, c) => (c === 0 ? String(x).padEnd(w[c]) : String(x).padStart(w[c]))).join('  ');
  console.log(line(rows[0]));
  console.log(w.map((n) => '─'.repeat(n)).join('  '));
  for (const r of rows.slice(1)) console.log(line(r));
}

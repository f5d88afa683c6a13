/**
 * Structural checks for regular expressions that run over untrusted text: the two shapes behind
 * super-linear backtracking, found from the source without timing anything.
 *
 *  - nested unbounded repetition: a group repeated without bound whose body can itself repeat
 *    without bound ("(a+)+", "(\w*\s?)*");
 *  - ambiguous alternation under a repetition: "(a|ab)*", "(\w|\d)+", "(x|)*" — alternatives that
 *    can begin with the same character (or match nothing), so a failing match tries every split.
 *
 * Shared by the grammar test (Oniguruma sources) and the regex audit of server/src.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const UNBOUNDED = /^(?:[*+]|\{\d+,\})/;

/**
 * The offending group of a nested unbounded repetition, or null. A repeated group whose every
 * iteration starts (or ends) with a delimiter that nothing else in it can match ("(?:,\d+)*",
 * "(?:[^/]*\/)*") splits one way only and is not flagged.
 */
export function nestedUnboundedQuantifier(source: string, flags = 'u'): string | null {
  const stack: { start: number; unbounded: boolean }[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; continue; }
    if (c === '(') { stack.push({ start: i, unbounded: false }); continue; }
    const quant = UNBOUNDED.exec(source.slice(i + (c === ')' ? 1 : 0)));
    if (c === ')') {
      const g = stack.pop();
      if (!g) continue;
      if (quant && g.unbounded && !delimited(groupBody(source.slice(g.start, i + 1)), flags)) return source.slice(g.start, i + 1 + quant[0].length);
      if (stack.length && (g.unbounded || quant)) stack[stack.length - 1].unbounded = true;
      continue;
    }
    if ((c === '*' || c === '+' || /^\{\d+,\}/.test(source.slice(i))) && stack.length) stack[stack.length - 1].unbounded = true;
  }
  return null;
}

/** Characters used to decide whether two alternatives can start alike. */
const SAMPLES = [
  ...Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)),
  '\t', '\n', '\r', '\u00a0', '\u200b', '\ufeff', 'é', 'É', 'ß', 'ж', 'Ж', 'ı', '中', '٣', '\u0301',
  '‘', '’', '“', '”', '„', '«', '»', '—', '–', '‐', '€', '£', '¥', '©', '😀',
];

function groupBody(group: string): string {
  return group.slice(group.startsWith('(?<') && !/^\(\?<[=!]/.test(group) ? group.indexOf('>') + 1 : group.startsWith('(?') ? 3 : 1, -1);
}

/**
 * Is the body a sequence of single-character atoms whose first (or last) atom is mandatory and
 * matches no character that any other atom can match? Then each repetition holds exactly one
 * such delimiter and the text splits into repetitions in one way only.
 */
function delimited(body: string, flags: string): boolean {
  if (alternatives(body).length > 1) return false;
  const atoms: { chars: Set<string>; mandatory: boolean }[] = [];
  for (let i = 0; i < body.length;) {
    if (body[i] === '(' || body[i] === '^' || body[i] === '$') return false;
    const end = atomEnd(body, i);
    const quant = /^(?:[*+?]|\{(\d+)(?:(,)(\d*))?\})[?+]?/.exec(body.slice(end));
    const mandatory = !quant || (quant[0][0] === '{' && quant[1] === '1' && !quant[2]);
    atoms.push({ chars: startsOf([body.slice(i, end)], flags), mandatory });
    i = end + (quant ? quant[0].length : 0);
  }
  const disjoint = (k: number) => atoms[k]?.mandatory
    && atoms.every((a, j) => j === k || [...a.chars].every((c) => !atoms[k].chars.has(c)));
  return atoms.length > 1 && (disjoint(0) || disjoint(atoms.length - 1));
}

/** Splits a pattern (no enclosing group) into its top-level alternatives. */
function alternatives(body: string): string[] {
  const out: string[] = [];
  let depth = 0, inClass = false, from = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { out.push(body.slice(from, i)); from = i + 1; }
  }
  out.push(body.slice(from));
  return out;
}

/** The end (exclusive) of the atom starting at i: an escape, a class, a group or one character. */
function atomEnd(s: string, i: number): number {
  const c = s[i];
  if (c === '\\') {
    if (/[pPk]/.test(s[i + 1]) && s[i + 2] === '{') return s.indexOf('}', i) + 1;
    if (s[i + 1] === 'u' && s[i + 2] === '{') return s.indexOf('}', i) + 1;
    if (s[i + 1] === 'u') return i + 6;
    if (s[i + 1] === 'x') return i + 4;
    return i + 2;
  }
  if (c === '[') {
    for (let j = i + 1; j < s.length; j++) {
      if (s[j] === '\\') { j++; continue; }
      if (s[j] === ']' && j > i + 1) return j + 1;
    }
    return s.length;
  }
  if (c === '(') {
    let depth = 0, inClass = false;
    for (let j = i; j < s.length; j++) {
      const d = s[j];
      if (d === '\\') { j++; continue; }
      if (inClass) { if (d === ']') inClass = false; continue; }
      if (d === '[') inClass = true;
      else if (d === '(') depth++;
      else if (d === ')' && --depth === 0) return j + 1;
    }
    return s.length;
  }
  return i + 1;
}

/**
 * The single-character atoms one of which the pattern must start with; `empty` when the pattern
 * can match the empty string. Zero-width parts (anchors, lookarounds) are stepped over.
 */
function firstAtoms(pattern: string): { atoms: string[]; empty: boolean } {
  const atoms: string[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === '^' || c === '$') { i++; continue; }
    if (c === '\\' && /[bBAzZG]/.test(pattern[i + 1])) { i += 2; continue; }
    const end = atomEnd(pattern, i);
    const atom = pattern.slice(i, end);
    let q = end;
    const quant = /^(?:[*+?]|\{(\d+)(?:,\d*)?\})[?+]?/.exec(pattern.slice(end));
    if (quant) q = end + quant[0].length;
    const optional = !!quant && (quant[0][0] === '*' || quant[0][0] === '?' || quant[1] === '0');
    if (atom.startsWith('(?=') || atom.startsWith('(?!') || atom.startsWith('(?<=') || atom.startsWith('(?<!')) { i = q; continue; }
    let canBeEmpty = optional;
    if (atom.startsWith('(')) {
      const inner = atom.slice(atom.startsWith('(?<') ? atom.indexOf('>') + 1 : atom.startsWith('(?') ? 3 : 1, -1);
      for (const alt of alternatives(inner)) {
        const f = firstAtoms(alt);
        atoms.push(...f.atoms);
        if (f.empty) canBeEmpty = true;
      }
    } else {
      atoms.push(atom);
    }
    if (!canBeEmpty) return { atoms, empty: false };
    i = q;
  }
  return { atoms, empty: true };
}

function startsOf(atoms: string[], flags: string): Set<string> {
  const out = new Set<string>();
  for (const atom of atoms) {
    let re: RegExp;
    try { re = new RegExp(`^(?:${atom})$`, flags.replace(/[gy]/g, '')); } catch { SAMPLES.forEach((s) => out.add(s)); continue; }
    for (const s of SAMPLES) if (re.test(s)) out.add(s);
  }
  return out;
}

/**
 * The first group repeated without bound whose alternatives can start with the same character or
 * match nothing, with a witness character; or null.
 */
export function ambiguousAlternation(source: string, flags = 'u'): string | null {
  const stack: number[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') { inClass = true; continue; }
    if (c === '(') { stack.push(i); continue; }
    if (c !== ')') continue;
    const start = stack.pop();
    if (start === undefined || !UNBOUNDED.test(source.slice(i + 1))) continue;
    const group = source.slice(start, i + 1);
    if (/^\(\?<?[=!]/.test(group)) continue;
    const inner = group.slice(group.startsWith('(?<') ? group.indexOf('>') + 1 : group.startsWith('(?') ? 3 : 1, -1);
    const alts = alternatives(inner);
    if (alts.length < 2) continue;
    const firsts = alts.map((a) => firstAtoms(a));
    if (firsts.some((f) => f.empty)) return `${group} (an alternative can match nothing)`;
    const sets = firsts.map((f) => startsOf(f.atoms, flags));
    for (let a = 0; a < sets.length; a++) for (let b = a + 1; b < sets.length; b++) {
      for (const ch of sets[a]) if (sets[b].has(ch)) return `${group} (“${alts[a]}” and “${alts[b]}” both start with ${JSON.stringify(ch)})`;
    }
  }
  return null;
}

/** Both checks; null when the regex is safe by construction. */
export function backtrackingRisk(source: string, flags = 'u'): string | null {
  const nested = nestedUnboundedQuantifier(source, flags);
  if (nested) return `nested unbounded repetition ${nested}`;
  const ambiguous = ambiguousAlternation(source, flags);
  return ambiguous ? `ambiguous alternation under repetition ${ambiguous}` : null;
}

export interface FoundRegex {
  where: string;
  source: string;
  flags: string;
}

export interface RegexSites {
  /** Regex literals, compiled so their source and flags are exact. */
  literals: FoundRegex[];
  /** `new RegExp(…)` / `RegExp(…)` calls: where they are and the argument text. */
  constructed: { where: string; argument: string }[];
}

export function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...tsFiles(p));
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out.sort();
}

/** Every regex literal and RegExp construction in the TypeScript sources under `dir`. */
export function regexSites(dir: string, root = dir): RegexSites {
  const literals: FoundRegex[] = [];
  const constructed: RegexSites['constructed'] = [];
  for (const file of tsFiles(dir)) {
    const src = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (n: ts.Node) => `${file.slice(root.length + 1)}:${src.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText(src);
        const slash = text.lastIndexOf('/');
        literals.push({ where: where(n), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        constructed.push({ where: where(n), argument: n.arguments?.[0]?.getText(src) ?? '' });
      }
      ts.forEachChild(n, visit);
    };
    visit(src);
  }
  return { literals, constructed };
}

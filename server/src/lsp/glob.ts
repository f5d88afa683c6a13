/** Minimal glob matching for include/exclude settings: **, *, ?, {a,b}, character classes. */
const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let out = '';
  let inGroup = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') { i++; out += '(?:[^/]*/)*'; } else out += '.*';
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '{') { inGroup = true; out += '(?:'; }
    else if (c === '}' && inGroup) { inGroup = false; out += ')'; }
    else if (c === ',' && inGroup) out += '|';
    else if (c === '[') {
      const close = glob.indexOf(']', i);
      if (close > i) { out += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']'; i = close; } else out += '\\[';
    } else out += c.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  re = new RegExp('^' + out + '$');
  cache.set(glob, re);
  return re;
}

/** Matches a glob against a path relative to a workspace folder (a leading ** also matches absolute paths). */
export function matchesAny(globs: readonly string[], relPath: string): boolean {
  const p = relPath.replace(/\\/g, '/');
  return globs.some((g) => globToRegExp(g.startsWith('/') || g.startsWith('**') ? g : '**/' + g).test(p) || globToRegExp(g).test(p));
}

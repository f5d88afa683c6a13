/**
 * A short part of `analyze`'s readable summary (server/src/cli-summary.ts) for `npm run demo`: every
 * article's heading line (file: counts); for the first `detailed` articles also their name lines and
 * the first `items` entries of each list (quotes, figures), the rest counted.
 *
 * The summary's layout: a heading at column 0, details indented by two spaces, list entries by four.
 */
export function shortSummary(text, { detailed = 1, items = 3 } = {}) {
  const out = [];
  let article = -1;
  let listed = 0;
  let hidden = 0;
  const flush = () => { if (hidden) out.push(`    … and ${hidden} more`); hidden = 0; };
  for (const line of text.split('\n')) {
    if (!line) continue;
    const indent = /^ */.exec(line)[0].length;
    if (indent === 0) { flush(); article++; out.push(line); continue; }
    if (article >= detailed) continue;
    if (indent === 2) { flush(); listed = 0; out.push(line); continue; }
    if (listed < items) { listed++; out.push(line); } else hidden++;
  }
  flush();
  return out.join('\n') + '\n';
}

/** Escaping untrusted article text for Markdown (hovers): no links, HTML, images or command URIs survive. */
const SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&:"'$]/g;

export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(SPECIAL, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : '\\' + c));
}

/** Shortens text to at most `max` characters on a word boundary. */
export function excerpt(text: string, max = 90): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max);
  return t.slice(0, cut > max / 2 ? cut : max) + '…';
}

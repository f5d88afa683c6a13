/**
 * Does a .txt file read as a prose article? Lists of requirements, logs and CSVs do not: an
 * article has mostly long lines of words ending in sentence punctuation.
 */
/** A sentence end followed by the next sentence's capital. */
const SENTENCE_END = /[.!?]["”’)]?\s+["“‘]?\p{Lu}/gu;

export function looksLikeArticle(text: string, fileName = ''): boolean {
  const base = fileName.toLowerCase().replace(/^.*[\\/]/, '');
  if (/^(requirements.*|constraints|license|licence|copying|notice|changelog|robots|cmakelists|third_party_notices|dependencies)\.txt$/.test(base)) return false;
  if (/\b(log|logs)\b|\.log\.txt$/.test(base)) return false;
  const sample = text.slice(0, 20000);
  if (sample.trim().length < 200) return false;
  if (/\u0000/.test(sample)) return false;
  const lines = sample.split(/\r?\n/).filter((l) => l.trim());
  if (lines.length === 0) return false;
  let prose = 0, structured = 0, words = 0;
  for (const l of lines) {
    const w = l.trim().split(/\s+/).length;
    words += w;
    if (w >= 8 && /[.!?"”’)]\s*$/.test(l.trim())) {
      // A whole article on one line (a body with no paragraph breaks) counts each sentence.
      prose += w >= 40 ? Math.max(1, (l.match(SENTENCE_END) ?? []).length) : 1;
    }
    if (/^[\w.-]+\s*(==|>=|<=|~=)/.test(l) || /^\s*\[?\d{4}-\d\d-\d\d[ T]\d\d:\d\d/.test(l) || (l.match(/[,;\t|]/g)?.length ?? 0) >= 4 && !/\s\w+\s\w+\s/.test(l)
      || /^\s*(INFO|DEBUG|WARN|WARNING|ERROR|TRACE)\b/.test(l)) structured++;
  }
  if (structured > lines.length * 0.3) return false;
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < sample.length * 0.5) return false;
  return prose >= 2 && words / lines.length >= 8;
}

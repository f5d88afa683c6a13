/**
 * A fact-check's or a list's label line: "Social homes completed: 4,100.", "Jobs lost: 230". A short label (a plural
 * noun, perhaps a word before it and a participle after it) opens the line, a colon follows and the figure ends the
 * line: the figure counts the label's noun, and the participle says what happened to it. Pure.
 */

/** The label from the line's start to the colon before the figure. */
const LABEL = /(?:^|\n)[ \t]*(?:\p{L}+[ \t]+)?(\p{L}\p{Ll}*s)(?:[ \t]+(\p{Ll}+))?:[ \t]+$/u;
/** What may follow the figure on its line: a full stop and the line's end. */
const LINE_END = /^\.?[ \t]*(?:\n|$)/;

/** The label's plural noun and participle ('' when none) for the figure at `start`..`end`, or null. */
export function labelFigure(text: string, start: number, end: number): { noun: string; verb: string } | null {
  if (start < 4 || text.charCodeAt(start - 2) !== 58 /* : */ && text.charCodeAt(start - 1) !== 58) return null;
  if (!LINE_END.test(text.slice(end, end + 4))) return null;
  const m = LABEL.exec(text.slice(Math.max(0, start - 48), start));
  return m === null ? null : { noun: m[1], verb: m[2] ?? '' };
}

/** A figure of four digits from 1800 to 2099 with no comma: a year, which a label line does not count ("Key dates: 2019"). */
const YEAR = /^(?:18|19|20)\d\d$/;

/**
 * Is the line `start`..`end` (a block the structure stage calls a heading, having no full stop) a label line
 * ("Jobs lost: 230")? Its last character is a digit and its figure follows the label's colon. Pure.
 */
export function labelLine(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
  const last = text.charCodeAt(e - 1);
  if (!(last >= 48 && last <= 57)) return false;
  let b = e;
  while (b > start && /[\d,.]/.test(text[b - 1])) b--;
  if (b <= start || text.charCodeAt(b - 1) !== 32 || YEAR.test(text.slice(b, e))) return false;
  return labelFigure(text, b, e) !== null;
}

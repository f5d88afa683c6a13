/** The one place that converts between core offsets (UTF-16) and LSP positions/ranges. */
import type { Position, Range } from 'vscode-languageserver';
import { LineIndex } from '../core/index';

const indexes = new WeakMap<object, LineIndex>();

/** A line index per document text snapshot (keyed by the entry object that holds the text). */
export function lineIndex(owner: object, text: string): LineIndex {
  let li = indexes.get(owner);
  if (!li) indexes.set(owner, (li = new LineIndex(text)));
  return li;
}

export function toRange(li: LineIndex, start: number, end: number): Range {
  return { start: li.position(start), end: li.position(end) };
}

export function toOffset(li: LineIndex, p: Position): number {
  return li.offset(p.line, p.character);
}

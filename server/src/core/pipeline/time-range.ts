/**
 * "between January and September", "between 2019 and 2023": a span of time after a figure says when
 * it was counted; it belongs to the claim, and its first word is not what is counted.
 */
import { MONTHS, WEEKDAYS } from '../model/words';

/** One end of the range: a month or weekday (a year may follow it), or a year. */
const END = String.raw`(?:(\p{L}+)(?:\s+\d{4})?|(?:1[89]|20)\d\d)`;
const RANGE = new RegExp(String.raw`^\s+between\s+${END}\s+and\s+${END}\b`, 'u');

const isTimeWord = (w: string | undefined) => w === undefined || MONTHS.has(w.toLowerCase()) || WEEKDAYS.has(w.toLowerCase());

/** The end of a time range that opens right at `offset` (white space, then "between"), or -1. */
export function timeRangeEnd(text: string, offset: number): number {
  const m = RANGE.exec(text.slice(offset, offset + 80));
  if (m === null || !isTimeWord(m[1]) || !isTimeWord(m[2])) return -1;
  return offset + m[0].length;
}

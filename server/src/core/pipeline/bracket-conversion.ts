// A figure converted into other units in brackets right after a claim ("$40 million (€37 million)",
// "300 miles (480 km)", "US$12 billion (GB £9.4 billion)", "US$80bn (€74bn, £63bn)") restates the
// claim's quantity: it is part of that claim, not a second one. Pure: offsets only.
import type { Claim } from '../types';

/** Between a claim and its conversion: an opening bracket and at most a country's code before a currency sign ("(GB £…"). */
const OPEN_BETWEEN = /^\s*\(\s*(?:\p{Lu}{2,3}\s?)?$/u;
/** After the converted figure: the closing bracket, or further conversions before it (", £63bn)"). */
const CLOSE_AFTER = /^(?:\s?,\s?[^\s(),;]{1,16}(?:\s[^\s(),;]{1,16})?){0,3}\s?\)/;

/**
 * Are two claims' quantities of one kind to convert between: a sum and a sum in any currency (one the
 * money pattern does not know, "82 billion shillings", is read as a count), or two sizes of one dimension ("miles" and "km")?
 */
function sameKind(last: Claim, c: Claim, isUnitWord: (w: string) => boolean): boolean {
  if (last.quantity.unit === 'money') return c.quantity.unit !== 'percent';
  return last.quantity.unit === 'count' && c.quantity.unit === 'count' && last.measure !== '' && last.measure === c.measure
    && isUnitWord(last.counted) && isUnitWord(c.counted);
}

/**
 * The offset just after the closing bracket when `c` converts `last` in brackets right after it, else -1.
 * The caller has checked that both lie in one sentence and that `c` begins with its figure close after `last`.
 */
export function conversionEnd(text: string, last: Claim, c: Claim, isUnitWord: (w: string) => boolean): number {
  if (!OPEN_BETWEEN.test(text.slice(last.end, c.start)) || !sameKind(last, c, isUnitWord)) return -1;
  const close = CLOSE_AFTER.exec(text.slice(c.end, c.end + 48));
  return close === null ? -1 : c.end + close[0].length;
}

/**
 * Is `c` a further conversion inside the brackets the last claim took in ("£63bn" in "US$80bn (€74bn, £63bn)")?
 */
export function insideConversion(text: string, last: Claim | undefined, c: Claim, si: number): boolean {
  if (last === undefined || last.sentence !== si || text.charCodeAt(last.end - 1) !== 41 /* ) */) return false;
  const open = text.lastIndexOf('(', last.end);
  return open > last.quantity.end && c.quantity.start > open && c.quantity.end < last.end;
}

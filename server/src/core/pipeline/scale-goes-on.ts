/**
 * A smaller written scale that goes on after a million or a billion as one figure: "two million three
 * hundred thousand" (2,300,000, not 2,000,300 and a stray "thousand"), "two million fifty thousand",
 * "one billion two hundred million". Kept out of quantities.ts's QUANTITY pattern: its NUMBER is
 * written seven times there, and the pattern is near the 20 KB past which V8 no longer optimises it.
 */

/** Number words below a hundred. */
const TENS = String.raw`(?:(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|(?:thir|four|fif|six|seven|eigh|nine)teen|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
/** After "… million": number words and a smaller scale. */
const AFTER_MILLION = new RegExp(String.raw`\s+${TENS}(?:[\s-]hundred)?[\s-]thousand(?![\p{L}\p{N}])`, 'iuy');
/** After "… billion": number words and a smaller scale. */
const AFTER_BILLION = new RegExp(String.raw`\s+${TENS}(?:[\s-]hundred)?[\s-](?:thousand|million)(?![\p{L}\p{N}])`, 'iuy');
/** After "… million three hundred" (QUANTITY's own chain): the scale the hundreds multiply. */
const HUNDRED_OF_MILLION = /million\s+\S+(?:[ -]\S+)?[\s-]hundred$/i;
const HUNDRED_OF_BILLION = /billion\s+\S+(?:[ -]\S+)?[\s-]hundred$/i;
const SCALE_AFTER_HUNDRED = /[\s-](thousand|million)(?![\p{L}\p{N}])/iuy;
/** A currency or share after the longer figure (QUANTITY's groups 11 and 12). */
const UNIT_AFTER = /\s?(%|percent|per cent|(?<=\d)pc)(?![\p{L}\p{N}])|\s(?:US\s)?(dollars|euros|pounds|yen)\b/iuy;

/** Does a figure end in "million", "billion" or "hundred" (a cheap test of its last letters)? */
export function endsInLargeScale(s: string): boolean {
  const n = s.length;
  if (n < 7) return false;
  const last = s.charCodeAt(n - 1) | 0x20;
  if (last === 110) return /[mb]illion$/i.test(s); // n
  return last === 100 && /hundred$/i.test(s); // d
}

/** Extends a plain figure's match `m` (its text, group 10 and unit groups) by the smaller scale after it in `piece`, if any. */
export function scaleGoesOn(piece: string, m: RegExpExecArray): void {
  const end = m.index + m[0].length;
  let tail: RegExpExecArray | null = null;
  if (/hundred$/i.test(m[0])) {
    const bigger = HUNDRED_OF_BILLION.test(m[0]) ? 'billion' : HUNDRED_OF_MILLION.test(m[0]) ? 'million' : '';
    if (bigger === '') return;
    SCALE_AFTER_HUNDRED.lastIndex = end;
    tail = SCALE_AFTER_HUNDRED.exec(piece);
    if (tail !== null && bigger === 'million' && tail[1].toLowerCase() !== 'thousand') tail = null;
  } else {
    const re = /billion$/i.test(m[0]) ? AFTER_BILLION : AFTER_MILLION;
    re.lastIndex = end;
    tail = re.exec(piece);
  }
  if (tail === null) return;
  m[0] += tail[0];
  m[10] += tail[0];
  UNIT_AFTER.lastIndex = end + tail[0].length;
  const unit = UNIT_AFTER.exec(piece);
  if (unit !== null) {
    m[0] += unit[0];
    if (unit[1] !== undefined) m[11] = unit[1];
    else m[12] = unit[2];
  }
}

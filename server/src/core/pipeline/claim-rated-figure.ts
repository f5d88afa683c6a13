// A machine's rated figure is its specification, like a capacity (capacity.ts) or a size (extent.ts): an
// engine's size or output, a battery's store, fuel economy, a sprint time ("a 2.0-litre turbocharged
// engine", "a 77 kWh battery", "producing 250 hp", "returns 31 mpg", "reaches 100 km/h in 4.1 seconds"). It
// reports nothing that happened. A figure that moved or was measured across a fleet stays a claim
// ("average economy rose to 31 mpg", "winds reached 100 km/h", "sold 2 litres of milk"). Pure: offsets only.
import type { Quantity } from '../types';

/** After the figure: a rating's unit, then a few words, then the machine it rates ("2.0-litre turbocharged engine", "5.0-litre V8"). */
const RATED_MACHINE_AFTER = /^[\s\-‐]?(?:litre|liter|kwh|kw|hp|bhp|horsepower|cc|volt)[\s\-‐](?:[\p{Ll}-]+\s){0,2}(?:engines?|motors?|battery|batteries|battery\spacks?|powertrains?|V6|V8|V10|V12|diesel|petrol|turbo)\b/iu;

/** After the figure: a unit of output or economy ("250 hp", "31 mpg", "400 Nm"). */
const OUTPUT_UNIT_AFTER = /^\s?(?:hp|bhp|horsepower|mpg|Nm|lb-ft|kW)\b/;

/** Right before: a machine's verb of output or economy, perhaps a bound ("producing 250 hp", "returns up to 31 mpg"). */
const OUTPUT_VERB_BEFORE = /\b(?:produc(?:es|ing|e)|develop(?:s|ing)?|deliver(?:s|ing)?|return(?:s|ing)?|rated at|puts out|putting out)\s(?:up to\s|about\s|around\s|some\s)?$/i;

/** A sprint: a speed reached in a time ("reaches 100 km/h in 4.1 seconds", "0-100 km/h in 6.2 seconds"). */
const SPRINT_AFTER = /^\s?(?:km\/h|mph)\s+in\s+(?:\d+(?:\.\d+)?|under\s\d+(?:\.\d+)?)\s+seconds?\b/i;

/** Letters a rating's unit can open with (most figures have none after them). */
const INITIALS = new Set([...'lkhbcvmnk'].map((l) => l.charCodeAt(0)));

/** Is `q` a machine's rated figure (engine size, output, battery, economy, sprint)? Counts only. */
export function ratedFigure(text: string, q: Quantity, sentenceStart: number): boolean {
  if (q.unit !== 'count') return false;
  const sep = text.charCodeAt(q.end);
  const first = (sep === 32 || sep === 45 || sep === 0x2010 ? text.charCodeAt(q.end + 1) : sep) | 0x20;
  if (!INITIALS.has(first)) return false;
  const after = text.slice(q.end, q.end + 60);
  if (RATED_MACHINE_AFTER.test(after) || SPRINT_AFTER.test(after)) return true;
  return OUTPUT_UNIT_AFTER.test(after) && OUTPUT_VERB_BEFORE.test(text.slice(Math.max(sentenceStart, q.start - 30), q.start));
}

// A machine's rated figure is its specification, like a capacity (capacity.ts) or a size (extent.ts): an
// engine's size or output, a battery's store, fuel economy, a sprint time ("a 2.0-litre turbocharged
// engine", "a 77 kWh battery", "producing 250 hp", "returns 31 mpg", "reaches 100 km/h in 4.1 seconds"). It
// reports nothing that happened. A figure that moved or was measured across a fleet stays a claim
// ("average economy rose to 31 mpg", "winds reached 100 km/h", "sold 2 litres of milk"). So is a device's or an AI
// model's specification (`deviceSpecFigure`): a clock speed, a refresh rate, a battery's charge or a camera's resolution
// ("runs at 2.8 GHz", "a 5,000 mAh battery", "a 50 megapixel camera", "a 3 nanometre process"), storage or memory named
// as such ("12 GB of memory", "the 256 GB model"; not "400 GB of data", what thieves took), a screen's size ("a 6.7-inch
// OLED display"), a model's size ("400 billion parameters") or context ("a context window of 1 million tokens").
// Pure: offsets only.
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

/** Units that only a device's specification uses, right after the figure ("2.8 GHz", "3,400 MHz", "5,000 mAh"). */
const SPEC_UNIT_AFTER = /^[\s\-‐]?(?:[GMk]?Hz|mAh|megapixels?|nanomet(?:re|er)s?|nm\s+(?:process|chips?|node))(?![\p{L}\p{N}])/u;

/** Storage or memory in bytes, before what holds it: "12 GB of memory", "the 256 GB model", "a 1 TB option". */
const STORAGE_AFTER = /^[\s\-‐]?(?:[KMGT]B|kilobytes?|megabytes?|gigabytes?|terabytes?)\s+(?:of\s+(?:storage|memory|RAM|flash)\b|(?:storage|memory|RAM|SSD)\b|(?:[\p{L}-]+\s+)?(?:model|version|variant|option|edition|configuration|drive|card|phone|tablet|laptop)s?\b)/u;

/** A length in inches or centimetres before a screen, up to two words between: "6.7-inch OLED display", "65-inch television". */
const SCREEN_AFTER = /^[\s\-‐]?(?:inch(?:es)?|cm|centimet(?:re|er)s?)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:display|screen|touchscreen|monitor|television|TV|tablet|laptop|notebook)s?\b/u;

/** A model's size: "400 billion parameters", "a 70-billion-parameter model". */
const PARAMETERS_AFTER = /^[\s\-‐]?param(?:eter)?s?\b/;

/** A model's context right before its size in tokens: "a context window of", "a context of up to". */
const CONTEXT_BEFORE = /\bcontext(?:\s+window|\s+length)?\s+of\s+(?:up\s+to\s+)?$/i;
const TOKENS_AFTER = /^\s+tokens\b/;

/** Is `q` a device's or an AI model's specification (clock, storage, screen, parameters, context)? Counts only. */
export function deviceSpecFigure(text: string, q: Quantity): boolean {
  if (q.unit !== 'count') return false;
  const after = text.slice(q.end, q.end + 64);
  if (SPEC_UNIT_AFTER.test(after) || STORAGE_AFTER.test(after) || SCREEN_AFTER.test(after) || PARAMETERS_AFTER.test(after)) return true;
  return TOKENS_AFTER.test(after) && CONTEXT_BEFORE.test(text.slice(Math.max(0, q.start - 40), q.start));
}

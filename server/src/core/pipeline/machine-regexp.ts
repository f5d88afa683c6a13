/**
 * V8 runs a new pattern's first searches from bytecode and compiles it to machine code a few
 * searches later. For a large pattern (many alternatives, case folding, Unicode classes) building
 * and tidying that bytecode costs several times the machine code, and is thrown away at once: the
 * quantity pattern spent ~0.2 s of each fresh process this way, against ~0.02 s for its machine
 * code. V8 compiles a pattern to machine code at once when it is first run on a subject of 1,000
 * characters or more; this runs it so. Only the time of the first searches changes, never a match.
 */

/** A subject long enough that V8 compiles a pattern for it to machine code at once (its threshold is 1,000). */
const LONG_SUBJECT = ' '.repeat(1024);

/** Runs `re` once on a long subject of spaces (so compiled to machine code), and leaves its `lastIndex` at 0. */
export function compileToMachineCode(re: RegExp): void {
  re.lastIndex = 0;
  re.exec(LONG_SUBJECT);
  re.lastIndex = 0;
}

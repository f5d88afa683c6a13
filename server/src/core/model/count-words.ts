/**
 * Words that count a group or a set of things without digits ("three porters", "several nurses", "dozens of
 * homes"): the small cardinals up to twelve and the vague counts. Listed alphabetically.
 */
export const COUNT_WORDS: ReadonlySet<string> = new Set(
  'dozens eight eleven five four hundreds many nine one seven several six some ten thousands three twelve two'.split(' '),
);

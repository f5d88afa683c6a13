/** The quotation marks a name in marks may stand between (straight, curly, single), for the entity passes that read titles and nicknames. */
export const OPEN_MARKS: ReadonlySet<string> = new Set(['"', '“', '‘', "'"]);
export const CLOSE_MARKS: ReadonlySet<string> = new Set(['"', '”', '’', "'"]);

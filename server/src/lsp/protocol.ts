/** Custom protocol shared by client and server (declared once). */
export const STATUS_NOTIFICATION = 'sourceAnnotator/status';

export interface StatusParams {
  indexing: boolean;
  articles: number;
  skipped: number;
  /** Files not analysed and why (the first 10, for the tooltip / output channel; all: SKIPPED_FILES_REQUEST). */
  skippedExamples: SkippedFile[];
  /** While indexing: .txt files looked at so far, of `total`. */
  scanned?: number;
  total?: number;
  /** Documents analysed since the server started, and documents taken from the index cache. */
  analysed?: number;
  fromCache?: number;
}

export interface SkippedFile { uri: string; reason: string }

/** Request (no params): every file not analysed, with the reason, sorted by URI. */
export const SKIPPED_FILES_REQUEST = 'sourceAnnotator/skippedFiles';

export interface SkippedFilesResult {
  /** `setting`: the setting that would let the file in (the size limit, include), if one would. */
  files: (SkippedFile & { setting?: string })[];
}

/** Request: counters for benchmarks and tests (documents analysed, entities re-clustered by the last update). */
export const STATS_REQUEST = 'sourceAnnotator/stats';

export interface StatsResult {
  articles: number;
  analyses: number;
  reclustered: number;
}

export const COMMANDS = {
  showCorroborations: 'sourceAnnotator.showCorroborations',
  openLocation: 'sourceAnnotator.openLocation',
  /** (uri, position, locations): the locations in the peek view, e.g. from a code lens. */
  showLocations: 'sourceAnnotator.showLocations',
} as const;

/** Entities view: every corpus-wide entity with its counts (request, no params). */
export const ENTITIES_REQUEST = 'sourceAnnotator/entities';
/** Entities view: the mentions of one entity (request). */
export const ENTITY_MENTIONS_REQUEST = 'sourceAnnotator/entityMentions';
/** Sent (debounced) after the set of articles or their text changed: the entity list may differ. */
export const ENTITIES_CHANGED_NOTIFICATION = 'sourceAnnotator/entitiesChanged';

export type EntityKind = 'PERSON' | 'ORG' | 'LOC' | 'NORP';

export interface EntityInfo {
  id: string;
  name: string;
  type: EntityKind;
  /** Other spellings seen across the articles (plain text). */
  aliases: string[];
  mentions: number;
  /** Number of articles that name the entity. */
  articles: number;
}

export interface EntitiesResult {
  entities: EntityInfo[];
}

export interface EntityMentionsParams {
  id: string;
}

export interface EntityMention {
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  /** The mention's line, trimmed and shortened: plain text, never Markdown. */
  excerpt: string;
  /** Where the mention sits in `excerpt` (UTF-16 offsets, end exclusive). */
  highlight: [number, number];
}
/**
 * Commands the server executes (workspace/executeCommand). The language client registers them in
 * the editor by itself; `clearCheckedInFile` is the palette command the client adds over them.
 */
export const SERVER_COMMANDS = {
  markChecked: 'sourceAnnotator.markChecked',
  unmarkChecked: 'sourceAnnotator.unmarkChecked',
  clearChecked: 'sourceAnnotator.clearChecked',
} as const;

export const CLIENT_COMMANDS = {
  clearCheckedInFile: 'sourceAnnotator.clearCheckedInFile',
} as const;

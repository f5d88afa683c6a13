/** Custom protocol shared by client and server (declared once). */
export const STATUS_NOTIFICATION = 'sourceAnnotator/status';

export interface StatusParams {
  indexing: boolean;
  articles: number;
  skipped: number;
  /** Files not analysed and why (a few, for the tooltip / output channel). */
  skippedExamples: { uri: string; reason: string }[];
  /** Documents analysed since the server started, and documents taken from the index cache. */
  analysed?: number;
  fromCache?: number;
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
} as const;

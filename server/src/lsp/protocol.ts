/** Custom protocol shared by client and server (declared once). */
export const STATUS_NOTIFICATION = 'sourceAnnotator/status';

export interface StatusParams {
  indexing: boolean;
  articles: number;
  skipped: number;
  /** Files not analysed and why (a few, for the tooltip / output channel). */
  skippedExamples: { uri: string; reason: string }[];
}

export const COMMANDS = {
  showCorroborations: 'sourceAnnotator.showCorroborations',
  openLocation: 'sourceAnnotator.openLocation',
  /** (uri, position, locations): the locations in the peek view, e.g. from a code lens. */
  showLocations: 'sourceAnnotator.showLocations',
} as const;

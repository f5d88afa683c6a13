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
} as const;

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

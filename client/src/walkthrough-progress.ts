/**
 * Ticks the Getting Started walkthrough's "Open a folder of articles" step once the server reports
 * indexed articles. Pure logic (no `vscode` import); the client passes `executeCommand`.
 *
 * The step's `onContext:sourceAnnotator.hasArticles` completion event alone left it unticked:
 * VS Code ticks an `onContext` step only when the context turns true *after* the walkthrough is
 * registered, and it registers extension walkthroughs only after waiting for its experiment service
 * (up to 5 s). A small folder is indexed sooner, so the context was already true and the step was
 * never ticked in that session. `welcome.markStepComplete` (the workbench's own "Mark Step Complete"
 * command) records the step as done even before the walkthrough is registered (the command then
 * rejects, which is ignored); if a VS Code lacks the command, the completion event still applies.
 */
export const WALKTHROUGH_ID = 'sourceAnnotator.gettingStarted';
export const OPEN_FOLDER_STEP = 'openFolder';
export const MARK_STEP_COMPLETE = 'welcome.markStepComplete';

/** How VS Code names an extension's walkthrough step: `publisher.name#walkthrough#step`. */
export function walkthroughStepId(extensionId: string, step: string, walkthrough = WALKTHROUGH_ID): string {
  return `${extensionId}#${walkthrough}#${step}`;
}

export type RunCommand = (command: string, ...args: unknown[]) => PromiseLike<unknown>;

export class OpenFolderStep {
  private ticked = false;
  constructor(private readonly extensionId: string, private readonly run: RunCommand) {}

  /** Called with each status the server sends; ticks the step the first time articles are indexed. */
  onArticles(articles: number): void {
    if (this.ticked || articles <= 0) return;
    this.ticked = true;
    try {
      this.run(MARK_STEP_COMPLETE, walkthroughStepId(this.extensionId, OPEN_FOLDER_STEP)).then(undefined, () => {});
    } catch { /* a host without the command: the completion event remains */ }
  }
}

/**
 * Ticks the Getting Started walkthrough's "Open a folder of articles" step once the server reports
 * indexed articles. Pure logic (no `vscode` import); the client passes `executeCommand`.
 *
 * Why an internal command and not only the step's `completionEvents` (checked against VS Code's
 * walkthroughs service, `welcomeGettingStarted/browser/gettingStartedService.ts`):
 * - `onContext:sourceAnnotator.hasArticles` (kept in package.json) ticks the step only when the
 *   context turns true *after* the walkthrough is registered. VS Code registers an extension's
 *   walkthroughs only after waiting for its experiment service (up to 5 s); a key already true at
 *   registration is recorded as a past session event, and a later change of it never ticks the
 *   step in that session. A small folder is indexed sooner, so the step stayed unticked.
 * - `onCommand:X` has the same race (a command run before registration is a past session event
 *   with no listener, and registration does not look back at it), and it sees only commands run
 *   through the workbench's command service: a command this extension runs in its own host never
 *   gets there, and a workbench command such as `setContext` is run by every extension.
 * - No other event (`onView`, `onSettingChanged`, `onLink`, `onEvent`) says "articles are indexed",
 *   and the extension API has no call that completes a step.
 * `welcome.markStepComplete` (the workbench's own "Mark Step Complete" command) stores the step as
 * done even before the walkthrough is registered (the command then rejects, which is ignored). If
 * a VS Code lacks or renames the command, the call fails quietly and the completion event applies.
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

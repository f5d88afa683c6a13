/**
 * When the language server stops unexpectedly, the client restarts it, but not forever, and it
 * tells the user each time. Pure logic (no `vscode` import) so it can be unit-tested; the client
 * adapts it to vscode-languageclient's ErrorHandler.
 */
export interface RestartDecision {
  restart: boolean;
  message: string;
}

export class RestartPolicy {
  private readonly stops: number[] = [];

  /** `maxRestarts` restarts within `windowMs`; one more stop in that window ends the restarts. */
  constructor(private readonly maxRestarts = 4, private readonly windowMs = 3 * 60_000) {}

  /** Called when the server's connection closed without a requested stop. */
  onStopped(now: number): RestartDecision {
    this.stops.push(now);
    while (this.stops.length && now - this.stops[0] > this.windowMs) this.stops.shift();
    if (this.stops.length <= this.maxRestarts) {
      return {
        restart: true,
        message: 'Source Annotator: the language server stopped unexpectedly and was restarted. The output channel "Source Annotator" shows why.',
      };
    }
    const minutes = Math.round(this.windowMs / 60_000);
    return {
      restart: false,
      message: `Source Annotator: the language server stopped ${this.stops.length} times in ${minutes} minutes and will not be restarted. ` +
        'See the output channel "Source Annotator", then run "Source Annotator: Restart Language Server".',
    };
  }
}

/**
 * What the client does when the connection to the language server fails.
 *
 * vscode-languageclient's default handler shuts the client down for good after the fourth failed
 * write on one connection. When the server dies while the editor is sending it a burst of
 * requests (a diagnostic pull per shard, symbols, code actions, semantic tokens …), every one of
 * them is written to a closed pipe before the client reads the close, and the default handler
 * stops the client instead of restarting the server: the editor is left without diagnostics until
 * it is reloaded (seen in CI; test/extension/restart.test.ts reproduces it). Here a failed write
 * only fails its request; whether the server comes back is decided when the connection closes,
 * like vscode-eslint: restarted, unless it died more than MAX_RESTARTS times in WINDOW_MS.
 */
import * as vscode from 'vscode';
import {
  CloseAction, CloseHandlerResult, ErrorAction, ErrorHandler, ErrorHandlerResult, Message,
} from 'vscode-languageclient/node';

/** Restarts allowed within WINDOW_MS; one more crash in the window and the server stays down. */
export const MAX_RESTARTS = 4;
export const WINDOW_MS = 3 * 60_000;

export class RestartingErrorHandler implements ErrorHandler {
  private readonly crashes: number[] = [];

  constructor(private readonly output: vscode.LogOutputChannel, private readonly now: () => number = Date.now) {}

  error(error: Error, _message: Message | undefined, count: number | undefined): ErrorHandlerResult {
    // a failed write or read: the request in flight fails; if the server is gone, the close follows
    this.output.warn(`${vscode.l10n.t('The connection to the Huashu language server failed:')} ${error.message}${count ? ` (${count})` : ''}`);
    return { action: ErrorAction.Continue, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = this.now();
    while (this.crashes.length > 0 && now - this.crashes[0] > WINDOW_MS) this.crashes.shift();
    this.crashes.push(now);
    if (this.crashes.length > MAX_RESTARTS) {
      return {
        action: CloseAction.DoNotRestart,
        message: vscode.l10n.t('The Huashu language server stopped {0} times in the last 3 minutes and will not be restarted. See the Huashu output, then run “Huashu: Restart the Language Server”.', this.crashes.length),
      };
    }
    return { action: CloseAction.Restart, message: vscode.l10n.t('The Huashu language server stopped unexpectedly; restarting it.'), handled: true };
  }
}

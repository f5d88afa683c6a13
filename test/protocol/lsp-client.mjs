// A minimal LSP client over stdio for protocol tests: spawns dist/server.js --stdio, frames
// JSON-RPC with Content-Length headers, answers the server's own requests, and lets tests wait
// for notifications (with a bound, never a bare sleep).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

export class LspClient {
  /**
   * `serverPath`: another build of the server (e.g. the one inside an installed VSIX);
   * `execArgv`: Node options, e.g. the `--expose-gc` the extension's client starts it with.
   */
  constructor({ settings = {}, onConfiguration, serverPath = root + 'dist/server.js', execArgv = [] } = {}) {
    this.proc = spawn(process.execPath, [...execArgv, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.nextId = 1;
    this.pending = new Map();
    this.notifications = [];
    this.waiters = [];
    this.stderr = '';
    this.settings = settings;
    this.onConfiguration = onConfiguration;
    this.exited = new Promise((res) => this.proc.on('exit', (code) => res(code)));
    let buf = Buffer.alloc(0);
    this.proc.stdout.on('data', (chunk) => {
      buf = Buffer.concat([buf, chunk]);
      for (;;) {
        const sep = buf.indexOf('\r\n\r\n');
        if (sep < 0) break;
        const len = Number(/Content-Length: (\d+)/i.exec(buf.subarray(0, sep).toString())[1]);
        if (buf.length < sep + 4 + len) break;
        const msg = JSON.parse(buf.subarray(sep + 4, sep + 4 + len).toString('utf8'));
        buf = buf.subarray(sep + 4 + len);
        this.dispatch(msg);
      }
    });
    this.proc.stderr.on('data', (d) => (this.stderr += d));
  }

  dispatch(msg) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(msg.error.message)); else p?.resolve(msg.result);
    } else if (msg.id !== undefined) {
      // A request from the server: configuration, progress creation, registrations.
      let result = null;
      // `settings` may be a function of the item ({ scopeUri, section }): a folder's own settings.
      if (msg.method === 'workspace/configuration') result = msg.params.items.map((item) => (typeof this.settings === 'function' ? this.settings(item) : this.settings));
      this.write({ jsonrpc: '2.0', id: msg.id, result });
    } else {
      this.notifications.push(msg);
      for (const w of [...this.waiters]) if (w.test(msg)) { w.resolve(msg); this.waiters.splice(this.waiters.indexOf(w), 1); }
    }
  }

  write(msg) {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request(method, params, timeoutMs = 10000) {
    const id = this.nextId++;
    this.write({ jsonrpc: '2.0', id, method, params });
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`${method} timed out\n${this.stderr}`)), timeoutMs);
      this.pending.set(id, { resolve: (v) => { clearTimeout(t); resolve(v); }, reject: (e) => { clearTimeout(t); reject(e); } });
    });
  }

  notify(method, params) {
    this.write({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the first notification (past or future) that matches, or rejects after timeoutMs. */
  waitFor(test, timeoutMs = 10000, { fresh = false } = {}) {
    if (!fresh) {
      const seen = this.notifications.find(test);
      if (seen) return Promise.resolve(seen);
    }
    return new Promise((resolve, reject) => {
      const w = { test, resolve: (m) => { clearTimeout(t); resolve(m); } };
      const t = setTimeout(() => { this.waiters.splice(this.waiters.indexOf(w), 1); reject(new Error('timed out waiting for a notification')); }, timeoutMs);
      this.waiters.push(w);
    });
  }

  diagnosticsFor(uri, opts) {
    return this.waitFor((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri, 10000, opts);
  }

  async initialize(rootUri, capabilities = { workspace: { configuration: true }, window: { workDoneProgress: true } }, initializationOptions = undefined) {
    const r = await this.request('initialize', {
      processId: process.pid, rootUri, capabilities, initializationOptions,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'ws' }] : null,
    });
    this.notify('initialized', {});
    return r;
  }

  async shutdown() {
    await this.request('shutdown', null);
    this.notify('exit', null);
    return this.exited;
  }

  kill() {
    this.proc.kill();
  }
}

// The built app as `npm start` runs it (scripts/start.ts: prepare the database, build when
// the sources changed, `next start`), on 127.0.0.1 and its own port. The start script and
// the Next server run in their own process group, so kill -9 takes both, as a crash would.
import { spawn, type ChildProcess } from 'node:child_process';
import { openSync } from 'node:fs';

export class AppProcess {
  private child: ChildProcess | null = null;
  private exited: Promise<void> = Promise.resolve();
  readonly base: string;

  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
    private readonly logFile: string,
  ) {
    this.base = `http://127.0.0.1:${port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  /** Starts the app and waits until /api/health answers (the build, when one is needed, counts). */
  async start(timeoutMs = 600_000): Promise<void> {
    const log = openSync(this.logFile, 'a');
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/start.ts'], {
      env: { ...process.env, ...this.env, PORT: String(this.port), HOST: '127.0.0.1', NEXT_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', log, log],
      detached: true,
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode} while starting; see ${this.logFile}`);
      const ok = await fetch(`${this.base}/api/health`, { signal: AbortSignal.timeout(2000) }).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the app did not answer /api/health within ${timeoutMs / 1000} s; see ${this.logFile}`);
  }

  /** kill -9 of the whole group (start script and Next server): no shutdown code runs. */
  async crash(): Promise<void> {
    if (this.child?.pid) process.kill(-this.child.pid, 'SIGKILL');
    await this.exited;
    this.child = null;
  }

  async stop(): Promise<void> {
    if (!this.child?.pid) return;
    try {
      process.kill(-this.child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
    const forced = setTimeout(() => this.child?.pid && process.kill(-this.child.pid, 'SIGKILL'), 15_000);
    await this.exited;
    clearTimeout(forced);
    this.child = null;
  }
}

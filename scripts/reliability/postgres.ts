// A throwaway PostgreSQL cluster for the reliability suite and the load bench, as .ci/run
// starts one: initdb in a temporary directory, on 127.0.0.1 and a free port, as the
// postgres user when running as root. Stopped (and deleted) by stop().
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './ports';

export type ThrowawayPostgres = {
  /** A URL for database `name` on this server. */
  url: (name: string) => string;
  bin: string;
  port: number;
  createDatabase: (name: string) => void;
  /** Stops the server (fast: open connections are cut), waits `downMs`, starts it again. */
  restart: (downMs: number) => Promise<void>;
  stop: () => void;
};

export function postgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).sort((a, b) => Number(a) - Number(b));
  for (const v of versions.reverse()) if (existsSync(path.join(root, v, 'bin', 'initdb'))) return path.join(root, v, 'bin');
  return null;
}

export async function startPostgres(opts: { maxConnections?: number } = {}): Promise<ThrowawayPostgres> {
  const bin = postgresBin();
  if (!bin) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install -y postgresql)');
  const dir = mkdtempSync(path.join(tmpdir(), 'recall-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot)
    chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const run = (cmd: string) =>
    asRoot ? execFileSync('su', ['postgres', '-c', cmd], { stdio: 'pipe' }) : execFileSync('sh', ['-c', cmd], { stdio: 'pipe' });
  const port = await freePort();
  const data = path.join(dir, 'data');
  run(`${bin}/initdb -D ${data} -U postgres --auth=trust`);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=${opts.maxConnections ?? 300}`;
  const start = () => run(`${bin}/pg_ctl -D ${data} -o '${options}' -l ${dir}/log start -w`);
  const stopCmd = `${bin}/pg_ctl -D ${data} stop -m fast -w`;
  start();
  const url = (name: string) => `postgresql://postgres@127.0.0.1:${port}/${name}`;
  return {
    url,
    bin,
    port,
    createDatabase: (name) => run(`${bin}/psql -h 127.0.0.1 -p ${port} -U postgres -qc 'create database ${name}'`),
    restart: async (downMs) => {
      run(stopCmd);
      await new Promise((r) => setTimeout(r, downMs));
      start();
    },
    stop: () => {
      try {
        run(stopCmd);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

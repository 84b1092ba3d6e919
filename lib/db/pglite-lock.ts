/**
 * One process per PGlite data directory. PGlite keeps no lock of its own, and two
 * processes writing one directory corrupt it, so the process that opens it writes
 * `<dir>.lock` with its pid (beside the directory, never inside PGlite's files). A lock
 * whose process is gone (killed with -9, say) is stale and taken over, so a crash never
 * blocks the restart; a live one refuses the open with a message that says who holds it.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';

export const lockPath = (dir: string) => `${dir.replace(/[\\/]+$/, '')}.lock`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

const readPid = (file: string): number | null => {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
};

export class DirectoryInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The PGlite data directory ${dir} is in use by process ${pid} (lock file ${lockPath(dir)}). ` +
        'Only one process may open it at a time: stop that process (is the app running?), or use another PGLITE_DIR.',
    );
  }
}

/** Takes the lock for this process; returns its release. Throws DirectoryInUseError when a live process holds it. */
export function lockDirectory(dir: string): () => void {
  const file = lockPath(dir);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return release(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = readPid(file);
    if (holder === process.pid) return release(file);
    if (holder !== null && alive(holder)) throw new DirectoryInUseError(dir, holder);
    rmSync(file, { force: true }); // stale: its process is gone (or the file is half-written)
  }
  throw new Error(`Could not take the lock ${file}: another process keeps taking it.`);
}

function release(file: string): () => void {
  const onExit = () => unlink(file);
  process.once('exit', onExit);
  return () => {
    process.off('exit', onExit);
    unlink(file);
  };
}

function unlink(file: string) {
  if (readPid(file) === process.pid) rmSync(file, { force: true });
}

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DirectoryInUseError, lockDirectory, lockPath } from './pglite-lock';

const dir = () => path.join(mkdtempSync(path.join(tmpdir(), 'lock-')), 'pglite');
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

describe('lockDirectory', () => {
  it('writes this pid beside the directory and removes it on release', () => {
    const d = dir();
    const release = lockDirectory(d);
    expect(readFileSync(lockPath(d), 'utf8')).toBe(String(process.pid));
    release();
    expect(existsSync(lockPath(d))).toBe(false);
  });

  it('refuses while another live process holds the directory, naming it', () => {
    const d = dir();
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    cleanups.push(() => other.kill('SIGKILL'));
    writeFileSync(lockPath(d), String(other.pid));
    expect(() => lockDirectory(d)).toThrow(DirectoryInUseError);
    expect(() => lockDirectory(d)).toThrow(new RegExp(`in use by process ${other.pid}`));
    expect(readFileSync(lockPath(d), 'utf8')).toBe(String(other.pid));
  });

  it('takes over a stale lock left by a process that is gone', () => {
    const d = dir();
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(lockPath(d), String(gone));
    const release = lockDirectory(d);
    expect(readFileSync(lockPath(d), 'utf8')).toBe(String(process.pid));
    release();
  });
});

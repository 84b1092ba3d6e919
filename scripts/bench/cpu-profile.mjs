// Preload for profiling the app under load: node's --cpu-prof is refused in NODE_OPTIONS,
// so this starts the V8 profiler through node:inspector and writes the profile when the
// process exits. Use: BENCH_SERVER_NODE_OPTIONS="--import ./scripts/bench/cpu-profile.mjs"
// CPU_PROFILE_DIR=/tmp/prof npm run bench -- --only=load, then scripts/bench/profile-summary.ts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import path from 'node:path';

const dir = process.env.CPU_PROFILE_DIR || 'test-results/cpu-profiles';
const session = new Session();
session.connect();
session.post('Profiler.enable');
session.post('Profiler.start');
let written = false;
function write() {
  if (written) return;
  written = true;
  // The main-thread session answers synchronously, so this works inside 'exit'.
  session.post('Profiler.stop', (err, result) => {
    if (err || !result) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
  });
}
process.on('exit', write);
for (const sig of ['SIGTERM', 'SIGINT']) process.prependListener(sig, write);

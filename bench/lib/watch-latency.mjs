// Watch latency: start `casebrief watch` on one case study, save the file, and poll until both
// outputs on disk are newer than before the save. Reported: save → last output written.
import { spawn } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { median } from './measure.mjs';

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);

async function until(test, timeoutMs) {
  const started = performance.now();
  while (!test()) {
    if (performance.now() - started > timeoutMs) throw new Error('watch: timed out waiting for the rebuilt files');
    await sleep(1);
  }
}

/** Median milliseconds from a save to both rebuilt outputs on disk, over `runs` saves. */
export async function watchLatency(command, source, root, runs = 7) {
  const dir = path.join(root, 'watch');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, path.basename(source));
  copyFileSync(source, file);
  const out = path.join(dir, 'out');
  const id = path.basename(file, '.yaml');
  const outputs = ['pdf', 'pptx'].map((ext) => path.join(out, `${id}.${ext}`));
  const child = spawn(command, ['watch', file, '--out', out], { stdio: 'ignore' });
  try {
    await until(() => outputs.every(existsSync), 30_000);
    await sleep(500);
    const latencies = [];
    for (let i = 0; i < runs; i++) {
      const before = outputs.map(mtime);
      const saved = performance.now();
      appendFileSync(file, `# saved ${i}\n`);
      await until(() => outputs.every((o, k) => mtime(o) > before[k]), 30_000);
      latencies.push(performance.now() - saved);
      await sleep(400);
    }
    return median(latencies);
  } finally {
    child.kill('SIGINT');
  }
}

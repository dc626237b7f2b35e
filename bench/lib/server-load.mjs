// casebrief serve under load, as a survey platform meets it: the built command serves a folder
// holding the sample on loopback; 100 render requests are sent at once (three PDFs to each deck);
// then a one-paragraph edit is previewed, one request at a time, as the studio asks after typing.
// Reported: throughput, p50 and p99 latency of the 100, and the median preview (server side).
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { median } from './measure.mjs';

function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Starts `command serve folder --port 0` and resolves with its address and the process. */
function startServer(command, folder) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, ['serve', folder, '--port', '0'], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /http:\/\/[^\s#]+/.exec(out)?.[0];
      if (url) resolve({ url: url.replace(/\/$/, ''), child });
    });
    child.on('exit', (code) => reject(new Error(`casebrief serve stopped (exit ${code})`)));
  });
}

export async function serverLoad(command, source, root, { concurrent = 100, previews = 10 } = {}) {
  const folder = path.join(root, 'serve');
  mkdirSync(folder, { recursive: true });
  copyFileSync(source, path.join(folder, path.basename(source)));
  const yaml = readFileSync(source, 'utf8');
  const { url, child } = await startServer(command, folder);
  try {
    const render = async (format, body = yaml) => {
      const started = performance.now();
      const res = await fetch(`${url}/api/render?format=${format}`, { method: 'POST', headers: { 'Content-Type': 'application/yaml' }, body });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`render answered ${res.status}`);
      return performance.now() - started;
    };
    // Warm the workers first, as a server that has been up a while is.
    await Promise.all([render('pdf'), render('pptx')]);
    const started = performance.now();
    const times = await Promise.all(Array.from({ length: concurrent }, (_, i) => render(i % 4 === 3 ? 'pptx' : 'pdf')));
    const wall = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const previewTimes = [];
    for (let i = 0; i < previews; i++) {
      const edited = yaml.replace('The partnership between Milan and Shanghai began', `The partnership between Milan and Shanghai (${i}) began`);
      const t0 = performance.now();
      const res = await fetch(`${url}/api/preview?parts=pdf`, { method: 'POST', headers: { 'Content-Type': 'application/yaml' }, body: edited });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`preview answered ${res.status}`);
      previewTimes.push(performance.now() - t0);
    }
    return { perSecond: concurrent / wall, p50: percentile(times, 50), p99: percentile(times, 99), previewMs: median(previewTimes) };
  } finally {
    child.kill('SIGTERM');
  }
}

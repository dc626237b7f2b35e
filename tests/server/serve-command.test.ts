import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { request, sampleFolder } from './http.js';

/**
 * `casebrief serve` as users run it: the built command (bin/casebrief.js → dist/cli.js), serving
 * the studio from dist/studio. It prints its address, serves the page and its scripts, and ends
 * with exit code 0 on SIGTERM or Ctrl+C (SIGINT).
 */
describe('casebrief serve, the command', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`prints its address, serves the studio built into dist/, and stops on ${signal}`, async () => {
      const child = spawn(process.execPath, ['bin/casebrief.js', 'serve', sampleFolder(), '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
      try {
        const [line] = (await once(child.stdout!, 'data')) as [Buffer];
        const url = /^casebrief studio: (http:\/\/127\.0\.0\.1:(\d+)\/)$/m.exec(line.toString());
        expect(url, line.toString()).not.toBeNull();
        const port = Number(url![2]);
        const page = await request(port, 'GET', '/');
        expect(page.status).toBe(200);
        expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(page.headers['content-security-policy']).toContain("default-src 'self'");
        expect(page.text).toContain('<script type="module" src="assets/studio.js"></script>');
        for (const asset of ['studio.js', 'studio.css', 'pdf.worker.mjs', 'carlito-latin-400-normal.woff2']) {
          expect((await request(port, 'GET', `/assets/${asset}`)).status, asset).toBe(200);
        }
        const yaml = (await request(port, 'GET', '/api/case-studies/milan-shanghai.yaml')).text;
        const render = await request(port, 'POST', '/api/render?format=pptx', { body: yaml });
        expect(render.status).toBe(200);
      } finally {
        child.kill(signal);
      }
      const [code] = await once(child, 'exit');
      expect(code).toBe(0);
    });
  }
});

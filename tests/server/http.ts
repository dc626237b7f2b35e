import { request as httpRequest } from 'node:http';
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startStudio, type RunningStudio } from '../../src/server/serve.js';

/** A response as the tests read it. */
export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: a JSON body of any shape, read by each test as it expects
  json: () => any;
}

/** One real HTTP request to 127.0.0.1:port, headers as given (Host included, when given). */
export function request(port: number, method: string, url: string, options: { headers?: Record<string, string>; body?: string | Uint8Array } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path: url, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const text = body.toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, text, json: () => JSON.parse(text) });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

/** A fresh folder holding the sample case study (and the picture fixture), for one server. */
export function sampleFolder(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-serve-'));
  cpSync('data/milan-shanghai.yaml', path.join(dir, 'milan-shanghai.yaml'));
  return dir;
}

/** A studio server on 127.0.0.1, any free port. */
export async function studioOn(folder: string, options: { token?: string; assets?: string; renderTimeoutMs?: number; workers?: number } = {}): Promise<RunningStudio> {
  return startStudio({ folder, host: '127.0.0.1', port: 0, ...options });
}

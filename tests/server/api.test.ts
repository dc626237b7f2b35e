import { request as httpRequest } from 'node:http';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningStudio } from '../../src/server/serve.js';
import { openApi } from '../../src/server/openapi.js';
import { pdfTextOf } from '../helpers/extract.js';
import { cli } from '../helpers/run-cli.js';
import { request, sampleFolder, studioOn } from './http.js';

const SAMPLE = readFileSync('data/milan-shanghai.yaml', 'utf8');
const SENTENCE = 'Regular missions by the mayor of Milan to Shanghai have played a significant role in this respect.';
const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

let folder: string;
let studio: RunningStudio;
const call = (method: string, url: string, options?: Parameters<typeof request>[3]) => request(studio.port, method, url, options);
const yaml = { 'Content-Type': 'application/yaml' };

beforeAll(async () => {
  folder = sampleFolder();
  studio = await studioOn(folder);
});
afterAll(() => studio.close());

describe('casebrief serve: rendering over HTTP', () => {
  it('renders the YAML of the body to a PDF with its MIME type and file name', async () => {
    const r = await call('POST', '/api/render?format=pdf&as_of=2029-07-03&paper=letter', { headers: yaml, body: SAMPLE });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('application/pdf');
    expect(r.headers['content-disposition']).toBe('attachment; filename="milan-shanghai.pdf"');
    expect(r.body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(await pdfTextOf(new Uint8Array(r.body))).toContain(SENTENCE);
  });

  it('renders a deck, in another language and for the anniversary', async () => {
    const r = await call('POST', '/api/render?format=pptx&lang=it&as_of=2029-07-03&event=anniversary', { headers: yaml, body: SAMPLE });
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe(PPTX);
    expect(r.headers['content-disposition']).toBe('attachment; filename="milan-shanghai.pptx"');
    const zip = await JSZip.loadAsync(r.body);
    expect(Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).length).toBeGreaterThan(3);
  });

  it('answers 422 with each problem at its line and column when the YAML is not a valid case study', async () => {
    const broken = SAMPLE.replace('instrument: Declaration of Intent', 'instrumnet: Declaration of Intent');
    const line = broken.split('\n').findIndex((l) => l.includes('instrumnet')) + 1;
    const r = await call('POST', '/api/render?format=pdf', { headers: yaml, body: broken });
    expect(r.status).toBe(422);
    expect(r.headers['content-type']).toMatch(/^application\/json/);
    expect(r.json().problems).toEqual([{ file: '<input>', line, col: 3, message: expect.stringContaining('instrumnet') }]);
    const syntax = await call('POST', '/api/render?format=pdf', { headers: yaml, body: 'id: a\ntitle: [unclosed\n' });
    expect(syntax.status).toBe(422);
    expect(syntax.json().problems[0]).toMatchObject({ line: expect.any(Number), col: expect.any(Number), message: expect.any(String) });
  });

  it('answers 400 for an option it cannot take, naming what it can', async () => {
    const cases: [string, RegExp][] = [
      ['format=docx', /unknown format "docx"; formats: pdf, pptx/],
      ['', /say which format/],
      ['format=pdf&paper=b5', /unknown paper "b5"/],
      ['format=pdf&lang=xx', /no labels for language "xx"/],
      ['format=pdf&as_of=2029-02-30', /real day/],
      ['format=pdf&event=wedding', /unknown event/],
      ['format=pdf&pdfa=maybe', /pdfa is true or false/],
      ['format=pdf&templates=/tmp', /unknown parameter "templates"/],
    ];
    for (const [query, message] of cases) {
      const r = await call('POST', `/api/render?${query}`, { headers: yaml, body: SAMPLE });
      expect(r.status, query).toBe(400);
      expect(r.json().error, query).toMatch(message);
    }
  });

  it('validates: 200 with warnings, or 422 with problems', async () => {
    const ok = await call('POST', '/api/validate?lang=zh', { headers: yaml, body: SAMPLE });
    expect(ok.status).toBe(200);
    expect(ok.json()).toEqual({ ok: true, warnings: [expect.objectContaining({ code: 'W_LANG_FALLBACK' })] });
    const bad = await call('POST', '/api/validate', { headers: yaml, body: SAMPLE.replace('start: 1979-07-03', 'start: 1979-02-30') });
    expect(bad.status).toBe(422);
    expect(bad.json().problems[0]).toMatchObject({ line: 22, message: expect.any(String) });
  });

  it("previews: the brief's PDF and one SVG per slide of the deck's plan", async () => {
    const r = await call('POST', '/api/preview?file=milan-shanghai.yaml', { headers: yaml, body: SAMPLE });
    expect(r.status).toBe(200);
    const { pdf, slides } = r.json();
    expect(await pdfTextOf(new Uint8Array(Buffer.from(pdf, 'base64')))).toContain(SENTENCE);
    expect(slides.length).toBeGreaterThan(5);
    expect(slides.every((s: string) => s.startsWith('<svg '))).toBe(true);
    expect(slides.join('')).toContain('Milan (Italy) and Shanghai');
    // What is on screen only: the pages, or the slides.
    const pagesOnly = await call('POST', '/api/preview?parts=pdf', { headers: yaml, body: SAMPLE });
    expect(Object.keys(pagesOnly.json()).sort()).toEqual(['pdf', 'warnings']);
    const slidesOnly = await call('POST', '/api/preview?parts=slides', { headers: yaml, body: SAMPLE });
    expect(slidesOnly.json().slides).toEqual(slides);
    expect((await call('POST', '/api/preview?parts=notes', { headers: yaml, body: SAMPLE })).status).toBe(400);
  });

  it('makes a pack of case studies of the folder', async () => {
    const r = await call('POST', '/api/pack?format=pdf', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Mission to Shanghai', files: ['milan-shanghai.yaml'] }),
    });
    expect(r.status).toBe(200);
    expect(r.headers['content-disposition']).toBe('attachment; filename="pack.pdf"');
    expect(await pdfTextOf(new Uint8Array(r.body))).toContain('Mission to Shanghai');
    const none = await call('POST', '/api/pack', { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ title: 'x', files: ['nope.yaml'] }) });
    expect(none.status).toBe(404);
    const untitled = await call('POST', '/api/pack', { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ files: ['milan-shanghai.yaml'] }) });
    expect(untitled.status).toBe(400);
  });

  it('imports a survey text as YAML, or says why it cannot', async () => {
    const text = readFileSync('tests/fixtures/milan-shanghai.txt', 'utf8');
    const r = await call('POST', '/api/import', { headers: { 'Content-Type': 'text/plain' }, body: text });
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ id: 'milan-shanghai', file: 'milan-shanghai.yaml', yaml: expect.stringContaining(SENTENCE.slice(0, 40)) });
    const bad = await call('POST', '/api/import', { headers: { 'Content-Type': 'text/plain' }, body: 'hello' });
    expect(bad.status).toBe(422);
    expect(bad.json().problems.length).toBeGreaterThan(0);
  });
});

describe('casebrief serve: the case studies of the folder', () => {
  it('lists them with id and title, and gives each one as it is on disk', async () => {
    writeFileSync(path.join(folder, 'broken.yaml'), 'id: broken\ntitle: Broken\n');
    const list = await call('GET', '/api/case-studies');
    expect(list.status).toBe(200);
    expect(list.json()).toEqual([
      { file: 'broken.yaml', id: 'broken', title: 'Broken', ok: false, problems: 2, modified: expect.any(String) },
      { file: 'milan-shanghai.yaml', id: 'milan-shanghai', title: 'Milan (Italy) and Shanghai', ok: true, modified: expect.any(String) },
    ]);
    expect((await call('GET', '/api/studies')).json()).toEqual(list.json());
    const one = await call('GET', '/api/case-studies/milan-shanghai.yaml');
    expect(one.status).toBe(200);
    expect(one.headers['content-type']).toMatch(/^application\/yaml/);
    expect(one.text).toBe(readFileSync(path.join(folder, 'milan-shanghai.yaml'), 'utf8'));
  });

  it('refuses names that leave the folder or are not case studies (400) and answers 404 for none', async () => {
    const outside = path.join(os.tmpdir(), `casebrief-outside-${process.pid}.yaml`);
    writeFileSync(outside, SAMPLE);
    symlinkSync(outside, path.join(folder, 'link-out.yaml'));
    for (const name of ['..%2F..%2Fetc%2Fpasswd', '%2Fetc%2Fhosts', '.hidden.yaml', 'notes.txt', 'a%5Cb.yaml', 'link-out.yaml']) {
      const r = await call('GET', `/api/case-studies/${name}`);
      expect([400, 404], name).toContain(r.status);
      expect(r.json().error, name).toEqual(expect.any(String));
      expect(r.text).not.toContain('root:');
    }
    expect((await call('GET', '/api/case-studies/link-out.yaml')).status).toBe(400);
    expect((await call('GET', '/api/case-studies/..%2Fx.yaml')).status).toBe(400);
    expect((await call('GET', '/api/case-studies/missing.yaml')).status).toBe(404);
    const put = await call('PUT', '/api/case-studies/..%2Fescaped.yaml', { headers: yaml, body: SAMPLE });
    expect(put.status).toBe(400);
    expect(existsSync(path.join(path.dirname(folder), 'escaped.yaml'))).toBe(false);
  });

  it('saves YAML as sent, atomically; invalid YAML is refused with 422 and the file left untouched', async () => {
    const file = path.join(folder, 'milan-shanghai.yaml');
    const changed = SAMPLE.replace('source: International Affairs Office City of Milan', 'source: International Affairs Office, City of Milan # edited');
    const r = await call('PUT', '/api/case-studies/milan-shanghai.yaml', { headers: yaml, body: changed });
    expect(r.status).toBe(200);
    expect(r.json()).toMatchObject({ ok: true, file: 'milan-shanghai.yaml' });
    expect(readFileSync(file, 'utf8')).toBe(changed);
    const bad = await call('PUT', '/api/case-studies/milan-shanghai.yaml', { headers: yaml, body: changed.replace('sections:', 'sektions:') });
    expect(bad.status).toBe(422);
    expect(readFileSync(file, 'utf8')).toBe(changed);
    expect(readdirSync(folder).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    const created = await call('PUT', '/api/case-studies/new-one.yaml', { headers: yaml, body: (await call('GET', '/api/starter?id=New%20One')).text });
    expect(created.status).toBe(200);
    expect(readFileSync(path.join(folder, 'new-one.yaml'), 'utf8')).toContain('id: new-one');
  });

  it('applies structured edits to the file on disk, keeping its comments, key order and untouched text', async () => {
    const file = path.join(folder, 'milan-shanghai.yaml');
    const before = readFileSync(file, 'utf8');
    const edits = [
      { path: ['sections', 3, 'paragraphs', 0], value: 'The partnership has worked well for both cities. A new sentence from the form.' },
      { path: ['partnership', 'instrument'], value: 'Declaration of Intent (1979)' },
    ];
    const r = await call('PUT', '/api/case-studies/milan-shanghai.yaml', { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ edits }) });
    expect(r.status).toBe(200);
    const after = readFileSync(file, 'utf8');
    expect(after).toContain('A new sentence from the form.');
    expect(after).toContain('instrument: Declaration of Intent (1979)');
    // Every comment line is kept, and every line not edited is as it was.
    const comments = (t: string) => t.split('\n').filter((l) => l.trim().startsWith('#'));
    expect(comments(after)).toEqual(comments(before));
    const head = before.slice(0, before.indexOf('  - kind: future'));
    expect(after.startsWith(head.replace('instrument: Declaration of Intent', 'instrument: Declaration of Intent (1979)'))).toBe(true);
    expect(after.slice(after.indexOf('  - kind: obstacles'))).toBe(before.slice(before.indexOf('  - kind: obstacles')));
    const wrong = await call('PUT', '/api/case-studies/milan-shanghai.yaml', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ edits: [{ path: ['sections'], value: [] }] }),
    });
    expect(wrong.status).toBe(422);
    expect(readFileSync(file, 'utf8')).toBe(after);
    const malformed = await call('PUT', '/api/case-studies/milan-shanghai.yaml', { headers: { 'Content-Type': 'application/json' }, body: '{"edit":1}' });
    expect(malformed.status).toBe(400);
  });

  it('takes a picture checked by its content, and refuses one that is not', async () => {
    const png = readFileSync('tests/fixtures/with-image/partners.png');
    const ok = await call('PUT', '/api/pictures/partners.png', { headers: { 'Content-Type': 'image/png' }, body: png });
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ ok: true, file: 'partners.png', width: expect.any(Number) });
    expect(readFileSync(path.join(folder, 'partners.png')).equals(png)).toBe(true);
    const fake = await call('PUT', '/api/pictures/fake.png', { headers: { 'Content-Type': 'image/png' }, body: 'GIF89a not a png' });
    expect(fake.status).toBe(422);
    expect(fake.json().problems[0].message).toMatch(/fake\.png.*not a PNG or JPEG.*GIF/);
    expect(existsSync(path.join(folder, 'fake.png'))).toBe(false);
    expect((await call('PUT', '/api/pictures/..%2Fx.png', { body: png })).status).toBe(400);
  });

  it('tells an open event stream when a case study of the folder changes elsewhere', async () => {
    const events: string[] = [];
    const req = httpRequest({ host: '127.0.0.1', port: studio.port, path: '/api/events' });
    const changed = new Promise<string>((resolve, reject) => {
      req.on('response', (res) => {
        expect(res.headers['content-type']).toMatch(/^text\/event-stream/);
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          events.push(chunk);
          if (chunk.includes('event: hello')) writeFileSync(path.join(folder, 'milan-shanghai.yaml'), SAMPLE);
          const m = /event: changed\ndata: (.*)\n/.exec(events.join(''));
          if (m) resolve(m[1]!);
        });
      });
      req.on('error', reject);
    });
    req.end();
    expect(JSON.parse(await changed)).toEqual({ file: 'milan-shanghai.yaml' });
    req.destroy();
  });
});

describe('casebrief serve: refusals', () => {
  it('answers 413 for a body over 5 MB', async () => {
    const r = await call('POST', '/api/validate', { headers: yaml, body: 'a'.repeat(5 * 2 ** 20 + 1) });
    expect(r.status).toBe(413);
    expect(r.json().error).toMatch(/over 5 MB/);
  });

  it('answers 403 to a Host that is not its address (DNS rebinding), and to a write from another site', async () => {
    const rebound = await call('GET', '/api/case-studies', { headers: { Host: `attacker.example:${studio.port}` } });
    expect(rebound.status).toBe(403);
    expect((await call('GET', '/', { headers: { Host: 'attacker.example' } })).status).toBe(403);
    expect((await call('GET', '/api/formats', { headers: { Host: `localhost:${studio.port}` } })).status).toBe(200);
    const foreign = await call('PUT', '/api/case-studies/milan-shanghai.yaml', { headers: { ...yaml, Origin: 'https://attacker.example' }, body: SAMPLE });
    expect(foreign.status).toBe(403);
    const crossSite = await call('POST', '/api/render?format=pdf', { headers: { ...yaml, 'Sec-Fetch-Site': 'cross-site' }, body: SAMPLE });
    expect(crossSite.status).toBe(403);
    const own = await call('POST', '/api/validate', { headers: { ...yaml, Origin: `http://127.0.0.1:${studio.port}` }, body: SAMPLE });
    expect(own.status).toBe(200);
  });

  it('stops a render that takes too long (503, Retry-After) and goes on answering', async () => {
    const hasty = await studioOn(sampleFolder(), { renderTimeoutMs: 20 });
    try {
      const r = await request(hasty.port, 'POST', '/api/render?format=pdf', { headers: yaml, body: SAMPLE });
      expect(r.status).toBe(503);
      expect(r.headers['retry-after']).toBe('5');
      expect(r.json().error).toMatch(/took longer than/);
      expect((await request(hasty.port, 'GET', '/api/case-studies')).status).toBe(200);
    } finally {
      await hasty.close();
    }
  });

  it('renders in its own thread too, when asked for no workers', async () => {
    const single = await studioOn(sampleFolder(), { workers: 0 });
    try {
      const r = await request(single.port, 'POST', '/api/render?format=pdf', { headers: yaml, body: SAMPLE });
      expect(r.status).toBe(200);
      expect(await pdfTextOf(new Uint8Array(r.body))).toContain(SENTENCE);
      const bad = await request(single.port, 'POST', '/api/validate', { headers: yaml, body: 'id: x\n' });
      expect(bad.status).toBe(422);
    } finally {
      await single.close();
    }
  });

  it('answers JSON 404 for a route it does not have', async () => {
    const r = await call('GET', '/api/nothing');
    expect(r.status).toBe(404);
    expect(r.json().error).toMatch(/no such route/);
  });

  it('with --token, every API call needs Authorization: Bearer <token> (401 otherwise)', async () => {
    const token = 'a-long-enough-secret-token';
    const guarded = await studioOn(sampleFolder(), { token });
    try {
      const ask = (headers: Record<string, string> = {}, url = '/api/case-studies') => request(guarded.port, 'GET', url, { headers });
      for (const headers of [{}, { Authorization: 'Bearer wrong-token-of-some-length' }, { Authorization: token }, { Authorization: `Basic ${token}` }] as Record<
        string,
        string
      >[]) {
        const r = await ask(headers);
        expect(r.status).toBe(401);
        expect(r.headers['www-authenticate']).toBe('Bearer');
        expect(r.json().error).toMatch(/Bearer/);
      }
      expect((await ask({}, '/api/openapi.json')).status).toBe(401);
      expect((await ask({ Authorization: `Bearer ${token}` })).status).toBe(200);
      const render = await request(guarded.port, 'POST', '/api/render?format=pdf', { headers: { Authorization: `Bearer ${token}` }, body: SAMPLE });
      expect(render.status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('refuses to listen beyond this machine without a token (exit 2), and says why', async () => {
    const r = await cli('serve', folder, '--host', '0.0.0.0', '--port', '0');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--host 0\.0\.0\.0 would let other machines.*--token/s);
    expect((await cli('serve', path.join(folder, 'nope'))).code).toBe(2);
    expect((await cli('serve', folder, '--port', 'http')).code).toBe(2);
    expect((await cli('serve', folder, '--host', '0.0.0.0', '--token', 'short')).code).toBe(2);
    expect((await cli('serve', '--help')).out).toMatch(/casebrief serve \[folder\]/);
  });
});

describe('the OpenAPI document', () => {
  it('is served, is OpenAPI 3.1, and names every route the server answers', async () => {
    const r = await call('GET', '/api/openapi.json');
    expect(r.status).toBe(200);
    expect(r.json()).toEqual(JSON.parse(JSON.stringify(openApi)));
    expect(openApi.openapi).toBe('3.1.0');
    // Each documented route exists: none of them answers "no such route".
    for (const [route, methods] of Object.entries(openApi.paths)) {
      for (const method of Object.keys(methods).filter((m) => m !== 'parameters')) {
        const url = route.replace('{file}', 'milan-shanghai.yaml').replace('{name}', 'x.png');
        if (url === '/api/events') continue;
        const res = await call(method.toUpperCase(), url, { headers: yaml, body: method === 'get' ? undefined : '' });
        expect(res.text, `${method} ${route}`).not.toMatch(/no such route/);
      }
    }
  });
});

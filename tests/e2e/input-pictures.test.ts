import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/run-cli.js';
import { chunk, header, SIGNATURE } from '../load/picture-builder.js';

const FIXTURE = 'tests/fixtures/with-image';
const caseText = readFileSync(path.join(FIXTURE, 'case.yaml'), 'utf8');
const imageLine = caseText.slice(0, caseText.indexOf('file: partners.png')).split('\n').length;

/** A folder holding the pictured case study with `picture` as its partners.png. */
function pictured(picture: Uint8Array, id = 'milan-shanghai-pictured'): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-input-'));
  const file = path.join(dir, 'case.yaml');
  writeFileSync(file, caseText.replace('id: milan-shanghai-pictured', `id: ${id}`));
  writeFileSync(path.join(dir, 'partners.png'), picture);
  return { dir, file };
}

/** A PNG whose first chunk length has its top bit set: pdfkit 0.20 walks backwards through it for ever. */
const LOOPING_PNG = Buffer.concat([SIGNATURE, Buffer.from([0xff, 0xff, 0xff, 0xf4]), Buffer.from('abcd'), header(256, 256), Buffer.alloc(30, 7)]);

describe('a broken picture gets exit 1 and one message at the case study’s image line, in validate and build', () => {
  it('the signature followed by bytes that would send the PDF writer round for ever', async () => {
    const { dir, file } = pictured(LOOPING_PNG);
    const message = `${file}:${imageLine}:9: image "partners.png" is damaged: byte 8 should begin a PNG chunk but does not (the file is corrupt or not really a PNG); open it in an image editor and export it again as PNG or JPEG`;
    const validate = await cli('validate', file);
    expect(validate).toMatchObject({ code: 1, err: message });
    const build = await cli('build', file, '--out', path.join(dir, 'out'), '--format', 'pdf');
    expect(build.code).toBe(1);
    expect(build.err).toContain(message);
    expect(build.err).not.toMatch(/\bat \S+:\d+:\d+\)?$/m);
    expect(existsSync(path.join(dir, 'out', 'milan-shanghai-pictured.pdf'))).toBe(false);
  });

  it('a header of 100000×100000 pixels over a tiny data chunk', async () => {
    const bomb = Buffer.concat([SIGNATURE, chunk('IHDR', header(100000, 100000)), chunk('IDAT', deflateSync(Buffer.alloc(10))), chunk('IEND')]);
    const { file } = pictured(bomb);
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /image "partners\.png" is 100000×100000 pixels \(10000 megapixels\); a PNG with transparency or interlacing may have at most 16 megapixels\. Scale it down/,
    );
    expect(r.err.split('\n')).toHaveLength(1);
  });

  it('a picture cut short', async () => {
    const whole = readFileSync(path.join(FIXTURE, 'partners.png'));
    const { file } = pictured(whole.subarray(0, whole.length - 40));
    const r = await cli('validate', file);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/image "partners\.png" is cut short/);
  });
});

describe('a folder with one broken picture among good case studies', () => {
  it('builds the good ones, lists the bad one and exits 1', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'casebrief-input-batch-'));
    const data = path.join(root, 'data');
    mkdirSync(data);
    for (const id of ['good-one', 'bad-one', 'good-two']) {
      writeFileSync(path.join(data, `${id}.yaml`), caseText.replace('id: milan-shanghai-pictured', `id: ${id}`).replace('file: partners.png', `file: ${id}.png`));
      if (id === 'bad-one') writeFileSync(path.join(data, `${id}.png`), LOOPING_PNG);
      else copyFileSync(path.join(FIXTURE, 'partners.png'), path.join(data, `${id}.png`));
    }
    const out = path.join(root, 'out');
    const r = await cli('build', data, '--out', out, '--format', 'pdf', '--jobs', '1');
    expect(r.code).toBe(1);
    expect(readdirSync(out).sort()).toEqual(['good-one.pdf', 'good-two.pdf']);
    expect(r.err).toMatch(/bad-one\.yaml:\d+:9: image "bad-one\.png" is damaged/);
  }, 120_000);
});

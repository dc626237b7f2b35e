import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliProcess } from '../helpers/run-cli.js';
import { pptxSlides, skeleton } from '../helpers/extract.js';
import { seedParagraphs } from '../helpers/case-study.js';
import { PACK_FILES, PACK_TITLE, readPack } from '../writers/pdf/packs.js';

const CHECK_PPTX = '/work/shared/tools/check-pptx';
const ENV = { SOURCE_DATE_EPOCH: '1764374400' };
const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'casebrief-pack-cli-'));

describe('casebrief pack … --deck (the built CLI, as a process)', () => {
  const out = tmp();
  const pdf = path.join(out, 'mission.pdf');
  let run: ReturnType<typeof cliProcess>;
  beforeAll(() => {
    run = cliProcess(['pack', 'data/milan-shanghai.yaml', 'tests/fixtures/pack', '--title', PACK_TITLE, '--as-of', '2026-11-29', '-o', pdf, '--deck'], ENV);
  });

  it('writes one PDF and one deck beside it, and prints their paths', () => {
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['mission.pdf', 'mission.pptx']);
    expect(run.out.trim().split('\n')).toEqual([pdf, path.join(out, 'mission.pptx')]);
  });

  it('makes the PDF a pack of the four case studies, in the order given, with links to each', async () => {
    const read = await readPack(new Uint8Array(readFileSync(pdf)));
    const targets = [...new Map(read.links.map((l) => [l.link.dest, l.link.target])).values()];
    expect(targets).toHaveLength(4);
    expect(read.outline[0]!.items.map((o) => o.title)).toEqual([
      'Contents',
      'Milan (Italy) and Shanghai',
      'Bonn (Germany) and Chengdu',
      'Lyon (France) and Guangzhou',
      'Turin (Italy) and Shenzhen',
    ]);
  });

  it('opens the deck with the pack, then each case study’s title slide as its divider, and one closing slide', async () => {
    const slides = await pptxSlides(path.join(out, 'mission.pptx'));
    expect(slides[0]!.slide).toContain(PACK_TITLE);
    const dividers = slides.flatMap((s, i) => (/Partnership \d of 4/.test(s.slide) ? [i] : []));
    expect(dividers).toHaveLength(4);
    expect(slides[dividers[0]!]!.slide).toContain('Milan (Italy) and Shanghai');
    expect(slides[dividers[3]!]!.slide).toContain('Turin (Italy) and Shenzhen');
    expect(slides.filter((s) => /^Thank you$/m.test(s.slide))).toHaveLength(1);
    expect(slides.at(-1)!.slide).toMatch(/^Thank you$/m);
    const notes = skeleton(slides.map((s) => s.notes).join('\n'));
    for (const paragraph of seedParagraphs()) expect(notes).toContain(skeleton(paragraph));
  });

  it.runIf(existsSync(CHECK_PPTX))('writes a deck that passes check-pptx --schema-all', () => {
    const report = execFileSync(CHECK_PPTX, [path.join(out, 'mission.pptx'), '--schema-all'], { encoding: 'utf8' });
    expect(report).toMatch(/PASS\s+schema/);
    expect(report).toMatch(/pptx: \d+ checks, 0 failed/);
  });
});

describe('casebrief pack with broken case studies', () => {
  it('lists the errors of every broken file, exits 1 and writes nothing', async () => {
    const dir = tmp();
    for (const f of PACK_FILES) copyFileSync(f, path.join(dir, path.basename(f)));
    writeFileSync(path.join(dir, 'broken-a.yaml'), 'id: broken-a\ntitle: [a, b\n');
    writeFileSync(path.join(dir, 'broken-b.yaml'), readFileSync(PACK_FILES[1]!, 'utf8').replace('language: en', 'language: en\nlanguag: it'));
    const out = tmp();
    const r = await cli('pack', dir, '--title', PACK_TITLE, '-o', path.join(out, 'pack.pdf'), '--deck');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken-a\.yaml:\d+:\d+: /);
    expect(r.err).toMatch(/broken-b\.yaml:\d+:\d+: unknown key `languag`/);
    expect(r.err).toContain('2 of 6 case studies could not be loaded; nothing was written.');
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('casebrief pack usage', () => {
  it('asks for a title', async () => {
    const r = await cli('pack', 'data/milan-shanghai.yaml', '-o', path.join(tmp(), 'p.pdf'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--title');
  });

  it('asks for a PDF file to write, not a folder', async () => {
    const r = await cli('pack', 'data/milan-shanghai.yaml', '--title', 'T', '-o', tmp());
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/-o with the PDF to write/);
  });

  it('refuses a language without labels', async () => {
    const r = await cli('pack', 'data/milan-shanghai.yaml', '--title', 'T', '-o', path.join(tmp(), 'p.pdf'), '--lang', 'fr');
    expect(r.code).toBe(2);
  });

  it('is in the help', async () => {
    const r = await cli('--help');
    expect(r.out).toMatch(/casebrief pack <file\|folder>\.\.\. --title TEXT -o FILE\.pdf/);
  });

  it('writes an Italian pack with the Italian cover', async () => {
    const file = path.join(tmp(), 'pacchetto.pdf');
    const r = await cli('pack', ...PACK_FILES, '--title', 'Missione a Shanghai', '--lang', 'it', '--as-of', '2027-05-01', '-o', file);
    expect(r.code).toBe(0);
    const read = await readPack(new Uint8Array(readFileSync(file)));
    expect(read.pages[0]).toContain('Aggiornato al 1 maggio 2027');
    expect(read.pages[1]).toContain('Indice');
    expect(read.pages[1]).toContain('Lione (Francia) e Canton');
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { checkDeckTemplate, CaseStudyError, loadCaseStudy, renderCaseStudy } from '../../src/index.js';
import { parseLayoutMap } from '../../src/brand/deck-template/layout-map.js';
import { chooseLayouts, frameOf } from '../../src/brand/deck-template/match-layouts.js';
import { readDeckTemplate } from '../../src/brand/deck-template/read-template.js';
import { measureFontsFor } from '../../src/brand/deck-template/stand-in-fonts.js';
import { cli } from '../helpers/run-cli.js';

const fixture = (name: string) => path.join('tests', 'fixtures', 'templates', `${name}.potx`);
const bytesOf = (name: string) => new Uint8Array(readFileSync(fixture(name)));
const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-deck-template-'));
const temp = (name: string, data: string | Uint8Array) => {
  const file = path.join(dir, name);
  writeFileSync(file, data);
  return file;
};

describe('reading a template', () => {
  it('reads the slide size, masters, layouts and placeholders (geometry inherited from the master)', async () => {
    const t = await readDeckTemplate(bytesOf('debian-4x3'), 'debian-4x3.potx');
    expect(t.slide.w / t.slide.h).toBeCloseTo(4 / 3, 2);
    expect(t.masters).toHaveLength(1);
    expect(t.layouts.length).toBe(12);
    for (const l of t.layouts) for (const p of l.placeholders) expect(p.box, `${l.name} ${p.type}`).toBeDefined();
    const many = await readDeckTemplate(bytesOf('candy-many-masters'));
    expect(many.masters.length).toBe(11);
    expect(many.layouts.length).toBeGreaterThanOrEqual(100);
  });

  it('matches layouts named in Italian, without types, by their placeholders', async () => {
    const t = await readDeckTemplate(bytesOf('vivid-italian'));
    expect(t.layouts.every((l) => l.type === undefined)).toBe(true);
    const { choices, missing } = chooseLayouts(t);
    expect(choices.title.layout.name).toBe('Diapositiva titolo');
    expect(choices.content.layout.name).toBe('Titolo e contenuto');
    expect(choices.content.layout.placeholders.some((p) => p.type === 'body' && p.idx === '1')).toBe(true);
    expect(choices['two-column'].layout.name).toBe('Due contenuti');
    expect(choices['key-figures'].layout.name).toBe('Solo titolo');
    expect(choices.timeline.layout.name).toBe('Solo titolo');
    // LibreOffice's templates have no section header: dividers and the closing slide go on the title layout, and that is said.
    expect(choices.closing.layout.name).toBe('Diapositiva titolo');
    expect(missing.join('\n')).toMatch(/no section header layout/);
  });

  it('gives the planners boxes inside the slide, above the footer, columns apart', async () => {
    for (const name of ['metropolis-logo', 'vivid-italian', 'debian-4x3', 'candy-many-masters']) {
      const t = await readDeckTemplate(bytesOf(name));
      const frame = frameOf(t, chooseLayouts(t));
      for (const r of [frame.body, frame.figures, ...frame.columns, ...Object.values(frame.title)]) {
        expect(r.x, name).toBeGreaterThanOrEqual(0);
        expect(r.y + r.h, name).toBeLessThanOrEqual(t.slide.h);
        expect(r.x + r.w, name).toBeLessThanOrEqual(t.slide.w + 0.001);
      }
      expect(frame.columns[1].x - (frame.columns[0].x + frame.columns[0].w), name).toBeGreaterThanOrEqual(0.449);
      expect(frame.body.y + frame.body.h, name).toBeLessThanOrEqual(frame.footer.y);
    }
  });

  it('refuses what is not a usable template, saying which file and how to fix it', async () => {
    const ole = new Uint8Array(512);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await expect(readDeckTemplate(ole, 'locked.pptx')).rejects.toThrow(
      /^locked\.pptx: is an OLE compound file: a presentation protected with a password \(encrypted\).*remove the password/,
    );
    await expect(readDeckTemplate(new TextEncoder().encode('hello'), 'notes.txt')).rejects.toThrow(/^notes\.txt: is not a PowerPoint template/);
    const docx = new JSZip();
    docx.file(
      '[Content_Types].xml',
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    docx.file(
      '_rels/.rels',
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    docx.file('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>');
    await expect(readDeckTemplate(await docx.generateAsync({ type: 'uint8array' }), 'letter.docx')).rejects.toThrow(/^letter\.docx: is an Office document but not a presentation/);
    // A presentation whose master has no layouts.
    const zip = await JSZip.loadAsync(bytesOf('metropolis-logo'));
    const master = await zip.file('ppt/slideMasters/slideMaster1.xml')!.async('string');
    zip.file('ppt/slideMasters/slideMaster1.xml', master.replace(/<p:sldLayoutIdLst>.*<\/p:sldLayoutIdLst>/s, ''));
    await expect(readDeckTemplate(await zip.generateAsync({ type: 'uint8array' }), 'bare.potx')).rejects.toThrow(/^bare\.potx: has no slide layouts/);
  });
});

describe('a layout map', () => {
  it('pins the layout of a kind of slide by name', async () => {
    const t = await readDeckTemplate(bytesOf('vivid-italian'));
    const pins = parseLayoutMap('# the office\ncontent: Testo centrato\nkey-figures: "Titolo e contenuto"\n', 'map.yaml');
    expect(() => chooseLayouts(t, pins)).toThrow(/map\.yaml:2:10: the layout "Testo centrato" has no title placeholder/);
    const { choices } = chooseLayouts(t, pins.slice(1));
    expect(choices['key-figures']).toMatchObject({ pinned: true, reason: 'the layout map names it' });
    expect(choices['key-figures'].layout.name).toBe('Titolo e contenuto');
  });

  it('says where a kind or a layout name is wrong: file:line:col, and what there is', async () => {
    expect(() => parseLayoutMap('title: Diapositiva titolo\nkeyfigures: Solo titolo\n', 'map.yaml')).toThrow(
      /^map\.yaml:2:1: unknown kind of slide "keyfigures"; the kinds are: title, anniversary, section, content/,
    );
    expect(() => parseLayoutMap('content: [a, b]\n', 'map.yaml')).toThrow(/^map\.yaml:1:10: "content" needs the name of a layout/);
    expect(() => parseLayoutMap('- content\n', 'map.yaml')).toThrow(/^map\.yaml:1:1: a layout map is a mapping/);
    const t = await readDeckTemplate(bytesOf('vivid-italian'), 'vivid.potx');
    const err = (() => {
      try {
        chooseLayouts(t, parseLayoutMap('\ncontent:   Title and Content\n', 'map.yaml'));
      } catch (e) {
        return e as CaseStudyError;
      }
    })();
    expect(err).toBeInstanceOf(CaseStudyError);
    expect(err!.message).toMatch(
      /^map\.yaml:2:12: the template vivid\.potx has no layout named "Title and Content"; its layouts are: "Diapositiva vuota", "Diapositiva titolo", "Titolo e contenuto"/,
    );
  });

  it('is used by a build, and refused without a template', async () => {
    const study = await loadCaseStudy('data/milan-shanghai.yaml');
    const map = temp('map.yaml', 'timeline: Titolo e contenuto\n');
    const out = await renderCaseStudy(study, { formats: ['pptx'], deckTemplate: fixture('vivid-italian'), layoutMap: map, sourceDateEpoch: 0 });
    const deck = await JSZip.loadAsync(out.files[0]!.bytes);
    const template = await readDeckTemplate(bytesOf('vivid-italian'));
    const part = template.layouts.find((l) => l.name === 'Titolo e contenuto' && l.master === 1)!.part;
    const timeline = await Promise.all(
      Object.keys(deck.files)
        .filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
        .map(async (n) => ({ xml: await deck.file(n)!.async('string'), rels: await deck.file(`${n.replace('slides/', 'slides/_rels/')}.rels`)!.async('string') })),
    );
    const slide = timeline.find((s) => s.xml.includes('>Timeline<'))!;
    expect(slide.rels).toContain(`../slideLayouts/${path.basename(part)}`);
    await expect(renderCaseStudy(study, { formats: ['pptx'], layoutMap: map })).rejects.toThrow(/give the template too/);
  });
});

describe('measuring in a template fonts', () => {
  it('stands in metric-compatible fonts from npm, and a wide one with room to spare for the rest', () => {
    const known = measureFontsFor(['Calibri', 'Arial', 'Times New Roman', 'Cambria', 'Liberation Sans']);
    expect(known.unknown).toEqual([]);
    expect(known.measured.map((m) => m.standIn)).toEqual(['Carlito', 'Arimo', 'Tinos', 'Caladea', 'Arimo']);
    const unknown = measureFontsFor(['Source Sans Pro']);
    expect(unknown.unknown).toEqual(['Source Sans Pro']);
    expect(unknown.fonts.families[0]!.scale).toBeGreaterThan(1.1);
  });
});

describe('checkDeckTemplate and casebrief template check', () => {
  it('reports the size, masters, layouts and the layout chosen for each kind of slide, with why', async () => {
    const report = await checkDeckTemplate(fixture('debian-4x3'));
    expect(report).toMatchObject({ usable: true, slideSize: { ratio: '4:3' }, sampleSlides: 3 });
    expect(report.choices!.find((c) => c.kind === 'content')).toMatchObject({ layout: 'Title, Content' });
    expect(report.choices!.find((c) => c.kind === 'content')!.reason).toMatch(/one content placeholder/);
    expect((await checkDeckTemplate(new TextEncoder().encode('x'), { file: 'x.potx' })).usable).toBe(false);
  });

  it('prints it in plain words, exit 0; exit 1 for a file that is no template; exit 2 for bad usage', async () => {
    const ok = await cli('template', 'check', fixture('vivid-italian'));
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^Slide size: 11\.02 in × 6\.20 in \(16:9\)\.$/m);
    expect(ok.out).toMatch(/3 slide masters, 36 layouts; 3 sample slides/);
    expect(ok.out).toMatch(/text slides \(content\) → "Titolo e contenuto" of master "master 2": .*one content placeholder/);
    expect(ok.out).toMatch(/key figures \(key-figures\) → "Solo titolo"/);
    expect(ok.out).toMatch(/Missing:\n {2}- no section header layout/);
    const bad = await cli('template', 'check', 'package.json');
    expect(bad).toMatchObject({ code: 1, err: expect.stringMatching(/^package\.json: is not a PowerPoint template.*save it as a PowerPoint template \(\.potx\)/) });
    expect((await cli('template', 'check', path.join(dir, 'nothing-here.potx'))).code).toBe(1);
    expect((await cli('template', 'check')).code).toBe(2);
    expect((await cli('template', 'verify', fixture('vivid-italian'))).code).toBe(2);
    const map = temp('bad-map.yaml', 'content: Nowhere\n');
    const wrong = await cli('template', 'check', fixture('vivid-italian'), '--layout-map', map);
    expect(wrong.code).toBe(1);
    expect(wrong.err).toMatch(new RegExp(`^${map.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:10: the template .* has no layout named "Nowhere"`));
  });

  it('a build with a template that cannot be used fails with the file and the fix, exit 1; a missing one too', async () => {
    const notes = temp('notes.potx', 'not a zip');
    const r = await cli('build', 'data/milan-shanghai.yaml', '--format', 'pptx', '--deck-template', notes, '--out', dir);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/notes\.potx: is not a PowerPoint template/);
    const missing = await cli('build', 'data/milan-shanghai.yaml', '--format', 'pptx', '--deck-template', path.join(dir, 'gone.potx'), '--out', dir);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/gone\.potx: the deck template cannot be read \(no such file\); check the path given to --deck-template/);
  });
});

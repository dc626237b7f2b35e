import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { loadCaseStudy, renderCaseStudy } from '../../../src/index.js';

const CHECK = '/work/shared/tools/check-pptx';
const VIEW_PROPS = 'application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml';

/** Metropolis with the view properties PowerPoint writes, whose outline view lists the sample slide. */
async function withViewProps(): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(path.join('tests', 'fixtures', 'templates', 'metropolis-logo.potx')));
  zip.file(
    'ppt/viewProps.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<p:viewPr xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:outlineViewPr><p:cViewPr><p:scale><a:sx n="33" d="100"/><a:sy n="33" d="100"/></p:scale><p:origin x="0" y="0"/></p:cViewPr><p:sldLst><p:sld r:id="rId1"/></p:sldLst></p:outlineViewPr></p:viewPr>',
  );
  zip.file(
    'ppt/_rels/viewProps.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide" Target="slides/slide1.xml"/></Relationships>',
  );
  const rels = await zip.file('ppt/_rels/presentation.xml.rels')!.async('string');
  zip.file(
    'ppt/_rels/presentation.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdView" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/viewProps" Target="viewProps.xml"/></Relationships>',
    ),
  );
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/ppt/viewProps.xml" ContentType="${VIEW_PROPS}"/></Types>`));
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'casebrief-view-props-')), 'view-props.potx');
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
  return file;
}

describe('parts of a template that name its sample slides', () => {
  it('lose those names with the slides: no relationship points at a missing part', async () => {
    const template = await withViewProps();
    const study = await loadCaseStudy('data/milan-shanghai.yaml');
    const out = await renderCaseStudy(study, { formats: ['pptx'], deckTemplate: template, sourceDateEpoch: 0 });
    const deck = await JSZip.loadAsync(out.files[0]!.bytes);
    expect(await deck.file('ppt/viewProps.xml')!.async('string')).not.toContain('sldLst');
    expect(await deck.file('ppt/_rels/viewProps.xml.rels')!.async('string')).not.toContain('slides/slide1.xml');
    if (!existsSync(CHECK)) return;
    const pptx = path.join(path.dirname(template), 'deck.pptx');
    writeFileSync(pptx, out.files[0]!.bytes);
    const report = execFileSync(CHECK, [pptx, '--schema-all', '--no-render'], { encoding: 'utf8' });
    expect(report).toMatch(/PASS\s+relationships/);
    expect(report).toMatch(/pptx: \d+ checks, 0 failed/);
  }, 60_000);
});

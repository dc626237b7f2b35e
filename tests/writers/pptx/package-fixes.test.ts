import { describe, expect, it } from 'vitest';
import type { Element } from 'ltx';
import { NS, coreXml, fixContentTypes, fixNotesSlide, fixPresentation, fixSlide, fixTheme, parsePart, retarget, serializePart } from '../../../src/writers/pptx/package-fixes.js';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const A = `xmlns:a="${NS.a}"`;
const P = `xmlns:p="${NS.p}"`;

function fixed(xml: string, fix: (root: Element) => void): string {
  const root = parsePart('test.xml', xml);
  fix(root);
  return serializePart(root);
}

/** The elements named `local` in namespace `ns` at or under `root`, in document order. */
function all(root: Element, ns: string, local: string): Element[] {
  const own = root.is(local, ns) ? [root] : [];
  return [...own, ...root.getChildElements().flatMap((child) => all(child, ns, local))];
}

/** The attributes of the elements named `local` in `ns`, parsed back from `xml`. */
function found(xml: string, ns: string, local: string): Record<string, string>[] {
  return all(parsePart('out.xml', xml), ns, local).map((el) => ({ ...el.attrs }));
}

const run = (text: string) =>
  `<a:pPr algn="l"/><a:r><a:rPr lang="en"><a:latin typeface="Calibri"/><a:ea typeface="Calibri"/><a:cs typeface="Calibri"/></a:rPr><a:t>${text}</a:t></a:r>`;

describe('fixSlide', () => {
  const slide =
    DECL +
    `<p:sld ${A} ${P}><p:cSld><p:spTree>` +
    `<p:nvGrpSpPr><p:cNvPr id="1" name=""/></p:nvGrpSpPr>` +
    `<p:sp><p:nvSpPr><p:cNvPr id="2" name="a"/></p:nvSpPr><p:txBody><a:p>${run('One ')}${run('two')}</a:p>` +
    `<a:p><a:pPr marL="381000"><a:buSzPct val="100000"/><a:buChar char="&#x25A0;"/></a:pPr><a:r><a:t>x &amp; &lt;y&gt;</a:t></a:r></a:p></p:txBody></p:sp>` +
    `<p:sp><p:nvSpPr><p:cNvPr id="2" name="b"/></p:nvSpPr></p:sp>` +
    `<p:sp><p:nvSpPr><p:cNvPr id="2" name="c"/></p:nvSpPr><p:txBody><a:lstStyle><a:lvl1pPr><a:defRPr><a:ea typeface="+mn-ea"/></a:defRPr></a:lvl1pPr></a:lstStyle></p:txBody></p:sp>` +
    `</p:spTree></p:cSld></p:sld>`;
  const out = fixed(slide, fixSlide);

  it('keeps one pPr per paragraph, the first', () => {
    const paragraphs = all(parsePart('out.xml', out), NS.a, 'p');
    expect(paragraphs.map((p) => p.getChildren('pPr', NS.a).length)).toEqual([1, 1]);
    expect(found(out, NS.a, 'r')).toHaveLength(3);
  });

  it('names the East Asian font in the ea slot, and leaves theme references alone', () => {
    expect(found(out, NS.a, 'ea').map((e) => e.typeface)).toEqual(['Microsoft YaHei', 'Microsoft YaHei', '+mn-ea']);
    expect(found(out, NS.a, 'latin').map((e) => e.typeface)).toEqual(['Calibri', 'Calibri']);
  });

  it('colours the square bullet and sizes it to 80 %, in schema order', () => {
    expect(out).toContain('<a:pPr marL="381000"><a:buClr><a:srgbClr val="B3261E"/></a:buClr><a:buSzPct val="80000"/><a:buChar char="■"/></a:pPr>');
  });

  it('makes shape ids unique, keeping the first of each', () => {
    expect(found(out, NS.p, 'cNvPr').map((e) => [e.name, e.id])).toEqual([
      ['', '1'],
      ['a', '2'],
      ['b', '3'],
      ['c', '4'],
    ]);
  });

  it('keeps the XML declaration and escapes text as it was', () => {
    expect(out.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')).toBe(true);
    expect(out).toContain('<a:t>x &amp; &lt;y&gt;</a:t>');
  });

  it('goes by namespace, not by prefix', () => {
    const other = `<p:sld xmlns:d="${NS.a}" ${P}><p:cSld><p:spTree><p:sp><p:txBody><d:p><d:pPr/><d:r><d:rPr><d:ea typeface="Calibri"/></d:rPr><d:t>a</d:t></d:r><d:pPr/><d:r><d:t>b</d:t></d:r></d:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`;
    const result = fixed(other, fixSlide);
    expect(found(result, NS.a, 'pPr')).toHaveLength(1);
    expect(found(result, NS.a, 'ea')[0]!.typeface).toBe('Microsoft YaHei');
    // An element of another namespace that happens to use the prefix `a` is not touched.
    const foreign = `<p:sld xmlns:a="urn:not-drawingml" ${P}><a:p><a:pPr/><a:pPr/><a:ea typeface="Calibri"/></a:p></p:sld>`;
    expect(fixed(foreign, fixSlide)).toBe(DECL + foreign);
  });
});

describe('fixTheme', () => {
  it('names the deck fonts for Latin and East Asian text in the heading and body fonts', () => {
    const theme = `<a:theme ${A}><a:themeElements><a:fontScheme name="x"><a:majorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:majorFont><a:minorFont><a:latin typeface="Arial"/><a:ea typeface=""/><a:cs typeface=""/></a:minorFont></a:fontScheme></a:themeElements></a:theme>`;
    const out = fixed(theme, fixTheme);
    expect(found(out, NS.a, 'latin').map((e) => e.typeface)).toEqual(['Calibri', 'Calibri']);
    expect(found(out, NS.a, 'ea').map((e) => e.typeface)).toEqual(['Microsoft YaHei', 'Microsoft YaHei']);
    expect(found(out, NS.a, 'cs').map((e) => e.typeface)).toEqual(['', '']);
  });
});

describe('fixNotesSlide', () => {
  const notes =
    `<p:notes ${A} ${P}><p:cSld><p:spTree>` +
    `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr/><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>all in one</a:t></a:r></a:p></p:txBody></p:sp>` +
    `<p:sp><p:nvSpPr><p:cNvPr id="4" name="Slide Number Placeholder 3"/><p:cNvSpPr/><p:nvPr><p:ph type="sldNum" sz="quarter" idx="10"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:fld id="{F7021451-1387-4CA6-816F-3879F97B5CBC}" type="slidenum"><a:t>3</a:t></a:fld></a:p></p:txBody></p:sp>` +
    `</p:spTree></p:cSld></p:notes>`;

  /** Each paragraph of the body placeholder as [lang, text] runs. */
  function bodyRuns(xml: string): [string, string][][] {
    const body = all(parsePart('out.xml', xml), NS.p, 'txBody')[0]!;
    return body.getChildren('p', NS.a).map((p) => p.getChildren('r', NS.a).map((r) => [r.getChild('rPr', NS.a)!.attrs.lang as string, r.getChild('t', NS.a)!.getText()]));
  }

  it('writes one paragraph per note, East Asian runs marked zh-CN, text kept exactly', () => {
    const out = fixed(notes, (doc) => fixNotesSlide(doc, ['Milan & Shanghai <since 1979>.', 'Shanghai (上海与米兰，1979年) grew.'], 'en'));
    expect(bodyRuns(out)).toEqual([
      [['en', 'Milan & Shanghai <since 1979>.']],
      [
        ['en', 'Shanghai ('],
        ['zh-CN', '上海与米兰，1979年) '],
        ['en', 'grew.'],
      ],
    ]);
    expect(out).not.toContain('all in one');
  });

  it('leaves an empty paragraph when a slide has no notes, and points the slide number at the master', () => {
    const out = fixed(notes, (doc) => fixNotesSlide(doc, [], 'it'));
    expect(bodyRuns(out)).toEqual([[]]);
    expect(found(out, NS.a, 'endParaRPr')[0]).toEqual({ lang: 'it', dirty: '0' });
    expect(found(out, NS.p, 'ph').find((ph) => ph.type === 'sldNum')!.idx).toBe('5');
  });
});

describe('fixPresentation', () => {
  it('moves notesMasterIdLst right after sldMasterIdLst', () => {
    const pres = `<p:presentation ${P} xmlns:r="urn:r"><p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:sldIdLst><p:sldId id="256" r:id="rId2"/></p:sldIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId3"/></p:notesMasterIdLst><p:sldSz cx="1" cy="1"/></p:presentation>`;
    expect(
      parsePart('p.xml', fixed(pres, fixPresentation))
        .getChildElements()
        .map((n) => n.name),
    ).toEqual(['p:sldMasterIdLst', 'p:notesMasterIdLst', 'p:sldIdLst', 'p:sldSz']);
  });
});

describe('fixContentTypes', () => {
  it('types each part once, drops parts that are missing and repeated defaults, and adds ours', () => {
    const types =
      `<Types xmlns="${NS.types}"><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Default Extension="PNG" ContentType="image/png"/>` +
      `<Override PartName="/ppt/slides/slide1.xml" ContentType="s"/><Override PartName="/ppt/slides/slide1.xml" ContentType="s"/><Override PartName="/ppt/slideMasters/slideMaster2.xml" ContentType="m"/></Types>`;
    const out = fixed(types, (doc) => fixContentTypes(doc, new Set(['ppt/slides/slide1.xml', 'ppt/theme/theme2.xml']), { '/ppt/theme/theme2.xml': 't' }));
    expect(found(out, NS.types, 'Default').map((d) => d.Extension)).toEqual(['xml', 'png']);
    expect(found(out, NS.types, 'Override')).toEqual([
      { PartName: '/ppt/slides/slide1.xml', ContentType: 's' },
      { PartName: '/ppt/theme/theme2.xml', ContentType: 't' },
    ]);
    expect(out).not.toMatch(/xmlns=""/);
  });
});

describe('retarget', () => {
  it('points relationships to one part at another', () => {
    const rels = `<Relationships xmlns="${NS.rels}"><Relationship Id="rId1" Type="t" Target="../theme/theme1.xml"/><Relationship Id="rId2" Type="t" Target="../x.xml"/></Relationships>`;
    expect(
      found(
        fixed(rels, (doc) => retarget(doc, '../theme/theme1.xml', '../theme/theme2.xml')),
        NS.rels,
        'Relationship',
      ).map((r) => r.Target),
    ).toEqual(['../theme/theme2.xml', '../x.xml']);
  });
});

describe('parsePart', () => {
  it('throws, naming the part, on XML that does not parse', () => {
    expect(() => parsePart('ppt/slides/slide9.xml', '<p:sld><a:p></p:sld>')).toThrow(/ppt\/slides\/slide9\.xml/);
  });
});

describe('coreXml', () => {
  it('escapes the metadata and stamps the time given', () => {
    const xml = coreXml({ title: 'Milan & <Shanghai>', subject: 'a "b"', author: 'Città', keywords: ['x', 'y'], lang: 'it' } as never, new Date(Date.UTC(2030, 0, 2, 3, 4, 5)));
    const root = parsePart('core.xml', xml);
    const text = (ns: string, local: string) => all(root, ns, local)[0]?.getText();
    expect(text('http://purl.org/dc/elements/1.1/', 'title')).toBe('Milan & <Shanghai>');
    expect(text('http://purl.org/dc/elements/1.1/', 'subject')).toBe('a "b"');
    expect(text('http://schemas.openxmlformats.org/package/2006/metadata/core-properties', 'keywords')).toBe('x; y');
    expect(text('http://purl.org/dc/terms/', 'created')).toBe('2030-01-02T03:04:05Z');
  });
});

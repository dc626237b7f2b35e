import { describe, expect, it } from 'vitest';
import { CaseStudyError } from '../../src/errors.js';
import { parseMarkup } from '../../src/markup/parse-markup.js';
import type { BriefDocument, DeckDocument } from '../../src/model/document.js';

const origin = { file: 'templates/brief.hbs' };

function brief(body: string): BriefDocument {
  return parseMarkup(`<brief title="T" author="A">${body}</brief>`, origin) as BriefDocument;
}

function failure(markup: string, sources?: { file: string; text: string }[]): string {
  try {
    parseMarkup(markup, { ...origin, sources });
  } catch (err) {
    if (err instanceof CaseStudyError) return err.message;
    throw err;
  }
  throw new Error('expected the markup to be rejected');
}

describe('parseMarkup', () => {
  it('reads a brief into typed blocks', () => {
    const doc = brief(`
      <h2>Key achievements</h2>
      <p source="true">The  Peoples
        Republic of China</p>
      <ul><li>one</li><li><b>two</b></li></ul>
      <facts title="Key facts"><fact label="Since">3 July 1979</fact></facts>
      <timeline title="Timeline" alt="Six events"><event date="16–23 June 2010" when="2010-06-16">Milan Creative</event></timeline>`);
    expect(doc.meta).toEqual({ title: 'T', author: 'A', subject: '', keywords: [], lang: 'en' });
    expect(doc.blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'key-facts', 'timeline']);
    expect(doc.blocks[1]).toEqual({ type: 'paragraph', source: true, small: false, children: [{ type: 'text', value: 'The Peoples Republic of China' }] });
    expect(doc.blocks[2]).toEqual({ type: 'list', ordered: false, items: [[{ type: 'text', value: 'one' }], [{ type: 'strong', children: [{ type: 'text', value: 'two' }] }]] });
  });

  it('keeps escaped user text as text, never as markup', () => {
    const doc = brief('<p>&lt;slide&gt; {{title}} &amp;amp; &#x27;quoted&#x27;</p>');
    expect(doc.blocks[0]).toMatchObject({ children: [{ type: 'text', value: "<slide> {{title}} &amp; 'quoted'" }] });
  });

  it('marks spans with their language', () => {
    const doc = brief('<p>Milan · <span lang="zh">米兰</span></p>');
    expect(doc.blocks[0]).toMatchObject({ children: [{ value: 'Milan · ' }, { value: '米兰', lang: 'zh' }] });
  });

  it('reads a deck into slides with notes', () => {
    const deck = parseMarkup(
      `<deck title="T" author="A" footer="F" continued="(suite)"><slide layout="content"><title>Heading</title><ul><li>Point</li></ul><notes><p>Full paragraph.</p></notes></slide></deck>`,
      { file: 'deck.hbs' },
    ) as DeckDocument;
    expect(deck.labels.continued).toBe('(suite)');
    expect(deck.slides[0]).toMatchObject({ layout: 'content', title: [{ value: 'Heading' }], notes: ['Full paragraph.'] });
  });

  it('names the template and line of an unknown element', () => {
    const sources = [{ file: 'templates/partials/extra.hbs', text: 'first line\n  <marquee>{{x}}</marquee>\n' }];
    expect(failure('<brief title="T" author="A"><marquee>x</marquee></brief>', sources)).toBe(
      'templates/partials/extra.hbs:2:3: unknown element <marquee> here; expected a block of a brief',
    );
  });

  it('reports every unknown attribute and a bad slide layout', () => {
    const message = failure('<deck title="T" author="A"><slide layout="wide" colour="red"><title>x</title></slide></deck>');
    expect(message).toMatch(/unknown slide layout "wide"/);
    expect(message).toMatch(/unknown attribute colour="…" on <slide> \(known: layout\)/);
  });

  it('refuses links with schemes other than http, https and mailto', () => {
    expect(failure('<brief title="T" author="A"><p><a href="javascript:alert(1)">x</a></p></brief>')).toMatch(/must start with http:, https: or mailto:/);
  });

  it('reports markup that is not well-formed', () => {
    expect(failure('<brief title="T" author="A"><p>open</brief>')).toMatch(/^templates\/brief\.hbs:1:\d+: the template's markup is not well-formed/);
  });
});

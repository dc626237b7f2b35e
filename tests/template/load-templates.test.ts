import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCaseStudy } from '../../src/load/load-case-study.js';
import { localize } from '../../src/load/localize.js';
import { parseMarkup } from '../../src/markup/parse-markup.js';
import { inlineText, type BriefDocument, type DeckDocument } from '../../src/model/document.js';
import { loadTemplates } from '../../src/template/load-templates.js';
import { renderMarkup } from '../../src/template/render-markup.js';
import { sampleText, sampleWith } from '../helpers/case-study.js';

function templateDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-tpl-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const options = { lang: 'en', asOf: '2026-11-29' };

describe('loadTemplates', () => {
  it('names the template file and line of a Handlebars syntax error', async () => {
    const dir = templateDir({ 'brief.hbs': '<brief title="x" author="y">\n  <p>{{#each cs.sections}}</p>\n</brief>\n' });
    await expect(loadTemplates(dir)).rejects.toThrow(new RegExp(`^${path.join(dir, 'brief.hbs')}:\\d+:1: template error`));
  });

  it('runs the shipped templates on Handlebars’ runtime alone, and compiles a user’s with the full library', async () => {
    // The build precompiled the shipped templates (dist/templates.json); the compiler is not needed for them.
    const shipped = await loadTemplates();
    expect(shipped.env).not.toHaveProperty('compile');
    const dir = templateDir({ 'deck.hbs': '<deck title="{{cs.title}}" author="me"><slide layout="title"><title>{{cs.title}}</title></slide></deck>' });
    const own = await loadTemplates(dir);
    expect(own.env).toHaveProperty('compile');
  });

  it('takes what a user’s folder lacks from the shipped templates', async () => {
    const dir = templateDir({ 'deck.hbs': '<deck title="{{cs.title}}" author="me"><slide layout="title"><title>{{cs.title}}</title></slide></deck>' });
    const set = await loadTemplates(dir);
    const cs = localize(parseCaseStudy(sampleText(), { file: 'x.yaml' }).data, 'en').data;
    const deck = parseMarkup(renderMarkup(set, 'deck', cs, options), { file: 'deck.hbs' }) as DeckDocument;
    expect(deck.slides).toHaveLength(1);
    const brief = parseMarkup(renderMarkup(set, 'brief', cs, options), { file: 'brief.hbs' }) as BriefDocument;
    expect(brief.blocks.length).toBeGreaterThan(5);
  });

  it('keeps Handlebars’ prototype-access protections', async () => {
    const dir = templateDir({
      'brief.hbs': '<brief title="{{cs.constructor.name}}{{lookup cs "__proto__"}}{{cs.__defineGetter__}}" author="a"><p>{{cs.title.constructor}}</p></brief>',
    });
    const cs = localize(parseCaseStudy(sampleText(), { file: 'x.yaml' }).data, 'en').data;
    const markup = renderMarkup(await loadTemplates(dir), 'brief', cs, options);
    expect(markup).toBe('<brief title="" author="a"><p></p></brief>');
  });
});

describe('user text through the shipped templates', () => {
  it('stays text: <slide>, {{title}} and &amp; come out exactly as written', async () => {
    const tricky = 'A <slide layout="title"> tag, a {{title}} and an &amp; and <b>bold</b> & "quotes".';
    const text = sampleWith('        agreement commenced.', `        agreement commenced. ${tricky}`);
    const cs = localize(parseCaseStudy(text, { file: 'x.yaml' }).data, 'en').data;
    const set = await loadTemplates();
    const brief = parseMarkup(renderMarkup(set, 'brief', cs, options), { file: 'brief.hbs' }) as BriefDocument;
    const paragraphs = brief.blocks.flatMap((b) => (b.type === 'paragraph' ? [inlineText(b.children)] : []));
    expect(paragraphs.some((p) => p.endsWith(tricky))).toBe(true);
    const deck = parseMarkup(renderMarkup(set, 'deck', cs, options), { file: 'deck.hbs' }) as DeckDocument;
    expect(deck.slides.length).toBeGreaterThan(5);
    expect(deck.slides.flatMap((s) => s.notes).some((n) => n.endsWith(tricky))).toBe(true);
  });
});

describe('precompiled shipped templates (dist/templates.json)', () => {
  it('render exactly what the same templates compiled at run time render', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'casebrief-tpl-'));
    cpSync('templates', dir, { recursive: true });
    // A comment changes each template's text, so none of them matches a precompiled one.
    for (const file of ['brief.hbs', 'deck.hbs', ...readdirSync(path.join(dir, 'partials')).map((f) => `partials/${f}`)]) {
      appendFileSync(path.join(dir, file), '{{!-- compiled at run time --}}');
    }
    const cs = localize(parseCaseStudy(sampleText(), { file: 'x.yaml' }).data, 'en').data;
    const shipped = await loadTemplates();
    const runtime = await loadTemplates(dir);
    for (const kind of ['brief', 'deck'] as const) {
      expect(renderMarkup(shipped, kind, cs, options).replace(/\n/g, '')).toBe(renderMarkup(runtime, kind, cs, options).replace(/\n/g, ''));
    }
    // …and the shipped ones are the precompiled ones.
    const specs = JSON.parse(readFileSync('dist/templates.json', 'utf8')) as Record<string, string>;
    for (const file of ['templates/brief.hbs', 'templates/deck.hbs']) {
      expect(Object.keys(specs)).toContain(createHash('sha256').update(readFileSync(file, 'utf8')).digest('hex'));
    }
  });
});

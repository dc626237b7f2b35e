import type { Block, BriefDocument, DeckDocument, Document, DocumentMeta, Inline, PackDocument, RendererLabels, Slide, SlideLayout } from '../model/document.js';
import { CaseStudyError } from '../errors.js';
import { parseElementTree, type MarkupChild, type MarkupElement } from './element-tree.js';
import { Reader } from './reader.js';
import { readChart, readTable } from './read-data-blocks.js';

/** Where the markup came from: used to point an error at the template that emitted it. */
export interface MarkupOrigin {
  /** The template file the markup was rendered from. */
  file: string;
  /** Text of that template and its partials, searched to locate an unknown element. */
  sources?: ReadonlyArray<{ file: string; text: string }>;
  /** Pictures the loader read, by the name templates give them in `<image src>` (`{{cs.image.src}}`). */
  images?: ReadonlyMap<string, MarkupImage>;
}

/** A picture a template may place: its bytes and pixel size, as the loader checked them. */
export interface MarkupImage {
  data: Uint8Array;
  format: 'png' | 'jpeg';
  width: number;
  height: number;
}

const LAYOUTS: readonly SlideLayout[] = ['anniversary', 'title', 'section', 'content', 'two-column', 'key-figures', 'timeline', 'closing'];

/**
 * Parses template markup (docs/markup.md) into the document model. Every unknown
 * element or attribute is reported, each with the template that emitted it.
 */
export function parseMarkup(markup: string, origin: MarkupOrigin): Document {
  const root = parseElementTree(markup, origin.file);
  const reader = new Reader(origin);
  let doc: Document | undefined;
  if (root.name === 'brief') doc = readBrief(root, reader);
  else if (root.name === 'deck') doc = readDeck(root, reader);
  else if (root.name === 'pack') doc = readPack(root, reader);
  else reader.unknown(root, 'a document root (<brief>, <deck> or <pack>)');
  reader.throwIfProblems();
  if (!doc) throw new CaseStudyError('E_MARKUP', [{ file: origin.file, message: 'the template produced no document' }]);
  return doc;
}

function readMeta(el: MarkupElement, r: Reader): DocumentMeta {
  return {
    title: r.attr(el, 'title', true),
    author: r.attr(el, 'author'),
    subject: r.attr(el, 'subject'),
    keywords: r
      .attr(el, 'keywords')
      .split(';')
      .map((k) => k.trim())
      .filter(Boolean),
    lang: r.attr(el, 'lang') || 'en',
  };
}

function readLabels(el: MarkupElement, r: Reader): RendererLabels {
  return {
    pageOf: r.attr(el, 'page-of') || 'Page {page} of {pages}',
    continued: r.attr(el, 'continued') || '(cont.)',
  };
}

const ROOT_ATTRIBUTES = ['title', 'author', 'subject', 'keywords', 'lang', 'page-of', 'continued'];

function readBrief(el: MarkupElement, r: Reader): BriefDocument {
  r.allow(el, [...ROOT_ATTRIBUTES, 'header']);
  return {
    type: 'brief',
    meta: readMeta(el, r),
    labels: readLabels(el, r),
    header: r.attr(el, 'header'),
    blocks: readBlocks(el.children, r, 'a block of a brief'),
  };
}

function readDeck(el: MarkupElement, r: Reader): DeckDocument {
  r.allow(el, [...ROOT_ATTRIBUTES, 'footer']);
  const slides: Slide[] = [];
  for (const child of r.elements(el.children)) {
    if (child.name === 'slide') slides.push(readSlide(child, r));
    else r.unknown(child, '<slide>');
  }
  return { type: 'deck', meta: readMeta(el, r), labels: readLabels(el, r), footer: r.attr(el, 'footer'), slides };
}

// The pack's markup holds its cover; the chapters are briefs the pipeline adds.
function readPack(el: MarkupElement, r: Reader): PackDocument {
  r.allow(el, [...ROOT_ATTRIBUTES, 'header', 'contents', 'chapter-of', 'chapter-sources']);
  const children = r.elements(el.children);
  const coverEl = children.find((c) => c.name === 'cover');
  for (const child of children) if (child !== coverEl) r.unknown(child, 'one <cover> inside <pack>');
  if (!coverEl) r.problem(el, "<pack> needs a <cover> with the pack's <title>");
  const cover = coverEl ? BLOCK_HANDLERS.cover!(coverEl, r) : undefined;
  return {
    type: 'pack',
    meta: readMeta(el, r),
    labels: { ...readLabels(el, r), contents: r.attr(el, 'contents', true), chapterOf: r.attr(el, 'chapter-of') || '{n} / {count}', chapterSources: r.attr(el, 'chapter-sources') },
    header: r.attr(el, 'header'),
    cover: cover?.type === 'cover' ? cover : { type: 'cover', title: [], subtitle: [], tagline: [] },
    chapters: [],
  };
}

function readSlide(el: MarkupElement, r: Reader): Slide {
  r.allow(el, ['layout']);
  const layout = r.attr(el, 'layout', true) as SlideLayout;
  if (layout && !LAYOUTS.includes(layout)) r.problem(el, `unknown slide layout "${layout}" (known: ${LAYOUTS.join(', ')})`);
  const slide: Slide = { layout, title: [], subtitle: [], body: [], aside: [], notes: [] };
  const body: MarkupChild[] = [];
  for (const child of el.children) {
    if (typeof child === 'string') {
      body.push(child);
    } else if (child.name === 'title') {
      r.allow(child, []);
      slide.title = readInlines(child.children, r);
    } else if (child.name === 'subtitle') {
      r.allow(child, []);
      slide.subtitle = readInlines(child.children, r);
    } else if (child.name === 'aside') {
      r.allow(child, []);
      slide.aside = readBlocks(child.children, r, 'a block of a slide column');
    } else if (child.name === 'notes') {
      r.allow(child, []);
      slide.notes = readNotes(child, r);
    } else {
      body.push(child);
    }
  }
  slide.body = readBlocks(body, r, 'a slide part (<title>, <subtitle>, <aside>, <notes>) or a block');
  return slide;
}

function readNotes(el: MarkupElement, r: Reader): string[] {
  const notes: string[] = [];
  for (const child of r.elements(el.children)) {
    if (child.name !== 'p') {
      r.unknown(child, '<p> inside <notes>');
      continue;
    }
    r.allow(child, []);
    const text = plain(readInlines(child.children, r));
    if (text) notes.push(text);
  }
  return notes;
}

function readBlocks(children: MarkupChild[], r: Reader, expected: string): Block[] {
  const blocks: Block[] = [];
  for (const el of r.elements(children)) {
    const handler = BLOCK_HANDLERS[el.name];
    if (handler) blocks.push(handler(el, r));
    else r.unknown(el, expected);
  }
  return blocks;
}

type BlockHandler = (el: MarkupElement, r: Reader) => Block;

function heading(level: 1 | 2 | 3): BlockHandler {
  return (el, r) => {
    r.allow(el, []);
    return { type: 'heading', level, children: readInlines(el.children, r) };
  };
}

function list(ordered: boolean): BlockHandler {
  return (el, r) => {
    r.allow(el, []);
    const items: Inline[][] = [];
    for (const li of r.elements(el.children)) {
      if (li.name !== 'li') r.unknown(li, '<li>');
      else {
        r.allow(li, []);
        items.push(readInlines(li.children, r));
      }
    }
    return { type: 'list', ordered, items };
  };
}

/** One handler per block element of the markup. */
const BLOCK_HANDLERS: Record<string, BlockHandler> = {
  cover(el, r) {
    r.allow(el, []);
    const cover: Block = { type: 'cover', title: [], subtitle: [], tagline: [] };
    for (const child of r.elements(el.children)) {
      r.allow(child, []);
      if (child.name === 'title') cover.title = readInlines(child.children, r);
      else if (child.name === 'subtitle') cover.subtitle.push(readInlines(child.children, r));
      else if (child.name === 'tagline') cover.tagline = readInlines(child.children, r);
      else r.unknown(child, '<title>, <subtitle> or <tagline> inside <cover>');
    }
    return cover;
  },
  h1: heading(1),
  h2: heading(2),
  h3: heading(3),
  p(el, r) {
    r.allow(el, ['source', 'small']);
    return {
      type: 'paragraph',
      children: readInlines(el.children, r),
      source: r.flag(el, 'source'),
      small: r.flag(el, 'small'),
    };
  },
  ul: list(false),
  ol: list(true),
  facts(el, r) {
    r.allow(el, ['title']);
    const facts = r.elements(el.children).flatMap((f) => {
      if (f.name !== 'fact') return (r.unknown(f, '<fact>'), []);
      r.allow(f, ['label']);
      return [{ label: r.attr(f, 'label', true), value: readInlines(f.children, r) }];
    });
    return { type: 'key-facts', title: r.attr(el, 'title'), facts };
  },
  figures(el, r) {
    r.allow(el, ['title']);
    const figures = r.elements(el.children).flatMap((f) => {
      if (f.name !== 'figure') return (r.unknown(f, '<figure>'), []);
      r.allow(f, ['value']);
      return [{ value: r.attr(f, 'value', true), label: readInlines(f.children, r) }];
    });
    return { type: 'key-figures', title: r.attr(el, 'title'), figures };
  },
  timeline(el, r) {
    r.allow(el, ['title', 'alt']);
    const events = r.elements(el.children).flatMap((e) => {
      if (e.name !== 'event') return (r.unknown(e, '<event>'), []);
      r.allow(e, ['date', 'when']);
      return [{ date: r.attr(e, 'date', true), when: r.attr(e, 'when'), label: readInlines(e.children, r) }];
    });
    return { type: 'timeline', title: r.attr(el, 'title'), alt: r.attr(el, 'alt', true), events };
  },

  image(el, r) {
    r.allow(el, ['src', 'alt', 'width', 'height']);
    const src = r.attr(el, 'src', true);
    const picture = r.image(src);
    if (src && !picture) r.problem(el, `<image src="${src}"> names no picture of the case study (templates write {{cs.image.src}}, set when the case study has an image:)`);
    const size = (name: string) => {
      const n = Number(r.attr(el, name, true));
      if (!Number.isInteger(n) || n <= 0) r.problem(el, `<image ${name}="…"> must be a whole number of pixels`);
      return n;
    };
    if (r.elements(el.children).length) r.problem(el, '<image> takes no content');
    const width = size('width');
    const height = size('height');
    return { type: 'image', src, data: picture?.data ?? new Uint8Array(), format: picture?.format ?? 'png', alt: r.attr(el, 'alt', true), width, height };
  },
  chart: (el, r) => readChart(el, r, (child, reader) => readInlines(child.children, reader)),
  table: (el, r) => readTable(el, r, (child, reader) => readInlines(child.children, reader)),
  map(el, r) {
    r.allow(el, ['title', 'alt', 'distance', 'caption']);
    const places = r.elements(el.children).flatMap((p) => {
      if (p.name !== 'place') return (r.unknown(p, '<place>'), []);
      r.allow(p, ['lat', 'lon']);
      const degrees = (name: 'lat' | 'lon', limit: number) => {
        const text = r.attr(p, name, true);
        const n = Number(text);
        if (text && (text.trim() === '' || !Number.isFinite(n) || Math.abs(n) > limit))
          r.problem(p, `<place ${name}="${text}"> must be a number of degrees from -${limit} to ${limit}`);
        return n;
      };
      return [{ name: plain(readInlines(p.children, r)), lat: degrees('lat', 90), lon: degrees('lon', 180) }];
    });
    if (places.length !== 2) r.problem(el, `<map> needs exactly two <place> elements, the two ends of the route (it has ${places.length})`);
    const [from, to] = places;
    return {
      type: 'map',
      title: r.attr(el, 'title'),
      alt: r.attr(el, 'alt', true),
      distance: r.attr(el, 'distance', true),
      caption: r.attr(el, 'caption'),
      places: [from ?? { name: '', lat: 0, lon: 0 }, to ?? { name: '', lat: 0, lon: 0 }],
    };
  },
};

type InlineHandler = (el: MarkupElement, r: Reader, lang: string | undefined) => Inline[];

const INLINE_HANDLERS: Record<string, InlineHandler> = {
  b: (el, r, lang) => (r.allow(el, []), [{ type: 'strong', children: inlines(el.children, r, lang) }]),
  i: (el, r, lang) => (r.allow(el, []), [{ type: 'emphasis', children: inlines(el.children, r, lang) }]),
  a(el, r, lang) {
    r.allow(el, ['href']);
    const url = r.attr(el, 'href', true);
    if (url && !/^(https?:|mailto:)/i.test(url)) r.problem(el, `link "${url}" must start with http:, https: or mailto:`);
    return [{ type: 'link', url, children: inlines(el.children, r, lang) }];
  },
  span(el, r) {
    r.allow(el, ['lang']);
    return inlines(el.children, r, r.attr(el, 'lang', true));
  },
};

function inlines(children: MarkupChild[], r: Reader, lang: string | undefined): Inline[] {
  const out: Inline[] = [];
  for (const child of children) {
    if (typeof child === 'string') {
      const value = child.replace(/\s+/g, ' ');
      if (value) out.push(lang ? { type: 'text', value, lang } : { type: 'text', value });
      continue;
    }
    const handler = INLINE_HANDLERS[child.name];
    if (handler) out.push(...handler(child, r, lang));
    else r.unknown(child, 'inline markup (<b>, <i>, <a>, <span>)');
  }
  return out;
}

/** Reads inline content, collapsing whitespace and trimming it at both ends. */
function readInlines(children: MarkupChild[], r: Reader): Inline[] {
  return trimEnds(inlines(children, r, undefined));
}

function trimEnds(nodes: Inline[]): Inline[] {
  const first = nodes[0];
  if (first?.type === 'text') first.value = first.value.trimStart();
  const last = nodes.at(-1);
  if (last?.type === 'text') last.value = last.value.trimEnd();
  return nodes.filter((n) => n.type !== 'text' || n.value !== '');
}

function plain(nodes: Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.value : plain(n.children))).join('');
}

/**
 * The document model: the contract between templates and renderers.
 *
 * Templates emit markup (see docs/markup.md); `parseMarkup` turns it into these
 * plain, serialisable nodes; renderers see nothing else. Every node is told
 * apart by `type`. Text is never reworded on the way: a `text` node holds the
 * characters the template emitted, with whitespace runs collapsed to one space.
 */

/** A run of text; `lang` is set where markup marked a span (`<span lang="zh">`). */
export interface TextNode {
  type: 'text';
  value: string;
  lang?: string;
}

/** Strong emphasis (`<b>`). */
export interface StrongNode {
  type: 'strong';
  children: Inline[];
}

/** Emphasis (`<i>`). */
export interface EmphasisNode {
  type: 'emphasis';
  children: Inline[];
}

/** A hyperlink (`<a href>`); the scheme is http, https or mailto. */
export interface LinkNode {
  type: 'link';
  url: string;
  children: Inline[];
}

/** Inline content: what a paragraph, heading, list item or label holds. */
export type Inline = TextNode | StrongNode | EmphasisNode | LinkNode;

/** The opening block of a brief: title, subtitle lines and a tagline (`<cover>`). */
export interface CoverNode {
  type: 'cover';
  title: Inline[];
  subtitle: Inline[][];
  tagline: Inline[];
}

/** A heading (`<h1>`–`<h3>`); level 2 headings become bookmarks in the PDF. */
export interface HeadingNode {
  type: 'heading';
  level: 1 | 2 | 3;
  children: Inline[];
}

/** A paragraph of running text (`<p>`); `source` marks the case study's own words. */
export interface ParagraphNode {
  type: 'paragraph';
  children: Inline[];
  source: boolean;
  small: boolean;
}

/** A bulleted or numbered list (`<ul>`/`<ol>` with `<li>`). */
export interface ListNode {
  type: 'list';
  ordered: boolean;
  items: Inline[][];
}

/** One labelled fact (`<fact label="…">value</fact>`). */
export interface Fact {
  label: string;
  value: Inline[];
}

/** A panel of labelled facts that is never split (`<facts title="…">`). */
export interface KeyFactsNode {
  type: 'key-facts';
  title: string;
  facts: Fact[];
}

/** One headline figure (`<figure value="600">label</figure>`). */
export interface KeyFigure {
  value: string;
  label: Inline[];
}

/** A row of headline figures (`<figures title="…">`). */
export interface KeyFiguresNode {
  type: 'key-figures';
  title: string;
  figures: KeyFigure[];
}

/** One dated event on a timeline (`<event date="…">label</event>`). */
export interface TimelineEvent {
  /** The date as it is to be shown, already formatted by the template. */
  date: string;
  /** Sort key: ISO year or date (YYYY, YYYY-MM or YYYY-MM-DD). */
  when: string;
  label: Inline[];
}

/** A timeline, drawn as a figure; `alt` describes it for assistive technology (`<timeline>`). */
export interface TimelineNode {
  type: 'timeline';
  title: string;
  alt: string;
  events: TimelineEvent[];
}

/** A picture (`<image src alt width height>`): a PNG or JPEG the loader has read and checked. */
export interface ImageNode {
  type: 'image';
  /** The name the template gave (`src`), for messages. */
  src: string;
  /** The picture's bytes, as checked by the loader; writers read no files. */
  data: Uint8Array;
  format: 'png' | 'jpeg';
  /** What the picture shows, for readers who cannot see it. */
  alt: string;
  /** Pixel size, for the aspect ratio. */
  width: number;
  height: number;
}

/** One number of a chart: the value to draw and the text to show for it, written for the language by the template. */
export interface ChartValue {
  value: number;
  text: string;
}

/** One series of a chart (`<series name="…">`): a value per category, in order. */
export interface ChartSeries {
  name: string;
  values: ChartValue[];
}

/**
 * A chart (`<chart kind title alt unit>` with `<category>` and `<series>`), drawn as a figure:
 * vector graphics in the PDF (followed by its data as a table), a native, editable chart in the deck.
 */
export interface ChartNode {
  type: 'chart';
  kind: 'column' | 'bar' | 'line' | 'pie';
  title: string;
  /** The chart described in words, for assistive technology. */
  alt: string;
  /** What the values count, e.g. "students"; '' when not said. */
  unit: string;
  /** The labels of the categories (bars, points or slices), in order. */
  categories: string[];
  /** One or more series, each with one value per category; a pie has one. */
  series: ChartSeries[];
}

/** One cell of a table (`<th>`/`<td>`); `numeric` cells hold a number and are set flush right. */
export interface TableCell {
  content: Inline[];
  numeric: boolean;
}

/** A table (`<table title>` with a header `<tr>` of `<th>` and rows of `<td>`); long tables continue with their header repeated. */
export interface TableNode {
  type: 'table';
  title: string;
  /** The header row: one cell per column. */
  columns: TableCell[];
  /** The body rows, each with one cell per column. */
  rows: TableCell[][];
}

/** One place of a map (`<place lat="…" lon="…">name</place>`), in decimal degrees. */
export interface MapPlace {
  name: string;
  lat: number;
  lon: number;
}

/**
 * A map of two places and the great-circle route between them (`<map alt distance caption>`),
 * drawn as a vector figure: the world's land around the route, a dot and the name of each place,
 * and the distance on the route. The distance is computed from the coordinates and written for
 * the language by the template; `caption` says so in words, under the map.
 */
export interface MapNode {
  type: 'map';
  /** A heading for the map; '' when it needs none. */
  title: string;
  /** The map described in words (both places and the distance), for assistive technology. */
  alt: string;
  /** The distance as shown on the route, e.g. "9,099 km". */
  distance: string;
  /** The line under the map, e.g. "Distance (great circle, computed from the coordinates): 9,099 km"; '' for none. */
  caption: string;
  /** The two places, from the first to the second. */
  places: [MapPlace, MapPlace];
}

/** Any block a brief or a slide may contain. */
export type Block = CoverNode | HeadingNode | ParagraphNode | ListNode | KeyFactsNode | KeyFiguresNode | TimelineNode | ImageNode | ChartNode | TableNode | MapNode;

/** Document-wide facts: they become PDF Info/XMP and PPTX core properties. */
export interface DocumentMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** BCP 47 language of the document, e.g. `en`, `it`, `zh`. */
  lang: string;
}

/**
 * Fixed labels the renderers draw themselves. Templates supply them so that
 * every word on a page comes from a template (and so can be translated).
 */
export interface RendererLabels {
  /** Footer pattern; `{page}` and `{pages}` are replaced, e.g. "Page {page} of {pages}". */
  pageOf: string;
  /** Appended to a slide title that continues a section, e.g. "(cont.)". */
  continued: string;
}

/** A PDF brief (`<brief>`). */
export interface BriefDocument {
  type: 'brief';
  meta: DocumentMeta;
  labels: RendererLabels;
  /** Running header text shown on every page after the first. */
  header: string;
  blocks: Block[];
}

/** The slide layouts a deck may use; each is one layout of the deck's master. */
export type SlideLayout = 'anniversary' | 'title' | 'section' | 'content' | 'two-column' | 'key-figures' | 'timeline' | 'closing';

/** One slide (`<slide layout="…">`); a renderer may split a long one into several. */
export interface Slide {
  layout: SlideLayout;
  title: Inline[];
  subtitle: Inline[];
  /** Body blocks; for `two-column`, the first column. */
  body: Block[];
  /** The second column of a `two-column` slide; empty otherwise. */
  aside: Block[];
  /** Speaker notes, one entry per paragraph. */
  notes: string[];
}

/** A PowerPoint deck (`<deck>`). */
export interface DeckDocument {
  type: 'deck';
  meta: DocumentMeta;
  labels: RendererLabels;
  /** Footer text shown on content slides (usually the source). */
  footer: string;
  slides: Slide[];
}

/** Fixed labels of a briefing pack, on top of those every renderer draws. */
export interface PackLabels extends RendererLabels {
  /** Heading of the table of contents, e.g. "Contents". */
  contents: string;
  /** A chapter's place in the pack; `{n}` and `{count}` are replaced, e.g. "Partnership {n} of {count}". */
  chapterOf: string;
  /** Title of the slide that carries a chapter's sources and links in the pack's deck, e.g. "Sources and links"; '' leaves them in its notes. */
  chapterSources: string;
}

/**
 * A briefing pack (`<pack>`): one PDF with a cover, a table of contents and a chapter per
 * case study. The pack template writes cover and labels; the pipeline adds the chapters.
 */
export interface PackDocument {
  type: 'pack';
  meta: DocumentMeta;
  labels: PackLabels;
  /** Running header of the pack's own pages (the table of contents). */
  header: string;
  /** The pack's cover: its title, subtitle lines and the date as the tagline. */
  cover: CoverNode;
  /** One brief per case study, in order; each keeps its own cover block and running header. */
  chapters: BriefDocument[];
}

/** What a template produces: one brief, one deck or a pack (whose chapters are briefs). */
export type Document = BriefDocument | DeckDocument | PackDocument;

/** Something a stage could not do as asked; reported to the user, never dropped silently. */
export interface Warning {
  /** What kind of thing happened, e.g. `W_LANG_FALLBACK`, for scripts and tests. */
  code: string;
  message: string;
  /** Where, when the warning concerns a place in a file (1-based line and column). */
  file?: string;
  line?: number;
  col?: number;
}

/** Concatenates the plain text of inline nodes. */
export function inlineText(nodes: readonly Inline[]): string {
  let out = '';
  for (const node of nodes) out += node.type === 'text' ? node.value : inlineText(node.children);
  return out;
}

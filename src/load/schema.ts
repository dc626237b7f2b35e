import { z } from 'zod';

/**
 * The one schema of a case study. The TypeScript types below are inferred from
 * it, and `npm run schema` writes schema/case-study.schema.json from it for editors.
 */

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) names a day that exists. */
export function isRealDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= max;
}

/**
 * The first year a date may have. A year such as 0050 is a slip for 1950 or 2050 far more often
 * than a date of the first century, and a partnership's dates are recent: it is refused.
 */
const FIRST_YEAR = 1000;
const earlyYear = (year: string) => `has the year ${year}, before ${FIRST_YEAR}, which is most often a slip (such as 0050 for 1950); write the year in full`;
/** Whether a date written YYYY… is from FIRST_YEAR on (other shapes are left to the pattern's message). */
const fromFirstYear = (value: string) => !/^\d{4}/.test(value) || Number(value.slice(0, 4)) >= FIRST_YEAR;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written YYYY-MM-DD, e.g. 1979-07-03' })
  .refine(isRealDate, { message: 'is not a real date (check the month and the day)' })
  .refine(fromFirstYear, { error: (issue) => earlyYear(String(issue.input).slice(0, 4)) });

const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { message: 'must be a year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD' })
  .refine(isRealDate, { message: 'is not a real date (check the month and the day)' })
  .refine(fromFirstYear, { error: (issue) => earlyYear(String(issue.input).slice(0, 4)) });

/** Characters no document can hold: C0/C1 controls but tab and line ends, lone surrogates, non-characters. */
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Names the first unprintable character of a text, for the error message. */
export function unprintable(value: string): string | undefined {
  const found = UNPRINTABLE.exec(value)?.[0];
  return found === undefined ? undefined : `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const text = z
  .string()
  .trim()
  .min(1, { message: 'must not be empty' })
  .refine((v) => unprintable(v) === undefined, {
    error: (issue) => `contains the character ${unprintable(String(issue.input)) ?? ''}, a control character or broken surrogate that no document can show; remove it`,
  });

const languageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, { message: 'must be a language tag such as en, it or zh-CN' });

/**
 * Text that may come in several languages: a plain string (in the case study's
 * `language`), or a mapping such as `{ en: …, it: …, zh: … }`.
 */
const localized = z.union([text, z.record(languageTag, text).refine((m) => Object.keys(m).length > 0, { message: 'needs at least one language, e.g. { en: … }' })]);

/** Localized text: one string, or the same text keyed by language tag. */
export type Localized = z.infer<typeof localized>;

export const City = z.strictObject({
  name: text.describe('The city as the case study names it, e.g. Milan.'),
  country: localized.optional().describe('Its country, e.g. Italy, or { en: Italy, it: Italia, zh: 意大利 }.'),
  names: z.record(languageTag, text).optional().describe('The city in other languages, keyed by language tag, e.g. { it: Milano, zh: 米兰 }.'),
  coordinates: z
    .strictObject({
      lat: z.number().min(-90).max(90),
      lon: z.number().min(-180).max(180),
    })
    .optional()
    .describe('Latitude and longitude in decimal degrees.'),
});

export const Section = z.strictObject({
  kind: z
    .enum(['character', 'activities', 'achievements', 'future', 'obstacles', 'other'])
    .describe('Which of the survey’s standard headings this is; "other" for any further section.'),
  heading: localized.describe('The heading, in the source’s own words.'),
  paragraphs: z.array(localized).min(1).describe('The paragraphs under the heading, verbatim.'),
  highlights: z.array(localized).optional().describe('Short points for the slides; without them the deck shows the text’s sentences.'),
});

/** A year may be written as a bare number (`date: 2009`); it is read as the string "2009". */
const when = z.union([z.int().min(FIRST_YEAR).max(9999).transform(String), partialDate]);

/**
 * Whether a span's `end` comes before its `date`, compared at the precision both have: an end of
 * 2010-06 is not before a date of 2010-06-16 (the span ends within that month).
 */
function endsBeforeItStarts(date: string, end: string): boolean {
  const n = Math.min(date.length, end.length);
  return end.slice(0, n) < date.slice(0, n);
}

export const TimelineEntry = z
  .strictObject({
    date: when.describe('When: YYYY, YYYY-MM or YYYY-MM-DD.'),
    end: when.optional().describe('For a span of days or months, its last day or month.'),
    event: localized.describe('What happened, as the text states it.'),
    proposed: z.boolean().optional().describe('True when a tool proposed this entry and a person has not confirmed it.'),
  })
  .superRefine((entry, ctx) => {
    // Only two real dates are compared; a malformed one has its own message.
    const { date, end } = entry as { date: unknown; end?: unknown };
    if (typeof date !== 'string' || typeof end !== 'string' || !isRealDate(date) || !isRealDate(end)) return;
    if (endsBeforeItStarts(date, end)) {
      ctx.addIssue({ code: 'custom', path: ['end'], input: end, message: `(${end}) is before \`date\` (${date}); swap them or correct the year` });
    }
  });

export const KeyFigure = z.strictObject({
  value: z.union([z.number().transform(String), text]).describe('The figure, e.g. 600.'),
  label: localized.describe('What it counts, e.g. books in Italian, Chinese and English.'),
});

export const Link = z.strictObject({
  label: localized.describe('What the link leads to, e.g. "City of Milan: international relations".'),
  url: z
    .string()
    .refine((v) => !/[\u0000-\u001F\u007F-\u009F]/.test(v), {
      error: (issue) =>
        `contains the control character ${unprintable(String(issue.input)) ?? ''}, which no address may hold; retype the address, or copy it again from the browser's address bar`,
      abort: true,
    })
    .regex(/^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i, { message: 'must start with http://, https:// or mailto: (other schemes are refused)' })
    .describe('An http, https or mailto address.'),
});

export const Image = z.strictObject({
  file: text.describe('A PNG or JPEG file, relative to the case study’s folder and inside it.'),
  alt: localized.describe('What the picture shows, for readers who cannot see it.'),
});

const figure = z
  .number({ error: 'must be a number written with digits, e.g. 44 or 12.5, without quotes, units or thousands separators' })
  .refine(Number.isFinite, { message: 'must be a finite number' });

/** A category's label; a year written as a bare number (`2019`) is read as the text "2019". */
const categoryLabel = z.union([z.number().transform(String), localized]);

const ChartPoint = z.strictObject({
  label: categoryLabel.describe('What the value is for: a year, a field, a city…'),
  value: figure.describe('The value, a number.'),
});

const ChartSeries = z.strictObject({
  name: localized.describe('What this series counts, e.g. "Students from Milan".'),
  values: z.array(figure).min(1).describe('One value per label, in the order of `labels`.'),
});

const CHART_KINDS = ['column', 'bar', 'line', 'pie'] as const;

/** Says what is wrong with a chart's data that the shapes alone cannot: which of data or series, counts, and a pie's values. */
function checkChart(chart: { kind?: unknown; data?: { value?: unknown }[]; labels?: unknown[]; series?: { values?: unknown[] }[] }, ctx: z.RefinementCtx): void {
  const { kind, data, labels, series } = chart;
  if (data && (labels || series)) {
    ctx.addIssue({ code: 'custom', path: ['data'], message: 'is given together with `labels`/`series`; give either `data` (one series) or `labels` with `series` (several)' });
    return;
  }
  if (!data && !(labels && series)) {
    const missing = labels ? 'series' : series ? 'labels' : 'data';
    ctx.addIssue({
      code: 'custom',
      path: [],
      message: `missing key \`${missing}\`: a chart needs \`data\` (a list of { label, value }) or \`labels\` with \`series\` (each { name, values })`,
    });
    return;
  }
  if (labels && series) {
    series.forEach((s, i) => {
      if (Array.isArray(s.values) && s.values.length !== labels.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['series', i, 'values'],
          message: `has ${s.values.length} values for ${labels.length} labels; give one value per label, in the order of \`labels\``,
        });
      }
    });
  }
  if (kind !== 'pie') return;
  if (series && series.length > 1)
    ctx.addIssue({ code: 'custom', path: ['series'], message: `has ${series.length} series, and a pie shows one; keep one, or use \`kind: column\` to compare them` });
  const values: { value: unknown; path: PropertyKey[] }[] = data
    ? data.map((d, i) => ({ value: d.value, path: ['data', i, 'value'] }))
    : (series?.[0]?.values ?? []).map((v, i) => ({ value: v, path: ['series', 0, 'values', i] }));
  for (const v of values) {
    if (typeof v.value === 'number' && v.value < 0)
      ctx.addIssue({ code: 'custom', path: v.path, message: `(${v.value}) is negative, and a pie cannot show a negative share; correct it, or use \`kind: column\`` });
  }
  if (values.length && values.every((v) => v.value === 0))
    ctx.addIssue({ code: 'custom', path: [], message: 'is a pie whose values are all 0: there is nothing to share out; give the values' });
}

export const Chart = z
  .strictObject({
    title: localized.describe('What the chart shows, e.g. "Students exchanged per year".'),
    kind: z.enum(CHART_KINDS).describe('column, bar (horizontal bars), line or pie.'),
    unit: localized.optional().describe('What the values count, e.g. students.'),
    alt: localized.optional().describe('The chart described in words for readers who cannot see it; without it, its kind and title.'),
    data: z.array(ChartPoint).min(1).optional().describe('One series: a label and a value per bar, point or slice.'),
    labels: z.array(categoryLabel).min(1).optional().describe('With `series`: the labels the values of every series are for.'),
    series: z.array(ChartSeries).min(1).optional().describe('Several series, each with a name and one value per label.'),
  })
  .superRefine((chart, ctx) => checkChart(chart as Parameters<typeof checkChart>[0], ctx));

/** A table cell: text (in one or several languages), a number, or `~` for an empty cell. */
const tableCell = z.union([z.number(), z.null(), localized]);

export const Table = z
  .strictObject({
    title: localized.describe('What the table lists, e.g. "Delegations and missions".'),
    columns: z.array(localized).min(1).describe('The column headings, repeated on every page and slide the table spans.'),
    rows: z.array(z.array(tableCell)).min(1).describe('The rows, each a list with one cell per column (text, a number, or ~ for an empty cell).'),
  })
  .superRefine((table, ctx) => {
    const { columns, rows } = table as { columns?: unknown[]; rows?: unknown[] };
    if (!Array.isArray(columns) || !Array.isArray(rows)) return;
    rows.forEach((row, i) => {
      if (Array.isArray(row) && row.length !== columns.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['rows', i],
          message: `has ${row.length} ${row.length === 1 ? 'cell' : 'cells'} for ${columns.length} columns; give one cell per column, in the order of \`columns\` (~ for an empty cell)`,
        });
      }
    });
  });

export const CaseStudy = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by hyphens, e.g. milan-shanghai' })
      .describe('Names the output files: <id>.pdf and <id>.pptx.'),
    title: localized.describe('The case study’s title line, e.g. "Milan (Italy) and Shanghai".'),
    language: languageTag.default('en').describe('Language the case study is written in.'),
    cities: z.tuple([City, City], { message: 'must list exactly two cities' }).describe('The two partner cities, in the order the title gives them.'),
    partnership: z
      .strictObject({
        start: isoDate.optional().describe('The day the partnership began, YYYY-MM-DD.'),
        instrument: localized.optional().describe('What was signed, e.g. a Declaration of Intent.'),
      })
      .optional(),
    source: text.optional().describe('Who wrote the case study, e.g. International Affairs Office City of Milan.'),
    collection: text.optional().describe('The file or survey the case study belongs to.'),
    written: z.number().int().min(1900).max(2100).optional().describe('The year the text speaks from, when it says "30 years ago" and the like.'),
    sections: z.array(Section).min(1).describe('The text, section by section.'),
    timeline: z.array(TimelineEntry).optional().describe('Dated events the text states.'),
    key_figures: z.array(KeyFigure).optional().describe('Figures the text states.'),
    links: z.array(Link).optional().describe('Further reading: web pages or e-mail addresses.'),
    image: Image.optional().describe('A picture for the cover of the brief and the title slide of the deck.'),
    charts: z.array(Chart).optional().describe('Charts of figures: a column, bar, line or pie chart each, in the brief and the deck.'),
    tables: z.array(Table).optional().describe('Tables: a title, column headings and rows; long tables continue over pages and slides.'),
  })
  .describe('A case study of a partnership between two cities.');

/** A validated case study, as every stage after the loader sees it. */
export type CaseStudy = z.infer<typeof CaseStudy>;
export type City = z.infer<typeof City>;
export type Section = z.infer<typeof Section>;
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export type KeyFigure = z.infer<typeof KeyFigure>;
export type Link = z.infer<typeof Link>;
export type Image = z.infer<typeof Image>;
export type Chart = z.infer<typeof Chart>;
export type Table = z.infer<typeof Table>;

import * as v from 'valibot';
import { record, strictObject } from './schema-issues.js';

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

/** A description for editors (it goes into the JSON Schema), on any schema. */
function described<S extends v.GenericSchema>(schema: S, description: string) {
  return v.pipe(schema, v.description(description));
}

const isoDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD, e.g. 1979-07-03'),
  v.check(isRealDate, 'is not a real date (check the month and the day)'),
  v.check(fromFirstYear, (issue) => earlyYear(String(issue.input).slice(0, 4))),
);

const partialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be a year, a month or a day: YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isRealDate, 'is not a real date (check the month and the day)'),
  v.check(fromFirstYear, (issue) => earlyYear(String(issue.input).slice(0, 4))),
);

/** Characters no document can hold: C0/C1 controls but tab and line ends, lone surrogates, non-characters. */
const UNPRINTABLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Names the first unprintable character of a text, for the error message. */
export function unprintable(value: string): string | undefined {
  const found = UNPRINTABLE.exec(value)?.[0];
  return found === undefined ? undefined : `U+${(found.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

const text = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'must not be empty'),
  v.check(
    (value) => unprintable(value) === undefined,
    (issue) => `contains the character ${unprintable(String(issue.input)) ?? ''}, a control character or broken surrogate that no document can show; remove it`,
  ),
);

const languageTag = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as en, it or zh-CN'));

/**
 * Text that may come in several languages: a plain string (in the case study's
 * `language`), or a mapping such as `{ en: …, it: …, zh: … }`.
 */
const localized = v.union([
  text,
  v.pipe(
    record(languageTag, text),
    v.check((m) => Object.keys(m).length > 0, 'needs at least one language, e.g. { en: … }'),
  ),
]);

/** Localized text: one string, or the same text keyed by language tag. */
export type Localized = v.InferOutput<typeof localized>;

/** A finite number; `.inf` and `.nan` are refused as not numbers at all. */
function finiteNumber(message?: string) {
  return { ...v.custom<number>((x) => typeof x === 'number' && Number.isFinite(x), message), expects: 'number' };
}

/** A whole number (a safe integer); anything but a finite number is refused as not a number, other numbers as not an int. */
function integer() {
  const number = finiteNumber();
  const whole = { ...v.custom<number>((x) => Number.isSafeInteger(x)), expects: 'int' };
  return {
    ...whole,
    '~run'(dataset: v.UnknownDataset, config: v.Config<v.BaseIssue<unknown>>) {
      const checked = number['~run'](dataset, config);
      return checked.issues ? checked : whole['~run'](dataset, config);
    },
  } as typeof whole;
}

export const City = strictObject({
  name: described(text, 'The city as the case study names it, e.g. Milan.'),
  country: described(v.optional(localized), 'Its country, e.g. Italy, or { en: Italy, it: Italia, zh: 意大利 }.'),
  names: described(v.optional(record(languageTag, text)), 'The city in other languages, keyed by language tag, e.g. { it: Milano, zh: 米兰 }.'),
  coordinates: described(
    v.optional(
      strictObject({
        lat: v.pipe(finiteNumber(), v.minValue(-90), v.maxValue(90)),
        lon: v.pipe(finiteNumber(), v.minValue(-180), v.maxValue(180)),
      }),
    ),
    'Latitude and longitude in decimal degrees.',
  ),
});

export const Section = strictObject({
  kind: described(
    v.picklist(['character', 'activities', 'achievements', 'future', 'obstacles', 'other']),
    'Which of the survey’s standard headings this is; "other" for any further section.',
  ),
  heading: described(localized, 'The heading, in the source’s own words.'),
  paragraphs: described(v.pipe(v.array(localized), v.minLength(1)), 'The paragraphs under the heading, verbatim.'),
  highlights: described(v.optional(v.array(localized)), 'Short points for the slides; without them the deck shows the text’s sentences.'),
});

/** A year may be written as a bare number (`date: 2009`); it is read as the string "2009". */
const when = v.union([v.pipe(integer(), v.minValue(FIRST_YEAR), v.maxValue(9999), v.transform(String)), partialDate]);

/**
 * Whether a span's `end` comes before its `date`, compared at the precision both have: an end of
 * 2010-06 is not before a date of 2010-06-16 (the span ends within that month).
 */
function endsBeforeItStarts(date: string, end: string): boolean {
  const n = Math.min(date.length, end.length);
  return end.slice(0, n) < date.slice(0, n);
}

/** What a cross-field check reports: a message at a key path below the object checked. */
type Report = (path: PropertyKey[], message: string) => void;

/** A check of a whole object that reports at key paths inside it (run only when the object's shape is right). */
function crossCheck<T>(check: (value: T, report: Report) => void) {
  return v.rawCheck<T>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    check(dataset.value, (path, message) => {
      let input: unknown = dataset.value;
      const items = path.map((key) => {
        const parent = input as Record<PropertyKey, unknown>;
        input = parent?.[key];
        return { type: Array.isArray(parent) ? 'array' : 'object', origin: 'value', input: parent, key, value: input } as unknown as v.IssuePathItem;
      });
      addIssue({ message, ...(items.length ? { path: items as [v.IssuePathItem, ...v.IssuePathItem[]] } : {}), input });
    });
  });
}

const TimelineEntryFields = strictObject({
  date: described(when, 'When: YYYY, YYYY-MM or YYYY-MM-DD.'),
  end: described(v.optional(when), 'For a span of days or months, its last day or month.'),
  event: described(localized, 'What happened, as the text states it.'),
  proposed: described(v.optional(v.boolean()), 'True when a tool proposed this entry and a person has not confirmed it.'),
});

export const TimelineEntry = v.pipe(
  TimelineEntryFields,
  crossCheck<v.InferOutput<typeof TimelineEntryFields>>((entry, report) => {
    // Only two real dates are compared; a malformed one has its own message.
    const { date, end } = entry as { date: unknown; end?: unknown };
    if (typeof date !== 'string' || typeof end !== 'string' || !isRealDate(date) || !isRealDate(end)) return;
    if (endsBeforeItStarts(date, end)) report(['end'], `(${end}) is before \`date\` (${date}); swap them or correct the year`);
  }),
);

export const KeyFigure = strictObject({
  value: described(v.union([v.pipe(finiteNumber(), v.transform(String)), text]), 'The figure, e.g. 600.'),
  label: described(localized, 'What it counts, e.g. books in Italian, Chinese and English.'),
});

export const Link = strictObject({
  label: described(localized, 'What the link leads to, e.g. "City of Milan: international relations".'),
  url: described(
    v.pipe(
      v.string(),
      v.check(
        (value) => !/[\u0000-\u001F\u007F-\u009F]/.test(value),
        (issue) =>
          `contains the control character ${unprintable(String(issue.input)) ?? ''}, which no address may hold; retype the address, or copy it again from the browser's address bar`,
      ),
      v.regex(/^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i, 'must start with http://, https:// or mailto: (other schemes are refused)'),
    ),
    'An http, https or mailto address.',
  ),
});

export const Image = strictObject({
  file: described(text, 'A PNG or JPEG file, relative to the case study’s folder and inside it.'),
  alt: described(localized, 'What the picture shows, for readers who cannot see it.'),
});

const figure = finiteNumber('must be a number written with digits, e.g. 44 or 12.5, without quotes, units or thousands separators');

/** A category's label; a year written as a bare number (`2019`) is read as the text "2019". */
const categoryLabel = v.union([v.pipe(finiteNumber(), v.transform(String)), localized]);

const ChartPoint = strictObject({
  label: described(categoryLabel, 'What the value is for: a year, a field, a city…'),
  value: described(figure, 'The value, a number.'),
});

const ChartSeries = strictObject({
  name: described(localized, 'What this series counts, e.g. "Students from Milan".'),
  values: described(v.pipe(v.array(figure), v.minLength(1)), 'One value per label, in the order of `labels`.'),
});

const CHART_KINDS = ['column', 'bar', 'line', 'pie'] as const;

/** Says what is wrong with a chart's data that the shapes alone cannot: which of data or series, counts, and a pie's values. */
function checkChart(chart: { kind?: unknown; data?: { value?: unknown }[]; labels?: unknown[]; series?: { values?: unknown[] }[] }, report: Report): void {
  const { kind, data, labels, series } = chart;
  if (data && (labels || series)) {
    report(['data'], 'is given together with `labels`/`series`; give either `data` (one series) or `labels` with `series` (several)');
    return;
  }
  if (!data && !(labels && series)) {
    const missing = labels ? 'series' : series ? 'labels' : 'data';
    report([], `missing key \`${missing}\`: a chart needs \`data\` (a list of { label, value }) or \`labels\` with \`series\` (each { name, values })`);
    return;
  }
  if (labels && series) {
    series.forEach((s, i) => {
      if (Array.isArray(s.values) && s.values.length !== labels.length) {
        report(['series', i, 'values'], `has ${s.values.length} values for ${labels.length} labels; give one value per label, in the order of \`labels\``);
      }
    });
  }
  if (kind !== 'pie') return;
  if (series && series.length > 1) report(['series'], `has ${series.length} series, and a pie shows one; keep one, or use \`kind: column\` to compare them`);
  const values: { value: unknown; path: PropertyKey[] }[] = data
    ? data.map((d, i) => ({ value: d.value, path: ['data', i, 'value'] }))
    : (series?.[0]?.values ?? []).map((v, i) => ({ value: v, path: ['series', 0, 'values', i] }));
  for (const v of values) {
    if (typeof v.value === 'number' && v.value < 0) report(v.path, `(${v.value}) is negative, and a pie cannot show a negative share; correct it, or use \`kind: column\``);
  }
  if (values.length && values.every((v) => v.value === 0)) report([], 'is a pie whose values are all 0: there is nothing to share out; give the values');
}

const ChartFields = strictObject({
  title: described(localized, 'What the chart shows, e.g. "Students exchanged per year".'),
  kind: described(v.picklist(CHART_KINDS), 'column, bar (horizontal bars), line or pie.'),
  unit: described(v.optional(localized), 'What the values count, e.g. students.'),
  alt: described(v.optional(localized), 'The chart described in words for readers who cannot see it; without it, its kind and title.'),
  data: described(v.optional(v.pipe(v.array(ChartPoint), v.minLength(1))), 'One series: a label and a value per bar, point or slice.'),
  labels: described(v.optional(v.pipe(v.array(categoryLabel), v.minLength(1))), 'With `series`: the labels the values of every series are for.'),
  series: described(v.optional(v.pipe(v.array(ChartSeries), v.minLength(1))), 'Several series, each with a name and one value per label.'),
});

export const Chart = v.pipe(
  ChartFields,
  crossCheck<v.InferOutput<typeof ChartFields>>((chart, report) => checkChart(chart as Parameters<typeof checkChart>[0], report)),
);

/** A table cell: text (in one or several languages), a number, or `~` for an empty cell. */
const tableCell = v.union([finiteNumber(), v.null(), localized]);

const TableFields = strictObject({
  title: described(localized, 'What the table lists, e.g. "Delegations and missions".'),
  columns: described(v.pipe(v.array(localized), v.minLength(1)), 'The column headings, repeated on every page and slide the table spans.'),
  rows: described(v.pipe(v.array(v.array(tableCell)), v.minLength(1)), 'The rows, each a list with one cell per column (text, a number, or ~ for an empty cell).'),
});

export const Table = v.pipe(
  TableFields,
  crossCheck<v.InferOutput<typeof TableFields>>((table, report) => {
    const { columns, rows } = table as { columns?: unknown[]; rows?: unknown[] };
    if (!Array.isArray(columns) || !Array.isArray(rows)) return;
    rows.forEach((row, i) => {
      if (Array.isArray(row) && row.length !== columns.length) {
        report(
          ['rows', i],
          `has ${row.length} ${row.length === 1 ? 'cell' : 'cells'} for ${columns.length} columns; give one cell per column, in the order of \`columns\` (~ for an empty cell)`,
        );
      }
    });
  }),
);

export const CaseStudy = described(
  strictObject({
    id: described(
      v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens, e.g. milan-shanghai')),
      'Names the output files: <id>.pdf and <id>.pptx.',
    ),
    title: described(localized, 'The case study’s title line, e.g. "Milan (Italy) and Shanghai".'),
    language: described(v.optional(languageTag, 'en'), 'Language the case study is written in.'),
    cities: described(v.strictTuple([City, City], 'must list exactly two cities'), 'The two partner cities, in the order the title gives them.'),
    partnership: v.optional(
      strictObject({
        start: described(v.optional(isoDate), 'The day the partnership began, YYYY-MM-DD.'),
        instrument: described(v.optional(localized), 'What was signed, e.g. a Declaration of Intent.'),
      }),
    ),
    source: described(v.optional(text), 'Who wrote the case study, e.g. International Affairs Office City of Milan.'),
    collection: described(v.optional(text), 'The file or survey the case study belongs to.'),
    written: described(v.optional(v.pipe(integer(), v.minValue(1900), v.maxValue(2100))), 'The year the text speaks from, when it says "30 years ago" and the like.'),
    sections: described(v.pipe(v.array(Section), v.minLength(1)), 'The text, section by section.'),
    timeline: described(v.optional(v.array(TimelineEntry)), 'Dated events the text states.'),
    key_figures: described(v.optional(v.array(KeyFigure)), 'Figures the text states.'),
    links: described(v.optional(v.array(Link)), 'Further reading: web pages or e-mail addresses.'),
    image: described(v.optional(Image), 'A picture for the cover of the brief and the title slide of the deck.'),
    charts: described(v.optional(v.array(Chart)), 'Charts of figures: a column, bar, line or pie chart each, in the brief and the deck.'),
    tables: described(v.optional(v.array(Table)), 'Tables: a title, column headings and rows; long tables continue over pages and slides.'),
  }),
  'A case study of a partnership between two cities.',
);

/** A validated case study, as every stage after the loader sees it. */
export type CaseStudy = v.InferOutput<typeof CaseStudy>;
export type City = v.InferOutput<typeof City>;
export type Section = v.InferOutput<typeof Section>;
export type TimelineEntry = v.InferOutput<typeof TimelineEntry>;
export type KeyFigure = v.InferOutput<typeof KeyFigure>;
export type Link = v.InferOutput<typeof Link>;
export type Image = v.InferOutput<typeof Image>;
export type Chart = v.InferOutput<typeof Chart>;
export type Table = v.InferOutput<typeof Table>;

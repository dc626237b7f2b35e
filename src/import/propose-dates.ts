import { findDates, type FoundDate } from './find-dates.js';
import type { FoundSection } from './split-sections.js';
import { splitSentences } from '../text/split-sentences.js';

/** A date proposed from the text, with the sentence and words it was read from. */
export interface ProposedDate {
  date: string;
  sentence: string;
  words: string;
  /** The section the sentence is in. */
  kind: string;
}

/** What the text's dates propose: the partnership's first day and timeline entries. */
export interface DateProposals {
  start?: ProposedDate;
  timeline: ProposedDate[];
  warnings: string[];
}

/** Verbs and phrases that say a partnership began at the date in the same sentence. */
const START_CUE =
  /\b(?:began|begun|begins|started|starts|commenced|since|established|founded|signed|twinned|inaugurated|formali[sz]ed|dates back|initiated|launched)\b|始于|开始|建立|签署|缔结|结为/iu;
const ABOUT_PARTNERSHIP = /partnership|twinning|sister|friendship|cooperation|伙伴|友好|合作/iu;
const RANK = { day: 3, month: 2, year: 1 } as const;
/** The most timeline entries an import proposes: a person checks each one, and a timeline longer than this is no longer read. */
export const MAX_PROPOSED = 60;

/**
 * Proposes dates from the text. The start is the most precise date among the
 * sentences that say something began (in the "character" section, or else any
 * sentence about the partnership; the first one on a tie); only a full day can be `partnership.start`,
 * so a month or a year becomes a timeline entry instead, and a warning says so.
 * Every other dated sentence gives one timeline entry per date it states, the
 * sentence verbatim as the event. A year that is part of a name ("Expo 2015")
 * counts only in a sentence that states no other date.
 */
export function proposeDates(sections: readonly FoundSection[]): DateProposals {
  const dated = sections
    .flatMap((s) => s.paragraphs.flatMap((p) => splitSentences(p).map((sentence) => ({ sentence, kind: s.kind, dates: usable(findDates(sentence)) }))))
    .filter((d) => d.dates.length);
  const warnings: string[] = [];
  const inCharacter = dated.filter((d) => d.kind === 'character' && START_CUE.test(d.sentence));
  const candidates = inCharacter.length ? inCharacter : dated.filter((d) => START_CUE.test(d.sentence) && ABOUT_PARTNERSHIP.test(d.sentence));
  // The most precise date wins: "since 1982" before "signed on the 28th of March 1999" is background.
  const startFrom = candidates.reduce<(typeof dated)[number] | undefined>((a, b) => (!a || rank(b.dates) > rank(a.dates) ? b : a), undefined);
  let start: ProposedDate | undefined;
  if (startFrom) {
    const best = mostPrecise(startFrom.dates);
    if (best.precision === 'day') {
      start = { date: best.value, sentence: startFrom.sentence, words: best.words, kind: startFrom.kind };
      startFrom.dates = startFrom.dates.filter((d) => d !== best);
    } else {
      warnings.push(
        `the text gives the partnership's start only as "${best.words}" (a ${best.precision}); partnership.start needs a full day (YYYY-MM-DD), so it is left out and the date is proposed in the timeline instead`,
      );
    }
  } else {
    warnings.push('no start date found in the text; partnership.start is left out');
  }
  const timeline = dated
    .flatMap((d) => d.dates.map((f) => ({ date: f.value, sentence: d.sentence, words: f.words, kind: d.kind })))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (!timeline.length) warnings.push('no other dates found in the text; timeline is left out');
  if (timeline.length > MAX_PROPOSED) {
    warnings.push(
      `the text states ${timeline.length} dates; the first ${MAX_PROPOSED} in date order are proposed as timeline entries, the other ${timeline.length - MAX_PROPOSED} are left out for you to add where they matter`,
    );
  }
  return { start, timeline: timeline.slice(0, MAX_PROPOSED), warnings };
}

function mostPrecise(dates: readonly FoundDate[]): FoundDate {
  return dates.reduce((a, b) => (RANK[b.precision] > RANK[a.precision] ? b : a));
}

function rank(dates: readonly FoundDate[]): number {
  return RANK[mostPrecise(dates).precision];
}

/** The dates worth an entry: names' years only when nothing else is dated, each value once, no year a finer date already covers. */
function usable(found: FoundDate[]): FoundDate[] {
  const plain = found.filter((d) => !d.inName);
  const chosen = plain.length ? plain : found;
  return chosen.filter((d, i) => chosen.findIndex((o) => o.value === d.value) === i && !chosen.some((o) => o !== d && o.value.startsWith(`${d.value}-`)));
}

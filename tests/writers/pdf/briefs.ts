import type { Block, BriefDocument, Inline } from '../../../src/model/document.js';
import { loadCaseStudy } from '../../../src/load/load-case-study.js';
import { localize } from '../../../src/load/localize.js';
import { parseMarkup } from '../../../src/markup/parse-markup.js';
import { loadTemplates } from '../../../src/template/load-templates.js';
import { renderMarkup } from '../../../src/template/render-markup.js';

/** The Milan–Shanghai brief's document model, as the pipeline builds it. */
export async function milanShanghaiBrief(): Promise<BriefDocument> {
  const set = await loadTemplates();
  const cs = await loadCaseStudy('data/milan-shanghai.yaml');
  const doc = parseMarkup(renderMarkup(set, 'brief', localize(cs.data, 'en').data, { lang: 'en', asOf: '2026-11-29' }), { file: 'brief.hbs' });
  if (doc.type !== 'brief') throw new Error('expected a brief');
  return doc;
}

const text = (value: string, lang?: string): Inline => ({ type: 'text', value, ...(lang ? { lang } : {}) });

/** A brief around the given blocks, with English metadata. */
export function brief(blocks: Block[], header = 'Test brief · Header'): BriefDocument {
  return {
    type: 'brief',
    meta: { title: 'Test brief', author: 'Tests', subject: 'Testing', keywords: ['test'], lang: 'en' },
    labels: { pageOf: 'Page {page} of {pages}', continued: '(cont.)' },
    header,
    blocks,
  };
}

/** A heading block. */
export const h2 = (value: string): Block => ({ type: 'heading', level: 2, children: [text(value)] });

/** A running-text paragraph block. */
export const para = (value: string): Block => ({ type: 'paragraph', children: [text(value)], source: true, small: false });

/** Sentences of mixed scripts, each as it must come back out of the PDF. */
export const MIXED_SENTENCES = [
  '上海是中国最大的城市，也是重要的经济中心。',
  '米兰与上海于一九七九年结为友好城市（姐妹城市）。',
  'The delegation from 上海 met the mayor of Milano in the Sala Alessi.',
  'Il sindaco di Milano è stato accolto con «grande entusiasmo» a Shanghai.',
  'Die Städtepartnerschaft wurde am Straßenfest gefeiert – mit Grüßen aus Köln.',
  '“Better City, Better Life” was the motto; ‘quoted’ twice.',
];

/** The mixed-script test document: Chinese paragraphs, 汉字 names in English, accents, guillemets, curly quotes. */
export function mixedScriptBrief(): BriefDocument {
  // The English sentence (index 2) is built from spans below, so its names carry their languages.
  const [zh1, zh2, , it, de, quotes] = MIXED_SENTENCES as [string, string, string, string, string, string];
  return brief([
    { type: 'cover', title: [text('Mixed scripts · 混合文字')], subtitle: [[text('Milano · '), text('米兰', 'zh'), text(' — Italia')]], tagline: [text('Partnership since 1979')] },
    h2('中文段落'),
    { type: 'paragraph', children: [text(zh1, 'zh'), text(zh2, 'zh')], source: true, small: false },
    h2('Names in English sentences'),
    {
      type: 'paragraph',
      children: [text('The delegation from '), text('上海', 'zh'), text(' met the mayor of '), text('Milano', 'it'), text(' in the Sala Alessi.')],
      source: true,
      small: false,
    },
    para(it),
    para(de),
    {
      type: 'list',
      ordered: false,
      items: [[text(quotes)], [{ type: 'strong', children: [text('粗体 bold')] }, text(' and '), { type: 'emphasis', children: [text('corsivo')] }]],
    },
  ]);
}

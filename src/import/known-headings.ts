import type { Section } from '../load/schema.js';

/** A section kind of the survey's fixed form (every kind but "other"). */
export type KnownKind = Exclude<Section['kind'], 'other'>;

/**
 * The survey's fixed headings, as the form prints them, and the Chinese form's
 * wording, in the form's order. Matching is tolerant (see match-heading.ts),
 * so these are the reference wordings, not the only ones accepted.
 */
export const KNOWN_HEADINGS: readonly { kind: KnownKind; wordings: readonly string[] }[] = [
  {
    kind: 'character',
    wordings: ['Character, start and duration of the partnership', '伙伴关系的性质、开始时间和持续时间'],
  },
  {
    kind: 'activities',
    wordings: ['Main topics addressed and activities undertaken under the partnership', '伙伴关系框架下的主要议题和开展的活动'],
  },
  {
    kind: 'achievements',
    wordings: ['Key achievements within the partnership', '伙伴关系中的主要成就'],
  },
  {
    kind: 'future',
    wordings: ['Future expectations and expected development of the partnership', '对伙伴关系的未来期望和预期发展'],
  },
  {
    kind: 'obstacles',
    wordings: [
      'Key obstacles and weaknesses in the partnership and consequent needs and wishes for support to improve the partnership',
      '伙伴关系中的主要障碍和弱点以及由此产生的改进伙伴关系的支持需求和愿望',
    ],
  },
];

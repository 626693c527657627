/**
 * The dates on which conduct can be classified under SKB 2022 for each 2024 regime: from the
 * day the SKB was signed (22 Sep 2022; conduct before it fell under the earlier SKB of 2019 and
 * its own items), until the regime's tahapan ended, where that end is a fixed date.
 *
 * A window is data, not a rule of the decider: the decider records any conduct date it is
 * given, and only `classifyAct` (which offers items to a form) refuses a date outside it. Not
 * yet part of `Rulebook`, so not overridable by `createRulebook`: see docs/legal-basis.md.
 */
import type { IsoDate } from '../time/local-date.js';
import type { LegalBasis, Regime } from './types.js';

export interface ClassificationWindow {
  readonly regime: Regime;
  /** First day SKB 2022 classifies conduct. */
  readonly from: IsoDate;
  /** Last day, when the tahapan has a fixed end; absent when it has none. */
  readonly until?: IsoDate;
  readonly basis: LegalBasis;
}

const SKB_2022_SIGNED: IsoDate = '2022-09-22';

export const CLASSIFICATION_WINDOWS_2024: Readonly<Record<Regime, ClassificationWindow>> = {
  PEMILU_2024: {
    regime: 'PEMILU_2024',
    from: SKB_2022_SIGNED,
    until: '2024-10-20',
    basis: {
      instrument: 'SKB 2022 (signed 22 Sep 2022); PKPU 3/2022 (tahapan dan jadwal Pemilu 2024)',
      article: 'PKPU 3/2022 Lampiran: pengucapan sumpah/janji Presiden dan Wakil Presiden',
      confidence: 'R',
      source: 'https://voi.id/berita/177782/tok-pkpu-resmi-diundangkan-ini-jadwal-pemilu-2024',
      note: 'the last step of the Pemilu 2024 tahapan, 20 Oct 2024, is recalled, not read: verify against JDIH KPU',
    },
  },
  PILKADA_2024: {
    regime: 'PILKADA_2024',
    from: SKB_2022_SIGNED,
    basis: {
      instrument: 'SKB 2022 (signed 22 Sep 2022); PKPU 2/2024 (tahapan dan jadwal Pemilihan 2024)',
      confidence: 'S',
      source: 'https://www.olemah.com/2024/02/komisi-pemilihan-umum-kpu-tetapkan.html',
      note:
        'no end: PKPU 2/2024 leaves the determination of the elected pairs to follow the ' +
        'Constitutional Court (MK) disputes, and re-votes (PSU) ran into 2025',
    },
  },
};

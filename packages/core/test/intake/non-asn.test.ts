/**
 * Respondents who are not ASN (rulebook 2024.2). The law as the research states it
 * (research/legal-answers-2026-11.md §3; research/legal-process.md §5.5):
 *
 * - ASN neutrality binds PNS, CPNS and PPPK and goes to the ASN supervisor (NEUTRALITY). A
 *   village head, a village official, an honorer, a TNI or Polri member is not ASN: Bawaslu
 *   forwards their conduct as a violation of other laws to the authority over them (UU 7/2017
 *   Pasal 455(1)(c); Pilkada: UU 10/2016 Pasal 30 huruf e) — the OTHER_LAW track.
 * - The authority: a kepala desa is dismissed by the Bupati/Wali Kota (UU 6/2014 Pasal 40(3);
 *   Permendagri 82/2015 Pasal 9); a perangkat desa by the Kepala Desa (Pasal 53(3)); an
 *   honorer by the PPK or the OPD head under the contract [S]; TNI and Polri by their command [R].
 * - Their election crimes are a separate, criminal track (UU 7/2017 Pasal 490, 494; UU 10/2016
 *   Pasal 71(1) jo. 188).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  CaseCommand,
  CaseCommandOf,
  DecideRespondent,
  Respondent,
} from '../../src/case/index.js';
import { respondentKindSchema, trackSchema } from '../../src/case/schema/primitives.js';
import {
  decide,
  deliberate,
  forward,
  forwardToAuthority,
  forwardToInvestigators,
  history,
  notAViolation,
  receiveReport,
  register,
  review,
  spec,
  stateAfter,
  violation,
} from './builders.js';
import { PEMILU, PILKADA, SCENARIOS, type Scenario } from './fixtures.js';

type Kind = Respondent['kind'];
type Track = Extract<DecideRespondent['decision'], { outcome: 'VIOLATION' }>['tracks'][number];

const NON_ASN_KINDS = ['VILLAGE_HEAD', 'VILLAGE_OFFICIAL', 'NON_ASN', 'TNI', 'POLRI'] as const;
const ASN_KINDS = ['PNS', 'CPNS', 'PPPK'] as const;
const ALL_KINDS: readonly Kind[] = [...ASN_KINDS, ...NON_ASN_KINDS];
const ALL_TRACKS: readonly Track[] = ['NEUTRALITY', 'OTHER_LAW', 'CRIMINAL', 'ADMINISTRATIVE'];

/** The authority over each non-ASN kind, by the law as the research reads it. */
const AUTHORITY = {
  VILLAGE_HEAD: 'BUPATI_WALIKOTA',
  VILLAGE_OFFICIAL: 'KEPALA_DESA',
  NON_ASN: 'PPK_OR_OPD_HEAD',
  TNI: 'TNI_COMMAND',
  POLRI: 'POLRI_COMMAND',
} as const satisfies Record<(typeof NON_ASN_KINDS)[number], string>;

/** One respondent of every kind for a scenario (ASN ones carry a valid NIP from the fixtures). */
const respondentOf = (s: Scenario, kind: Kind): Respondent => {
  const prefix = s.respondents[0].respondentId.split('-')[0];
  const place = s.region.name.replace('Kabupaten ', '');
  switch (kind) {
    case 'PNS':
      return s.respondents[0];
    case 'PPPK':
      return PEMILU.respondents[1];
    case 'CPNS':
      return PILKADA.respondents[1];
    case 'VILLAGE_HEAD':
      return s.villageHead;
    case 'VILLAGE_OFFICIAL':
      return {
        respondentId: `${prefix}-04`,
        name: 'Sukirman',
        kind,
        agency: s.villageHead.agency,
        position: 'Carik (sekretaris kalurahan)',
      };
    case 'NON_ASN':
      return {
        respondentId: `${prefix}-05`,
        name: 'Dwi Handayani',
        kind,
        agency: s.respondents[0].agency,
        position: 'Tenaga honorer',
      };
    case 'TNI':
      return {
        respondentId: `${prefix}-06`,
        name: 'Joko Susilo',
        kind,
        agency: { id: `kodim-${prefix}`, name: `Kodim ${place}` },
        position: 'Babinsa',
      };
    case 'POLRI':
      return {
        respondentId: `${prefix}-07`,
        name: 'Agung Prasetyo',
        kind,
        agency: { id: `polres-${prefix}`, name: `Polres ${place}` },
        position: 'Bhabinkamtibmas',
      };
  }
};

/** A violation on the given tracks; an SKB item only when NEUTRALITY is among them. */
const onTracks = (s: Scenario, tracks: readonly Track[]): DecideRespondent['decision'] =>
  tracks.includes('NEUTRALITY')
    ? { outcome: 'VIOLATION', skbCode: s.skb.code, tracks: [...tracks], conductOn: s.skb.conductOn }
    : { outcome: 'VIOLATION', tracks: [...tracks], conductOn: s.skb.conductOn };

/** A report against these respondents, found complete and registered. */
const registeredWith = (s: Scenario, ...respondents: Respondent[]): CaseCommand[] => [
  receiveReport(s, { respondents }),
  review(s),
  register(s),
];

const sameDayLater = (at: string, time: string): string => `${at.slice(0, 10)}T${time}:00+07:00`;

describe.each(SCENARIOS)('$regime: respondents who are not ASN (OTHER_LAW track)', (s) => {
  const pns = s.respondents[0];
  const head = s.villageHead;

  it.each(NON_ASN_KINDS)('a %s is decided on the OTHER_LAW track', (kind) => {
    const r = respondentOf(s, kind);
    spec
      .given(history(...registeredWith(s, pns, r)))
      .when(decide(s, r.respondentId, onTracks(s, ['OTHER_LAW'])))
      .then([
        {
          type: 'RespondentDecided',
          data: {
            respondentId: r.respondentId,
            decision: {
              outcome: 'VIOLATION',
              skbCode: null,
              tracks: ['OTHER_LAW'],
              conductOn: s.skb.conductOn,
              stage: { computed: s.stage, applied: s.stage, overrideReason: null },
            },
            decidedOn: s.t.decidedOn,
            decidedAt: s.t.decideAt,
            decisionDue: s.t.decisionDue,
            decidedWithinDeadline: true,
          },
        },
      ]);
  });

  it.each(ASN_KINDS)(
    'OTHER_LAW is refused for a %s: ASN neutrality goes to the ASN supervisor',
    (kind) => {
      const r = respondentOf(s, kind);
      spec
        .given(history(...registeredWith(s, r)))
        .when(decide(s, r.respondentId, onTracks(s, ['OTHER_LAW'])))
        .thenRejectedWith('TRACK_NOT_APPLICABLE', {
          field: 'decision.tracks',
          legalBasis: { instrument: expect.any(String) },
        });
    },
  );

  it.each(NON_ASN_KINDS)(
    'NEUTRALITY and ADMINISTRATIVE are refused for a %s, with a legal basis',
    (kind) => {
      const r = respondentOf(s, kind);
      const given = history(...registeredWith(s, pns, r));
      spec
        .given(given)
        .when(decide(s, r.respondentId, onTracks(s, ['NEUTRALITY'])))
        .thenRejectedWith('TRACK_NOT_APPLICABLE', {
          field: 'decision.tracks',
          legalBasis: { instrument: expect.stringContaining('ASN') },
        });
      spec
        .given(given)
        .when(decide(s, r.respondentId, onTracks(s, ['OTHER_LAW', 'ADMINISTRATIVE'])))
        .thenRejectedWith('TRACK_NOT_APPLICABLE', {
          field: 'decision.tracks',
          legalBasis: { instrument: expect.any(String) },
        });
    },
  );

  it('a village head’s election crime goes on the CRIMINAL track beside OTHER_LAW (Pasal 490/494; 71(1) jo. 188)', () => {
    spec
      .given(
        history(
          ...registeredWith(s, pns, head),
          deliberate(s, head.respondentId, 'FIRST', 'PROCEED'),
        ),
      )
      .when(decide(s, head.respondentId, onTracks(s, ['OTHER_LAW', 'CRIMINAL'])))
      .thenMatches([
        { type: 'RespondentDecided', data: { decision: { tracks: ['OTHER_LAW', 'CRIMINAL'] } } },
      ]);
  });

  // ---- the forward to the authority over the respondent ----

  it.each(NON_ASN_KINDS)('a %s is forwarded to the authority the rulebook routes it to', (kind) => {
    const r = respondentOf(s, kind);
    spec
      .given(
        history(
          ...registeredWith(s, pns, r),
          decide(s, r.respondentId, onTracks(s, ['OTHER_LAW'])),
        ),
      )
      .when(forwardToAuthority(s, r.respondentId, s.t.forwardAt, `Kepada ${AUTHORITY[kind]}`))
      .then([
        {
          type: 'ForwardedToCompetentAuthority',
          data: {
            respondentId: r.respondentId,
            authority: AUTHORITY[kind],
            addressee: `Kepada ${AUTHORITY[kind]}`,
            copies: [],
            forwardedOn: s.t.forwardedOn,
          },
        },
      ])
      .thenState((state) => {
        expect(state).toMatchObject({
          respondents: {
            [r.respondentId]: {
              otherLawForward: { authority: AUTHORITY[kind], forwardedOn: s.t.forwardedOn },
            },
          },
        });
        return true;
      });
  });

  it('the copies to Kemendagri and the governor are recorded with the forward', () => {
    const copies = ['Kemendagri (Ditjen Bina Pemerintahan Desa)', 'Gubernur DIY'];
    const command: CaseCommandOf<'ForwardToCompetentAuthority'> = {
      ...forwardToAuthority(s, head.respondentId, s.t.forwardAt, `Bupati ${s.region.name}`),
      copies,
      letterNumber: '045/PP.01.02/K.YO-02/I/2024',
    };
    spec
      .given(
        history(
          ...registeredWith(s, pns, head),
          decide(s, head.respondentId, onTracks(s, ['OTHER_LAW'])),
        ),
      )
      .when(command)
      .thenMatches([
        {
          data: {
            authority: 'BUPATI_WALIKOTA',
            copies,
            letterNumber: '045/PP.01.02/K.YO-02/I/2024',
          },
        },
      ]);
  });

  it('once per respondent (ALREADY_FORWARDED)', () => {
    spec
      .given(
        history(
          ...registeredWith(s, pns, head),
          decide(s, head.respondentId, onTracks(s, ['OTHER_LAW'])),
          forwardToAuthority(s, head.respondentId),
        ),
      )
      .when(forwardToAuthority(s, head.respondentId, s.t.forwardAt, 'Pj Bupati'))
      .thenRejectedWith('ALREADY_FORWARDED', { field: 'respondentId' });
  });

  it('the ASN supervisor has nothing to say about a non-ASN respondent (NO_NEUTRALITY_VIOLATION)', () => {
    spec
      .given(
        history(
          ...registeredWith(s, pns, head),
          decide(s, head.respondentId, onTracks(s, ['OTHER_LAW'])),
        ),
      )
      .when(forward(s, [head.respondentId]))
      .thenRejectedWith('NO_NEUTRALITY_VIOLATION');
  });

  it('only after an OTHER_LAW violation decision (NO_OTHER_LAW_TRACK)', () => {
    const base = registeredWith(s, pns, head);
    spec
      .given(history(...base, decide(s, pns.respondentId, violation(s))))
      .when(forwardToAuthority(s, pns.respondentId))
      .thenRejectedWith('NO_OTHER_LAW_TRACK', { field: 'respondentId' });
    spec
      .given(history(...base, decide(s, head.respondentId, notAViolation)))
      .when(forwardToAuthority(s, head.respondentId))
      .thenRejectedWith('NO_OTHER_LAW_TRACK');
    spec
      .given(
        history(
          ...base,
          deliberate(s, head.respondentId, 'FIRST', 'PROCEED'),
          decide(s, head.respondentId, onTracks(s, ['CRIMINAL'])),
        ),
      )
      .when(forwardToAuthority(s, head.respondentId))
      .thenRejectedWith('NO_OTHER_LAW_TRACK');
  });

  it('not before the respondent is decided, nor dated before the decision day', () => {
    const base = registeredWith(s, pns, head);
    spec
      .given(history(...base))
      .when(forwardToAuthority(s, head.respondentId))
      .thenRejectedWith('RESPONDENT_NOT_DECIDED');
    const decided = history(...base, decide(s, head.respondentId, onTracks(s, ['OTHER_LAW'])));
    const dayBefore = new Date(Date.parse(s.t.decideAt) - 24 * 3_600_000).toISOString();
    spec
      .given(decided)
      .when(forwardToAuthority(s, head.respondentId, dayBefore))
      .thenRejectedWith('DATES_OUT_OF_ORDER', { field: 'meta.occurredAt' });
    spec
      .given(decided)
      .when(forwardToAuthority(s, head.respondentId, sameDayLater(s.t.decideAt, '17:00')))
      .thenMatches([{ data: { forwardedOn: s.t.decidedOn } }]);
  });

  it('only Bawaslu forwards', () => {
    spec
      .given(
        history(
          ...registeredWith(s, pns, head),
          decide(s, head.respondentId, onTracks(s, ['OTHER_LAW'])),
        ),
      )
      .when({
        ...forwardToAuthority(s, head.respondentId),
        meta: { ...forwardToAuthority(s, head.respondentId).meta, actor: s.reporterActor },
      })
      .thenRejectedWith('ROLE_NOT_ALLOWED');
  });

  // ---- the case status ----

  it('the case is FORWARDED once the forward leaves nothing pending', () => {
    const given = history(
      ...registeredWith(s, pns, head),
      decide(s, pns.respondentId, notAViolation),
      decide(s, head.respondentId, onTracks(s, ['OTHER_LAW'])),
    );
    expect(stateAfter(given).status).toBe('DECIDED');
    spec
      .given(given)
      .when(forwardToAuthority(s, head.respondentId))
      .thenState({ status: 'FORWARDED' });
  });

  it('a village head on OTHER_LAW and a PNS on NEUTRALITY: FORWARDED only after both forwards', () => {
    const decided = [
      ...registeredWith(s, pns, head),
      decide(s, pns.respondentId, violation(s)),
      decide(s, head.respondentId, onTracks(s, ['OTHER_LAW'])),
    ];
    expect(stateAfter(history(...decided)).status).toBe('DECIDED');
    spec
      .given(history(...decided))
      .when(forwardToAuthority(s, head.respondentId))
      .thenState({ status: 'DECIDED' });
    spec
      .given(history(...decided))
      .when(forward(s, [pns.respondentId]))
      .thenState({ status: 'DECIDED' });
    spec
      .given(history(...decided, forwardToAuthority(s, head.respondentId)))
      .when(forward(s, [pns.respondentId]))
      .thenState({ status: 'FORWARDED' });
    spec
      .given(history(...decided, forward(s, [pns.respondentId])))
      .when(forwardToAuthority(s, head.respondentId))
      .thenState({ status: 'FORWARDED' });
  });

  it('a village head on OTHER_LAW and CRIMINAL: FORWARDED only once Polri investigators have the file too', () => {
    const afterDecision = sameDayLater(s.t.decideAt, '18:00');
    const decided = [
      ...registeredWith(s, head),
      deliberate(s, head.respondentId, 'FIRST', 'PROCEED'),
      decide(s, head.respondentId, onTracks(s, ['OTHER_LAW', 'CRIMINAL'])),
    ];
    spec
      .given(history(...decided))
      .when(forwardToAuthority(s, head.respondentId, afterDecision))
      .thenState({ status: 'DECIDED' });
    spec
      .given(history(...decided, forwardToAuthority(s, head.respondentId, afterDecision)))
      .when(forwardToInvestigators(s, head.respondentId, afterDecision))
      .thenState({ status: 'FORWARDED' });
  });
});

// ---- Properties over every kind and track ----------------------------------------------------

describe.each(SCENARIOS)('$regime: property of the tracks by respondent kind', (s) => {
  const isAsnKind = (k: Kind) => (ASN_KINDS as readonly Kind[]).includes(k);

  /** Decides `kind` on `tracks`, with a PROCEED deliberation on record so CRIMINAL is never the reason. */
  const decideOn = (kind: Kind, tracks: readonly Track[]) => {
    const r = respondentOf(s, kind);
    return spec
      .given(history(...registeredWith(s, r), deliberate(s, r.respondentId, 'FIRST', 'PROCEED')))
      .when(decide(s, r.respondentId, onTracks(s, tracks)));
  };

  it('with OTHER_LAW among the tracks: accepted iff the kind is non-ASN (and no ASN-only track is chosen)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_KINDS),
        fc.subarray(['NEUTRALITY', 'CRIMINAL', 'ADMINISTRATIVE'] as Track[]),
        (kind, others) => {
          const tracks: Track[] = ['OTHER_LAW', ...others];
          const accepted =
            !isAsnKind(kind) &&
            !tracks.includes('NEUTRALITY') &&
            !tracks.includes('ADMINISTRATIVE');
          if (accepted) {
            decideOn(kind, tracks).thenMatches([
              { type: 'RespondentDecided', data: { decision: { outcome: 'VIOLATION', tracks } } },
            ]);
          } else {
            decideOn(kind, tracks).thenRejectedWith('TRACK_NOT_APPLICABLE', {
              field: 'decision.tracks',
              legalBasis: { instrument: expect.any(String) },
            });
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('OTHER_LAW alone: accepted exactly for the five non-ASN kinds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_KINDS), (kind) => {
        const run = decideOn(kind, ['OTHER_LAW']);
        if (isAsnKind(kind)) run.thenRejectedWith('TRACK_NOT_APPLICABLE');
        else run.thenMatches([{ type: 'RespondentDecided' }]);
      }),
    );
  });

  it('without OTHER_LAW, a non-ASN respondent is refused NEUTRALITY and ADMINISTRATIVE, and may be on CRIMINAL', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NON_ASN_KINDS),
        fc.subarray(['NEUTRALITY', 'CRIMINAL', 'ADMINISTRATIVE'] as Track[], { minLength: 1 }),
        (kind, tracks) => {
          if (tracks.includes('NEUTRALITY') || tracks.includes('ADMINISTRATIVE')) {
            decideOn(kind, tracks).thenRejectedWith('TRACK_NOT_APPLICABLE', {
              field: 'decision.tracks',
            });
          } else {
            decideOn(kind, tracks).thenMatches([{ type: 'RespondentDecided' }]);
          }
        },
      ),
    );
  });

  it('the kinds and tracks above are every kind and track the schema knows', () => {
    // Guards the properties above against a kind or track added to the schema and not here.
    expect([...respondentKindSchema.options].sort()).toEqual([...ALL_KINDS].sort());
    expect([...trackSchema.options].sort()).toEqual([...ALL_TRACKS].sort());
  });
});

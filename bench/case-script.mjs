/**
 * One realistic 8-step case, cloned N times with fresh case and command ids.
 *
 * Adapted from examples/pilkada-2024-season/src/season-diy.ts (the Bantul declaration case)
 * with the reporter's clarification of season-jabar.ts added, so that it has 8 steps:
 * ReceiveReport → CompletePreliminaryReview → RegisterCase → RecordClarification (reporter)
 * → RecordClarification (respondent) → DecideRespondent → ForwardToSupervisor (KASN)
 * → RerouteKasnFile (BKN, after KASN was dissolved).
 */

const BANTUL_REGION = { code: '34.02', name: 'Kabupaten Bantul' };

/** The office's Bawaslu clerk (offices.ts), and BKN's supervision desk for the reroute. */
export const BAWASLU_BANTUL = {
  id: 'bawaslu-bantul-pp-01',
  role: 'bawaslu',
  scope: { bawasluLevel: 'KABKOTA', regionCode: '34.02' },
};
export const BKN_WASDAL = { id: 'bkn-wasdal-netralitas-01', role: 'supervisor', scope: {} };

/** Legal time in WIB. */
const wib = (date, time = '10:00') => `${date}T${time}:00+07:00`;

/** The handler's only clock: fixed, the day after the last step's occurredAt. */
export const FIXED_NOW = new Date(wib('2024-09-11', '09:00'));
export const fixedClock = () => FIXED_NOW;

const teacher = {
  respondentId: 'bantul-guru-01',
  name: 'Sri Wahyuni',
  kind: 'PNS',
  nip: '197805142005012004',
  agency: { id: 'pemkab-bantul-disdik', name: 'Dinas Pendidikan Kabupaten Bantul' },
  position: 'Guru SMP Negeri 2 Pandak',
};

/** The steps of case number `n` (1-based): actor, legal time and the command body. */
const stepsOf = (n) => {
  const seq = String(n).padStart(5, '0');
  return [
    {
      actor: BAWASLU_BANTUL,
      at: wib('2024-08-12'),
      body: {
        type: 'ReceiveReport',
        regime: 'PILKADA_2024',
        timeZone: 'WIB',
        region: BANTUL_REGION,
        reporter: {
          id: `pelapor-bantul-${seq}`,
          name: 'Bambang Riyanto',
          nik: '3402011506780003',
          address: 'Jl. Parangtritis Km 8, Sewon, Bantul',
          kind: 'VOTER',
        },
        respondents: [teacher],
        incident: {
          occurredOn: '2024-08-10',
          knownOn: '2024-08-11',
          place: 'Lapangan Paseban, Bantul',
          description:
            "Attended the declaration of a would-be regent pair and led the crowd in the pair's chant",
        },
        evidence: [
          { ref: 'video-deklarasi-2024-08-10.mp4', kind: 'VIDEO' },
          { ref: 'foto-deklarasi-01.jpg', kind: 'PHOTO' },
        ],
      },
    },
    {
      actor: BAWASLU_BANTUL,
      at: wib('2024-08-13'),
      body: { type: 'CompletePreliminaryReview', result: { outcome: 'COMPLETE' } },
    },
    {
      actor: BAWASLU_BANTUL,
      at: wib('2024-08-13', '14:00'),
      body: {
        type: 'RegisterCase',
        registrationNumber: `${seq}/Reg/LP/PB/Kab/34.02/VIII/2024`,
      },
    },
    {
      actor: BAWASLU_BANTUL,
      at: wib('2024-08-13', '16:00'),
      body: {
        type: 'RecordClarification',
        party: { kind: 'REPORTER', name: 'Bambang Riyanto' },
        heldOn: '2024-08-13',
        summary: 'Hands over the full video of the declaration and names two witnesses',
      },
    },
    {
      actor: BAWASLU_BANTUL,
      at: wib('2024-08-14'),
      body: {
        type: 'RecordClarification',
        party: { kind: 'RESPONDENT', respondentId: teacher.respondentId, name: teacher.name },
        heldOn: '2024-08-14',
        summary: 'Admits attending; says she was invited by relatives',
      },
    },
    {
      actor: BAWASLU_BANTUL,
      at: wib('2024-08-15'),
      body: {
        type: 'DecideRespondent',
        respondentId: teacher.respondentId,
        decision: {
          outcome: 'VIOLATION',
          skbCode: 'KE-3',
          tracks: ['NEUTRALITY'],
          conductOn: '2024-08-10',
        },
      },
    },
    {
      actor: BAWASLU_BANTUL,
      at: wib('2024-08-16'),
      body: {
        type: 'ForwardToSupervisor',
        respondentIds: [teacher.respondentId],
        expectedSupervisor: 'KASN',
      },
    },
    {
      actor: BKN_WASDAL,
      at: wib('2024-09-10'),
      body: {
        type: 'RerouteKasnFile',
        respondentIds: [teacher.respondentId],
        kasnProcessingStarted: false,
      },
    },
  ];
};

export const STEPS_PER_CASE = stepsOf(1).length;

export const caseIdOf = (n) => `bench-bantul-LP-${String(n).padStart(6, '0')}`;

/**
 * The commands of case `n` as the host sends them: the input without an actor (the new API),
 * and the actor it authenticated, passed beside it.
 */
export const caseCommands = (n, runTag) => {
  const caseId = caseIdOf(n);
  return stepsOf(n).map((step, i) => ({
    input: {
      ...step.body,
      caseId,
      meta: { commandId: `${runTag}/${caseId}/step-${i + 1}`, occurredAt: step.at },
    },
    authenticated: { actor: step.actor },
  }));
};

/**
 * All commands of N cases, interleaved as a season runs: step 1 of every case, then step 2 of
 * every case, and so on (cases advance side by side, not one after another).
 */
export const seasonCommands = (cases, runTag) => {
  const perCase = [];
  for (let n = 1; n <= cases; n++) perCase.push(caseCommands(n, runTag));
  const commands = [];
  for (let step = 0; step < STEPS_PER_CASE; step++) {
    for (const steps of perCase) commands.push(steps[step]);
  }
  return commands;
};

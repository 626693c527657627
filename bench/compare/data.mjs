/**
 * The comparative benchmark's data (DESIGN.md §5): one case = one stream of 8 events of exactly
 * 300 bytes of JSON data each, generated from a seeded PRNG, so every implementation stores the
 * same bytes. The state every implementation folds to is { status, agency, sanctionLevel }; the
 * projection of W4 is "open cases per agency".
 *
 * Everything here is plain JS shared by all targets: the decider (decide/evolve/initialState),
 * the projection's fold, and the expected answers the children check their results against.
 */

/** Bytes of JSON in every event's data (JSON.stringify(data).length, all ASCII). */
export const EVENT_DATA_BYTES = 300;
export const STEPS = 8;
export const SEED = 2024;
const AGENCIES = 34;

/** The event types of one case, in order; the last one is `CaseClosed` or `AppealLodged`. */
export const EVENT_TYPES = [
  'CaseOpened',
  'EvidenceFiled',
  'ReviewStarted',
  'HearingHeld',
  'FindingRecorded',
  'SanctionProposed',
  'SanctionDecided',
  'CaseClosed',
  'AppealLodged',
];
const LEVELS = ['LIGHT', 'MODERATE', 'SEVERE'];

/** mulberry32: a small, fast, seeded 32-bit PRNG. */
export const prng = (seed) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** A 32-bit hash of a string (FNV-1a), to seed one case's PRNG from (seed, namespace, n). */
const fnv1a = (text) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
};

const hex = (random, digits) => {
  let out = '';
  for (let i = 0; i < digits; i++) out += Math.floor(random() * 16).toString(16);
  return out;
};

/** A UUID-shaped id (version 4 layout) drawn from the PRNG: Castore's Postgres table wants UUIDs. */
const uuidFrom = (random) =>
  `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-${'89ab'[Math.floor(random() * 4)]}${hex(random, 3)}-${hex(random, 12)}`;

const WORDS =
  'asn neutral campaign rally teacher village regent post photo video report witness clarification summons hearing finding sanction appeal'.split(
    ' ',
  );

/** Pads `data.note` so that the data's JSON is exactly EVENT_DATA_BYTES long. */
const padded = (random, data) => {
  const base = JSON.stringify({ ...data, note: '' }).length;
  let note = '';
  while (note.length < EVENT_DATA_BYTES - base) {
    note += `${WORDS[Math.floor(random() * WORDS.length)]} `;
  }
  const out = { ...data, note: note.slice(0, EVENT_DATA_BYTES - base) };
  if (JSON.stringify(out).length !== EVENT_DATA_BYTES) throw new Error('event size drifted');
  return out;
};

/**
 * Case number `n` (1-based) of namespace `ns` ('w1', 'w2', 'w5', …): its id and its 8 events
 * ({ type, data }), the same for every implementation and every run.
 */
export const generateCase = (ns, n, seed = SEED) => {
  const random = prng(fnv1a(`${seed}:${ns}:${n}`));
  const id = uuidFrom(random);
  const agency = `agency-${String(1 + Math.floor(random() * AGENCIES)).padStart(2, '0')}`;
  const level = LEVELS[Math.floor(random() * LEVELS.length)];
  const appealed = random() < 0.3;
  const day = 1 + Math.floor(random() * 28);
  const events = [];
  for (let step = 0; step < STEPS; step++) {
    const type = step === STEPS - 1 && appealed ? 'AppealLodged' : EVENT_TYPES[step];
    const at = `2024-08-${String(day).padStart(2, '0')}T${String(8 + step).padStart(2, '0')}:00:00.000+07:00`;
    const data = { caseId: id, step: step + 1, agency, officer: `officer-${hex(random, 4)}`, at };
    if (type === 'SanctionProposed' || type === 'SanctionDecided') data.level = level;
    events.push({ type, data: padded(random, data) });
  }
  return { id, agency, level, appealed, events };
};

/** N cases of one namespace, generated before any timing starts. */
export const generateCases = (ns, count, seed = SEED) => {
  const cases = [];
  for (let n = 1; n <= count; n++) cases.push(generateCase(ns, n, seed));
  return cases;
};

// ---- The decider every implementation uses (netra, Emmett and Castore wrap it their way) ----

export const initialState = () => ({ status: 'NONE', agency: null, sanctionLevel: null, step: 0 });

const STATUS_AFTER = {
  CaseOpened: 'OPEN',
  EvidenceFiled: 'OPEN',
  ReviewStarted: 'UNDER_REVIEW',
  HearingHeld: 'UNDER_REVIEW',
  FindingRecorded: 'UNDER_REVIEW',
  SanctionProposed: 'SANCTION_PROPOSED',
  SanctionDecided: 'DECIDED',
  CaseClosed: 'CLOSED',
  AppealLodged: 'APPEALED',
};

/** The status a case has after an event of this type (undefined: not an event of a case). */
export const statusAfter = (type) => STATUS_AFTER[type];

/** Pure fold of one event ({ type, data }) into the state. */
export const evolve = (state, event) => {
  const status = STATUS_AFTER[event.type];
  if (status === undefined) throw new Error(`unknown event type ${event.type}`);
  return {
    status,
    agency: event.type === 'CaseOpened' ? event.data.agency : state.agency,
    sanctionLevel: event.data.level ?? state.sanctionLevel,
    step: state.step + 1,
  };
};

/**
 * The command of step k of a case is { type: 'RecordStep', caseId, step: k, event }: decide
 * answers the event if the case is at step k − 1, else a rejection (a string).
 */
export const decideStep = (command, state) => {
  if (state.step !== command.step - 1) {
    return `case ${command.caseId} is at step ${state.step}, not ${command.step - 1}`;
  }
  if (command.step === 1 ? state.status !== 'NONE' : state.status === 'NONE') {
    return `case ${command.caseId}: step ${command.step} on status ${state.status}`;
  }
  return [command.event];
};

export const commandOf = (kase, step) => ({
  type: 'RecordStep',
  caseId: kase.id,
  step: step + 1,
  event: kase.events[step],
});

/** Whether the case folded to what its generated events say. */
export const checkFolded = (kase, state) =>
  state.step === STEPS &&
  state.agency === kase.agency &&
  state.sanctionLevel === kase.level &&
  state.status === (kase.appealed ? 'APPEALED' : 'CLOSED');

// ---- W4: "open cases per agency" ----

/** A case is open unless its last event closed it (an appealed case is open again). */
export const isOpen = (status) => status !== 'CLOSED' && status !== 'NONE';

/**
 * The projection as a plain fold over events in global order: one row per stream
 * ({ agency, open }), and the count of open cases per agency kept as rows change.
 */
export const openPerAgencyFold = () => {
  const rows = new Map();
  const counts = new Map();
  const bump = (agency, by) => counts.set(agency, (counts.get(agency) ?? 0) + by);
  return {
    apply(streamId, type, data) {
      const before = rows.get(streamId);
      const status = STATUS_AFTER[type];
      if (status === undefined) throw new Error(`unknown event type ${type}`);
      const agency = type === 'CaseOpened' ? data.agency : before?.agency;
      const open = isOpen(status);
      if (before?.open) bump(before.agency, -1);
      if (open) bump(agency, 1);
      rows.set(streamId, { agency, open });
    },
    result: () => counts,
  };
};

/** The answer W4 must give after W1 over `cases`: agency → open cases (zeros left out). */
export const expectedOpenPerAgency = (cases) => {
  const counts = new Map();
  for (const kase of cases) {
    if (kase.appealed) counts.set(kase.agency, (counts.get(kase.agency) ?? 0) + 1);
  }
  return counts;
};

/** Compares two agency → count maps, ignoring zero entries; answers a problem or null. */
export const compareCounts = (expected, actual) => {
  const nonZero = (m) => new Map([...m].filter(([, v]) => v !== 0));
  const a = nonZero(expected);
  const b = nonZero(actual);
  if (a.size !== b.size) return `expected ${a.size} agencies with open cases, got ${b.size}`;
  for (const [agency, count] of a) {
    if (b.get(agency) !== count) return `${agency}: expected ${count} open, got ${b.get(agency)}`;
  }
  return null;
};

/**
 * docs/legal-basis.md against the data it describes. The page lists every rule with its value,
 * source and confidence tag; these checks read the same rules from the rulebook and the decider's
 * tables, so a change of the data without a change of the page (or the other way round) fails
 * here, naming the row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { either as E } from 'fp-ts';
import { describe, expect, it } from 'vitest';
import { periodEnd } from '../../src/case/decide/serving.js';
import type { CaseError } from '../../src/case/errors.js';
import * as EXAMINATION_ERRORS from '../../src/case/errors-examination.js';
import * as PROCEEDING_ERRORS from '../../src/case/errors-proceedings.js';
import * as LEGAL_BASES from '../../src/case/legal-bases.js';
import * as LEGAL_BASES_FOLLOWUP from '../../src/case/legal-bases-followup.js';
import * as LEGAL_BASES_PROCEEDINGS from '../../src/case/legal-bases-proceedings.js';
import { CASE_PERMISSIONS, CASE_ROLES, KECAMATAN_PERMISSIONS } from '../../src/case/roles.js';
import {
  computeDeadline,
  computeDeadlineAt,
  createRulebook,
  defaultRulebook,
  type Effective,
  type IntakeStep,
  type LegalBasis,
  MAX_PERIOD_DAYS,
  type NonAsnKind,
  PROCEEDING_STEPS,
  type ProceedingStep,
  PYBMH_BASIS,
  parseRulebookOptions,
  type Regime,
  SANCTION_CODES,
  SKB_CODES,
  SKB_STAGE_COUNTERPARTS,
  tryCreateRulebook,
} from '../../src/rules/index.js';
import { addDays } from '../../src/time/index.js';
import { REPO } from './code-blocks.js';

const DOC = readFileSync(join(REPO, 'docs/legal-basis.md'), 'utf8');
const GLOSSARY = readFileSync(join(REPO, 'docs/glossary.md'), 'utf8');
const rb = defaultRulebook;
const REGIMES: readonly Regime[] = ['PEMILU_2024', 'PILKADA_2024'];
const REGIME_LABEL: Readonly<Record<string, string>> = {
  PEMILU_2024: 'Pemilu',
  PILKADA_2024: 'Pilkada',
};

// ---- Reading the page --------------------------------------------------------------------------

/** The text under `heading` (a whole line, e.g. '## Tracks') up to the next heading of its level or higher. */
const section = (heading: string): string => {
  const lines = DOC.split('\n');
  const start = lines.indexOf(heading);
  if (start === -1) throw new Error(`docs/legal-basis.md has no heading '${heading}'`);
  const level = heading.indexOf(' ');
  const end = lines.findIndex(
    (line, i) => i > start && /^#{1,6} /.test(line) && line.indexOf(' ') <= level,
  );
  return lines.slice(start, end === -1 ? undefined : end).join('\n');
};

const tableRows = (text: string): string[][] =>
  text
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    );

/** The first table row of `text` whose first cell is `key` in backticks, optionally followed by words. */
const rowOf = (text: string, key: string): string[] => {
  const tick = `\`${key}\``;
  const row = tableRows(text).find(
    (cells) => cells[0] === tick || cells[0]?.startsWith(`${tick} `) === true,
  );
  if (row === undefined) throw new Error(`no table row for ${key}`);
  return row;
};

/** Rows whose first cell is a backticked identifier, e.g. `FILE_REPORT`. */
const keyedRows = (text: string, pattern: RegExp): string[][] =>
  tableRows(text).filter((cells) => pattern.test(cells[0] ?? ''));

const tag = (basis: LegalBasis): string => `[${basis.confidence}]`;

/** The URLs in a source or a contested text (sources are separated by ' ; '). */
const urlsIn = (text: string | undefined): string[] =>
  (text ?? '').match(/https?:\/\/[^\s)"]+/g)?.map((u) => u.replace(/[.,;]+$/, '')) ?? [];

const isBasis = (value: unknown): value is LegalBasis =>
  typeof value === 'object' && value !== null && 'confidence' in value && 'instrument' in value;

// ---- The version ---------------------------------------------------------------------------------

describe('the version', () => {
  it(`names the default rulebook version (${rb.version}) and links the continuation of 2024.1 cases`, () => {
    expect(DOC).toContain(`version **\`${rb.version}\`**`);
    expect(DOC).toContain('(rulebook-versions.md)');
    expect(DOC).toContain(`# Legal basis (rulebook ${rb.version})`);
  });

  const versions = tableRows(section('### The version says whether a rulebook was overridden'))
    .filter((cells) => cells[0]?.startsWith('`{') === true)
    .map((cells) => [cells[0]?.slice(1, -1) ?? '', cells[1]?.slice(1, -1) ?? ''] as const);

  it('lists overrides with their versions', () => {
    expect(versions.length).toBeGreaterThan(5);
  });

  it.each(versions)('%s gives version %s', (json, version) => {
    expect(createRulebook(JSON.parse(json)).version).toBe(version);
  });

  it('every JSON example of options is accepted by the rulebook', () => {
    const blocks = [...DOC.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) {
      const created = tryCreateRulebook(JSON.parse(block));
      expect(E.isRight(created), E.isLeft(created) ? created.left.message : '').toBe(true);
    }
  });
});

// ---- The option keys ---------------------------------------------------------------------------

/** The keys possible at the place an unknown key is refused, read from the refusal itself. */
const keysExpected = (input: unknown): string[] => {
  const parsed = parseRulebookOptions(input);
  if (E.isRight(parsed)) throw new Error('the unknown key was accepted');
  const list = parsed.left.message.match(/expected one of (.*)$/)?.[1];
  if (list === undefined) throw new Error(`no key list in: ${parsed.left.message}`);
  return list.split(', ').map((k) => k.trim());
};

describe('the option keys', () => {
  const keys = section('### The option keys');

  it.each(keysExpected({ notAKey: 1 }))('the top-level option %s is documented', (key) => {
    expect(keys).toContain(`\`${key}`);
  });

  it.each(keysExpected({ deadlines: { PEMILU_2024: { DECIDE: { notAKey: 1 } } } }))(
    'the deadline patch key %s is documented',
    (key) => {
      expect(keys).toContain(`.${key}\``);
    },
  );

  it.each(keysExpected({ gakkumdu: { notAKey: 1 } }))('gakkumdu.%s is documented', (key) => {
    expect(keys).toContain(`gakkumdu.${key}`);
  });

  const proceedingsRow = tableRows(keys).find((cells) => cells[0]?.startsWith('`proceedings.'));

  it.each(keysExpected({ proceedings: { PEMILU_2024: { DELIVER_SANCTION: { notAKey: 1 } } } }))(
    'the proceedings patch key %s is documented, with its limits',
    (key) => {
      expect(proceedingsRow?.[0]).toContain(`.${key}\``);
      expect(proceedingsRow?.[2]).toContain(`1–${MAX_PERIOD_DAYS}`);
      expect(proceedingsRow?.[2]).toContain('`null` only on `PPK_FOLLOW_UP`');
    },
  );

  it.each(keysExpected({ proceedings: { PEMILU_2024: { notAKey: 1 } } }))(
    'the proceedings step %s is in the periods tables',
    (step) => {
      expect(section('### Periods')).toContain(`| \`${step}\` |`);
    },
  );

  it.each(keysExpected({ moderateSanctions: { notAKey: 1 } }))(
    'moderateSanctions.%s is documented, with its default',
    (key) => {
      const row = tableRows(keys).find((cells) => cells[0] === `\`moderateSanctions.${key}\``);
      expect(row?.[2]).toContain('`null` (the default)');
    },
  );
});

// ---- Regimes -----------------------------------------------------------------------------------

describe('regimes', () => {
  const text = section('## Regimes');
  it.each(REGIMES)('%s: law and procedure with the data’s tags and sources', (regime) => {
    const info = rb.regimes[regime];
    const row = rowOf(text, regime);
    expect(row[2]).toBe(tag(info.law));
    expect(row[4]).toBe(tag(info.procedure));
    expect(row[1]).toContain(info.law.article ?? '');
    for (const url of [...urlsIn(info.law.source), ...urlsIn(info.procedure.source)]) {
      expect(text).toContain(url);
    }
  });
});

// ---- Deadlines ---------------------------------------------------------------------------------

const DEADLINE_SECTIONS: Readonly<Record<Regime, string>> = {
  PEMILU_2024: '### Pemilu 2024 deadlines',
  PILKADA_2024: '### Pilkada 2024 deadlines',
};

const deadlineCases = REGIMES.flatMap((regime) =>
  (Object.keys(rb.deadlines[regime]) as IntakeStep[]).map((step) => [regime, step] as const),
);

const FLAT = DOC.replace(/\s+/g, ' ');
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const shortDate = (iso: string): string =>
  `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]}`;
const dayAndDate = (iso: string): string =>
  `${WEEKDAYS[new Date(`${iso}T00:00:00Z`).getUTCDay()]} ${shortDate(iso)}`;
const dueAt = (regime: Regime, step: IntakeStep, from: string): string =>
  computeDeadlineAt(rb, regime, step, from, 'WIB').dueAt;
const due = (regime: Regime, step: IntakeStep, from: string, options = {}): string =>
  computeDeadline(createRulebook(options), regime, step, from).due;

/** Worked examples in the text, and the computation each one states. */
const EXAMPLES: readonly (readonly [string, () => boolean])[] = [
  [
    'must be set by Mon 19 Feb under the default, by Mon 12 Feb under calendar days',
    () =>
      due('PEMILU_2024', 'SET_FINDING', '2024-02-05') === '2024-02-19' &&
      due('PEMILU_2024', 'SET_FINDING', '2024-02-05', {
        deadlines: { PEMILU_2024: { SET_FINDING: { dayType: 'CALENDAR' } } },
      }) === '2024-02-12',
  ],
  [
    'received Fri 12 Jan 2024 at 15:30 WIB gives a deadline of Tue 16 Jan 2024, 16:00 WIB',
    () =>
      dueAt('PEMILU_2024', 'COMPLETE_REQUIREMENTS', '2024-01-12T15:30:00+07:00') ===
      '2024-01-16T16:00:00.000+07:00',
  ],
  [
    'received Thu 28 Nov 2024 at 10:00 WIB gives a deadline of Sat 30 Nov 2024, 10:00 WIB',
    () =>
      dueAt('PILKADA_2024', 'COMPLETE_REQUIREMENTS', '2024-11-28T10:00:00+07:00') ===
      '2024-11-30T10:00:00.000+07:00',
  ],
  [
    'a report received Tue 1 Oct 2024 has `decisionDue` Fri 4 Oct, or Sun 6 Oct after an extension',
    () =>
      due('PILKADA_2024', 'DECIDE', '2024-10-01') === '2024-10-04' &&
      due('PILKADA_2024', 'DECIDE_EXTENDED', '2024-10-01') === '2024-10-06',
  ],
  [
    'a declaration on Mon 7 Oct 2024 at 09:00 WIB is due by Tue 8 Oct 2024, 09:00 WIB',
    () =>
      dueAt('PILKADA_2024', 'REFER_TO_POLICE', '2024-10-07T09:00:00+07:00') ===
        '2024-10-08T09:00:00.000+07:00' &&
      dueAt('PEMILU_2024', 'REFER_TO_POLICE', '2024-10-07T09:00:00+07:00') ===
        '2024-10-08T09:00:00.000+07:00',
  ],
];

const COUNTING_EXAMPLES: readonly (readonly [string, Regime, IntakeStep, string])[] = [
  ['Pemilu `FILE_REPORT` from Mon 5 Feb 2024', 'PEMILU_2024', 'FILE_REPORT', '2024-02-05'],
  ['Pemilu `DECIDE_EXTENDED` from Mon 1 Apr 2024', 'PEMILU_2024', 'DECIDE_EXTENDED', '2024-04-01'],
  ['Pilkada `FILE_REPORT` from Fri 22 Nov 2024', 'PILKADA_2024', 'FILE_REPORT', '2024-11-22'],
  ['Pilkada `DECIDE` from Tue 1 Oct 2024', 'PILKADA_2024', 'DECIDE', '2024-10-01'],
];

describe('deadlines', () => {
  it.each(REGIMES)('%s: one row per step, and no other', (regime) => {
    const rows = keyedRows(section(DEADLINE_SECTIONS[regime]), /^`[A-Z_]+`$/);
    expect(rows.map((cells) => cells[0]?.slice(1, -1)).sort()).toEqual(
      Object.keys(rb.deadlines[regime]).sort(),
    );
  });

  it.each(deadlineCases)(
    '%s %s: days, day type, clock, anchor, basis, tag, contested',
    (regime, step) => {
      const rule = rb.deadlines[regime][step];
      const text = section(DEADLINE_SECTIONS[regime]);
      const [, days, dayType, clock, runsFrom, basis, confidence, contested] = rowOf(text, step);
      expect(days).toBe(String(rule.days));
      expect(dayType).toBe(`\`${rule.dayType}\``);
      const clockParts = [
        ...(rule.hours === undefined ? [] : [`\`hours: ${rule.hours}\``]),
        ...(rule.closesAt === undefined ? [] : [`\`closesAt: ${rule.closesAt}\``]),
        ...(rule.closesAtOnFriday === undefined
          ? []
          : [`\`closesAtOnFriday: ${rule.closesAtOnFriday}\``]),
      ];
      expect(clock).toBe(clockParts.length === 0 ? '—' : clockParts.join('; '));
      if (rule.anchor === undefined) expect(runsFrom).not.toContain('anchor:');
      else expect(runsFrom).toContain(`\`anchor: ${rule.anchor}\``);
      if (rule.basis.article !== undefined) expect(basis).toContain(rule.basis.article);
      expect(confidence).toBe(tag(rule.basis));
      if (rule.contested === undefined) expect(contested).toBe('—');
      else expect(contested).toMatch(/^yes/);
      for (const url of [...urlsIn(rule.basis.source), ...urlsIn(rule.contested)]) {
        expect(DOC).toContain(url);
      }
    },
  );

  it.each(EXAMPLES)('the example "%s" is what the rulebook computes', (text, computed) => {
    expect(FLAT).toContain(text);
    expect(computed()).toBe(true);
  });

  const counting = section('## Counting days');
  it.each(COUNTING_EXAMPLES)('counting table, %s', (prefix, regime, step, from) => {
    const row = tableRows(counting).find((cells) => cells[0]?.startsWith(prefix) === true);
    const policies = [
      {},
      { counting: { cutiBersamaIsWorkingDay: true } },
      { counting: { dayOfKnowledgeCounts: true } },
    ];
    expect(row?.slice(1)).toEqual(
      policies.map((o) => dayAndDate(computeDeadline(createRulebook(o), regime, step, from).due)),
    );
  });
});

// ---- Holidays ----------------------------------------------------------------------------------

const YEARS = [...new Set(rb.holidays.map((h) => h.date.slice(0, 4)))].sort();

describe('holidays', () => {
  const tables = section('### The published tables');

  it.each(
    YEARS.filter((y) => rb.holidays.some((h) => h.date.startsWith(y) && h.kind !== 'VOTING_DAY')),
  )('%s: every date, the counts, the decrees and the tag', (year) => {
    const of = (kind: string) =>
      rb.holidays.filter((h) => h.date.startsWith(year) && h.kind === kind);
    const national = of('NATIONAL_HOLIDAY');
    const cuti = of('CUTI_BERSAMA');
    expect(tables).toContain(
      `| ${year} | ${national.map((h) => shortDate(h.date)).join(', ')} | ${cuti
        .map((h) => shortDate(h.date))
        .join(', ')} |`,
    );
    const decree = tableRows(tables).find((cells) => cells[0] === year && cells.length === 7);
    expect(decree?.[2]).toBe(String(national.length));
    expect(decree?.[3]?.startsWith(String(cuti.length))).toBe(true);
    const tags = new Set([...national, ...cuti].map((h) => tag(h.basis)));
    expect([...tags]).toEqual([decree?.[6]]);
    for (const h of [...national, ...cuti]) {
      for (const number of h.basis.instrument.match(/No\. [\d/, ]*\d/g) ?? []) {
        expect(tables).toContain(number);
      }
      for (const keppres of h.basis.instrument.match(/Keppres \d+\/\d{4}/g) ?? []) {
        expect(tables).toContain(keppres);
      }
      for (const url of urlsIn(h.basis.source)) expect(tables).toContain(url);
    }
  });

  it.each(rb.holidays.filter((h) => h.kind === 'VOTING_DAY').map((h) => [h.date, h] as const))(
    'voting day %s: decree, date decreed, tag, sources',
    (_date, h) => {
      const text = section('### Voting days');
      const row = tableRows(text).find((cells) => cells[2] === h.basis.instrument);
      expect(row).toBeDefined();
      expect(row?.[0]).toContain(shortDate(h.date));
      expect(row?.[3]).toBe(
        `${Number(h.decreedOn?.slice(8, 10))} ${MONTHS[Number(h.decreedOn?.slice(5, 7)) - 1]} ${h.decreedOn?.slice(0, 4)}`,
      );
      expect(row?.[5]).toBe(tag(h.basis));
      for (const url of urlsIn(h.basis.source)) expect(text).toContain(url);
    },
  );

  it('the holiday corrections name every action', () => {
    const text = section('### Holiday corrections');
    for (const action of ['ADD', 'REMOVE', 'MOVE']) expect(text).toContain(`| \`${action}\` |`);
  });
});

// ---- Election calendars ------------------------------------------------------------------------

describe('election calendars', () => {
  const text = section('## Election calendars and the candidate stage');
  it.each(REGIMES)('%s: candidate determination, voting day, tag', (regime) => {
    const election = rb.elections[regime];
    const column = REGIMES.indexOf(regime) + 1;
    expect(rowOf(text, 'candidateDetermination')[column]).toContain(
      election.candidateDetermination,
    );
    expect(rowOf(text, 'votingDay')[column]).toBe(election.votingDay);
    const basisRow = tableRows(text).find((cells) => cells[0] === 'Basis');
    expect(basisRow?.[column]).toContain(tag(election.basis));
    for (const url of urlsIn(election.basis.source)) expect(text).toContain(url);
  });
});

// ---- SKB 2022 ----------------------------------------------------------------------------------

describe('SKB 2022 matrix', () => {
  const text = section('## SKB 2022 matrix');

  it('one row per code, and no other', () => {
    const rows = keyedRows(text, /^`(KE|D)-\d+`$/);
    expect(rows.map((cells) => cells[0]?.slice(1, -1))).toEqual([...SKB_CODES]);
  });

  it.each(rb.skb.map((item) => [item.code, item] as const))(
    '%s: kind, level, stage, conduct, basis, tag, contested',
    (code, item) => {
      const [, kind, level, stage, conduct, basis, confidence, contested] = rowOf(text, code);
      expect(kind).toBe(`\`${item.kind}\``);
      expect(level).toBe(`\`${item.level}\``);
      expect(stage).toBe(`\`${item.stage}\``);
      expect(conduct).toBe(item.conduct);
      expect(basis).toContain(item.basis.article ?? item.basis.instrument);
      expect(confidence).toBe(tag(item.basis));
      if (item.contested === undefined) expect(contested).toBe('—');
      else {
        expect(contested).toMatch(/^yes/);
        expect(text).toContain(`<a id="${code.toLowerCase()}"></a>**${code}.**`);
      }
      for (const url of [...urlsIn(item.basis.source), ...urlsIn(item.contested)]) {
        expect(text).toContain(url);
      }
    },
  );

  it('names every stage counterpart', () => {
    for (const [bakalCalon, calon] of SKB_STAGE_COUNTERPARTS) {
      expect(text).toContain(`${bakalCalon}↔${calon}`);
    }
  });
});

// ---- Supervisor routing ------------------------------------------------------------------------

describe('supervisor routing', () => {
  const text = section('## Supervisor routing and SE MenPAN-RB 4/2024');
  const routing = rb.supervisorRouting;

  it('KASN → BKN: the date, the basis, the tag', () => {
    const row = tableRows(text).find((cells) => cells[0] === 'KASN → BKN');
    expect(row?.[1]).toContain(`\`bknFrom\` = ${routing.bknFrom}`);
    expect(row?.[2]).toContain(routing.basis.article ?? routing.basis.instrument);
    expect(row?.[3]).toBe(tag(routing.basis));
    for (const url of urlsIn(routing.basis.source)) expect(text).toContain(url);
  });

  it('SE MenPAN-RB 4/2024: the date and the tag (contested for Bawaslu files)', () => {
    const row = tableRows(text).find((cells) => cells[0] === 'Files pending at KASN');
    expect(row?.[1]).toContain(`\`seSignedOn\` = ${routing.transition.seSignedOn}`);
    expect(row?.[2]).toContain(routing.transition.basis.instrument);
    expect(row?.[3]).toBe(tag(routing.transition.basis));
    for (const url of urlsIn(routing.transition.basis.source)) expect(text).toContain(url);
  });
});

// ---- Non-ASN routes ----------------------------------------------------------------------------

describe('non-ASN routes', () => {
  const text = section('## Non-ASN respondents');
  const kinds = Object.keys(rb.nonAsnRoutes) as NonAsnKind[];

  it('one row per kind, and no other', () => {
    const rows = keyedRows(text, /^`[A-Z_]+`( \(.*\))?$/);
    expect(rows.map((cells) => cells[0]?.split(' ')[0]?.slice(1, -1)).sort()).toEqual(
      [...kinds].sort(),
    );
  });

  it.each(kinds)('%s: authority, addressee, copies, bases with their tags, contested', (kind) => {
    const route = rb.nonAsnRoutes[kind];
    const [, authority, addressee, copies, forward, authorityBasis, confidence, contested] = rowOf(
      text,
      kind,
    );
    expect(authority).toBe(`\`${route.authority}\``);
    expect(addressee).toBe(route.addressee);
    expect(copies).toBe(route.copies.length === 0 ? 'none' : route.copies.join('; '));
    expect(forward).toBe(
      REGIMES.map((r) => `${REGIME_LABEL[r]} ${tag(route.forwardBasis[r])}`).join('; '),
    );
    expect(authorityBasis).toContain(
      route.authorityBasis.article ?? route.authorityBasis.instrument,
    );
    expect(confidence).toBe(tag(route.authorityBasis));
    expect(contested).toBe(route.contested === undefined ? '—' : 'yes');
    for (const r of REGIMES) {
      expect(text).toContain(route.forwardBasis[r].article ?? route.forwardBasis[r].instrument);
    }
    const sources = [
      ...REGIMES.flatMap((r) => urlsIn(route.forwardBasis[r].source)),
      ...urlsIn(route.authorityBasis.source),
      ...urlsIn(route.contested),
    ];
    for (const url of sources) expect(text).toContain(url);
  });
});

// ---- Sentra Gakkumdu ---------------------------------------------------------------------------

describe('Sentra Gakkumdu', () => {
  const text = section('## Sentra Gakkumdu');

  it('states the default of the deliberation requirement and the override', () => {
    expect(text).toContain(
      `\`deliberationBeforeDeclaration: ${rb.gakkumdu.deliberationBeforeDeclaration}\` (the default)`,
    );
    expect(text).toContain('`gakkumdu.deliberationBeforeDeclaration`');
    expect(text).toContain(`\`hours: ${rb.deadlines.PEMILU_2024.REFER_TO_POLICE.hours}\``);
  });

  it.each(REGIMES)('%s: the basis and its tag', (regime) => {
    const basis = rb.gakkumdu.basis[regime];
    const row = rowOf(text, regime);
    expect(row[1]).toContain(basis.article ?? basis.instrument);
    expect(row[2]).toBe(tag(basis));
    for (const url of urlsIn(basis.source)) expect(text).toContain(url);
  });
});

// ---- Proceedings after the forward -------------------------------------------------------------

/** The cell that gives a dated row's dates: `from …`, `until …`, or `undated`. */
const expectDates = (cell: string | undefined, row: Effective): void => {
  if (row.effectiveFrom !== undefined) expect(cell).toContain(`from ${row.effectiveFrom}`);
  if (row.effectiveUntil !== undefined) expect(cell).toContain(`until ${row.effectiveUntil}`);
  if (row.effectiveFrom === undefined && row.effectiveUntil === undefined) {
    expect(cell?.startsWith('undated')).toBe(true);
  }
};

/** A section with its line breaks and indents read as single spaces, for sentences. */
const flatSection = (heading: string): string => section(heading).replace(/\s+/g, ' ');

/** A list of backticked identifiers, as the tables write it. */
const ticked = (xs: readonly string[]): string => xs.map((x) => `\`${x}\``).join(', ');

describe('the sanction catalogue', () => {
  const text = section('### The sanction catalogue');
  const moderate = rb.moderateSanctions;

  it('one row per sanction code, in the catalogue order, and no other', () => {
    const rows = keyedRows(text, /^`[A-Z0-9_]+`$/);
    expect(rows.map((cells) => cells[0]?.slice(1, -1))).toEqual([...SANCTION_CODES]);
  });

  it.each(rb.sanctions.map((s) => [s.code, s] as const))(
    '%s: level, severity, applies to, duration, ends, appeal, basis, tag, dates',
    (code, s) => {
      const [, level, severity, appliesTo, duration, ends, appeal, basis, confidence, inForce] =
        rowOf(text, code);
      expect(level?.startsWith(`\`${s.level}\``)).toBe(true);
      for (const also of s.alsoMeets ?? []) expect(level).toContain(`\`${also}\``);
      expect(severity).toBe(String(s.severity));
      expect(appliesTo).toBe(ticked(s.appliesTo));
      expect(duration).toBe(s.durationMonths === null ? '—' : `${s.durationMonths} months`);
      expect(ends).toBe(s.ends ? 'yes' : 'no');
      expect(appeal).toBe(`\`${s.appealRoute}\``);
      expect(basis).toContain(s.basis.article ?? s.basis.instrument);
      expect(confidence).toBe(tag(s.basis));
      expectDates(inForce, s);
      if (moderate.pp53Types.includes(code)) expect(inForce).toContain('until the switch');
      if (moderate.pp94Types.includes(code)) expect(inForce).toContain('from the switch');
      for (const url of [...urlsIn(s.basis.source), ...urlsIn(s.contested)]) {
        expect(text).toContain(url);
      }
    },
  );
});

describe('the moderate switch', () => {
  const text = section('### Moderate sanctions: PP 53/2010 or PP 94/2021');
  const moderate = rb.moderateSanctions;

  it('states the default, the override and the basis with its tag', () => {
    const flat = flatSection('### Moderate sanctions: PP 53/2010 or PP 94/2021');
    expect(flat).toContain(`\`pp94ModerateFrom: ${moderate.pp94ModerateFrom}\` (the default)`);
    expect(flat).toContain('`moderateSanctions.pp94ModerateFrom`');
    expect(flat).toContain(`${moderate.basis.article} ${tag(moderate.basis)}`);
    for (const url of [...urlsIn(moderate.basis.source), ...urlsIn(moderate.contested)]) {
      expect(text).toContain(url);
    }
  });

  it.each([
    ['PP53_2010', moderate.pp53Types],
    ['PP94_2021', moderate.pp94Types],
  ] as const)('the set %s lists its types', (set, types) => {
    expect(rowOf(text, set)[1]).toBe(ticked(types));
  });
});

describe('the PyBMH table', () => {
  const text = section('### Who may impose what: the PyBMH table');
  /** The sanction groups the table abbreviates, read from the page's own group table. */
  const groups = new Map(
    tableRows(text)
      .filter((cells) => /^\*[^*]+\*$/.test(cells[0] ?? ''))
      .map((cells) => [
        cells[0] ?? '',
        (cells[1]?.match(/`[A-Z0-9_]+`/g) ?? []).map((c) => c.slice(1, -1)),
      ]),
  );
  const expand = (cell: string | undefined): string[] =>
    (cell ?? '').split(', ').flatMap((token) => {
      if (/^`[A-Z0-9_]+`$/.test(token)) return [token.slice(1, -1)];
      const group = groups.get(token);
      if (group === undefined) throw new Error(`no sanction group ${token}`);
      return group;
    });
  const rows = keyedRows(text, /^\d+$/);

  it('one numbered row per row of the table, in order, and no other', () => {
    expect(groups.size).toBeGreaterThan(0);
    expect(rows.map((cells) => cells[0])).toEqual(rb.authority.map((_, i) => String(i + 1)));
  });

  it.each(rb.authority.map((row, i) => [i + 1, row.official, row] as const))(
    'row %i (%s): instance, official, kinds, positions, sanctions, relation, basis, tag, dates',
    (n, _official, row) => {
      const [, instance, official, kinds, over, sanctions, relation, basis, confidence, inForce] =
        rows[n - 1] ?? [];
      const contested = rows[n - 1]?.[10];
      expect(instance).toBe(`\`${row.instance}\``);
      expect(official).toBe(`\`${row.official}\``);
      expect(kinds).toBe(ticked(row.respondentKinds));
      expect(over).toBe(ticked(row.over));
      expect(expand(sanctions).sort()).toEqual([...row.sanctions].sort());
      expect(expand(sanctions)).toHaveLength(row.sanctions.length);
      expect(relation).toBe(row.relation === undefined ? '—' : `\`${row.relation}\``);
      expect(basis).toContain(row.basis.article ?? row.basis.instrument);
      expect(confidence).toBe(tag(row.basis));
      expectDates(inForce, row);
      expect(contested).toBe(row.contested === undefined ? '—' : 'yes');
      for (const url of [...urlsIn(row.basis.source), ...urlsIn(row.contested)]) {
        expect(text).toContain(url);
      }
    },
  );

  it('names the basis cited where no row applies, with its tag', () => {
    const flat = flatSection('### Who may impose what: the PyBMH table');
    expect(flat).toContain('`PYBMH_BASIS`');
    expect(flat).toContain(`${PYBMH_BASIS.article} ${tag(PYBMH_BASIS)}`);
  });
});

/** The periods the decider reads today, with the commands that read them; every other row is data for a later step. */
const READ_BY: Partial<Readonly<Record<ProceedingStep, readonly string[]>>> = {
  PPK_FOLLOW_UP: ['RecordSupervisorOutcome', 'BlockPersonnelData'],
  SUMMONS_TO_EXAMINATION: ['SummonForExamination'],
  DELIVER_SANCTION: ['DecideSanction', 'DeliverSanction'],
  SANCTION_IN_FORCE: ['DeliverSanction'],
  FILE_KEBERATAN: ['FileObjection'],
  DECIDE_KEBERATAN: ['FileObjection'],
  FILE_BANDING: ['FileObjection'],
  DECIDE_BANDING: ['FileObjection'],
  INVESTIGATION: ['RecordCriminalStep'],
  RETURN_FILE: ['RecordCriminalStep'],
  RESUBMIT_FILE: ['RecordCriminalStep'],
  PROSECUTION: ['RecordCriminalStep'],
  DISTRICT_COURT: ['RecordCriminalStep'],
  FILE_CRIMINAL_APPEAL: ['RecordCriminalStep'],
  HIGH_COURT: ['RecordCriminalStep'],
};
const PERIOD_SECTIONS = {
  shared: '#### The PPK, discipline and appeal periods (both regimes)',
  PEMILU_2024: '#### The criminal track, Pemilu 2024',
  PILKADA_2024: '#### The criminal track, Pilkada 2024',
} as const;
const periodRows = (heading: string): string[][] => keyedRows(section(heading), /^`[A-Z_]+`$/);
const sharedSteps = periodRows(PERIOD_SECTIONS.shared).map((cells) => cells[0]?.slice(1, -1));

describe('the periods of the proceedings', () => {
  it.each(REGIMES)('%s: one row per step across the shared and its own table', (regime) => {
    const steps = [...periodRows(PERIOD_SECTIONS.shared), ...periodRows(PERIOD_SECTIONS[regime])]
      .map((cells) => cells[0]?.slice(1, -1))
      .sort();
    expect(steps).toEqual([...PROCEEDING_STEPS].sort());
  });

  it.each(sharedSteps)('%s: the shared row is the same in both regimes', (step) => {
    const s = step as ProceedingStep;
    expect(rb.proceedings.PEMILU_2024[s]).toEqual(rb.proceedings.PILKADA_2024[s]);
  });

  it.each(REGIMES.flatMap((regime) => PROCEEDING_STEPS.map((step) => [regime, step] as const)))(
    '%s %s: days, day type, runs from, basis, tag, dates, contested, read by',
    (regime, step) => {
      const rule = rb.proceedings[regime][step];
      const heading = sharedSteps.includes(step) ? PERIOD_SECTIONS.shared : PERIOD_SECTIONS[regime];
      const [, days, dayType, runsFrom, basis, confidence, inForce, contested, readBy] = rowOf(
        section(heading),
        step,
      );
      expect(days).toBe(rule.days === null ? 'none' : String(rule.days));
      expect(dayType).toBe(`\`${rule.dayType}\``);
      expect(runsFrom).toBe(rule.runsFrom);
      expect(basis).toContain(rule.basis.article ?? rule.basis.instrument);
      expect(confidence).toBe(tag(rule.basis));
      expectDates(inForce, rule);
      expect(contested).toBe(rule.contested === undefined ? '—' : 'yes');
      const readers = READ_BY[step];
      expect(readBy).toBe(readers === undefined ? 'data for a later step' : ticked(readers));
      for (const url of [...urlsIn(rule.basis.source), ...urlsIn(rule.contested)]) {
        expect(DOC).toContain(url);
      }
    },
  );

  it('the follow-up has no period by default, and the delivery and force periods are stated', () => {
    const text = flatSection('### Delivery and force');
    for (const regime of REGIMES) expect(rb.proceedings[regime].PPK_FOLLOW_UP.days).toBeNull();
    const deliver = rb.proceedings.PEMILU_2024.DELIVER_SANCTION;
    const force = rb.proceedings.PEMILU_2024.SANCTION_IN_FORCE;
    const dayWord = (dayType: string): string => (dayType === 'WORKING' ? 'working' : 'calendar');
    expect(text).toContain(`Due within ${deliver.days} ${dayWord(deliver.dayType)} days`);
    expect(text).toContain(`In force on day ${force.days}`);
    expect(text).toContain(`The row carries ${tag(force.basis)} as a whole`);
  });
});

/** The last day of a proceedings period under the default rulebook, as `proceedingDue` counts it. */
const periodDue = (regime: Regime, step: ProceedingStep, from: string): string => {
  const rule = rb.proceedings[regime][step];
  if (rule.days === null) throw new Error(`${step} has no days`);
  return addDays(from, rule.days, rule.dayType, rb.holidays, rb.counting);
};

/** The last day of a sanction of `months` months in force from `from`, as `RecordSanctionServed` counts it. */
const endsOn = (from: string, months: number): string => periodEnd(from, months);

describe('the objection, serving and exit', () => {
  const objection = flatSection('### The objection: keberatan and banding administratif');
  const serving = flatSection('### Serving the sanction');
  const durationOf = (code: string): number =>
    rb.sanctions.find((s) => s.code === code)?.durationMonths ?? Number.NaN;

  it.each(REGIMES)('%s: the worked example of the filing and decision periods', (regime) => {
    expect(objection).toContain(
      'a decision received Tue 26 Mar 2024 can be objected to until Wed 24 Apr 2024; a keberatan filed Wed 27 Mar 2024 is to be decided by Tue 7 May 2024',
    );
    expect(periodDue(regime, 'FILE_KEBERATAN', '2024-03-26')).toBe('2024-04-24');
    expect(periodDue(regime, 'FILE_BANDING', '2024-03-26')).toBe('2024-04-24');
    expect(periodDue(regime, 'DECIDE_KEBERATAN', '2024-03-27')).toBe('2024-05-07');
  });

  it.each(REGIMES)('%s: the worked example of the summons period', (regime) => {
    expect(flatSection('### The examination: summons, examination, release from duty')).toContain(
      'a letter dated Mon 4 Mar 2024 may set the examination on Fri 15 Mar 2024 at the latest',
    );
    expect(periodDue(regime, 'SUMMONS_TO_EXAMINATION', '2024-03-04')).toBe('2024-03-15');
  });

  it.each(['FILE_KEBERATAN', 'DECIDE_KEBERATAN', 'FILE_BANDING', 'DECIDE_BANDING'] as const)(
    'the table states %s with its days, day type and tag',
    (step) => {
      const rule = rb.proceedings.PEMILU_2024[step];
      expect(objection).toContain(
        `\`${step}\`: ${rule.days} \`${rule.dayType}\` days ${tag(rule.basis)}`,
      );
    },
  );

  it('names every sanction of each remedy', () => {
    const asn = rb.sanctions.filter((s) =>
      s.appliesTo.some((k) => k !== 'NON_ASN' && !k.startsWith('VILLAGE')),
    );
    const banding = asn.filter((s) => s.appealRoute === 'BANDING').map((s) => s.code);
    expect(objection).toContain(`whose remedy is \`BANDING\`: ${ticked(banding)}`);
    expect(asn.every((s) => s.appealRoute !== 'NONE')).toBe(true);
  });

  it('the worked examples of the end of a sanction are what the decider counts', () => {
    expect(serving).toContain('in force Wed 10 Apr 2024, 12 months, it ends Wed 9 Apr 2025');
    expect(durationOf('TUNDA_KGB_1T')).toBe(12);
    expect(endsOn('2024-04-10', 12)).toBe('2025-04-09');
    expect(serving).toContain('in force 31 Aug 2024, 6 months, the sanction ends 28 Feb 2025');
    expect(durationOf('POTONG_TUKIN_6B')).toBe(6);
    expect(endsOn('2024-08-31', 6)).toBe('2025-02-28');
    expect(endsOn('2024-08-28', 6)).toBe('2025-02-27');
    expect(endsOn('2023-08-30', 6)).toBe('2024-02-29');
  });

  it('states the durations and which sanctions are never served', () => {
    for (const code of rb.moderateSanctions.pp53Types) expect(durationOf(code)).toBe(12);
    expect(serving).toContain('12 months for the three PP 53/2010 moderate types');
    for (const code of ['TURUN_JABATAN_12B', 'BEBAS_JABATAN_PELAKSANA_12B']) {
      expect(durationOf(code)).toBe(12);
      expect(serving).toContain(`\`${code}\``);
    }
    const tukin = rb.moderateSanctions.pp94Types.map(durationOf);
    expect(tukin).toEqual([6, 9, 12]);
    expect(serving).toContain('6, 9 or 12 months for the tukin cuts');
    const ending = rb.sanctions
      .filter((s) => s.ends && s.appealRoute === 'BANDING')
      .map((s) => s.code);
    expect(serving).toContain(`ends the employment (${ticked(ending)})`);
  });

  it('the exit names every reason of the schema', () => {
    const exit = section('### Exit from the service');
    for (const reason of ['RETIRED', 'DISMISSED_OTHER_GROUNDS', 'RESIGNED', 'DIED']) {
      expect(exit).toContain(`| \`${reason}\` |`);
    }
  });
});

// ---- Who may do what ---------------------------------------------------------------------------

const commands = Object.keys(CASE_PERMISSIONS) as (keyof typeof CASE_PERMISSIONS)[];

describe('who may do what', () => {
  const text = section('## Who may do what');

  it('one row per command, and no other', () => {
    const rows = keyedRows(text, /^`[A-Za-z]+`$/);
    expect(rows.map((cells) => cells[0]?.slice(1, -1)).sort()).toEqual([...commands].sort());
  });

  it.each(commands)('%s: the roles and the tag', (command) => {
    const permission = CASE_PERMISSIONS[command];
    const [, roles, basis, confidence] = rowOf(text, command);
    const named = (roles ?? '')
      .match(/`[a-z_]+`/g)
      ?.map((r) => r.slice(1, -1))
      .filter((r) => (CASE_ROLES as readonly string[]).includes(r));
    expect(named?.sort()).toEqual([...permission.roles].sort());
    expect(confidence).toBe(tag(permission.basis));
    if (permission.basis.article !== undefined && !/^idem/.test(basis ?? '')) {
      expect(basis).toContain(permission.basis.article.split(' (')[0]?.split(';')[0]);
    }
  });
});

describe('Panwaslu Kecamatan', () => {
  const text = section('### Panwaslu Kecamatan');
  const bawasluCommands = commands.filter((c) => CASE_PERMISSIONS[c].roles.includes('bawaslu'));

  it.each(REGIMES)('%s: the basis and its tag', (regime) => {
    const basis = KECAMATAN_PERMISSIONS[regime].basis;
    const row = rowOf(text, regime);
    expect(row[1]).toContain(basis.article ?? basis.instrument);
    expect(row[2]).toBe(tag(basis));
  });

  it.each(bawasluCommands)('%s: allowed or not, per regime', (command) => {
    const row = rowOf(text, command);
    REGIMES.forEach((regime, i) => {
      const allowed = KECAMATAN_PERMISSIONS[regime].commands.includes(command);
      expect(row[i + 1], `${command} in ${regime}`).toBe(allowed ? 'yes' : 'no');
    });
  });
});

// ---- The bases the decider cites ---------------------------------------------------------------

const citedBases = Object.entries({
  ...LEGAL_BASES,
  ...LEGAL_BASES_FOLLOWUP,
  ...LEGAL_BASES_PROCEEDINGS,
}).flatMap(([name, value]): [string, string][] => {
  if (isBasis(value)) return [[name, tag(value)]];
  if (typeof value !== 'object' || value === null) return [];
  const entries = Object.entries(value);
  if (entries.length === 0 || !entries.every(([, v]) => isBasis(v))) return [];
  return [
    [
      name,
      entries.map(([key, v]) => `${REGIME_LABEL[key] ?? key} ${tag(v as LegalBasis)}`).join('; '),
    ],
  ];
});

describe('other bases the decider cites', () => {
  const text = section('## Other bases the decider cites');

  it('one row per constant, and no other', () => {
    const rows = keyedRows(text, /^`[A-Z_]+`$/);
    expect(rows.map((cells) => cells[0]?.slice(1, -1)).sort()).toEqual(
      citedBases.map(([name]) => name).sort(),
    );
  });

  it.each(citedBases)('%s: %s', (name, tags) => {
    expect(rowOf(text, name)[2]).toBe(tags);
  });
});

// ---- What the page must no longer say ----------------------------------------------------------

describe('errors the legal review lists are gone', () => {
  const stale: readonly (readonly [string, string])[] = [
    ['a placeholder presented as a figure read from the Perbawaslu', 'the figure read from'],
    ['the book title for the UU 7/2017 scan', 'Tata Kelola Pemilu'],
    ['Pasal 476 as a recollection', 'Pasal 476 [R]'],
    ['UU 10/2016 as the source of Pasal 134–135', 'UU 10/2016 Pasal 134'],
    ['a 2024.1 version suffix', '2024.1+custom'],
    ['UU 5/2014 as the only PTDH basis', '`PTDH` | UU 5/2014'],
    ['advice to decide village heads on another track', 'can still be decided on the'],
    ['Pasal 167(3) as the basis of the Pilkada voting day', 'Keppres 33/2024 (cites UU 7/2017'],
    ['Pemilu working days as confirmed', '[C, Bawaslu Indramayu]'],
    ['Pilkada calendar days resting on a remark', '[C, Bawaslu RI 23 Sep 2024]'],
    ['1×24 jam as the end of the next day', "1 `'CALENDAR'` day, i.e. by the end of the next day"],
    ['Perbawaslu 31/2018 as the Gakkumdu instrument', 'Gakkumdu: Perbawaslu 31/2018'],
    ['the PPK as sending nothing', '`ppk` and `appeal_authority` exist for later'],
    ['the PPK as no actor yet', 'nothing yet as an actor: the respondent proceeding'],
    ['no sanction recorded yet', 'records no sanction yet'],
    ['a 14-day follow-up period', '14 hari kerja to follow up'],
    ['objections as unbuilt', 'Appeals are not built'],
    ['objection periods read by no command', 'that no command reads yet'],
    ['BPASN as sending nothing', 'sends nothing yet'],
    ['objections as a future step', 'a future step, no command yet'],
    ['the delivering PPK as unchecked', 'does not check that the delivering PPK'],
    ['the examination as unbuilt', 'The examination is not built'],
    ['the summons row as unread', 'is data for it), examination'],
    ['non-ASN sanctions as refused', 'refuses a non-ASN respondent'],
    ['the court challenge as unmodelled', '8(7)) [C]; that is not modelled'],
    ['a noticed breach as unrecorded', 'A `system` command recording a noticed breach'],
    ['the examination as a future step', 'Surat panggilan, pemeriksaan: a future step'],
    ['the proceedings as nine events', 'The nine events'],
  ];

  it.each(stale)('legal-basis.md: no %s', (_what, text) => {
    expect(DOC).not.toContain(text);
  });

  it.each(stale)('glossary.md: no %s', (_what, text) => {
    expect(GLOSSARY).not.toContain(text);
  });

  it.each([
    ['legal-basis.md', DOC],
    ['glossary.md', GLOSSARY],
  ])('%s: no advice to put a village head on the ADMINISTRATIVE track', (_file, text) => {
    expect(text).not.toMatch(/(suggest|advise|recommend|offer)[^.|]*ADMINISTRATIVE/i);
  });

  it('every tag on the page is one of [C], [S], [R]', () => {
    const tags = DOC.match(/\[[A-Z]\]/g) ?? [];
    expect(new Set(tags)).toEqual(new Set(['[C]', '[S]', '[R]']));
  });
});

describe('the glossary keeps up', () => {
  it(`names the version ${rb.version}`, () => {
    expect(GLOSSARY).toContain(`'${rb.version}'`);
  });

  it.each(
    REGIMES.flatMap((r) => Object.keys(rb.deadlines[r])).filter((s, i, a) => a.indexOf(s) === i),
  )('names the step %s', (step) => {
    expect(GLOSSARY).toContain(`'${step}'`);
  });

  it.each(Object.keys(rb.nonAsnRoutes))('names the respondent kind %s', (kind) => {
    expect(GLOSSARY).toContain(`'${kind}'`);
  });

  it.each(PROCEEDING_STEPS)('names the proceedings step %s', (step) => {
    expect(GLOSSARY).toContain(`'${step}'`);
  });

  it.each(SANCTION_CODES)('names the sanction %s', (code) => {
    expect(GLOSSARY).toContain(`'${code}'`);
  });

  it.each([
    'RecordSupervisorOutcome',
    'SupervisorOutcomeRecorded',
    'BlockPersonnelData',
    'PersonnelDataBlocked',
    'UnblockPersonnelData',
    'PersonnelDataUnblocked',
    'DecideSanction',
    'SanctionDecided',
    'DeliverSanction',
    'SanctionDelivered',
    'FileObjection',
    'ObjectionFiled',
    'DecideObjection',
    'ObjectionDecided',
    'RecordSanctionServed',
    'SanctionServed',
    'RecordRespondentExit',
    'RespondentExited',
    'SummonForExamination',
    'RespondentSummoned',
    'RecordExamination',
    'ExaminationRecorded',
    'ReleaseFromDuty',
    'ReleasedFromDuty',
    'RecordCourtChallenge',
    'CourtChallengeRecorded',
    'RecordBreachNoticed',
    'BreachNoticed',
  ])('names the command or event %s', (name) => {
    expect(GLOSSARY).toContain(`\`${name}\``);
  });

  /**
   * The code a refusal builder gives, called with its own number of arguments: a placeholder
   * for each (`['x']` reads as 'x' in a message and also serves where a list is expected) and
   * a basis last.
   */
  const codeOf = (build: unknown): string => {
    const f = build as (...args: unknown[]) => CaseError;
    const placeholders = Array.from({ length: Math.max(f.length - 1, 0) }, () => ['x']);
    return f(...placeholders, PYBMH_BASIS).code;
  };

  /**
   * Every refusal of the proceedings, and of the examination stage, the village ladder, the
   * court and the noticed lapse, read from the functions that build them.
   */
  const examinationCodes = Object.values(EXAMINATION_ERRORS).map(codeOf);
  const proceedingCodes = [...Object.values(PROCEEDING_ERRORS).map(codeOf), ...examinationCodes];

  it('reads errors-examination.ts: each builder gives a code of its own', () => {
    expect(examinationCodes.length).toBeGreaterThan(0);
    expect(new Set(examinationCodes).size).toBe(examinationCodes.length);
  });

  it.each([...new Set(proceedingCodes)])('explains the refusal %s', (code) => {
    expect(GLOSSARY).toMatch(new RegExp(`^\\| \`${code}\` \\|`, 'm'));
  });
});

import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/*
 * Runs the demo as `pnpm demo` does (the built program under plain node), so the README's
 * first command is tested. Needs `pnpm build` first; the root `pnpm test` builds before testing.
 */
const program = fileURLToPath(new URL('../dist/main.js', import.meta.url));

const demo = (...args: string[]) => {
  const run = spawnSync(process.execPath, [program, ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: run.status, out: `${run.stdout}${run.stderr}` };
};

// Each test spawns the demo once or twice; on a loaded machine two SQLite runs outlast 5 s.
describe('the demo (built program)', { timeout: 30_000 }, () => {
  it('has been built', () => {
    expect(
      existsSync(program),
      'dist/main.js is missing: run `pnpm build` (pnpm test does it)',
    ).toBe(true);
  });

  it('runs a season in memory: every step accepted, chains verify, one case replayed', () => {
    const { status, out } = demo('--memory');
    expect(out).toContain('this run: 82 events appended, 0 steps already recorded earlier');
    expect(out).not.toContain('refused:');
    expect(out).toContain('10 streams, 82 events, all verify');
    expect(out).toContain('neutrality files now at BKN 4');
    expect(out).toContain('non-ASN forwarded to   BUPATI_WALIKOTA 2');
    expect(out).toContain('to Polri investigators within 1x24 h 2');
    expect(out).toContain('sanctions decided      HEAVY 1, MODERATE 1');
    expect(out).toContain('objections decided     REDUCED 1');
    expect(out).toContain('criminal track: HIGH_COURT_VERDICT GUILTY on 2024-11-21');
    expect(out).toContain(
      'keberatan filed 2024-12-02 with PPK, REDUCED on 2024-12-20 to TUNDA_KGB_1T, in force 2024-12-20',
    );
    expect(out).toContain(
      'BKN recommends HEAVY on 2024-11-04 (9953/B-AK.02.02/SD/F/2024), PPK follow-up due 2024-11-14; SIASN data blocked 2024-12-02 [follow-up overdue], lifted 2024-12-10 (PPK_FOLLOWED_UP); sanction TURUN_JABATAN_12B (HEAVY) decided 2024-12-09; delivered 2024-12-12, in force 2024-12-27; served to its end 2025-12-26',
    );
    expect(out).toContain('sanctions served       TURUN_JABATAN_12B 1');
    expect(out).toContain('missed deadlines       PPK follow-up 1, decision 2');
    expect(out).toContain('status announced: FORWARDED on 2024-10-14');
    expect(out).toContain(
      'taken up as a finding: the report of 2024-11-26 was not registered on 2024-12-01',
    );
    expect(out).toContain(
      'status announced: NOT_REGISTERED on 2024-12-01, FORWARDED on 2024-12-05',
    );
    expect(out).toContain('Replay of pilkada24-bekasi-LP-001: 26 events, hash chain verified');
    expect(out).toContain('#13 ForwardedToCompetentAuthority');
    expect(status).toBe(0);
  });

  it('carries respondents past the forward: PPK overdue and SIASN block, objection, sanction served, final verdict', () => {
    const { status, out } = demo('--memory');
    expect(status).toBe(0);
    const lines = out.split('\n').map((l) => l.trim());
    // Kulon Progo's system runs on a configured rulebook (the 10-day follow-up policy), named
    // in the summary and recorded in its events; the other offices keep the default.
    const kulonProgo = lines.indexOf(
      'Kabupaten Kulon Progo (34.01) — Bawaslu Kabupaten Kulon Progo: 3 case(s)',
    );
    expect(kulonProgo).toBeGreaterThan(-1);
    const policy =
      /^rulebook (2024\.2\+custom:[0-9a-f]{12}): PPK follow-up of a supervisor's recommendation due in 10 days /.exec(
        lines[kulonProgo + 1] ?? '',
      );
    expect(policy, 'the office policy is named under Kulon Progo').not.toBeNull();
    const custom = policy?.[1] ?? '';
    // Only Kulon Progo's header and its due list name the custom rulebook; the Bekasi replay
    // shows its events decided under the default.
    expect(out.split(custom)).toHaveLength(3);
    expect(out).toContain('· rulebook 2024.2\n');
    const section = (heading: string) => {
      const start = lines.indexOf(heading);
      expect(start, heading).toBeGreaterThan(-1);
      const end = lines.indexOf('', start);
      return lines.slice(start + 1, end === -1 ? undefined : end);
    };
    expect(section('After the forward (supervisor, PPK, objection, courts)')).toEqual([
      'PPK follow-up          Suharyanto (pilkada24-kulonprogo-TM-001): BKN recommended HEAVY on 2024-11-04; follow-up due 2024-11-14 (office policy), OVERDUE; SIASN data blocked 2024-12-02, lifted 2024-12-10; sanction decided 2024-12-09',
      'PPK follow-up          Drs. Wahyu Hidayat (pilkada24-bekasi-LP-001): BKN recommended MODERATE on 2024-11-15; no follow-up period (the law sets none); sanction decided 2024-11-25',
      'objection decided      Drs. Wahyu Hidayat (pilkada24-bekasi-LP-001): keberatan against TUNDA_PANGKAT_1T decided 2024-12-20: REDUCED to TUNDA_KGB_1T, in force 2024-12-20',
      'sanction served        Suharyanto (pilkada24-kulonprogo-TM-001): TURUN_JABATAN_12B in force 2024-12-27, served to its end 2025-12-26',
      'criminal verdict       H. Mamat Suparman (pilkada24-bekasi-LP-001): high court GUILTY on 2024-11-21, final',
    ]);
    // The due list as BKN found it when it blocked: the PPK's follow-up, and nothing else, overdue.
    const due = section(
      `Due on pilkada24-kulonprogo-TM-001 when BKN blocked SIASN (2024-12-02T10:00:00+07:00), before the block (dutiesDue, rulebook ${custom}):`,
    );
    expect(due).toEqual([
      "PPK_FOLLOW_UP — PPK of pemkab-kp-kec-wates: follow up the supervisor's recommendation with a decision on the sanction [kp-lurah-02] — due 2024-11-14, OVERDUE (basis UU 5/2014 (ASN) Pasal 32 ayat (3), Pasal 33)",
      "the PPK's follow-up period in this rulebook: 10 calendar days from the recommendation (office policy; the law sets none)",
    ]);
  });

  it('prints the next legal steps of one open case for each role (nextSteps)', () => {
    const { status, out } = demo('--memory');
    expect(status).toBe(0);
    const start = out.indexOf('Next steps on pilkada24-bantul-LP-001 as it stood at version 3');
    expect(start, 'the next-steps section is printed').toBeGreaterThan(-1);
    const lines = out
      .slice(start)
      .split('\n')
      .map((l) => l.trim());
    expect(lines[0]).toContain('(REGISTERED), on 2024-08-14T09:00:00+07:00');
    const after = (heading: string) => lines[lines.findIndex((l) => l.startsWith(heading)) + 1];
    // Bawaslu of the region: the study steps are open, with the rules' facts.
    expect(lines).toContain('bawaslu, in scope (bawaslu-bantul-pp-01): 7 of 16 possible now');
    expect(lines).toContain(
      '+ RecordClarification — hearing dated 2024-08-13…2024-08-14; decision due 2024-08-15 (in time today)',
    );
    expect(lines).toContain(
      '+ ExtendForAdditionalInformation — decision due 2024-08-15 (in time today); extended: due 2024-08-17',
    );
    const decide = lines.find((l) => l.startsWith('+ DecideRespondent'));
    expect(decide).toContain('Sri Wahyuni: BAKAL_CALON on 2024-08-10, SKB KE-1 MORAL');
    expect(decide).toContain('KE-3 MORAL');
    expect(decide).not.toContain('D-4');
    expect(lines).toContain(
      '- ForwardToSupervisor — RESPONDENT_NOT_DECIDED: Respondent bantul-guru-01 has not been decided yet.',
    );
    expect(lines.some((l) => l.startsWith('- RegisterCase — ALREADY_REGISTERED'))).toBe(true);
    // Rulebook 2024.2: the status notice of the registration, a hand-over, a deliberation.
    expect(lines).toContain('+ IssueStatusNotice — status notice due 2024-08-14 (in time today)');
    expect(lines).toContain('+ HandOverCase — no office fixed yet');
    expect(lines.some((l) => l.startsWith('- TakeUpAsFinding — NOT_A_LAPSED_REPORT'))).toBe(true);
    // Another region's Bawaslu, a satgas and the auditor get nothing, and nothing about the case.
    for (const heading of [
      'bawaslu, another region (bawaslu-kulonprogo-pp-01): nothing',
      'satgas (satgas-netralitas-dinkes-bantul): nothing',
      'auditor (inspektorat-bantul-01): nothing',
    ]) {
      expect(
        lines.some((l) => l.startsWith(heading)),
        heading,
      ).toBe(true);
      expect(after(heading) ?? '', heading).not.toMatch(/^[+-] /);
    }
    expect(lines).toContain('reporter (pelapor-bantul-001): 1 of 2 possible now');
    expect(lines).toContain('+ WithdrawReport — effect HANDLING_CONTINUES');
    expect(lines).toContain('supervisor (bkn-wasdal-netralitas-01): 0 of 5 possible now');
    expect(lines.some((l) => l.startsWith('- RerouteKasnFile — NOT_FORWARDED_TO_KASN'))).toBe(true);
    expect(lines).toContain('gakkumdu (gakkumdu-34.02): 1 of 3 possible now');
    expect(lines).toContain('+ RecordGakkumduDeliberation — Sri Wahyuni: FIRST');
  });

  it('prints the read models officers act on, and a case as of one date by both clocks', () => {
    const { status, out } = demo('--memory');
    expect(status).toBe(0);
    const lines = out.split('\n').map((l) => l.trim());
    expect(lines).toContain('read models: built by the projection runner from the log (82 events)');
    expect(lines).toContain('Agency workload on 2026-01-05 (waiting · overdue · oldest)');
    // BKN holds two files for a recommendation, none overdue (the law sets it no period).
    expect(lines.find((l) => l.startsWith('SUPERVISOR BKN'))).toMatch(/^SUPERVISOR BKN +2 · +0 · /);
    expect(lines).toContain(
      '197011021996031002 Suharyanto: 1 case(s), stage SERVED, in force: none',
    );
    expect(lines).toContain(
      'pilkada24-kulonprogo-TM-001: SERVED, BKN PROVEN HEAVY, sanction TURUN_JABATAN_12B decided 2024-12-09',
    );
    expect(lines).toContain('Weekly monitoring, region 34.02, week 2024-W33 (from 2024-08-12)');
    expect(lines).toContain('new         1 (ethics 1, discipline 0, unclassified 0)');
    expect(lines).toContain(
      'Funnel, Pilkada 2024 (ASN): reported 10 → proven 4 → recommended 2 → sanctioned 2',
    );
    // Legal time and recorded time disagree: by law the sanction was decided on 2024-12-09;
    // the system learned of every step only when this run entered the paper history.
    expect(lines).toContain(
      '2024-12-10T23:59:59+07:00, legal time        12 events: FORWARDED; Suharyanto: sanction TURUN_JABATAN_12B decided 2024-12-09',
    );
    expect(lines).toContain('2024-12-10T23:59:59+07:00, what was recorded 0 events: no case yet');
    expect(lines).toContain(
      'what was recorded  10 events: FORWARDED; Suharyanto: SIASN blocked 2024-12-02',
    );
    expect(lines).toContain(
      'legal time         14 events: FORWARDED; Suharyanto: served 2025-12-26',
    );
  });

  it('keeps its history in a SQLite file and continues it on a second run without duplicating', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'netra-demo-')), 'season.db');
    const first = demo('--db', file);
    expect(first.status).toBe(0);
    expect(first.out).toContain(`store: SQLite file ${file}`);
    expect(first.out).toContain('82 events appended');
    // In the file, the read models are inline: written in each append's transaction.
    expect(first.out).toContain(
      "read models: inline: updated in each append's transaction, stored in the same file",
    );
    expect(first.out).toContain(
      'Funnel, Pilkada 2024 (ASN): reported 10 → proven 4 → recommended 2 → sanctioned 2',
    );
    const second = demo('--db', file);
    expect(second.status).toBe(0);
    expect(second.out).toContain('this run: 0 events appended, 82 steps already recorded earlier');
    expect(second.out).toContain('10 streams, 82 events, all verify');
    expect(second.out).toContain('served to its end 2025-12-26');
    // Loaded from the file, the read models read the same.
    expect(second.out).toContain(
      'Funnel, Pilkada 2024 (ASN): reported 10 → proven 4 → recommended 2 → sanctioned 2',
    );
  });

  it('continues a store the 2024.1 demo wrote: old steps stand, the 2024.2 additions that no longer fit are refused with their reason', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'netra-demo-')), 'season-2024.1.db');
    copyFileSync(
      fileURLToPath(
        new URL('../../../packages/store-sqlite/test/fixtures/season-2024.1.db', import.meta.url),
      ),
      file,
    );
    const { status, out } = demo('--db', file);
    // The demo exits 1 when a step is refused, as here on purpose.
    expect(status).toBe(1);
    // Every step of the 2024.1 script keeps its command id, so all 46 are found, none re-sent
    // under another id; the new case and the steps that still fit are appended.
    expect(out).toContain('this run: 31 events appended, 46 steps already recorded earlier');
    expect(out).toContain('10 streams, 77 events, all verify');
    // Kulon Progo's 2024.2 steps run on the office policy: the follow-up overdue, then served.
    expect(out).toContain('follow-up due 2024-11-14 (office policy), OVERDUE');
    expect(out).toContain('TURUN_JABATAN_12B in force 2024-12-27, served to its end 2025-12-26');
    // The inline read models took in the 2024.1 history (written before they existed) too.
    expect(out).toMatch(/read models: inline: .* \(position 77\)/);
    const refused = out.split('\n').filter((l) => l.trim().startsWith('refused:'));
    expect(refused.map((l) => l.trim().split(' ')[1])).toEqual([
      'pilkada24-banjar-LP-001/2024.2/completion-notice',
      'pilkada24-banjar-LP-001/2024.2/status-registered',
      'pilkada24-bekasi-LP-001/2024.2/deliberation-kabid',
      'pilkada24-bekasi-LP-001/2024.2/deliberation-kades',
      'pilkada24-bekasi-LP-001/2024.2/forward-kades-to-regent',
    ]);
    // A decision recorded under 2024.1 stands: the village head was decided on CRIMINAL alone.
    expect(refused.at(-1)).toContain('was not decided as a violation on the OTHER_LAW track');
  });

  it('refuses a file that is not a netra database, naming it, and leaves it alone', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'netra-demo-')), 'notes.db');
    writeFileSync(file, 'rapat mingguan dengan KPU, Bawaslu dan Forkopimda\n');
    const { status, out } = demo('--db', file);
    expect(status).toBe(1);
    expect(out).toContain(file);
    expect(out).toMatch(/not a netra database|not a SQLite database/i);
  });
});

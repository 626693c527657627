/**
 * The officer's summary: per region, each case with its status and what happened to each
 * respondent; what happened after the forward (the PPK's follow-up, objections, sanctions
 * served, criminal verdicts); then the season's totals, including every deadline that was missed.
 */
import {
  type CaseState,
  compareDates,
  type OpenCaseState,
  type RespondentState,
} from '@netra/core';
import type { Office } from './offices.js';
import type { CaseScript } from './script.js';

const ORIGIN: Record<OpenCaseState['origin'], string> = {
  REPORT: 'laporan',
  FINDING: 'temuan',
  INTERNAL: 'internal',
};

const STATUS: Record<OpenCaseState['status'], string> = {
  RECEIVED: 'received, awaiting kajian awal',
  FINDING_RECORDED: 'finding set, awaiting registration',
  AWAITING_COMPLETION: 'awaiting completion of requirements',
  READY_TO_REGISTER: 'ready to register',
  NOT_REGISTRABLE: 'not registrable',
  REGISTERED: 'registered, under study',
  DECIDED: 'decided, handover pending',
  FORWARDED: 'decided and handed over',
  NOT_REGISTERED: 'not registered',
  WITHDRAWN: 'withdrawn before registration',
  WITH_EMPLOYER: 'with the employer (PP 94/2021)',
  CLOSED: 'closed',
};

export const describeRespondent = (r: RespondentState): string => {
  const who = `${r.respondent.name} (${r.respondent.kind})`;
  const outcome = r.decision?.outcome;
  if (!outcome) return `${who}: not decided`;
  const late = r.decision?.withinDeadline ? '' : ' [decided late]';
  if (outcome.outcome !== 'VIOLATION')
    return `${who}: ${outcome.outcome === 'STOPPED' ? 'stopped' : 'not a violation'} — ${outcome.reason}${late}`;
  const parts = [
    `violation ${outcome.skbCode ?? '(no SKB code)'} on ${outcome.tracks.join(' + ')}${late}`,
  ];
  if (r.forwarding)
    parts.push(`forwarded to ${r.forwarding.supervisor} on ${r.forwarding.forwardedOn}`);
  if (r.reroute)
    parts.push(`rerouted to ${r.reroute.to} (SE MenPAN-RB 4/2024) on ${r.reroute.reroutedOn}`);
  const p = r.proceeding;
  const followUpDue = p.supervisorOutcome?.followUpDue ?? null;
  if (p.supervisorOutcome) {
    const o = p.supervisorOutcome;
    parts.push(
      o.result.outcome === 'PROVEN'
        ? `${o.supervisor} recommends ${o.result.level} on ${o.recordedOn} (${o.result.letterNumber})${followUpDue === null ? '' : `, PPK follow-up due ${followUpDue}`}`
        : `${o.supervisor}: ${o.result.outcome} on ${o.recordedOn}`,
    );
  }
  for (const b of p.blocks)
    parts.push(
      `SIASN data blocked ${b.blockedOn}${followUpDue !== null && compareDates(b.blockedOn, followUpDue) > 0 ? ' [follow-up overdue]' : ''}${b.unblockedOn ? `, lifted ${b.unblockedOn} (${b.unblockReason})` : ''}`,
    );
  if (p.sanction)
    parts.push(
      `sanction ${p.sanction.code} (${p.sanction.level}) decided ${p.sanction.decidedOn}${p.sanction.lighterThanRecommended ? ' [lighter than recommended]' : ''}`,
    );
  if (p.delivery)
    parts.push(
      `delivered ${p.delivery.deliveredOn}${p.delivery.withinDeadline ? '' : ' [late]'}${p.objection === null ? `, in force ${p.delivery.inForceOn}` : ''}`,
    );
  if (p.objection) {
    const d = p.objection.decision;
    parts.push(
      `${p.objection.kind.toLowerCase()} filed ${p.objection.filedOn} with ${p.objection.filedWith}${d === null ? '' : `, ${d.outcome} on ${d.decidedOn}${p.effective?.code ? ` to ${p.effective.code}, in force ${p.effective.inForceOn}` : ''}`}`,
    );
  }
  if (p.servedOn) parts.push(`served to its end ${p.servedOn}`);
  if (p.exit) parts.push(`left the service (${p.exit.reason}) ${p.exit.exitedOn}`);
  if (r.otherLawForward)
    parts.push(
      `forwarded to ${r.otherLawForward.addressee} (${r.otherLawForward.authority}) on ${r.otherLawForward.forwardedOn}`,
    );
  if (r.gakkumdu)
    parts.push(
      `forwarded to Polri investigators on ${r.gakkumdu.referredOn}${r.gakkumdu.withinDeadline ? '' : ' [late]'}`,
    );
  const lastCriminal = r.criminal.at(-1);
  if (lastCriminal)
    parts.push(
      `criminal track: ${lastCriminal.step}${lastCriminal.verdict ? ` ${lastCriminal.verdict}` : ''} on ${lastCriminal.on}`,
    );
  return `${who}: ${parts.join('; ')}`;
};

/** True when an office policy set the PPK a follow-up period and the sanction came after it. */
const followUpMissed = (r: RespondentState): boolean => {
  const due = r.proceeding.supervisorOutcome?.followUpDue ?? null;
  const decided = r.proceeding.sanction?.decidedOn ?? null;
  return due !== null && decided !== null && compareDates(decided, due) > 0;
};

/**
 * What happened to a respondent after Bawaslu's forward, one line per kind an officer follows
 * (issue 15): the PPK's follow-up of the recommendation (and the SIASN block when it was not
 * followed up), an objection's decision, a sanction served to its end, a criminal verdict.
 */
export const afterTheForward = (r: RespondentState): [label: string, line: string][] => {
  const lines: [string, string][] = [];
  const p = r.proceeding;
  const o = p.supervisorOutcome;
  if (o?.result.outcome === 'PROVEN') {
    const due = o.followUpDue;
    const decided = p.sanction?.decidedOn ?? null;
    const period =
      due === null
        ? 'no follow-up period (the law sets none)'
        : `follow-up due ${due} (office policy), ${decided === null ? 'not followed up yet' : followUpMissed(r) ? 'OVERDUE' : 'met'}`;
    const blocks = p.blocks.map(
      (b) =>
        `SIASN data blocked ${b.blockedOn}${b.unblockedOn === null ? ', still blocked' : `, lifted ${b.unblockedOn}`}`,
    );
    lines.push([
      'PPK follow-up',
      [
        `${o.supervisor} recommended ${o.result.level} on ${o.recordedOn}`,
        period,
        ...blocks,
        decided === null ? 'no sanction decided yet' : `sanction decided ${decided}`,
      ].join('; '),
    ]);
  }
  const objection = p.objection;
  if (objection?.decision && p.sanction) {
    const d = objection.decision;
    const result =
      p.effective?.code === null || p.effective === null
        ? ''
        : ` to ${p.effective.code}${p.effective.inForceOn === null ? '' : `, in force ${p.effective.inForceOn}`}`;
    lines.push([
      'objection decided',
      `${objection.kind.toLowerCase()} against ${p.sanction.code} decided ${d.decidedOn}: ${d.outcome}${d.outcome === 'UPHELD' || d.outcome === 'ANNULLED' ? '' : result}`,
    ]);
  }
  if (p.servedOn !== null && p.effective?.code) {
    lines.push([
      'sanction served',
      `${p.effective.code} in force ${p.effective.inForceOn}, served to its end ${p.servedOn}`,
    ]);
  }
  const verdict = r.criminal.findLast((c) => c.verdict !== undefined);
  if (verdict) {
    const final = verdict.step === 'HIGH_COURT_VERDICT';
    lines.push([
      'criminal verdict',
      `${final ? 'high court' : 'district court'} ${verdict.verdict} on ${verdict.on}${final ? ', final' : ''}`,
    ]);
  }
  return lines;
};

const isOpen = (state: CaseState | undefined): state is OpenCaseState =>
  state !== undefined && state.status !== 'NONE';

export const printSummary = (
  offices: readonly Office[],
  scripts: readonly CaseScript[],
  states: ReadonlyMap<string, CaseState>,
): void => {
  const counts = new Map<string, number>();
  const after: [string, string][] = [];
  const bump = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const office of offices) {
    const cases = scripts.filter((s) => s.office === office);
    console.log(
      `\n${office.region.name} (${office.region.code}) — Bawaslu ${office.region.name}: ${cases.length} case(s)`,
    );
    if (office.policy)
      console.log(`  rulebook ${office.policy.rulebook.version}: ${office.policy.description}`);
    for (const script of cases) {
      const state = states.get(script.caseId);
      if (!isOpen(state)) {
        console.log(`  ${script.caseId}: not in the store`);
        continue;
      }
      bump(`origin:${ORIGIN[state.origin]}`);
      bump(`status:${STATUS[state.status]}`);
      const registration = state.registration ? `, reg. ${state.registration.number}` : '';
      console.log(
        `  ${script.caseId} [${ORIGIN[state.origin]}, opened ${state.openedOn}${registration}]`,
      );
      console.log(`    ${script.title}`);
      console.log(
        `    status: ${STATUS[state.status]}${state.deadlines.decisionDue ? `; decision due ${state.deadlines.decisionDue}${state.extended ? ' (extended)' : ''}` : ''}`,
      );
      if (state.takenUpFrom)
        console.log(
          `    taken up as a finding: the report of ${state.takenUpFrom.receivedOn} was not registered on ${state.takenUpFrom.declinedOn}`,
        );
      if (state.statusNotices.length > 0)
        console.log(
          `    status announced: ${state.statusNotices.map((n) => `${n.status} on ${n.issuedOn}${n.withinDeadline ? '' : ' [late]'}`).join(', ')}`,
        );
      if (state.review && !state.review.withinDeadline) bump('late:kajian awal');
      if (state.completionNotice && !state.completionNotice.withinDeadline)
        bump('late:completion notice');
      for (const n of state.statusNotices) if (!n.withinDeadline) bump('late:status notice');
      for (const r of Object.values(state.respondents)) {
        console.log(`    - ${describeRespondent(r)}`);
        const outcome = r.decision?.outcome.outcome;
        if (outcome) bump(`decision:${outcome}`);
        if (r.decision && !r.decision.withinDeadline) bump('late:decision');
        if (r.forwarding) bump(`forwarded:${r.reroute?.to ?? r.forwarding.supervisor}`);
        if (r.otherLawForward) bump(`authority:${r.otherLawForward.authority}`);
        if (r.proceeding.sanction) bump(`sanction:${r.proceeding.sanction.level}`);
        if (r.proceeding.blocks.length > 0) bump('siasn:blocked');
        const objection = r.proceeding.objection;
        if (objection?.decision) bump(`objection:${objection.decision.outcome}`);
        if (r.gakkumdu) bump(`gakkumdu:${r.gakkumdu.withinDeadline ? 'within 1x24 h' : 'late'}`);
        if (r.proceeding.servedOn) bump(`served:${r.proceeding.effective?.code ?? 'sanction'}`);
        if (followUpMissed(r)) bump('late:PPK follow-up');
        if (r.proceeding.delivery && !r.proceeding.delivery.withinDeadline)
          bump('late:sanction delivery');
        if (objection?.decision && !objection.decision.withinDeadline)
          bump('late:objection decision');
        for (const c of r.criminal) if (c.withinDeadline === false) bump('late:criminal step');
        for (const [label, text] of afterTheForward(r))
          after.push([label, `${r.respondent.name} (${script.caseId}): ${text}`]);
      }
    }
  }
  const line = (label: string, keys: readonly string[]): void => {
    const parts = keys
      .filter((k) => counts.has(k))
      .map((k) => `${k.split(':')[1]} ${counts.get(k)}`);
    console.log(`  ${label.padEnd(22)} ${parts.length ? parts.join(', ') : 'none'}`);
  };
  const keysWith = (prefix: string): string[] =>
    [...counts.keys()].filter((k) => k.startsWith(prefix)).sort();
  console.log('\nAfter the forward (supervisor, PPK, objection, courts)');
  const order = ['PPK follow-up', 'objection decided', 'sanction served', 'criminal verdict'];
  for (const label of order) {
    const found = after.filter(([l]) => l === label);
    if (found.length === 0) console.log(`  ${label.padEnd(22)} none`);
    for (const [, text] of found) console.log(`  ${label.padEnd(22)} ${text}`);
  }
  console.log('\nSeason totals');
  line('cases by origin', keysWith('origin:'));
  line('cases by status', keysWith('status:'));
  line('decisions', keysWith('decision:'));
  line('neutrality files now at', keysWith('forwarded:'));
  line('non-ASN forwarded to', keysWith('authority:'));
  line('sanctions decided', keysWith('sanction:'));
  line('sanctions served', keysWith('served:'));
  line('SIASN blocks', keysWith('siasn:'));
  line('objections decided', keysWith('objection:'));
  line('to Polri investigators', keysWith('gakkumdu:'));
  line('missed deadlines', keysWith('late:'));
};

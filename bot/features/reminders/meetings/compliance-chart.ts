import { type ChartOption, complianceChart } from '../../../charts';
import type { Period } from '../../../time';
import type { BranchRow } from '../tables';
import type { ComplianceItem } from './planning';
import { MEETING_TYPES } from './types';

/**
 * The compliance view as the console's chart draws it, one bar per meeting type instead of per branch:
 * how many of its periods (months of a quarter, quarters of a year) were held, missed or are still to come.
 */
export function complianceChartOf(branch: BranchRow, view: Period, items: ComplianceItem[]): ChartOption {
  const rows = MEETING_TYPES.map((t) => {
    const own = items.filter((i) => i.type === t.type);
    const tally = (status: ComplianceItem['status']) => own.filter((i) => i.status === status).length;
    return { branch: t.full, held: tally('held'), missing: tally('missing'), upcoming: tally('upcoming') };
  }).filter((r) => r.held + r.missing + r.upcoming > 0);
  return complianceChart(rows, `${branch.name} ${view.label}`, MEETING_TYPES.length);
}

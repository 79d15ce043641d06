/**
 * Why clients left (METHODS.md section 2, "Churn reasons"; seed 003).
 *
 * When the sheet has a churn-reason column: the lost clients (clients with a sale before the last
 * period and none in it) grouped by the reason written on their rows (the reason on the client's
 * latest dated row that has one; rows without a date count after dated ones, in sheet order), with
 * each reason's share of the lost clients that give a reason. Spellings of one reason are folded
 * like client names ("Service", "service ") and shown as first written. Lost clients whose rows name no
 * reason are counted apart. Beside them the summary shows the article's reference shares:
 * 3 % leave for no visible reason, 5 % drift to other suppliers, 10 % competitive reasons (price,
 * service, guarantees, reliability, product), 14 % product quality or missed deliveries, 68 %
 * indifferent or poor treatment by staff and management.
 */
import type { SalesTable } from '../table/salesTable';
import type { MessageKey } from '../i18n/translate';
import { clientKey } from '../table/clientKey';

/** The article's reference shares (seed 003), labelled by message key. */
export const CHURN_REASON_REFERENCE: readonly { readonly key: MessageKey; readonly share: number }[] = [
  { key: 'history.churnReason.noVisibleReason', share: 0.03 },
  { key: 'history.churnReason.driftToOthers', share: 0.05 },
  { key: 'history.churnReason.competitive', share: 0.10 },
  { key: 'history.churnReason.qualityOrDelivery', share: 0.14 },
  { key: 'history.churnReason.staffAttitude', share: 0.68 },
];

export interface ChurnReasonBreakdown {
  /** Reasons as written, most clients first (then by text). */
  readonly reasons: { reason: string; clients: number; share: number }[];
  readonly lostClients: number;
  readonly withoutReason: number;
}

/**
 * The breakdown for the clients flagged in `lost` (one flag per client of the table).
 * Null when the table has no churn-reason column.
 */
export function churnReasonBreakdown(table: SalesTable, lost: ArrayLike<boolean>): ChurnReasonBreakdown | null {
  const column = table.churnReason;
  if (!column) return null;
  const clientCount = table.clients.length;
  const reasonCode = new Int32Array(clientCount).fill(-1);
  const reasonDay = new Float64Array(clientCount).fill(-Infinity);
  for (let row = 0; row < table.rowCount; row++) {
    const code = column.codes[row];
    if (code < 0) continue;
    const c = table.client[row];
    // Undated rows rank after dated ones; among equals the later sheet row wins.
    const day = Number.isNaN(table.day[row]) ? Infinity : table.day[row];
    if (day >= reasonDay[c]) { reasonDay[c] = day; reasonCode[c] = code; }
  }
  // Spellings that fold to one key are one reason, shown as first written.
  const keyOf = column.labels.map((label) => clientKey(label));
  const shownAs = new Map<string, string>();
  keyOf.forEach((key, code) => { if (!shownAs.has(key)) shownAs.set(key, column.labels[code]); });
  const counts = new Map<string, number>();
  let lostClients = 0;
  let withoutReason = 0;
  for (let c = 0; c < clientCount; c++) {
    if (!lost[c]) continue;
    lostClients++;
    if (reasonCode[c] < 0) { withoutReason++; continue; }
    const key = keyOf[reasonCode[c]];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const stated = lostClients - withoutReason;
  const reasons = [...counts]
    .map(([key, clients]) => ({ reason: shownAs.get(key) ?? key, clients, share: clients / stated }))
    .sort((a, b) => b.clients - a.clients || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
  return { reasons, lostClients, withoutReason };
}

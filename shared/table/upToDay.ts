/**
 * The sales table as of a day (METHODS.md section 2: "an as-of date ends the analysis"): the rows
 * dated after it are left out of every figure. The one cut used by the pipeline and by the history
 * (which the spreadsheet functions also call on their own).
 *
 * - `rowsUpToDay` keeps the rows dated on or before `asOf` and the undated rows, every column cut
 *   alike; the client list is kept as it is, so per-client results stay aligned with the caller's
 *   `table.clients` (a client may be left with no rows).
 * - `clientsWithRows` renumbers the clients so that a client with no row left does not appear
 *   (what the client table wants: a client who first bought after the as-of day is not a client
 *   yet). Clients keep their relative order.
 *
 * Example: rows dated 2022-01-10, 2023-02-01, 2024-03-01 cut at 2022-12-31 → one row left.
 */
import type { CategoryColumn, DayNumber, SalesTable } from './salesTable';

/** The rows dated on or before `asOf` (and undated rows); clients kept. Same table when nothing is cut. */
export function rowsUpToDay(table: SalesTable, asOf: DayNumber | null): { table: SalesTable; rowsAfter: number } {
  if (asOf === null || !table.hasDates) return { table, rowsAfter: 0 };
  const keep = new Uint8Array(table.rowCount);
  const { day } = table;
  for (let row = 0; row < table.rowCount; row++) if (!(day[row] > asOf)) keep[row] = 1;
  const cut = rowsWhere(table, keep);
  return { table: cut, rowsAfter: table.rowCount - cut.rowCount };
}

/** The rows whose `keep` flag is set, every column cut alike; clients kept. Same table when all are kept. */
export function rowsWhere(table: SalesTable, keep: Uint8Array): SalesTable {
  let kept = 0;
  for (let row = 0; row < table.rowCount; row++) if (keep[row]) kept++;
  if (kept === table.rowCount) return table;
  const numbers = (column: Float64Array | undefined) => column && filterColumn(column, keep, new Float64Array(kept));
  const category = (column: CategoryColumn | undefined) =>
    column && { codes: filterColumn(column.codes, keep, new Int32Array(kept)), labels: column.labels };
  const cut: SalesTable = {
    rowCount: kept,
    sheetRow: filterColumn(table.sheetRow, keep, new Int32Array(kept)),
    client: filterColumn(table.client, keep, new Int32Array(kept)),
    clients: table.clients,
    amount: numbers(table.amount)!,
    day: numbers(table.day)!,
    hasDates: table.hasDates,
    orderId: category(table.orderId),
    product: category(table.product),
    margin: numbers(table.margin),
    dueDay: numbers(table.dueDay),
    paidDay: numbers(table.paidDay),
    plan: numbers(table.plan),
    manager: category(table.manager),
    region: category(table.region),
    channel: category(table.channel),
    churnReason: category(table.churnReason),
    kamStage: category(table.kamStage),
    paymentCoefficient: numbers(table.paymentCoefficient),
  };
  return cut;
}

/** The table with only the clients that have a row, renumbered in their old order. Same table when all have one. */
export function clientsWithRows(table: SalesTable): SalesTable {
  const clientCount = table.clients.length;
  const hasRow = new Uint8Array(clientCount);
  for (let row = 0; row < table.rowCount; row++) hasRow[table.client[row]] = 1;
  const newIndex = new Int32Array(clientCount).fill(-1);
  const clients: SalesTable['clients'][number][] = [];
  for (let c = 0; c < clientCount; c++) {
    if (hasRow[c]) { newIndex[c] = clients.length; clients.push(table.clients[c]); }
  }
  if (clients.length === clientCount) return table;
  const client = new Int32Array(table.rowCount);
  for (let row = 0; row < table.rowCount; row++) client[row] = newIndex[table.client[row]];
  return { ...table, client, clients };
}

function filterColumn<T extends Float64Array | Int32Array>(column: T, keep: Uint8Array, into: T): T {
  let next = 0;
  for (let row = 0; row < keep.length; row++) if (keep[row]) into[next++] = column[row];
  return into;
}

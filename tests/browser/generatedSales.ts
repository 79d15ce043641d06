/**
 * A generated sales sheet for the end-to-end runs: `clients` clients with 1 to 8 orders each over
 * two years (a fixed pseudo-random sequence, so every run is the same). With 3,000 clients the
 * Clients output is 3,001 rows × 39 columns: past a new Google sheet's 1000 × 26 grid, and tens of
 * Excel row blocks. Every amount is drawn the same way for every client, so the spend model ends at
 * its one-mean-for-all limit (clvCommonSpend) and expected spend and CLV are columns too.
 */
export function generatedSales(clients: number): (string | number)[][] {
  const rows: (string | number)[][] = [['Client', 'Date', 'Amount']];
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let client = 0; client < clients; client++) {
    const orders = 1 + Math.floor(random() * 8);
    for (let order = 0; order < orders; order++) {
      const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(random() * 700) * 86_400_000);
      rows.push([`Client ${client}`, day.toISOString().slice(0, 10), Math.round(random() * 100_000) / 100]);
    }
  }
  return rows;
}

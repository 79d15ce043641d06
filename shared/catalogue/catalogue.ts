/**
 * The function catalogue: every spreadsheet function of Client Value, as data. Both hosts'
 * registrations, Excel's functions.json and localised metadata, the Apps Script stubs and the
 * documentation are generated from this list (HyperFormula keeps its functions the same way).
 */
import { ABC_CLASS } from './functions/abcClass';
import { CLASS_HISTORY } from './functions/classHistory';
import { CLIENT_TABLE } from './functions/clientTable';
import { CLIENT_VALUE } from './functions/clientValue';
import { CONCENTRATION } from './functions/concentration';
import { CLV, P_ALIVE } from './functions/lifetimeValue';
import { PARETO_SHARE } from './functions/paretoShare';
import { PLAN_FACT } from './functions/planFact';
import { CHURN_RATE, RETENTION_RATE } from './functions/retention';
import { RFM_SCORE, RFM_SEGMENT } from './functions/rfm';
import { XYZ_CLASS } from './functions/xyzClass';
import type { CatalogueFunction } from './types';

export const CATALOGUE: readonly CatalogueFunction[] = [
  CLIENT_VALUE,
  ABC_CLASS,
  XYZ_CLASS,
  PARETO_SHARE,
  CLIENT_TABLE,
  CONCENTRATION,
  PLAN_FACT,
  RETENTION_RATE,
  CHURN_RATE,
  CLASS_HISTORY,
  RFM_SCORE,
  RFM_SEGMENT,
  P_ALIVE,
  CLV,
];

/** The catalogue entry for a spreadsheet name (case-insensitive), or undefined. */
export function findFunction(name: string): CatalogueFunction | undefined {
  const upper = name.toUpperCase();
  return CATALOGUE.find((entry) => entry.name === upper);
}

import { customFrameworkIdProblem } from '../../frameworks/custom-framework-rules';
import type { FrameworkRow } from '../backup-schema';
import { checkTimes, type RowProblem, type TableCheck } from './table-check';

/**
 * The same rules as importing a pack from the Frameworks section: the pack passed the same schema
 * already, its id may not be a shipped framework's, and the row is stored under the pack's own id
 * (a row under another id would show a pack that Remove cannot find).
 */
export const checkFrameworks: TableCheck<FrameworkRow> = (rows, ctx) => {
  const problems: RowProblem[] = [];
  rows.forEach((row, i) => {
    const taken = customFrameworkIdProblem(row.pack.id, ctx.builtinFrameworkIds);
    if (taken) problems.push({ path: [i, 'pack', 'id'], message: taken });
    if (row.id !== row.pack.id) {
      problems.push({
        path: [i, 'id'],
        message: `is "${row.id}", but the pack inside is "${row.pack.id}"; a framework is stored under its pack's own id`,
      });
    }
    checkTimes(problems, i, [[['importedAt'], row.importedAt, 'record']], ctx.now);
  });
  return { problems, rows, repairs: [] };
};

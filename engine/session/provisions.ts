import type Database from 'better-sqlite3';
import type { z } from 'zod';
import { conditionIds, type ConditionId } from '../../shared/conditions';
import { raise } from '../../shared/contract/errors';
import type { Provision, ProvisionInputSchema } from '../../shared/session/session-types';

interface ProvisionRow {
  id: number;
  area: string;
  name: string;
  organiser: string;
  collective: 0 | 1;
  preventive: 0 | 1;
  conditions: string;
  reach: string;
}

type ProvisionInput = z.output<typeof ProvisionInputSchema>;

function provisionFromRow(row: ProvisionRow): Provision {
  return {
    id: row.id,
    area: row.area,
    name: row.name,
    organiser: row.organiser,
    collective: row.collective === 1,
    preventive: row.preventive === 1,
    conditions: JSON.parse(row.conditions) as ConditionId[],
    reach: row.reach,
  };
}

/** The sociale basis of one area, or of every area, in the order entered. */
export function listProvisions(db: Database.Database, area?: string): Provision[] {
  const rows = (
    area === undefined
      ? db.prepare('SELECT * FROM provision ORDER BY area, id').all()
      : db.prepare('SELECT * FROM provision WHERE area = ? ORDER BY id').all(area)
  ) as ProvisionRow[];
  return rows.map(provisionFromRow);
}

/** A provision's conditions once each, in the conditions' fixed order. */
function orderedConditions(conditions: readonly ConditionId[]): ConditionId[] {
  return conditionIds.filter((id) => conditions.includes(id));
}

/** Adds a provision, or with `id` changes it; answers the provision's id. */
export function saveProvision(db: Database.Database, input: ProvisionInput): number {
  const values = [
    input.area,
    input.name,
    input.organiser,
    input.collective ? 1 : 0,
    input.preventive ? 1 : 0,
    JSON.stringify(orderedConditions(input.conditions)),
    input.reach,
  ];
  if (input.id === undefined)
    return Number(
      db
        .prepare(
          `INSERT INTO provision (area, name, organiser, collective, preventive, conditions, reach)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(...values).lastInsertRowid,
    );
  const changed = db
    .prepare(
      `UPDATE provision SET area = ?, name = ?, organiser = ?, collective = ?, preventive = ?, conditions = ?, reach = ?
       WHERE id = ?`,
    )
    .run(...values, input.id).changes;
  if (changed === 0) raise('provision_not_found', { id: input.id });
  return input.id;
}

/** Removes a provision; answers its area. */
export function removeProvision(db: Database.Database, id: number): string {
  const row = db.prepare('SELECT area FROM provision WHERE id = ?').get(id) as { area: string } | undefined;
  if (!row) raise('provision_not_found', { id });
  db.prepare('DELETE FROM provision WHERE id = ?').run(id);
  return row.area;
}

/** Per condition, how many of the area's provisions serve it (a provision serving two counts for both). */
export function provisionCounts(db: Database.Database, area: string): Record<ConditionId, number> {
  const counts = Object.fromEntries(conditionIds.map((id) => [id, 0])) as Record<ConditionId, number>;
  for (const provision of listProvisions(db, area)) for (const id of provision.conditions) counts[id] += 1;
  return counts;
}

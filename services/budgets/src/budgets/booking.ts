import { ConflictError, type SqlEntityManager } from "@kinderschutz/subgraph-kit";
import { toDays, type HalfDays } from "./days.js";

type Account = { table: "consultation_budget" | "cooperation_pool"; id: string; label: string };

/**
 * Books (positive) or releases (negative) half days on a contingent or the pool, in the caller's transaction.
 * The check and the change are one UPDATE: the database serialises concurrent bookings of the same row, and a
 * booking that would overdraw it changes nothing and fails with the days that remain.
 */
export async function book(em: SqlEntityManager, account: Account, halfDays: HalfDays): Promise<void> {
  if (halfDays === 0) return;
  if (halfDays < 0) {
    await em.execute(
      `update ${account.table} set booked_half_days = booked_half_days + ? where id = ?`,
      [halfDays, account.id],
      "run",
    );
    return;
  }
  const result = (await em.execute(
    `update ${account.table} set booked_half_days = booked_half_days + ? where id = ? and allocated_half_days - booked_half_days >= ?`,
    [halfDays, account.id, halfDays],
    "run",
  )) as { affectedRows?: number; rowCount?: number };
  if ((result.affectedRows ?? result.rowCount ?? 0) === 1) return;
  const [row] = (await em.execute(
    `select allocated_half_days - booked_half_days as remaining from ${account.table} where id = ?`,
    [account.id],
  )) as { remaining: number }[];
  const remaining = toDays(Number(row?.remaining ?? 0));
  throw new ConflictError(
    `Not enough days left in ${account.label}: ${toDays(halfDays)} needed, ${remaining} remain.`,
    "NOT_ENOUGH_DAYS",
    { remainingDays: remaining },
  );
}

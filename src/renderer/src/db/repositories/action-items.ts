import type { ActionItem } from '@shared/domain'
import type { RepoContext } from '../context'

export function createActionItemsRepository(ctx: RepoContext) {
  const { db } = ctx
  return {
    /** Earliest deadline first through the deadline index; undated items come last. */
    async listByDeadline(limit = 500): Promise<ActionItem[]> {
      const dated = await db.actionItems.orderBy('deadline').limit(limit).toArray()
      if (dated.length >= limit) return dated
      const undated = await db.actionItems
        .filter((item) => item.deadline === null)
        .limit(limit - dated.length)
        .toArray()
      return [...dated, ...undated]
    },
    async count(): Promise<number> {
      return db.actionItems.count()
    },
  }
}

export type ActionItemsRepository = ReturnType<typeof createActionItemsRepository>

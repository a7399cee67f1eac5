import { buildSearchKeys, sortOrder } from '@shared/follow-up/dashboard'
import { deriveInPlace } from '@shared/follow-up/rows'
import { MufakatDatabase } from './database'
import {
  readDashboardRows,
  type DashboardWorkerReply,
  type DashboardWorkerRequest,
} from './repositories/action-items'

// Loads the dashboard's rows off the UI thread: the same database, opened by name, read once.
// The rows go back with the deadline order (the default sort) as soon as they are read, so the
// list is whole and filterable while the other sort orders and the search keys are computed.
const scope = self as unknown as Worker

function reply(message: DashboardWorkerReply, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer)
}

scope.onmessage = async (event: MessageEvent<DashboardWorkerRequest>) => {
  const db = new MufakatDatabase(event.data.dbName)
  try {
    const rows = deriveInPlace(await readDashboardRows(db), event.data.today)
    const deadline = sortOrder(rows, 'deadline')
    reply({ ok: true, phase: 'rows', rows, deadline }, [deadline.buffer])
    const orders = { unit: sortOrder(rows, 'unit'), forum: sortOrder(rows, 'forum') }
    reply({ ok: true, phase: 'keys', orders, searchKeys: buildSearchKeys(rows) }, [
      orders.unit.buffer,
      orders.forum.buffer,
    ])
  } catch (error) {
    reply({ ok: false, message: error instanceof Error ? error.message : String(error) })
  } finally {
    db.close()
  }
}

import { buildSearchKeys, sortOrder } from '@shared/follow-up/dashboard'
import { columnBuffers, DashboardTable } from '@shared/follow-up/table'
import { MufakatDatabase } from './database'
import {
  readDashboardColumns,
  type DashboardWorkerReply,
  type DashboardWorkerRequest,
} from './repositories/action-items'

// Loads the dashboard's rows off the UI thread: the same database, opened by name, read once.
// The rows go back as columns with the deadline order (the default sort) as soon as they are read,
// their typed arrays transferred, not copied; the list is whole and filterable while the other
// sort orders and the search keys are computed.
const scope = self as unknown as Worker

function reply(message: DashboardWorkerReply, transfer: Transferable[] = []): void {
  scope.postMessage(message, transfer)
}

scope.onmessage = async (event: MessageEvent<DashboardWorkerRequest>) => {
  const db = new MufakatDatabase(event.data.dbName)
  try {
    const columns = await readDashboardColumns(db, event.data.today)
    const table = new DashboardTable(columns)
    // Every order is sorted before the columns' buffers are handed over (they are gone from here
    // after); integer compares make that a matter of milliseconds.
    const deadline = sortOrder(table, 'deadline')
    const orders = { unit: sortOrder(table, 'unit'), forum: sortOrder(table, 'forum') }
    reply({ ok: true, phase: 'rows', columns, deadline }, [
      deadline.buffer,
      ...columnBuffers(columns),
    ])
    reply({ ok: true, phase: 'keys', orders, searchKeys: buildSearchKeys(table) }, [
      orders.unit.buffer,
      orders.forum.buffer,
    ])
  } catch (error) {
    reply({ ok: false, message: error instanceof Error ? error.message : String(error) })
  } finally {
    db.close()
  }
}

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
    const deadline = sortOrder(table, 'deadline')
    // The other orders are sorted after the rows have gone, on copies of the three columns they
    // read: the transferred buffers are gone from here.
    const later = new DashboardTable({
      ...columns,
      unit: columns.unit.slice(),
      deadline: columns.deadline.slice(),
      forum: columns.forum.slice(),
    })
    reply({ ok: true, phase: 'rows', columns, deadline }, [
      deadline.buffer,
      ...columnBuffers(columns),
    ])
    const orders = { unit: sortOrder(later, 'unit'), forum: sortOrder(later, 'forum') }
    reply({ ok: true, phase: 'keys', orders, searchKeys: buildSearchKeys(later) }, [
      orders.unit.buffer,
      orders.forum.buffer,
    ])
  } catch (error) {
    reply({ ok: false, message: error instanceof Error ? error.message : String(error) })
  } finally {
    db.close()
  }
}

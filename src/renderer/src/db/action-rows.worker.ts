import { MufakatDatabase } from './database'
import {
  prepareDashboard,
  type DashboardWorkerReply,
  type DashboardWorkerRequest,
} from './repositories/action-items'

// Loads the dashboard's rows off the UI thread: the same database, opened by name, read once.
const scope = self as unknown as Worker

scope.onmessage = async (event: MessageEvent<DashboardWorkerRequest>) => {
  const db = new MufakatDatabase(event.data.dbName)
  try {
    const dashboard = await prepareDashboard(db, event.data.today)
    const reply: DashboardWorkerReply = { ok: true, dashboard }
    scope.postMessage(
      reply,
      Object.values(dashboard.keys.orders).map((order) => order.buffer),
    )
  } catch (error) {
    const reply: DashboardWorkerReply = {
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    }
    scope.postMessage(reply)
  } finally {
    db.close()
  }
}

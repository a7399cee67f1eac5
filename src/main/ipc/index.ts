import { registerAppHandlers } from './app'
import { registerBackupHandlers } from './backup'
import { registerFileHandlers } from './files'
import { registerNotifyHandlers } from './notify'
import { registerPrintHandlers } from './print'
import { registerProjectorHandlers } from './projector'

/** Every channel of src/shared/ipc/contract.ts, each validated by ./handle.ts. */
export function registerIpcHandlers(): void {
  registerFileHandlers()
  registerPrintHandlers()
  registerAppHandlers()
  registerNotifyHandlers()
  registerProjectorHandlers()
  registerBackupHandlers()
}

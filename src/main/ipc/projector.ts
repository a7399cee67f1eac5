import { CHANNELS } from '@shared/ipc/contract'
import { handle } from './handle'
import { senderWindow } from './dialog-parent'
import { openProjectorWindow } from '../windows'

export function registerProjectorHandlers(): void {
  handle(CHANNELS.openProjector, (req, event) => {
    openProjectorWindow(req.route, senderWindow(event))
    return { opened: true }
  })
}

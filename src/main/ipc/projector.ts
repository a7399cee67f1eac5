import { screen } from 'electron'
import { CHANNELS } from '@shared/ipc/contract'
import { projectorDisplayChoice } from '../projector-displays'
import { shell } from '../shell'
import { handle } from './handle'
import { senderWindow } from './dialog-parent'
import { openProjectorWindow, placeOpenProjector } from '../windows'

export function registerProjectorHandlers(): void {
  handle(CHANNELS.openProjector, (req, event) => {
    openProjectorWindow(req.route, senderWindow(event))
    return { opened: true }
  })

  const displays = () => projectorDisplayChoice(screen, shell().settings, placeOpenProjector)
  handle(CHANNELS.projectorDisplays, () => displays().list())
  handle(CHANNELS.chooseProjectorDisplay, ({ displayId }) => displays().choose(displayId))
}

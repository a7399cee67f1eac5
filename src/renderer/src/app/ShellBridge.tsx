import { useEffect, useRef, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { shellLanguageSchema, type MenuCommand } from '@shared/ipc/contract'
import { useAppLock } from '../features/data-safety'
import { getPlatform } from '../platform/bridge'
import { offerOpenedFile } from '../platform/opened-file'
import { DATA_SAFETY_PATH, isProjectorPath, shellCommandAction } from './shell-commands'

/**
 * The page's side of the desktop shell: tells main the UI's language (its menus follow), acts on
 * menu commands, and takes a file the desktop handed over to the restore screen's preview.
 * Renders nothing; in the browser no event ever comes.
 */
export function ShellBridge() {
  const { i18n } = useTranslation()
  const navigate = useNavigate()
  const location = useLocation()
  const { lockNow } = useAppLock()
  // The subscription lives as long as the page; what it acts with is always the latest.
  const latest = useRef({ navigate, lockNow, pathname: location.pathname })
  useEffect(() => {
    latest.current = { navigate, lockNow, pathname: location.pathname }
  })

  useEffect(() => {
    const tell = (language: string) => {
      const parsed = shellLanguageSchema.safeParse(language)
      if (parsed.success) void getPlatform().setLanguage({ language: parsed.data })
    }
    tell(i18n.language)
    i18n.on('languageChanged', tell)
    return () => i18n.off('languageChanged', tell)
  }, [i18n])

  useEffect(() => {
    const platform = getPlatform()
    const takeFile = async () => {
      const { file } = await platform.takeOpenedFile()
      if (!file) return
      offerOpenedFile(file)
      void latest.current.navigate(DATA_SAFETY_PATH)
    }
    const act = (command: MenuCommand) => {
      const action = shellCommandAction(command, latest.current.pathname)
      if (action.kind === 'navigate') void latest.current.navigate(action.to)
      else if (action.kind === 'lock') latest.current.lockNow()
      else if (action.kind === 'print') void platform.print()
      else void platform.openProjector({ route: action.route })
    }
    // A file named at start arrived before this page could hear of it.
    void takeFile()
    return platform.onShellEvent((event) => {
      if (event.type === 'menu') act(event.command)
      else void takeFile()
    })
  }, [])

  return null
}

/** Children that belong to the main window only, never to the projector's. */
export function NotOnProjector({ children }: { children: ReactNode }) {
  const { pathname } = useLocation()
  return isProjectorPath(pathname) ? null : children
}

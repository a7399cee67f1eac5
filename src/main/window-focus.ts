/** What bringing a window to the front needs of a BrowserWindow; tests pass a recorder. */
export interface FrontableWindow {
  isMinimized(): boolean
  restore(): void
  show(): void
  focus(): void
}

/** Restored if minimised, shown, focused: the window the user asked for is the one in front. */
export function bringToFront(window: FrontableWindow): void {
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
}

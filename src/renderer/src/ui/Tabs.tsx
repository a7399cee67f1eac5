import { useRef, type KeyboardEvent, type ReactNode } from 'react'

// One tab list for the app (WAI-ARIA tabs with automatic activation): the selected tab is the one
// Tab stop, the arrow keys, Home and End move to and open another, and the one panel below is
// labelled by the tab that shows it.

const panelId = (idPrefix: string) => `${idPrefix}-panel`
const tabId = (idPrefix: string, key: string) => `${idPrefix}-tab-${key}`

export function TabList<K extends string>(props: {
  tabs: readonly K[]
  value: K
  onChange: (key: K) => void
  label: string
  labelOf: (key: K) => string
  idPrefix: string
  className: string
}) {
  const { tabs, value, onChange, idPrefix } = props
  const list = useRef<HTMLDivElement>(null)

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.indexOf(value)
    const last = tabs.length - 1
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % tabs.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + tabs.length) % tabs.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null
    if (next === null) return
    event.preventDefault()
    const key = tabs[next]!
    onChange(key)
    list.current?.querySelector<HTMLElement>(`#${CSS.escape(tabId(idPrefix, key))}`)?.focus()
  }

  return (
    <div
      ref={list}
      role="tablist"
      aria-label={props.label}
      className={props.className}
      onKeyDown={onKeyDown}
    >
      {tabs.map((key) => (
        <button
          key={key}
          id={tabId(idPrefix, key)}
          type="button"
          role="tab"
          aria-selected={value === key}
          aria-controls={panelId(idPrefix)}
          tabIndex={value === key ? 0 : -1}
          className={value === key ? 'tab tab--active' : 'tab'}
          onClick={() => onChange(key)}
          data-testid={`tab-${key}`}
        >
          {props.labelOf(key)}
        </button>
      ))}
    </div>
  )
}

export function TabPanel(props: { idPrefix: string; value: string; children: ReactNode }) {
  return (
    <div
      role="tabpanel"
      id={panelId(props.idPrefix)}
      aria-labelledby={tabId(props.idPrefix, props.value)}
    >
      {props.children}
    </div>
  )
}

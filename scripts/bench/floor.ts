/**
 * The bench's floors: what the machine cannot beat, measured in the same browser on the same rows.
 * Raw IndexedDB, no Dexie, no React, no validation, so a figure divided by its floor says how much
 * the app adds. A task named in the hash (#dashboard-open, …) runs on load, so that the floor of
 * a screen's opening includes a navigation like the screen's own figure.
 */

const DATABASE = 'mufakat'

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'))
  })
}

function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'))
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'))
  })
}

let opened: Promise<IDBDatabase> | undefined
function database(): Promise<IDBDatabase> {
  opened ??= request(indexedDB.open(DATABASE))
  return opened
}

/** The first `limit` records of an index, walked with a cursor. */
async function firstByIndex(
  store: string,
  index: string,
  limit: number,
  direction: IDBCursorDirection,
): Promise<Record<string, unknown>[]> {
  const db = await database()
  const source = db.transaction(store, 'readonly').objectStore(store).index(index)
  const out: Record<string, unknown>[] = []
  return new Promise((resolve, reject) => {
    const cursor = source.openCursor(null, direction)
    cursor.onerror = () => reject(cursor.error ?? new Error('cursor failed'))
    cursor.onsuccess = () => {
      const at = cursor.result
      if (!at || out.length >= limit) return resolve(out)
      out.push(at.value as Record<string, unknown>)
      at.continue()
    }
  })
}

/** Every store, when no tables are named. */
async function storeNames(tables?: readonly string[]): Promise<string[]> {
  return tables ? [...tables] : [...(await database()).objectStoreNames]
}

async function readTables(names: readonly string[]): Promise<Record<string, unknown[]>> {
  const db = await database()
  const tx = db.transaction([...names], 'readonly')
  const entries = await Promise.all(
    names.map(async (name) => [name, await request(tx.objectStore(name).getAll())] as const),
  )
  return Object.fromEntries(entries)
}

function show(rows: Record<string, unknown>[], field: string): void {
  const list = document.getElementById('rows')!
  for (const row of rows) {
    const item = document.createElement('li')
    item.dataset.testid = 'floor-row'
    item.textContent = String(row[field] ?? '')
    list.append(item)
  }
}

function frame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}

const TASKS: Record<string, () => Promise<void>> = {
  /** The dashboard's first rows: the nearest deadlines, straight from the index. */
  'dashboard-open': async () =>
    show(await firstByIndex('actionItems', 'deadline', 40, 'next'), 'plan'),
  /** The dashboard's whole list: every action item in one getAll. */
  'dashboard-ready': async () => {
    const db = await database()
    const items = await request(
      db.transaction('actionItems', 'readonly').objectStore('actionItems').getAll(),
    )
    document.getElementById('state')!.dataset.count = String(items.length)
  },
  /** The forum list's first page: the newest forums by start date. */
  'forum-list': async () => show(await firstByIndex('forums', 'startDate', 50, 'prev'), 'title'),
}

const floor = {
  /** Every table read in one transaction, then packed and compressed as the backup does. */
  async backup(tables?: readonly string[]): Promise<number> {
    const started = performance.now()
    const data = await readTables(await storeNames(tables))
    const packed = new Blob([JSON.stringify({ tables: data })])
      .stream()
      .pipeThrough(new CompressionStream('deflate-raw'))
    if ((await new Response(packed).arrayBuffer()).byteLength === 0) throw new Error('no bytes')
    return performance.now() - started
  },
  /**
   * The same records written back in one transaction without validation: each table cleared and
   * every record added. The records are read first, untimed.
   */
  async bulkWrite(tables?: readonly string[]): Promise<number> {
    const names = await storeNames(tables)
    const data = await readTables(names)
    const db = await database()
    const started = performance.now()
    const tx = db.transaction(names, 'readwrite')
    const done = completion(tx)
    for (const name of names) {
      const store = tx.objectStore(name)
      store.clear()
      for (const record of data[name]!) store.add(record)
    }
    await done
    return performance.now() - started
  },
  /** Per keystroke of each query: a plain loop over the forum's stored name keys. */
  async checkinSearch(forumId: string, queries: readonly string[]): Promise<number[]> {
    const db = await database()
    const tx = db.transaction(['participants', 'people'], 'readonly')
    const participants = (await request(
      tx.objectStore('participants').index('forumId').getAll(forumId),
    )) as { personId: string }[]
    const people = tx.objectStore('people')
    const keys = await Promise.all(
      participants.map(async (p) => {
        const person = (await request(people.get(p.personId))) as { searchName?: string }
        return person?.searchName ?? ''
      }),
    )
    const samples: number[] = []
    for (const query of queries) {
      for (let length = 1; length <= query.length; length++) {
        const needle = query.slice(0, length)
        const started = performance.now()
        const found: number[] = []
        for (let i = 0; i < keys.length && found.length < 50; i++) {
          if (keys[i]!.includes(needle)) found.push(i)
        }
        samples.push(performance.now() - started)
      }
    }
    return samples
  },
  /**
   * One raw put of an issue (a copy of a stored one) and the next frame; the copies are removed
   * afterwards, untimed.
   */
  async issuePut(count: number): Promise<number[]> {
    const [template] = await firstByIndex('issues', 'forumId', 1, 'next')
    if (!template) throw new Error('no issue to copy')
    const db = await database()
    const samples: number[] = []
    const ids: string[] = []
    for (let i = 0; i < count; i++) {
      const id = `bench-floor-${i}-${crypto.randomUUID()}`
      ids.push(id)
      const started = performance.now()
      const tx = db.transaction('issues', 'readwrite')
      const done = completion(tx)
      tx.objectStore('issues').put({ ...template, id, seq: 1_000_000 + i })
      await done
      await frame()
      samples.push(performance.now() - started)
    }
    const cleanup = db.transaction('issues', 'readwrite')
    for (const id of ids) cleanup.objectStore('issues').delete(id)
    await completion(cleanup)
    return samples
  },
}

Object.assign(window, { floor })

const state = document.getElementById('state')!
const task = TASKS[location.hash.slice(1)]
if (task) {
  task().then(
    () => (state.textContent = 'done'),
    (error: unknown) => (state.textContent = `error: ${String(error)}`),
  )
} else {
  state.textContent = 'ready'
}

import { z } from 'zod'
import { paperSchema, timeZoneSchema } from '../domain/enums'
import { CHANNELS, type BridgeMethod, type Channel } from './channels'

/**
 * The typed IPC contract between the renderer and the Electron main process (see
 * "IPC is a contract" in ARCHITECTURE.md). Every channel has a request and a response schema; main `safeParse`s each request
 * and answers with a result envelope instead of throwing across IPC. Bytes cross as Uint8Array.
 */
export {
  CHANNELS,
  BRIDGE_METHODS,
  SHELL_EVENT_CHANNEL,
  type BridgeMethod,
  type Channel,
} from './channels'

// ---------------------------------------------------------------------------------------------
// Result envelope and error codes

export const ERROR_CODES = {
  /** The request did not match the channel's schema. */
  invalidRequest: 'invalid_request',
  /** The sender is not a page of the app origin. */
  forbiddenSender: 'forbidden_sender',
  /** The chosen file is larger than the caller allows. */
  fileTooLarge: 'file_too_large',
  /** Reading or writing a file failed. */
  ioError: 'io_error',
  /** The feature does not exist in this shell (e.g. automatic backups in the browser). */
  unsupported: 'unsupported',
  /** The handler's answer did not match the contract (a bug in main). */
  invalidResponse: 'invalid_response',
  /** Anything else. */
  internal: 'internal',
} as const
export type KnownErrorCode = (typeof ERROR_CODES)[keyof typeof ERROR_CODES]

export const ipcErrorSchema = z.object({ code: z.string().min(1), message: z.string() })
export type IpcError = z.infer<typeof ipcErrorSchema>

export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError }

export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: ipcErrorSchema }),
  ])

// ---------------------------------------------------------------------------------------------
// Shared pieces

/** The largest file that crosses IPC (documents, spreadsheets, backups). */
export const MAX_FILE_BYTES = 200 * 1024 * 1024

export const bytesSchema = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength <= MAX_FILE_BYTES, { message: 'file larger than 200 MB' })

/** A file name the user will see in the save dialog: no folders, no control characters. */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(200)
  // eslint-disable-next-line no-control-regex
  .refine((s) => !/[\\/\u0000-\u001f]/.test(s), { message: 'no path separators' })
  .refine((s) => s.trim() !== '.' && s.trim() !== '..', { message: 'not a file name' })

export const fileFiltersSchema = z
  .array(
    z.object({
      name: z.string().min(1).max(100),
      extensions: z
        .array(z.string().regex(/^(\*|[A-Za-z0-9]{1,16})$/, 'extension without a dot'))
        .min(1)
        .max(20),
    }),
  )
  .max(10)
export type FileFilter = z.infer<typeof fileFiltersSchema>[number]

// ---------------------------------------------------------------------------------------------
// Channels

export const saveFileRequestSchema = z.object({
  suggestedName: fileNameSchema,
  bytes: bytesSchema,
  filters: fileFiltersSchema.optional(),
})
export const saveFileResponseSchema = z.object({
  saved: z.boolean(),
  path: z.string().optional(),
})

export const openFileRequestSchema = z.object({
  filters: fileFiltersSchema.optional(),
  maxBytes: z.int().positive().max(MAX_FILE_BYTES).optional(),
})
export const openFileResponseSchema = z.object({
  file: z.object({ name: z.string(), bytes: z.instanceof(Uint8Array) }).nullable(),
})

export const printToPdfRequestSchema = z.object({
  suggestedName: fileNameSchema,
  /** The profile's paper: A4, or F4 (215 × 330 mm). */
  paper: paperSchema.default('A4'),
})
export const printToPdfResponseSchema = saveFileResponseSchema

export const appInfoRequestSchema = z.object({})
export const appInfoResponseSchema = z.object({
  name: z.string(),
  version: z.string(),
  /** Electron's version, or null in the browser. */
  electron: z.string().nullable(),
  /** `process.platform` in Electron, `'web'` in the browser. */
  platform: z.string(),
  userDataPath: z.string().nullable(),
})

export const notifyRequestSchema = z.object({
  title: z.string().min(1).max(120),
  body: z.string().max(500),
})
export const notifyResponseSchema = z.object({ shown: z.boolean() })

/** A hash route of the app (`#/forum/…/live`), never a URL of its own. */
export const projectorRouteSchema = z
  .string()
  .max(500)
  .regex(/^#\/[A-Za-z0-9\-._~!$&'()*+,;=:@/?%]*$/, 'a hash route starting with #/')
export const openProjectorRequestSchema = z.object({ route: projectorRouteSchema })
export const openProjectorResponseSchema = z.object({ opened: z.boolean() })

export const backupReasonSchema = z.enum([
  'quit',
  'periodic',
  'version_change',
  'pre_migration',
  'pre_restore',
  'manual',
])
export type BackupReason = z.infer<typeof backupReasonSchema>
export const writeAutoBackupRequestSchema = z.object({
  bytes: bytesSchema,
  reason: backupReasonSchema,
  /** The organisation's clock, which stamps the file's name (main has no profile of its own). */
  timeZone: timeZoneSchema,
})
export const writeAutoBackupResponseSchema = z.object({ path: z.string() })

/** An automatic backup's file name: nothing that could name another folder. */
export const autoBackupNameSchema = z
  .string()
  .max(200)
  .regex(/^mufakat-backup-[0-9a-z_-]+\.(?:mufakat|backup)$/)
export const autoBackupEntrySchema = z.object({
  name: autoBackupNameSchema,
  createdAt: z.iso.datetime({ offset: true }),
  reason: backupReasonSchema,
  bytes: z.number().int().min(0),
})
export type AutoBackupEntry = z.infer<typeof autoBackupEntrySchema>
export const listAutoBackupsRequestSchema = z.object({})
export const listAutoBackupsResponseSchema = z.object({
  /** False where the shell keeps no automatic backups at all (the browser). */
  kept: z.boolean(),
  backups: z.array(autoBackupEntrySchema),
})
export const readAutoBackupRequestSchema = z.object({ name: autoBackupNameSchema })
export const readAutoBackupResponseSchema = z.object({ bytes: bytesSchema })
export const openBackupFolderRequestSchema = z.object({})
export const openBackupFolderResponseSchema = z.object({ opened: z.boolean() })

/** The UI's language, which main's menus, context menu and dialogs follow. */
export const shellLanguageSchema = z.enum(['id', 'en'])
export type ShellLanguage = z.infer<typeof shellLanguageSchema>
export const setLanguageRequestSchema = z.object({ language: shellLanguageSchema })
export const setLanguageResponseSchema = z.object({ language: shellLanguageSchema })

/** "Cetak": the page that asked goes to the printer through the system print dialog. */
export const printRequestSchema = z.object({})
export const printResponseSchema = z.object({
  printed: z.boolean(),
  /** Electron's reason when not printed ("Print job canceled", …). */
  reason: z.string().optional(),
})

/** The file the desktop handed over (double-click, second launch), taken once by the page. */
export const takeOpenedFileRequestSchema = z.object({})
export const takeOpenedFileResponseSchema = openFileResponseSchema

/** A display the projector can go to, as the facilitator picks it in the live room. */
export const displaySchema = z.object({
  id: z.int(),
  /** The system's name for it ("DELL U2419H"); may be empty. */
  label: z.string().max(200),
  width: z.int().positive(),
  height: z.int().positive(),
  primary: z.boolean(),
  /** The laptop's own screen. */
  internal: z.boolean(),
})
export type DisplayChoice = z.infer<typeof displaySchema>

export const projectorDisplaysRequestSchema = z.object({})
export const projectorDisplaysResponseSchema = z.object({
  displays: z.array(displaySchema).max(16),
  /** The display chosen before; null lets the shell pick one not showing the main window. */
  chosenId: z.int().nullable(),
})

/** null goes back to the shell's own pick. */
export const chooseProjectorDisplayRequestSchema = z.object({ displayId: z.int().nullable() })
export const chooseProjectorDisplayResponseSchema = projectorDisplaysResponseSchema

/**
 * Streamed backups: a file of any size crosses IPC a piece at a time, each piece under this
 * limit. Main writes into a temp file beside the target and renames it on finish (deletes it on
 * abort); reading goes by offset through a handle main keeps open.
 */
export const MAX_STREAM_PIECE_BYTES = 32 * 1024 * 1024
export const streamPieceSchema = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength <= MAX_STREAM_PIECE_BYTES, { message: 'piece larger than 32 MB' })
export const streamHandleSchema = z.uuid()

export const backupStreamOpenRequestSchema = z.object({
  target: z.discriminatedUnion('kind', [
    /** Where the user chooses, in the save dialog. */
    z.object({
      kind: z.literal('save'),
      suggestedName: fileNameSchema,
      filters: fileFiltersSchema.optional(),
    }),
    /** An automatic backup into the app's backups folder, pruned by retention on finish. */
    z.object({ kind: z.literal('auto'), reason: backupReasonSchema, timeZone: timeZoneSchema }),
  ]),
})
/** null when the user cancelled the dialog. */
export const backupStreamOpenResponseSchema = z.object({ handle: streamHandleSchema.nullable() })
export const backupStreamAppendRequestSchema = z.object({
  handle: streamHandleSchema,
  bytes: streamPieceSchema,
})
export const backupStreamAppendResponseSchema = z.object({ written: z.number().int().min(0) })
export const backupStreamFinishRequestSchema = z.object({ handle: streamHandleSchema })
export const backupStreamFinishResponseSchema = z.object({ path: z.string().nullable() })
export const backupStreamAbortRequestSchema = z.object({ handle: streamHandleSchema })
export const backupStreamAbortResponseSchema = z.object({ aborted: z.boolean() })

export const backupReadOpenRequestSchema = z.object({
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('pick'), filters: fileFiltersSchema.optional() }),
    z.object({ kind: z.literal('auto'), name: autoBackupNameSchema }),
  ]),
})
export const backupReadOpenResponseSchema = z.object({
  file: z
    .object({ handle: streamHandleSchema, name: z.string(), size: z.number().int().min(0) })
    .nullable(),
})
export const backupReadChunkRequestSchema = z.object({
  handle: streamHandleSchema,
  offset: z.number().int().min(0),
  length: z.number().int().min(0).max(MAX_STREAM_PIECE_BYTES),
})
export const backupReadChunkResponseSchema = z.object({ bytes: streamPieceSchema })
export const backupReadCloseRequestSchema = z.object({ handle: streamHandleSchema })
export const backupReadCloseResponseSchema = z.object({ closed: z.boolean() })

/** Every channel's schemas, keyed by channel name. */
export const contract = {
  [CHANNELS.saveFile]: { request: saveFileRequestSchema, response: saveFileResponseSchema },
  [CHANNELS.openFile]: { request: openFileRequestSchema, response: openFileResponseSchema },
  [CHANNELS.printToPdf]: { request: printToPdfRequestSchema, response: printToPdfResponseSchema },
  [CHANNELS.appInfo]: { request: appInfoRequestSchema, response: appInfoResponseSchema },
  [CHANNELS.notify]: { request: notifyRequestSchema, response: notifyResponseSchema },
  [CHANNELS.openProjector]: {
    request: openProjectorRequestSchema,
    response: openProjectorResponseSchema,
  },
  [CHANNELS.writeAutoBackup]: {
    request: writeAutoBackupRequestSchema,
    response: writeAutoBackupResponseSchema,
  },
  [CHANNELS.listAutoBackups]: {
    request: listAutoBackupsRequestSchema,
    response: listAutoBackupsResponseSchema,
  },
  [CHANNELS.readAutoBackup]: {
    request: readAutoBackupRequestSchema,
    response: readAutoBackupResponseSchema,
  },
  [CHANNELS.openBackupFolder]: {
    request: openBackupFolderRequestSchema,
    response: openBackupFolderResponseSchema,
  },
  [CHANNELS.setLanguage]: {
    request: setLanguageRequestSchema,
    response: setLanguageResponseSchema,
  },
  [CHANNELS.print]: { request: printRequestSchema, response: printResponseSchema },
  [CHANNELS.takeOpenedFile]: {
    request: takeOpenedFileRequestSchema,
    response: takeOpenedFileResponseSchema,
  },
  [CHANNELS.projectorDisplays]: {
    request: projectorDisplaysRequestSchema,
    response: projectorDisplaysResponseSchema,
  },
  [CHANNELS.chooseProjectorDisplay]: {
    request: chooseProjectorDisplayRequestSchema,
    response: chooseProjectorDisplayResponseSchema,
  },
  [CHANNELS.backupStreamOpen]: {
    request: backupStreamOpenRequestSchema,
    response: backupStreamOpenResponseSchema,
  },
  [CHANNELS.backupStreamAppend]: {
    request: backupStreamAppendRequestSchema,
    response: backupStreamAppendResponseSchema,
  },
  [CHANNELS.backupStreamFinish]: {
    request: backupStreamFinishRequestSchema,
    response: backupStreamFinishResponseSchema,
  },
  [CHANNELS.backupStreamAbort]: {
    request: backupStreamAbortRequestSchema,
    response: backupStreamAbortResponseSchema,
  },
  [CHANNELS.backupReadOpen]: {
    request: backupReadOpenRequestSchema,
    response: backupReadOpenResponseSchema,
  },
  [CHANNELS.backupReadChunk]: {
    request: backupReadChunkRequestSchema,
    response: backupReadChunkResponseSchema,
  },
  [CHANNELS.backupReadClose]: {
    request: backupReadCloseRequestSchema,
    response: backupReadCloseResponseSchema,
  },
} as const satisfies Record<Channel, { request: z.ZodType; response: z.ZodType }>

/** What a caller passes (before defaults). */
export type RequestOf<C extends Channel> = z.input<(typeof contract)[C]['request']>
/** What main's handler receives (after parsing). */
export type ParsedRequestOf<C extends Channel> = z.output<(typeof contract)[C]['request']>
export type ResponseOf<C extends Channel> = z.output<(typeof contract)[C]['response']>

export type SaveFileRequest = RequestOf<'file:save'>
export type SaveFileResponse = ResponseOf<'file:save'>
export type OpenFileRequest = RequestOf<'file:open'>
export type OpenFileResponse = ResponseOf<'file:open'>
export type PrintToPdfRequest = RequestOf<'print:pdf'>
export type PrintToPdfResponse = ResponseOf<'print:pdf'>
export type AppInfo = ResponseOf<'app:info'>
export type NotifyRequest = RequestOf<'notify:show'>
export type NotifyResponse = ResponseOf<'notify:show'>
export type OpenProjectorRequest = RequestOf<'projector:open'>
export type OpenProjectorResponse = ResponseOf<'projector:open'>
export type WriteAutoBackupRequest = RequestOf<'backup:write-auto'>
export type WriteAutoBackupResponse = ResponseOf<'backup:write-auto'>
export type ListAutoBackupsResponse = ResponseOf<'backup:list-auto'>
export type ReadAutoBackupRequest = RequestOf<'backup:read-auto'>
export type ReadAutoBackupResponse = ResponseOf<'backup:read-auto'>
export type OpenBackupFolderResponse = ResponseOf<'backup:open-folder'>
export type SetLanguageRequest = RequestOf<'app:set-language'>
export type SetLanguageResponse = ResponseOf<'app:set-language'>
export type PrintResponse = ResponseOf<'print:page'>
export type TakeOpenedFileResponse = ResponseOf<'file:take-opened'>
export type ProjectorDisplays = ResponseOf<'projector:displays'>
export type ChooseProjectorDisplayRequest = RequestOf<'projector:choose-display'>
export type BackupStreamOpenRequest = RequestOf<'backup-stream:open'>
export type BackupStreamOpenResponse = ResponseOf<'backup-stream:open'>
export type BackupStreamAppendRequest = RequestOf<'backup-stream:append'>
export type BackupStreamAppendResponse = ResponseOf<'backup-stream:append'>
export type BackupStreamHandleRequest = RequestOf<'backup-stream:finish'>
export type BackupStreamFinishResponse = ResponseOf<'backup-stream:finish'>
export type BackupStreamAbortResponse = ResponseOf<'backup-stream:abort'>
export type BackupReadOpenRequest = RequestOf<'backup-read:open'>
export type BackupReadOpenResponse = ResponseOf<'backup-read:open'>
export type BackupReadChunkRequest = RequestOf<'backup-read:chunk'>
export type BackupReadChunkResponse = ResponseOf<'backup-read:chunk'>
export type BackupReadCloseResponse = ResponseOf<'backup-read:close'>

// ---------------------------------------------------------------------------------------------
// Events from main to the page

/** What the application menu (and a clicked notification) asks the page to do. */
export const MENU_COMMANDS = [
  'new-forum',
  'open-file',
  'print',
  'projector',
  'lock',
  'help',
  'go-home',
  'go-forums',
  'go-follow-up',
  'go-overdue',
  'go-settings',
] as const
export const menuCommandSchema = z.enum(MENU_COMMANDS)
export type MenuCommand = z.infer<typeof menuCommandSchema>

export const shellEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('menu'), command: menuCommandSchema }),
  /** A file waits in main: the page takes it with `takeOpenedFile`. */
  z.object({ type: z.literal('file-opened') }),
])
export type ShellEvent = z.infer<typeof shellEventSchema>

// ---------------------------------------------------------------------------------------------
// The bridge

/**
 * What the UI uses (through `getPlatform()` in renderer/platform): one method per channel, the
 * same in Electron and in the browser. Methods resolve with the channel's response and reject with
 * a `PlatformError` carrying the envelope's `code` and `message`.
 */
export interface PlatformBridge {
  saveFile(req: SaveFileRequest): Promise<SaveFileResponse>
  openFile(req?: OpenFileRequest): Promise<OpenFileResponse>
  printToPdf(req: PrintToPdfRequest): Promise<PrintToPdfResponse>
  appInfo(): Promise<AppInfo>
  notify(req: NotifyRequest): Promise<NotifyResponse>
  openProjector(req: OpenProjectorRequest): Promise<OpenProjectorResponse>
  writeAutoBackup(req: WriteAutoBackupRequest): Promise<WriteAutoBackupResponse>
  listAutoBackups(): Promise<ListAutoBackupsResponse>
  readAutoBackup(req: ReadAutoBackupRequest): Promise<ReadAutoBackupResponse>
  openBackupFolder(): Promise<OpenBackupFolderResponse>
  setLanguage(req: SetLanguageRequest): Promise<SetLanguageResponse>
  print(): Promise<PrintResponse>
  takeOpenedFile(): Promise<TakeOpenedFileResponse>
  projectorDisplays(): Promise<ProjectorDisplays>
  chooseProjectorDisplay(req: ChooseProjectorDisplayRequest): Promise<ProjectorDisplays>
  backupStreamOpen(req: BackupStreamOpenRequest): Promise<BackupStreamOpenResponse>
  backupStreamAppend(req: BackupStreamAppendRequest): Promise<BackupStreamAppendResponse>
  backupStreamFinish(req: BackupStreamHandleRequest): Promise<BackupStreamFinishResponse>
  backupStreamAbort(req: BackupStreamHandleRequest): Promise<BackupStreamAbortResponse>
  backupReadOpen(req: BackupReadOpenRequest): Promise<BackupReadOpenResponse>
  backupReadChunk(req: BackupReadChunkRequest): Promise<BackupReadChunkResponse>
  backupReadClose(req: BackupStreamHandleRequest): Promise<BackupReadCloseResponse>
  /** Listens to main's events (menu, opened files); returns the unsubscribe. Never fires on the web. */
  onShellEvent(listener: (event: ShellEvent) => void): () => void
}

type RequestMethods = Omit<PlatformBridge, 'onShellEvent'>

/**
 * What the sandboxed preload exposes as `window.mufakat`: the same methods, answering with the
 * result envelope (an Error thrown across IPC and the context bridge would lose its code).
 * renderer/platform/electron-bridge.ts unwraps it into a PlatformBridge.
 */
export type PreloadBridge = {
  [M in keyof RequestMethods]: (
    ...args: Parameters<RequestMethods[M]>
  ) => Promise<Result<Awaited<ReturnType<RequestMethods[M]>>>>
} & {
  /** The payload is unknown here: the renderer checks it with `shellEventSchema`. */
  onShellEvent(listener: (event: unknown) => void): () => void
}

/** Compile-time check: the bridge has exactly one method per channel, under the CHANNELS names. */
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never
const _bridgeMatchesChannels: Exact<keyof RequestMethods, BridgeMethod> = true
void _bridgeMatchesChannels

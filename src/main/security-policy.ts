import path from 'node:path'
import { APP_HOST, APP_SCHEME } from '@shared/identity'

/**
 * The shell's security decisions as pure functions (no electron import), so each one has a unit
 * test: tests/unit/main/security-policy.test.ts. The Electron wiring lives in ./security.ts.
 */

/** The one origin the app's pages come from. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_URL = `${APP_ORIGIN}/`

/**
 * Sent as a header on every response of the app scheme. src/renderer/index.html carries the same
 * policy in a meta tag (minus frame-ancestors, which browsers ignore in meta); where both apply,
 * the browser enforces both, so the stricter one wins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * Origins whose pages are the app: `mufakat://app`, plus electron-vite's dev server while
 * `ELECTRON_RENDERER_URL` is set. Compared by protocol and host, because WHATWG URL gives custom
 * schemes an opaque ("null") origin.
 */
export function appOrigins(devServerUrl?: string | null): string[] {
  const origins = [APP_ORIGIN]
  const dev = devServerUrl ? parse(devServerUrl) : null
  if (dev && (dev.protocol === 'http:' || dev.protocol === 'https:')) {
    origins.push(`${dev.protocol}//${dev.host}`)
  }
  return origins
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * electron-vite dev sets `ELECTRON_RENDERER_URL` to its dev server. It is honoured only in an
 * unpackaged app and only for a loopback http(s) URL: an installed Mufakat never loads a page
 * named by an environment variable.
 */
export function devServerUrl(envValue: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !envValue) return null
  const u = parse(envValue)
  if (!u || (u.protocol !== 'http:' && u.protocol !== 'https:')) return null
  return LOOPBACK_HOSTS.has(u.hostname) ? u.toString() : null
}

/** True when `url` is a page of one of `origins` (see appOrigins). */
export function isAppUrl(url: string, origins: readonly string[]): boolean {
  const u = parse(url)
  if (!u || u.username || u.password) return false
  return origins.some((origin) => {
    const o = parse(origin)
    return o !== null && o.protocol === u.protocol && o.host === u.host && u.host !== ''
  })
}

/** `will-navigate` / `will-redirect`: a window may only ever show the app itself. */
export function isAllowedNavigation(url: string, origins: readonly string[]): boolean {
  return isAppUrl(url, origins)
}

/** IPC: only frames showing the app may call main. */
export function isTrustedSender(frameUrl: string | null | undefined, origins: readonly string[]) {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl, origins)
}

/**
 * `setWindowOpenHandler`: new windows are always denied; a link may be handed to the user's
 * browser only if it is plain http(s) without credentials. Never file:, javascript:, data:,
 * smb:, custom protocol handlers and the like.
 */
export function externalUrlAllowed(url: string): boolean {
  const u = parse(url)
  if (!u) return false
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return false
  if (u.username || u.password || u.hostname === '') return false
  return true
}

/**
 * Web permissions (camera, geolocation, notifications, clipboard read, fullscreen…): all denied.
 * The app needs none of them; OS notifications come from main (`notify:show`).
 */
export function permissionAllowed(_permission: string): boolean {
  return false
}

/**
 * Maps a request path of the app scheme to a file inside the renderer folder, or null when it
 * would leave that folder (path traversal, encoded or not) or is malformed. `/` is index.html.
 */
export function resolveRendererPath(
  rendererRoot: string,
  urlPathname: string,
  pathApi: path.PlatformPath = path,
): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPathname)
  } catch {
    return null
  }
  // No file of the renderer has a backslash or NUL in its name; on Windows a backslash is a
  // separator that would let `..\` climb out, so it is refused on every platform.
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const relativePath =
    decoded === '' || decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '')
  const root = pathApi.resolve(rendererRoot)
  const resolved = pathApi.resolve(root, relativePath)
  const rel = pathApi.relative(root, resolved)
  if (rel === '' || rel === '..' || rel.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(rel)) {
    return null
  }
  return resolved
}

/** What the app scheme answers to one request. */
export type RendererAnswer =
  { kind: 'file'; path: string } | { kind: 'not-found' } | { kind: 'method-not-allowed' }

const RAW_APP_URL = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)/i

/**
 * The app scheme's whole decision for a request, from the RAW url string as it arrived: the path
 * is taken as written, never through a URL parser (which would already have folded `/../` and
 * `%2e%2e` away and hide what a forged request tries). Tested in
 * tests/unit/main/security-policy.test.ts with raw traversal strings.
 */
export function decideRendererRequest(
  rawUrl: string,
  method: string,
  rendererRoot: string,
  pathApi: path.PlatformPath = path,
): RendererAnswer {
  const match = RAW_APP_URL.exec(rawUrl)
  if (!match) return { kind: 'not-found' }
  const [, scheme = '', host = '', rawPath = ''] = match
  if (scheme.toLowerCase() !== APP_SCHEME || host.toLowerCase() !== APP_HOST) {
    return { kind: 'not-found' }
  }
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'method-not-allowed' }
  const filePath = resolveRendererPath(rendererRoot, rawPath, pathApi)
  return filePath ? { kind: 'file', path: filePath } : { kind: 'not-found' }
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

export function contentTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

import { readFile } from 'node:fs/promises'
import { protocol, type Session } from 'electron'
import { APP_SCHEME } from '@shared/identity'
import { rendererRoot } from './config'
import { CONTENT_SECURITY_POLICY, contentTypeFor, decideRendererRequest } from './security-policy'

/**
 * `mufakat://app/`: a fixed, privileged origin for the renderer, so IndexedDB has a stable home
 * (src/shared/identity.ts). Must run before the app is ready.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
    },
  ])
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

function notFound(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS },
  })
}

/** Serves out/renderer on the app scheme of `session`; nothing outside that folder, ever. */
export function serveRenderer(session: Session): void {
  session.protocol.handle(APP_SCHEME, async (request) => {
    const answer = decideRendererRequest(request.url, request.method, rendererRoot)
    if (answer.kind === 'method-not-allowed') {
      return new Response('Method not allowed', { status: 405, headers: SECURITY_HEADERS })
    }
    if (answer.kind === 'not-found') return notFound()
    const filePath = answer.path
    try {
      const body = await readFile(filePath)
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
        status: 200,
        headers: {
          'Content-Type': contentTypeFor(filePath),
          'Cache-Control': 'no-cache',
          ...SECURITY_HEADERS,
        },
      })
    } catch {
      return notFound()
    }
  })
}

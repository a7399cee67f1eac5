import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  APP_URL,
  CONTENT_SECURITY_POLICY,
  appOrigins,
  contentTypeFor,
  decideRendererRequest,
  devServerUrl,
  externalUrlAllowed,
  isAllowedNavigation,
  isTrustedSender,
  permissionAllowed,
  resolveRendererPath,
} from '../../../src/main/security-policy'

const app = appOrigins()
const withDev = appOrigins('http://localhost:5173/')

describe('isAllowedNavigation', () => {
  it('allows the app itself, with any path, query or hash', () => {
    expect(APP_URL).toBe('mufakat://app/')
    for (const url of ['mufakat://app/', 'mufakat://app/index.html?x=1', 'mufakat://app/#/forum']) {
      expect(isAllowedNavigation(url, app)).toBe(true)
    }
  })

  it('refuses every other origin and scheme', () => {
    for (const url of [
      'https://example.com/',
      'http://localhost:5173/',
      'mufakat://evil/',
      'mufakat://app.evil.com/',
      'mufakat://user:pw@app/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<h1>x</h1>',
      'about:blank',
      'not a url',
    ]) {
      expect(isAllowedNavigation(url, app), url).toBe(false)
    }
  })

  it('allows the dev server only when it is configured', () => {
    expect(isAllowedNavigation('http://localhost:5173/#/x', withDev)).toBe(true)
    expect(isAllowedNavigation('http://localhost:5174/', withDev)).toBe(false)
    expect(isAllowedNavigation('https://localhost:5173/', withDev)).toBe(false)
  })
})

describe('devServerUrl', () => {
  it('is honoured only unpackaged and only on loopback', () => {
    expect(devServerUrl('http://localhost:5173', false)).toBe('http://localhost:5173/')
    expect(devServerUrl('http://127.0.0.1:5173/', false)).toBe('http://127.0.0.1:5173/')
    expect(devServerUrl('http://localhost:5173', true)).toBeNull()
    expect(devServerUrl('https://example.com', false)).toBeNull()
    expect(devServerUrl('file:///tmp/index.html', false)).toBeNull()
    expect(devServerUrl(undefined, false)).toBeNull()
  })
})

describe('isTrustedSender', () => {
  it('trusts only frames showing the app', () => {
    expect(isTrustedSender('mufakat://app/#/', app)).toBe(true)
    expect(isTrustedSender('https://example.com/', app)).toBe(false)
    expect(isTrustedSender('', app)).toBe(false)
    expect(isTrustedSender(null, app)).toBe(false)
    expect(isTrustedSender(undefined, app)).toBe(false)
  })
})

describe('externalUrlAllowed', () => {
  it('hands only plain http(s) links to the browser', () => {
    expect(externalUrlAllowed('https://jdih.go.id/')).toBe(true)
    expect(externalUrlAllowed('http://example.com/a?b=c')).toBe(true)
  })

  it('refuses everything else', () => {
    for (const url of [
      'file:///C:/Windows/System32/calc.exe',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,x',
      'smb://server/share',
      'ms-msdt:/id',
      'mufakat://app/',
      'https://user:pw@example.com/',
      'notaurl',
      '',
    ]) {
      expect(externalUrlAllowed(url), url).toBe(false)
    }
  })
})

describe('permissionAllowed', () => {
  it('denies every web permission', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(permissionAllowed(p)).toBe(false)
    }
  })
})

describe('resolveRendererPath', () => {
  const root = path.resolve('/srv/mufakat/out/renderer')

  it('maps / to index.html and files to files inside the folder', () => {
    expect(resolveRendererPath(root, '/')).toBe(path.join(root, 'index.html'))
    expect(resolveRendererPath(root, '/assets/index-abc.js')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    )
    expect(resolveRendererPath(root, '/fonts/Inter%20Regular.woff2')).toBe(
      path.join(root, 'fonts', 'Inter Regular.woff2'),
    )
  })

  it('refuses anything that leaves the folder', () => {
    for (const pathname of [
      '/../package.json',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fsecret',
      '/..',
      '/%00',
      '/%E0%A4%A',
    ]) {
      expect(resolveRendererPath(root, pathname), pathname).toBeNull()
    }
  })

  it('refuses Windows-style escapes too', () => {
    const winRoot = 'C:\\Program Files\\Mufakat\\resources\\app\\out\\renderer'
    expect(resolveRendererPath(winRoot, '/assets/a.js', path.win32)).toBe(
      `${winRoot}\\assets\\a.js`,
    )
    for (const pathname of [
      '/..%5C..%5Csecret.txt',
      '/C:/Windows/win.ini',
      '/%5C%5Cserver%5Cshare',
    ]) {
      expect(resolveRendererPath(winRoot, pathname, path.win32), pathname).toBeNull()
    }
  })
})

describe('decideRendererRequest (the app scheme, on raw request strings)', () => {
  const root = path.resolve('/srv/mufakat/out/renderer')

  it('serves files of the renderer folder on GET and HEAD', () => {
    expect(decideRendererRequest('mufakat://app/', 'GET', root)).toEqual({
      kind: 'file',
      path: path.join(root, 'index.html'),
    })
    expect(decideRendererRequest('mufakat://app/assets/a.js?v=1#x', 'HEAD', root)).toEqual({
      kind: 'file',
      path: path.join(root, 'assets', 'a.js'),
    })
    expect(decideRendererRequest('mufakat://app/', 'POST', root)).toEqual({
      kind: 'method-not-allowed',
    })
  })

  it('refuses raw traversal a URL parser would have folded away', () => {
    for (const raw of [
      'mufakat://app/../../etc/passwd',
      'mufakat://app/assets/../../../etc/passwd',
      'mufakat://app/..%2F..%2Fetc/passwd',
      'mufakat://app/assets/..%2f..%2f..%2fetc/passwd',
      'mufakat://app/%2e%2e/%2e%2e/package.json',
      'mufakat://app/.%2e/.%2e/package.json',
      'mufakat://app/..%5C..%5Csecret.txt',
      'mufakat://app/assets%5C..%5C..%5Csecret.txt',
      'mufakat://app/%5C%5Cserver%5Cshare',
      'mufakat://app/index.html%00.png',
    ]) {
      expect(decideRendererRequest(raw, 'GET', root), raw).toEqual({ kind: 'not-found' })
    }
  })

  it('refuses encoded backslashes with Windows paths too', () => {
    const winRoot = 'C:\\Program Files\\Mufakat\\resources\\app\\out\\renderer'
    for (const raw of [
      'mufakat://app/..%5C..%5C..%5Cwin.ini',
      'mufakat://app/..\\..\\win.ini',
      'mufakat://app/C:%5CWindows%5Cwin.ini',
      'mufakat://app/C:/Windows/win.ini',
    ]) {
      expect(decideRendererRequest(raw, 'GET', winRoot, path.win32), raw).toEqual({
        kind: 'not-found',
      })
    }
  })

  it('answers only its own scheme and host', () => {
    for (const raw of ['mufakat://evil/index.html', 'https://app/index.html', 'not a url']) {
      expect(decideRendererRequest(raw, 'GET', root), raw).toEqual({ kind: 'not-found' })
    }
    expect(decideRendererRequest('MUFAKAT://APP/index.html', 'GET', root).kind).toBe('file')
  })
})

describe('CONTENT_SECURITY_POLICY and content types', () => {
  it('allows scripts only from the app and forbids objects, base and framing', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'")
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/)
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'")
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'")
  })

  it('names the usual types', () => {
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8')
    expect(contentTypeFor('a/b.JS')).toBe('text/javascript; charset=utf-8')
    expect(contentTypeFor('x.woff2')).toBe('font/woff2')
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream')
  })
})

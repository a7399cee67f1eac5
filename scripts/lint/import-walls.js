import path from 'node:path'

// The renderer's inner walls, which no-restricted-imports cannot see because they depend on where
// an import lands, not on how it is spelled: "../live/hooks" and "@renderer/features/live/hooks"
// both reach into another feature. Each import is resolved against the importing file first.

const RENDERER_ROOT = '/src/renderer/src/'

function posix(file) {
  return file.split(path.sep).join('/')
}

/** The import's target relative to src/renderer/src, or null when it lies outside the renderer. */
function rendererTarget(filename, source) {
  const file = posix(filename)
  const at = file.lastIndexOf(RENDERER_ROOT)
  if (at < 0) return null
  const root = file.slice(0, at + RENDERER_ROOT.length)
  let absolute
  if (source.startsWith('@renderer/')) absolute = root + source.slice('@renderer/'.length)
  else if (source.startsWith('.')) absolute = path.posix.join(path.posix.dirname(file), source)
  else return null
  return absolute.startsWith(root) ? absolute.slice(root.length) : null
}

function rendererPath(filename) {
  const file = posix(filename)
  const at = file.lastIndexOf(RENDERER_ROOT)
  return at < 0 ? null : file.slice(at + RENDERER_ROOT.length)
}

/** "features/live/hooks" → { name: 'live', rest: 'hooks' }; null outside features/. */
function featureOf(relative) {
  const [top, name, ...rest] = relative.split('/')
  return top === 'features' && name ? { name, rest: rest.join('/') } : null
}

const ENTRY = /^(index(\.tsx?)?)?$/

const rule = {
  meta: {
    type: 'problem',
    docs: {
      description: 'Features meet only at their index.ts; db/ is reached only via db/index.ts',
    },
    schema: [],
    messages: {
      featureDeep:
        "'{{source}}' reaches inside features/{{feature}}: import what it exports from its index.ts ('{{entry}}'), or move what both need to ui/ or src/shared.",
      repositoryDeep:
        "'{{source}}' reaches inside db/repositories: import from @renderer/db (db/index.ts), which exports what features may use.",
      dbDeep:
        "'{{source}}' reaches inside db/: import from @renderer/db (db/index.ts), which exports what the rest of the renderer may use (backup, exchange, personal data included).",
    },
  },
  create(context) {
    const importer = rendererPath(context.filename)
    if (importer === null) return {}
    const importerFeature = featureOf(importer)

    function check(node) {
      if (!node || node.type !== 'Literal' || typeof node.value !== 'string') return
      const source = node.value
      const target = rendererTarget(context.filename, source)
      if (target === null) return
      const feature = featureOf(target)
      if (feature && feature.name !== importerFeature?.name && !ENTRY.test(feature.rest)) {
        const entry = path.posix.relative(path.posix.dirname(importer), `features/${feature.name}`)
        context.report({
          node,
          messageId: 'featureDeep',
          data: {
            source,
            feature: feature.name,
            entry: entry.startsWith('.') ? entry : `./${entry}`,
          },
        })
      }
      if (importer.startsWith('db/')) return
      if (/^db\/repositories(\/|$)/.test(target)) {
        context.report({ node, messageId: 'repositoryDeep', data: { source } })
      } else if (/^db\/(?!index(\.tsx?)?$)/.test(target)) {
        context.report({ node, messageId: 'dbDeep', data: { source } })
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
    }
  },
}

export const importWalls = { rules: { 'import-walls': rule } }

import { useCallback, useEffect, useId, useLayoutEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import SignaturePadEngine from 'signature_pad'

// Stored signatures are small enough to sit in a record: the drawn area is trimmed to the ink and
// scaled down to fit this box before it is encoded.
const MAX_EXPORT_WIDTH = 480
const MAX_EXPORT_HEIGHT = 200
const EXPORT_MARGIN = 4

interface SignaturePadProps {
  /** A PNG data URL, or null when nothing is signed. */
  value: string | null
  onChange: (dataUrl: string | null) => void
  /** Names the drawing area for screen readers and shows above it. */
  label: string
  /** CSS height of the drawing area; the tablet mode makes it taller. */
  height?: number
  disabled?: boolean
  testId?: string
}

interface InkBounds {
  left: number
  top: number
  width: number
  height: number
}

function inkBounds(canvas: HTMLCanvasElement): InkBounds | null {
  const context = canvas.getContext('2d')
  if (!context || canvas.width === 0 || canvas.height === 0) return null
  const { data, width, height } = context.getImageData(0, 0, canvas.width, canvas.height)
  let minX = width
  let minY = height
  let maxX = -1
  let maxY = -1
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (data[(y * width + x) * 4 + 3]! > 0) {
        if (x < minX) minX = x
        if (x > maxX) maxX = x
        if (y < minY) minY = y
        if (y > maxY) maxY = y
      }
    }
  }
  if (maxX < 0) return null
  return { left: minX, top: minY, width: maxX - minX + 1, height: maxY - minY + 1 }
}

/** The ink only, scaled into the export box, as a PNG data URL. */
export function compressSignature(canvas: HTMLCanvasElement): string | null {
  const bounds = inkBounds(canvas)
  if (!bounds) return null
  const scale = Math.min(
    1,
    (MAX_EXPORT_WIDTH - 2 * EXPORT_MARGIN) / bounds.width,
    (MAX_EXPORT_HEIGHT - 2 * EXPORT_MARGIN) / bounds.height,
  )
  const out = document.createElement('canvas')
  out.width = Math.max(1, Math.round(bounds.width * scale) + 2 * EXPORT_MARGIN)
  out.height = Math.max(1, Math.round(bounds.height * scale) + 2 * EXPORT_MARGIN)
  const context = out.getContext('2d')
  if (!context) return null
  context.imageSmoothingQuality = 'high'
  context.drawImage(
    canvas,
    bounds.left,
    bounds.top,
    bounds.width,
    bounds.height,
    EXPORT_MARGIN,
    EXPORT_MARGIN,
    out.width - 2 * EXPORT_MARGIN,
    out.height - 2 * EXPORT_MARGIN,
  )
  return out.toDataURL('image/png')
}

/**
 * Signature capture with mouse, touch or pen. The strokes are kept as vectors while the pad is open,
 * so a resize redraws them sharply; a stored value with no strokes (opened later) is drawn as an
 * image, centred.
 */
export function SignaturePad({
  value,
  onChange,
  label,
  height = 180,
  disabled = false,
  testId = 'signature-pad',
}: SignaturePadProps) {
  const { t } = useTranslation('checkin')
  const labelId = useId()
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const padRef = useRef<SignaturePadEngine | null>(null)
  const lastEmitted = useRef<string | null>(value)
  const onChangeRef = useRef(onChange)
  useLayoutEffect(() => {
    onChangeRef.current = onChange
  })

  const drawStoredValue = useCallback((pad: SignaturePadEngine, dataUrl: string) => {
    const canvas = canvasRef.current
    if (!canvas) return
    const ratio = Math.max(window.devicePixelRatio || 1, 1)
    const image = new Image()
    image.onload = () => {
      const boxWidth = canvas.width / ratio
      const boxHeight = canvas.height / ratio
      const scale = Math.min(1, boxWidth / image.width, boxHeight / image.height)
      const width = image.width * scale
      const height = image.height * scale
      void pad.fromDataURL(dataUrl, {
        ratio,
        width,
        height,
        xOffset: (boxWidth - width) / 2,
        yOffset: (boxHeight - height) / 2,
      })
    }
    image.src = dataUrl
  }, [])

  const fitCanvas = useCallback(() => {
    const canvas = canvasRef.current
    const pad = padRef.current
    if (!canvas || !pad) return
    const ratio = Math.max(window.devicePixelRatio || 1, 1)
    const width = Math.round(canvas.offsetWidth * ratio)
    const heightPx = Math.round(canvas.offsetHeight * ratio)
    if (width === canvas.width && heightPx === canvas.height) return
    const strokes = pad.toData()
    canvas.width = width
    canvas.height = heightPx
    canvas.getContext('2d')?.scale(ratio, ratio)
    pad.clear()
    if (strokes.length > 0) pad.fromData(strokes)
    else if (lastEmitted.current) drawStoredValue(pad, lastEmitted.current)
  }, [drawStoredValue])

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    const pad = new SignaturePadEngine(canvas, {
      penColor: '#10233f',
      minWidth: 0.8,
      maxWidth: 2.6,
    })
    padRef.current = pad
    const emit = () => {
      const dataUrl = pad.isEmpty() ? null : compressSignature(canvas)
      lastEmitted.current = dataUrl
      onChangeRef.current(dataUrl)
    }
    pad.addEventListener('endStroke', emit)
    canvas.width = 0
    fitCanvas()
    const observer = new ResizeObserver(() => fitCanvas())
    observer.observe(canvas)
    return () => {
      observer.disconnect()
      pad.removeEventListener('endStroke', emit)
      pad.off()
      padRef.current = null
    }
  }, [fitCanvas])

  useEffect(() => {
    const pad = padRef.current
    if (!pad) return
    if (disabled) pad.off()
    else pad.on()
  }, [disabled])

  // A value set from outside (another record opened, a reset) replaces what is drawn.
  useEffect(() => {
    const pad = padRef.current
    if (!pad || value === lastEmitted.current) return
    lastEmitted.current = value
    pad.clear()
    if (value) drawStoredValue(pad, value)
  }, [value, drawStoredValue])

  const clear = () => {
    padRef.current?.clear()
    lastEmitted.current = null
    onChange(null)
  }

  return (
    <div
      role="group"
      aria-labelledby={labelId}
      data-testid={testId}
      data-signed={value ? 'true' : 'false'}
      style={{ display: 'grid', gap: '0.35rem' }}
    >
      <span id={labelId} style={{ fontWeight: 600 }}>
        {label}
      </span>
      <canvas
        ref={canvasRef}
        role="img"
        aria-label={
          value ? t('signaturePad.signed', { label }) : t('signaturePad.empty', { label })
        }
        data-testid={`${testId}-canvas`}
        style={{
          width: '100%',
          height,
          touchAction: 'none',
          background: '#fff',
          border: '1px dashed var(--field-border)',
          borderRadius: 'var(--radius, 8px)',
          cursor: disabled ? 'not-allowed' : 'crosshair',
        }}
      />
      <div style={{ display: 'flex', gap: '0.5rem', alignItems: 'center' }}>
        <button
          type="button"
          className="button button--quiet"
          onClick={clear}
          disabled={disabled || !value}
          data-testid={`${testId}-clear`}
        >
          {t('signaturePad.clear')}
        </button>
        <small className="hint">{t('signaturePad.hint')}</small>
      </div>
    </div>
  )
}

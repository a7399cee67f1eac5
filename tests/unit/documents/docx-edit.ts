// Edits to WordprocessingML as Word makes them, for the tamper suite and the verification e2e.

/**
 * Splits the run holding `phrase` so that `word` (inside the phrase) gets run properties of its
 * own, as Word does when one word is formatted.
 */
export function formatWord(xml: string, phrase: string, word: string, properties: string): string {
  const at = xml.indexOf(phrase)
  if (at < 0) throw new Error(`formatWord: no "${phrase}"`)
  const runStart = xml.lastIndexOf('<w:r>', at)
  const textOpen = xml.lastIndexOf('<w:t', at)
  const textStart = xml.indexOf('>', textOpen) + 1
  const textEnd = xml.indexOf('</w:t>', at)
  const runEnd = xml.indexOf('</w:r>', at) + '</w:r>'.length
  const rPr = /^<w:r><w:rPr>([\s\S]*?)<\/w:rPr>/.exec(xml.slice(runStart, textOpen))?.[1] ?? ''
  const text = xml.slice(textStart, textEnd)
  const split = text.indexOf(phrase) + phrase.indexOf(word)
  const run = (props: string, piece: string) =>
    `<w:r><w:rPr>${props}</w:rPr><w:t xml:space="preserve">${piece}</w:t></w:r>`
  return (
    xml.slice(0, runStart) +
    run(rPr, text.slice(0, split)) +
    run(rPr + properties, word) +
    run(rPr, text.slice(split + word.length)) +
    xml.slice(runEnd)
  )
}

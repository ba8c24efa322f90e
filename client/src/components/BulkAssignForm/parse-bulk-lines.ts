/** One pasted line: where it was in the text (1-based), the identifier and an optional display name. */
export interface BulkLine {
  sourceLine: number;
  identifier: string;
  displayName: string | null;
}

/**
 * Text (pasted, or a CSV/TXT file) → lines: one node per line, the identifier first, then an
 * optional display name, separated by a comma, a semicolon, a tab or spaces. Blank lines and a
 * header row ("identifier,…") are skipped; quotes around a CSV cell are dropped. The server judges
 * every line; this only splits them.
 */
export function parseBulkLines(text: string): BulkLine[] {
  const lines: BulkLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const match = /^("?)([^,;\t\s"]+)\1\s*(?:[,;\t]|\s)?\s*(.*)$/.exec(line);
    const identifier = match ? match[2] : line;
    const rest = (match?.[3] ?? '')
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim();
    if (i === 0 && /^(identifier|address|node)$/i.test(identifier)) return;
    lines.push({ sourceLine: i + 1, identifier, displayName: rest || null });
  });
  return lines;
}

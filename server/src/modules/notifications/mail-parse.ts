/**
 * Just enough MIME to show a received mail (the SMTP sink and tests): unfolded headers, RFC 2047
 * subjects, and the text/plain part of a (multipart) body in quoted-printable, base64 or 7/8-bit.
 */

export interface ParsedMail {
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string | null;
}

function splitHead(raw: string): { head: string; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  if (at < 0) return { head: raw, body: '' };
  const sep = raw.slice(at).match(/^\r?\n\r?\n/)![0];
  return { head: raw.slice(0, at), body: raw.slice(at + sep.length) };
}

function parseHeaders(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(...Buffer.from(soft[i], 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** `=?UTF-8?Q?…?=` / `=?UTF-8?B?…?=` words (adjacent words join without the space between them). */
export function decodeEncodedWords(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QqBb]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, _charset: string, enc: string, data: string) =>
      enc.toUpperCase() === 'B' ? Buffer.from(data, 'base64').toString('utf8') : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}

function decodeBody(body: string, headers: Map<string, string>): string {
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

/** Leaf parts of a body, depth first, with their headers. */
function leafParts(headers: Map<string, string>, body: string): Array<{ type: string; text: string }> {
  const type = (headers.get('content-type') ?? 'text/plain').toLowerCase();
  const boundary = /boundary="?([^";]+)"?/i.exec(headers.get('content-type') ?? '')?.[1];
  if (!type.startsWith('multipart/') || !boundary) return [{ type: type.split(';')[0].trim(), text: decodeBody(body, headers) }];
  const parts = body.split(`--${boundary}`).slice(1);
  const leaves: Array<{ type: string; text: string }> = [];
  for (const part of parts) {
    if (part.startsWith('--')) break;
    const { head, body: partBody } = splitHead(part.replace(/^\r?\n/, ''));
    leaves.push(...leafParts(parseHeaders(head), partBody.replace(/\r?\n$/, '')));
  }
  return leaves;
}

export function parseMail(raw: string): ParsedMail {
  const { head, body } = splitHead(raw);
  const headers = parseHeaders(head);
  const leaves = leafParts(headers, body);
  const text = leaves.find((p) => p.type === 'text/plain')?.text ?? '';
  const html = leaves.find((p) => p.type === 'text/html')?.text ?? null;
  return { headers, subject: decodeEncodedWords(headers.get('subject') ?? ''), text: text.replace(/\r\n/g, '\n').trimEnd(), html };
}

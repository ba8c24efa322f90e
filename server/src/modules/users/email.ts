/**
 * The one form an email is stored, compared and looked up in. NFKC first, so compatibility look-alikes
 * (full-width `ａｄｍｉｎ`, ligatures, the Kelvin sign) become their plain letters and cannot register
 * next to the account they imitate; then lower case and trimmed. Idempotent (checked over every code
 * point), so normalizing an already-normalized email changes nothing.
 */
export function normalizeEmail(email: string): string {
  return email.normalize('NFKC').toLowerCase().trim();
}

/**
 * A GPU model as one key ("H100", "A100", "RTX 4090"), from what a customer types ("H100 80GB") or
 * what a host reports on chain ("NVIDIA H100 80GB HBM3 | 79GB", "NVIDIA A100-SXM4-80GB | 79GB").
 * Memory variants of one model share its key: hosts report memory inconsistently (the part after
 * '|' is what the driver sees), and a key per variant would leave most variants without data.
 */
const MODEL_TOKEN = /^[A-Z]{1,2}\d{2,4}[A-Z]?$/;
const CONSUMER_NUMBER = /^\d{4}$/;

export function gpuModelKey(text: string): string | null {
  const tokens = text
    .split('|')[0]
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  for (const [i, token] of tokens.entries()) {
    // "RTX 4090", "GeForce RTX 5090", or just "4090".
    if (token === 'RTX' && CONSUMER_NUMBER.test(tokens[i + 1] ?? '')) return `RTX ${tokens[i + 1]}`;
    if (CONSUMER_NUMBER.test(token)) return `RTX ${token}`;
    if (token.startsWith('RTX') && CONSUMER_NUMBER.test(token.slice(3))) return `RTX ${token.slice(3)}`;
    if (MODEL_TOKEN.test(token)) return token;
  }
  return null;
}

// "Renders Russian with no English server text" (issue #15, done when): the visible text of a page
// in Russian may hold Latin letters only in what is not worded by us — names and codes the network
// gives (node identifiers, display names, model and GPU names), units and the brand.
import assert from 'node:assert/strict';

/** Latin words allowed in Russian pages (case-sensitive unless noted). */
const ALLOWED = [
  /^(MineGNK|GNK|GPU|GPUs|PoC|API|URL|ID|Telegram|Gonka|WGNK|CoinGecko|Hyperfusion|USD|EUR)$/,
  /^(EN|RU|English)$/, // the language switch names each language in its own language
  /^(ML|PoC)$/, // terms of the network
  /^gonka1[0-9a-z]*$/, // node identifiers (shortened ones, gonka1qy…cdef, are taken out first)
  /^(NVIDIA|AMD|H100|H200|H20|B200|B300|A100|A6000|L40S?|RTX|HBM\d?e?|SXM\d?|PCIe|GB|MB|\d+GB)$/i, // GPU names
  /\//, // model names: Qwen/Qwen3-235B-…, moonshotai/Kimi-K2.6
  /^(Qwen|DeepSeek|Kimi|MiniMax|Llama|FP8|Instruct|Flash)/i,
  /@/, // e-mail addresses (the signed-in account)
];

const WORD = /[A-Za-z](?:[A-Za-z0-9._@/+-]*[A-Za-z0-9])?/g;
// A shortened identifier as the UI prints it: its tail alone would read as any short English word.
const SHORT_IDENTIFIER = /gonka1[0-9a-z]+…[0-9a-z]+/g;

/**
 * Allowed by a rule, or one of the words of `extra` (node display names and other texts that come
 * from data, not from the portal's wording): whole words, so "until" does not pass as part of a name.
 */
function allowed(word, extra) {
  return ALLOWED.some((re) => re.test(word)) || extra.some((e) => (e.match(WORD) ?? []).includes(word));
}

/** Visible text nodes of the page (shadowless DOM), trimmed, without the ones marked data-e2e-data. */
export function visibleTexts(page) {
  return page.evaluate(() => {
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement;
      const text = (node.textContent ?? '').trim();
      if (!text || !el || el.closest('script, style, noscript') || !el.checkVisibility()) continue;
      out.push(text);
    }
    return out;
  });
}

/** Latin words on the page that no rule allows, each with the text it was found in. */
export async function englishOn(page, extra = []) {
  const found = [];
  for (const text of await visibleTexts(page)) {
    for (const word of text.replace(SHORT_IDENTIFIER, ' ').match(WORD) ?? []) {
      if (!allowed(word, extra)) found.push(`${word}  ←  "${text.slice(0, 120)}"`);
    }
  }
  return [...new Set(found)];
}

export async function assertNoEnglish(page, where, extra = []) {
  const found = await englishOn(page, extra);
  assert.deepEqual(found, [], `${where}: English text in Russian:\n${found.join('\n')}`);
}

/**
 * The chain reports a GPU as "NVIDIA H100 80GB HBM3 | 79GB": the model name, then the memory the
 * host measured. The model is shown as the label; the measured memory is secondary text.
 */
export function cleanGpuLabel(type: string): { model: string; memory: string | null } {
  const [model = '', ...rest] = type.split('|');
  const reported = rest.join('|').replace(/\s+/g, '').trim();
  const memory = reported ? reported.replace(/^(\d+(?:\.\d+)?)([A-Za-z]+)$/, '$1 $2') : null;
  return { model: model.replace(/\s+/g, ' ').trim(), memory };
}

/** The model without the vendor, for narrow table cells ("H100 80GB HBM3"). */
export function shortGpuModel(type: string): string {
  return cleanGpuLabel(type).model.replace(/^NVIDIA\s+/i, '');
}

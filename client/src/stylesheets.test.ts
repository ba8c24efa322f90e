import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Vitest does not load CSS, so a missing stylesheet shows only in the browser (#15: hovering a chart
// painted the plot black — the cursor fill is a variable defined by @mantine/charts/styles.css).
// This reads the sources: every Mantine package the app renders components from must have its
// stylesheet imported by the entry.
const src = join(import.meta.dirname);
const require = createRequire(import.meta.url);

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'gql' ? [] : sources(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function hasStylesheet(pkg: string) {
  try {
    require.resolve(`${pkg}/styles.css`);
    return true;
  } catch {
    return false;
  }
}

describe('stylesheets', () => {
  const entry = readFileSync(join(src, 'main.tsx'), 'utf8');
  const used = new Set(sources(src).flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from '(@mantine\/[a-z]+)'/g)].map((m) => m[1]!)));

  it('finds the chart package among the ones used', () => {
    expect(used).toContain('@mantine/charts');
  });

  it.each([...used].filter(hasStylesheet))('the entry imports %s/styles.css', (pkg) => {
    expect(entry).toContain(`import '${pkg}/styles.css';`);
  });

  it('the charts stylesheet defines the cursor fill and styles the tooltip', () => {
    const css = readFileSync(require.resolve('@mantine/charts/styles.css'), 'utf8');
    expect(css).toContain('--chart-cursor-fill');
    expect(css).toContain('.m_e4d36c9b'); // ChartTooltip's root class (mantine-ChartTooltip-tooltip)
  });
});

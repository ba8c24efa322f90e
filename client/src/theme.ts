import { createTheme, Input, type MantineColorsTuple } from '@mantine/core';

// Gonka-ish teal-green, tuned for both schemes.
const gonka: MantineColorsTuple = ['#e6fcf5', '#c3fae8', '#96f2d7', '#63e6be', '#38d9a9', '#20c997', '#12b886', '#0ca678', '#099268', '#087f5b'];

/** The one Mantine theme of the app. */
export const theme = createTheme({
  primaryColor: 'gonka',
  primaryShade: { light: 7, dark: 5 },
  colors: { gonka },
  defaultRadius: 'md',
  fontFamily: 'Inter, system-ui, -apple-system, Segoe UI, Roboto, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Paper: { defaultProps: { radius: 'md' } },
    Card: { defaultProps: { radius: 'md', withBorder: true } },
    // Mantine paints an invalid field's placeholder in the error colour, so an empty required field
    // looked as if its example had been rejected; placeholders stay dimmed, the error text says what is wrong.
    Input: Input.extend({ styles: { input: { '--input-placeholder-color': 'var(--mantine-color-placeholder)' } } }),
  },
});

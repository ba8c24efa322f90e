/** The English keys at every level, each level also open to Russian-only plural forms (_few, _many). */
export type WithRussianPlurals<T> = { [K in keyof T]: T[K] extends string ? string : WithRussianPlurals<T[K]> } & Record<string, unknown>;

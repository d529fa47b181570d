/** `n` rounded to `places` decimals (the views' money, counts of credit fractions and ratios). */
export const round = (n: number, places: number): number => Math.round(n * 10 ** places) / 10 ** places

/** The UTC day (YYYY-MM-DD) of a time in ms. */
export const dayOf = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/**
 * The id a story paragraph carries on its page, `p3`: the one place the
 * anchor format is written. Kept apart from routes.ts (which builds every
 * link from it) because the browser's search code needs it without the rest.
 */
export const paragraphId = (n: number): string => `p${n}`;

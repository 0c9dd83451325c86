/** Paths of the browsers the end-to-end tests drive (see ensure-browsers.mjs). */
export const CHROMIUM: string;
export const FIREFOX: string;

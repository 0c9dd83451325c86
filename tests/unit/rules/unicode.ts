/** Unicode facts the rules tests share. */

/**
 * Unicode's Default_Ignorable_Code_Point, from DerivedCoreProperties.txt (unchanged since Unicode 6.x): the
 * matcher reads the text without them. Written out here so that a test checks the engine's \p{…} against it.
 */
export const DEFAULT_IGNORABLE_RANGES: readonly [number, number][] = [
  [0x00ad, 0x00ad], [0x034f, 0x034f], [0x061c, 0x061c], [0x115f, 0x1160], [0x17b4, 0x17b5], [0x180b, 0x180f],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x206f], [0x3164, 0x3164], [0xfe00, 0xfe0f], [0xfeff, 0xfeff],
  [0xffa0, 0xffa0], [0xfff0, 0xfff8], [0x1bca0, 0x1bca3], [0x1d173, 0x1d17a], [0xe0000, 0xe0fff],
];
export const isDefaultIgnorable = (c: number) => DEFAULT_IGNORABLE_RANGES.some(([a, b]) => c >= a && c <= b);

/**
 * Some of them, as people paste them: zero-width space, non-joiner, joiner, soft hyphen, word joiner, BOM, LRM,
 * VS16, a tag character, the Hangul filler, the combining grapheme joiner, the Mongolian vowel separator, VS17.
 */
export const IGNORABLES = ['\u200B', '\u200C', '\u200D', '\u00AD', '\u2060', '\uFEFF', '\u200E', '\uFE0F', '\u{E0041}', '\u3164', '\u034F', '\u180E', '\u{E0100}'];

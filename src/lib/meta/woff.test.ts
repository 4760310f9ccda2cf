import { describe, expect, it } from 'vitest';
import { create, type Font } from 'fontkitten';
import { cardFontFile } from './card-fonts.ts';
import { woffToSfnt } from './woff.ts';

describe('woffToSfnt', () => {
  it('gives the font the WOFF wraps: same glyphs, metrics and character map', () => {
    const woff = cardFontFile('latin', 700, 'woff');
    const sfnt = woffToSfnt(woff);
    expect(Buffer.from(sfnt).readUInt32BE(0)).toBe(Buffer.from(woff).readUInt32BE(4));
    const [wrapped, plain] = [create(woff), create(Buffer.from(sfnt))] as Font[];
    expect(plain!.numGlyphs).toBe(wrapped!.numGlyphs);
    expect([plain!.unitsPerEm, plain!.ascent, plain!.descent]).toEqual([
      wrapped!.unitsPerEm,
      wrapped!.ascent,
      wrapped!.descent,
    ]);
    for (const char of 'Aé’·fi')
      expect(plain!.glyphForCodePoint(char.codePointAt(0)!).id).toBe(
        wrapped!.glyphForCodePoint(char.codePointAt(0)!).id,
      );
  });

  it('refuses a file that is not WOFF 1.0', () => {
    expect(() => woffToSfnt(cardFontFile('latin', 700, 'woff2'))).toThrow(/WOFF 1.0/);
  });
});

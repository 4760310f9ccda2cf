import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';

// A cache of its own, so that the PNG checked is drawn by this run, not read from an earlier one.
vi.stubEnv('ARCHIVE_CACHE_DIR', mkdtempSync(join(tmpdir(), 'card-cache-')));
const { drawSocialCard, socialCardPng } = await import('./social-card.ts');
type CardText = import('./social-card.ts').CardText;

const card: CardText = {
  headline: 'Senate committee advances water rights bill',
  footer: 'The Daily Ledger · September 4, 2023',
  siteName: 'The Wire Archive',
};
const pixels = (text: CardText) => Buffer.from(drawSocialCard(text));
const withoutHeadline = () => pixels({ ...card, headline: '' });

describe('share cards', () => {
  it('draw the headline in the fonts it has: Latin, Cyrillic, Greek', () => {
    const blank = withoutHeadline();
    for (const headline of [card.headline, 'Госдума приняла закон о воде', 'Η Βουλή ψήφισε τον νόμο']) {
      expect(pixels({ ...card, headline }).equals(blank), headline).toBe(false);
    }
  });

  it('leave out a headline in a script the card font lacks instead of drawing boxes', () => {
    const blank = withoutHeadline();
    for (const headline of ['中国经济增长放缓', 'البرلمان يقر قانون المياه', 'Госдума 中国']) {
      // The same pixels as a card with no headline: nothing, not a row of tofu, where the headline would be.
      expect(pixels({ ...card, headline }).equals(blank), headline).toBe(true);
    }
  });

  it('still name the outlet and date when only the headline is in another script', () => {
    const chinese = pixels({ ...card, headline: '中国经济增长放缓' });
    expect(chinese.equals(pixels({ ...card, headline: '', footer: '' }))).toBe(false);
  });

  it('are 1200×630 PNGs whose image data is the drawn card', async () => {
    const drawn = pixels(card);
    const png = Buffer.from(await socialCardPng(card));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    const idat = png.indexOf('IDAT', 0, 'latin1');
    const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
    // Each row is its filter byte (0, none) and the drawn RGBA row, fully opaque.
    const rows = Array.from({ length: 630 }, (_, y) => raw.subarray(y * 4801, (y + 1) * 4801));
    expect(rows.every((row) => row[0] === 0)).toBe(true);
    expect(Buffer.concat(rows.map((row) => row.subarray(1))).equals(drawn)).toBe(true);
    expect(drawn.every((value, i) => i % 4 !== 3 || value === 255)).toBe(true);
  });
});

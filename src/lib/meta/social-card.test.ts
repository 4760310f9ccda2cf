import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it, vi } from 'vitest';
import { CARD_COLOURS, cardPalette } from './card-palette.ts';

// A cache of its own, so that the PNG checked is drawn by this run, not read from an earlier one.
vi.stubEnv('ARCHIVE_CACHE_DIR', mkdtempSync(join(tmpdir(), 'card-cache-')));
const { drawSocialCard, drawSocialCardWithSkia, socialCardPng } = await import('./social-card.ts');
type CardText = import('./social-card.ts').CardText;

const card: CardText = {
  headline: 'Senate committee advances water rights bill',
  footer: 'The Daily Ledger · September 4, 2023',
  siteName: 'The Wire Archive',
};
const pixels = async (text: CardText) => Buffer.from(await drawSocialCard(text));
const withoutHeadline = () => pixels({ ...card, headline: '' });

/** A PNG as a real decoder reads it: RGBA, 1200×630. */
async function decode(png: Uint8Array): Promise<Uint8ClampedArray> {
  const canvas = createCanvas(1200, 630);
  const context = canvas.getContext('2d');
  context.drawImage(await loadImage(Buffer.from(png)), 0, 0);
  return context.getImageData(0, 0, 1200, 630).data;
}

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const at = (image: Uint8ClampedArray | Uint8Array, x: number, y: number) =>
  Array.from(image.subarray((y * 1200 + x) * 4, (y * 1200 + x) * 4 + 3));

describe('share cards', () => {
  it('draw the headline in the fonts it has: Latin, Cyrillic, Greek', async () => {
    const blank = await withoutHeadline();
    for (const headline of [card.headline, 'Госдума приняла закон о воде', 'Η Βουλή ψήφισε τον νόμο']) {
      expect((await pixels({ ...card, headline })).equals(blank), headline).toBe(false);
    }
  });

  it('leave out a headline in a script the card font lacks instead of drawing boxes', async () => {
    const blank = await withoutHeadline();
    for (const headline of ['中国经济增长放缓', 'البرلمان يقر قانون المياه', 'Госдума 中国']) {
      // The same pixels as a card with no headline: nothing, not a row of tofu, where the headline would be.
      expect((await pixels({ ...card, headline })).equals(blank), headline).toBe(true);
    }
  });

  it('still name the outlet and date when only the headline is in another script', async () => {
    const chinese = await pixels({ ...card, headline: '中国经济增长放缓' });
    expect(chinese.equals(await pixels({ ...card, headline: '', footer: '' }))).toBe(false);
  });

  it('are 1200×630 indexed-colour PNGs whose image data is the drawn card', async () => {
    const drawn = await pixels(card);
    const png = Buffer.from(await socialCardPng(card));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
    expect([png[24], png[25]]).toEqual([8, 3]); // 8 bits an index, indexed colour
    const chunk = (type: string) => {
      const start = png.indexOf(type, 0, 'latin1');
      return png.subarray(start + 4, start + 4 + png.readUInt32BE(start - 4));
    };
    const palette = chunk('PLTE');
    expect(palette.equals(cardPalette().plte)).toBe(true);
    expect(palette.length / 3).toBeLessThanOrEqual(256);
    const raw = inflateSync(chunk('IDAT'));
    expect(raw.equals(drawn)).toBe(true);
    // Each row is its filter byte (0, none) and an index into the palette a pixel.
    const rows = Array.from({ length: 630 }, (_, y) => raw.subarray(y * 1201, (y + 1) * 1201));
    expect(rows.every((row) => row[0] === 0)).toBe(true);
    expect(rows.every((row) => row.subarray(1).every((index) => index < palette.length / 3))).toBe(true);
  });

  it('look as Skia draws the whole card: every pixel within 4 of 255, kerning and ligatures included', async () => {
    const cards: CardText[] = [
      { ...card, note: 'Headline written by the archive from the article’s lede' },
      // Kerned pairs (To, Ta; AV, which Skia does not kern: its "A" comes from another subset), ligatures (fi, ffl).
      { ...card, headline: 'To Tallinn: AVA office “affluent” fjord — 1,234 ½', footer: 'Ärzte Zeitung · 1 März 2021' },
      { ...card, headline: 'Việt Nam: Đà Nẵng mở rộng cảng; Госдума; Η Βουλή', footer: 'ТАСС · 3 May 2020' },
      { ...card, headline: 'A long headline that has to wrap over several lines of smaller type '.repeat(3) },
    ];
    for (const text of cards) {
      const design = drawSocialCardWithSkia(text);
      const stored = await decode(await socialCardPng(text));
      let worst = 0;
      for (let i = 0; i < stored.length; i++)
        if (i % 4 !== 3) worst = Math.max(worst, Math.abs(stored[i]! - design[i]!));
      expect(worst, text.headline).toBeLessThanOrEqual(4);
    }
  });

  it('have the design’s colours where the design puts them', async () => {
    const stored = await decode(await socialCardPng({ ...card, headline: 'IIIIIIIIIIII' }));
    expect(at(stored, 600, 8), 'the accent bar').toEqual(rgb(CARD_COLOURS.accent));
    expect(at(stored, 40, 300), 'the margin').toEqual(rgb(CARD_COLOURS.paper));
    expect(at(stored, 1150, 600), 'the foot').toEqual(rgb(CARD_COLOURS.paper));
    // The headline's stems: some pixel of the middle row of the card is solid ink.
    const middle = Array.from({ length: 1040 }, (_, x) => at(stored, 80 + x, 315));
    expect(middle).toContainEqual(rgb(CARD_COLOURS.ink));
  });
});

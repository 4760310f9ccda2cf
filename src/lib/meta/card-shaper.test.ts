import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { CARD_FAMILY, cardFonts } from './card-fonts.ts';
import { cardShaper } from './card-shaper.ts';

const lines = [
  'Senate committee advances water rights bill',
  // Kerned (To, Ta) and unkerned (AV: Skia takes "A" from another subset) pairs, ligatures, figures.
  'To Tallinn: AVA office “affluent” fjord — 1,234 ½',
  'Việt Nam: Đà Nẵng mở rộng cảng',
  'Госдума приняла закон о воде; Η Βουλή ψήφισε',
  'Ärzte Zeitung · 1 März 2021',
];

describe('cardShaper', () => {
  it('gives every line the width Skia measures, which the headline wraps by', async () => {
    cardFonts();
    const shaper = await cardShaper();
    const context = createCanvas(1, 1).getContext('2d');
    for (const weight of [400, 700] as const) {
      for (const size of [22, 46, 72]) {
        context.font = `${weight} ${size}px "${CARD_FAMILY}"`;
        for (const line of lines) {
          expect(shaper.shape(line, weight, size).width, `${weight} ${size}px ${line}`).toBeCloseTo(
            context.measureText(line).width,
            2,
          );
        }
      }
    }
  });

  it('places one cluster a ligature, and the clusters spell the line', async () => {
    const { clusters } = (await cardShaper()).shape('office affluent', 700, 60);
    expect(clusters.map((cluster) => cluster.text).join('')).toBe('office affluent');
    expect(clusters.map((cluster) => cluster.text)).toContain('ffi');
    expect(clusters.every((cluster, i) => i === 0 || cluster.x > clusters[i - 1]!.x)).toBe(true);
  });
});

import type { HarfBuzz } from 'harfbuzzjs';
import { CARD_SUBSETS, cardFontFile, cardFonts, requireFromRoot, type CardWeight } from './card-fonts.ts';
import { woffToSfnt } from './woff.ts';

/** A cluster of a shaped line: its characters (a ligature's several) and where its pen position is. */
export interface PlacedCluster {
  text: string;
  /** From the line's start, in pixels (fractional: glyphs are placed to a quarter pixel). */
  x: number;
}

/** A shaped line: its clusters and its advance width in pixels (what Skia's measureText gives as `width`). */
export interface ShapedLine {
  clusters: PlacedCluster[];
  width: number;
}

export interface CardShaper {
  /** `text` in the card face at `size` px, as Skia's fillText lays it out: one run per font, kerned, ligatures. */
  shape(text: string, weight: CardWeight, size: number): ShapedLine;
}

let loaded: Promise<CardShaper> | undefined;

/**
 * HarfBuzz (the shaper inside Skia) over the same Source Serif 4 subsets, so
 * that a card can be put together from glyphs drawn once: the positions are
 * the ones Skia would draw the whole line at. Each character is shaped in the
 * subset Skia draws it from (`CardFonts.subsetOf`), kerning only within a run
 * of one subset, as Skia does.
 */
export function cardShaper(): Promise<CardShaper> {
  // Required, not imported: its CommonJS export is a Promise, which a bundler's ES module interop wraps.
  loaded ??= (requireFromRoot('harfbuzzjs') as Promise<HarfBuzz>).then((hb) => {
    const fonts = cardFonts();
    type Face = { font: ReturnType<typeof hb.createFont>; upem: number };
    const faces = new Map<CardWeight, Face[]>();
    const facesOf = (weight: CardWeight) => {
      let list = faces.get(weight);
      if (!list) {
        list = CARD_SUBSETS.map((subset) => {
          const face = hb.createFace(hb.createBlob(woffToSfnt(cardFontFile(subset, weight, 'woff'))), 0);
          return { font: hb.createFont(face), upem: face.upem };
        });
        faces.set(weight, list);
      }
      return list;
    };
    /** Shapes text[start, end) in one subset, placing its clusters from `origin`; returns the run's advance. */
    const run = (
      placed: PlacedCluster[],
      text: string,
      start: number,
      end: number,
      font: Face,
      size: number,
      origin: number,
    ) => {
      const buffer = hb.createBuffer();
      buffer.addText(text.slice(start, end));
      buffer.guessSegmentProperties();
      hb.shape(font.font, buffer);
      const infos = buffer.getGlyphInfos();
      const positions = buffer.getGlyphPositions();
      buffer.destroy();
      const scale = size / font.upem;
      let pen = 0;
      for (let i = 0; i < infos.length; i++) {
        const cluster = infos[i]!.cluster;
        // The glyphs of one cluster (a ligature, or a base and its marks) are drawn together from its pen position.
        if (i === 0 || cluster !== infos[i - 1]!.cluster) {
          const next = infos.slice(i + 1).find((info) => info.cluster !== cluster)?.cluster ?? end - start;
          placed.push({ text: text.slice(start + cluster, start + next), x: origin + pen * scale });
        }
        pen += positions[i]!.x_advance;
      }
      return pen * scale;
    };
    return {
      shape(text, weight, size) {
        const placed: PlacedCluster[] = [];
        const faces = facesOf(weight);
        let origin = 0;
        let start = 0;
        let subset = -1;
        for (let i = 0; i < text.length;) {
          const codePoint = text.codePointAt(i)!;
          const own = Math.max(0, fonts.subsetOf(codePoint, weight));
          if (subset >= 0 && own !== subset) {
            origin += run(placed, text, start, i, faces[subset]!, size, origin);
            start = i;
          }
          subset = own;
          i += codePoint > 0xffff ? 2 : 1;
        }
        if (subset >= 0) origin += run(placed, text, start, text.length, faces[subset]!, size, origin);
        return { clusters: placed, width: origin };
      },
    };
  });
  return loaded;
}

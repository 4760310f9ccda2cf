// The part of harfbuzzjs (no types of its own) that the card shaper uses: its CommonJS export is a Promise of it.
declare module 'harfbuzzjs' {
  export interface HbBlob {
    destroy(): void;
  }
  export interface HbFace {
    readonly upem: number;
  }
  export interface HbFont {
    destroy(): void;
  }
  export interface HbBuffer {
    addText(text: string): void;
    guessSegmentProperties(): void;
    getGlyphInfos(): { codepoint: number; cluster: number }[];
    getGlyphPositions(): { x_advance: number; y_advance: number; x_offset: number; y_offset: number }[];
    destroy(): void;
  }
  export interface HarfBuzz {
    createBlob(data: ArrayBuffer | Uint8Array): HbBlob;
    createFace(blob: HbBlob, index: number): HbFace;
    createFont(face: HbFace): HbFont;
    createBuffer(): HbBuffer;
    shape(font: HbFont, buffer: HbBuffer, features?: string): void;
  }
  const harfbuzz: Promise<HarfBuzz>;
  export default harfbuzz;
}

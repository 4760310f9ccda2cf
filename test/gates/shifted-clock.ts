/**
 * Loaded with `node --import` into a build to move its clock 400 days and a few
 * hours ahead, so any build time that leaks into the output shows up as a
 * difference between two builds.
 */
const SHIFT_MS = (400 * 24 + 7) * 60 * 60 * 1000;
const RealDate = Date;

class ShiftedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(RealDate.now() + SHIFT_MS);
    else super(...(args as [string | number | Date]));
  }

  static override now(): number {
    return RealDate.now() + SHIFT_MS;
  }
}

globalThis.Date = ShiftedDate as DateConstructor;

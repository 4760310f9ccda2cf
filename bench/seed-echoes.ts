/**
 * Two stories for the proof that the suite holds for any content
 * (bench/prove-extra-articles.ts), written for it: coverage of the seeds' own
 * event, as an editor would import next. They share the seeds' searched words
 * (Vladivostok, armored, Pacific, Pyongyang, Kim), one the Times story's day
 * and outlet, the other the Daily Caller's outlet a day later, so that a test
 * which counts what the real archive's search or listings find fails here.
 * Brown Corpus press stories are 1961's and share none of that.
 */
import type { BrownSample } from './brown.ts';

/** A raw story and the file name it is imported from. */
export type EchoSample = Pick<BrownSample, 'title' | 'raw'> & { file: string };

export const SEED_ECHOES: readonly EchoSample[] = [
  {
    file: 'echo-armored-train.txt',
    title: 'Armored Train Heads for Vladivostok',
    raw: [
      ' date 2023-09-04 By Ann Reporter New York Times',
      'VLADIVOSTOK, Russia — An armored train left Pyongyang on Monday, officials said, bound for Vladivostok and the Pacific coast.',
      'Kim Jong Un and Vladimir Putin are expected to meet there, the officials said, though neither capital confirmed it.',
    ].join('\n\n'),
  },
  {
    file: 'echo-pacific-fleet.txt',
    title: 'Pacific Fleet Drills Off Vladivostok',
    raw: [
      ' date 2023-09-06 By Bo Writer',
      'Daily Caller News Foundation',
      'Russia’s Pacific fleet held drills off Vladivostok on Wednesday, a day after reports that Kim would visit.',
      '“We are ready,” a spokesman said of the armored units taking part.',
    ].join('\n\n'),
  },
];

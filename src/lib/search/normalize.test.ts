import { describe, expect, test } from 'vitest';
import { editDistance } from './edit-distance.ts';
import { foldCase } from '../text-fold.ts';
import { forEachTerm, normalizeWord, tokenTerms, tokenize } from './normalize.ts';
import { parseQuery } from './query.ts';
import { realDocuments } from './test/real-documents.ts';

const terms = (text: string) => tokenize(text).map((token) => token.term);

describe('normalizeWord', () => {
  test.each([
    ['Putin', 'putin'],
    ['PUTIN', 'putin'],
    ['Pérez', 'perez'],
    ['Pyöngyang', 'pyongyang'],
    ['Straße', 'strasse'],
    ['Øresund', 'oresund'],
    ['Łódź', 'lodz'],
    ['Russia’s', 'russia'],
    ["Russia's", 'russia'],
    ['Russiaʼs', 'russia'],
    ['officials’', 'officials'],
    ['O’Brien', 'obrien'],
    ["don't", 'dont'],
    ['anti-tank', 'antitank'],
    ['anti‑tank', 'antitank'],
    ['anti‐tank', 'antitank'],
    ['antitank', 'antitank'],
    ['D.P.R.K.', 'dprk'],
    ['DPRK', 'dprk'],
    ['U.S.', 'us'],
    ['ﬁnance', 'finance'],
    ['2023', '2023'],
  ])('%s → %s', (word, term) => {
    expect(normalizeWord(word)).toBe(term);
  });
});

describe('tokenize', () => {
  test('keeps offsets into the original text', () => {
    const text = 'Kim’s anti-tank D.P.R.K. “deal”';
    expect(tokenize(text).map(({ term, start, end, parts }) => [term, text.slice(start, end), parts])).toEqual([
      ['kim', 'Kim’s', undefined],
      ['antitank', 'anti-tank', ['anti', 'tank']],
      ['dprk', 'D.P.R.K.', undefined],
      ['deal', 'deal', undefined],
    ]);
  });

  test('en and em dashes separate words; hyphens join', () => {
    expect(terms('WASHINGTON – Kim—who said 10–13 well-known')).toEqual([
      'washington',
      'kim',
      'who',
      'said',
      '10',
      '13',
      'wellknown',
    ]);
  });

  test('a sentence-final single letter and abbreviations stay words', () => {
    expect(terms('Sept. 13, plan B. Then U.S.-led talks')).toEqual([
      'sept',
      '13',
      'plan',
      'b',
      'then',
      'us',
      'led',
      'talks',
    ]);
  });

  test('quotes and punctuation are not part of words', () => {
    expect(terms('“actively advancing.” (NSC) ‘full support’')).toEqual([
      'actively',
      'advancing',
      'nsc',
      'full',
      'support',
    ]);
  });

  test('folds case and diacritics without changing the length of the original', () => {
    expect(foldCase('ÉLYSÉE')).toBe('elysee');
    const text = 'Élysée Palace';
    const [first] = tokenize(text);
    expect(text.slice(first?.start, first?.end)).toBe('Élysée');
  });
});

describe('parseQuery', () => {
  test('splits quoted phrases from free words', () => {
    const { words, phrases } = parseQuery('Kim “armored train” Vladivostok');
    expect(words.map((w) => w.term)).toEqual(['kim', 'vladivostok']);
    expect(phrases.map((p) => p.map((w) => w.term))).toEqual([['armored', 'train']]);
  });

  test('an unclosed quote runs to the end', () => {
    expect(parseQuery('"armored tr').phrases.map((p) => p.map((w) => w.term))).toEqual([['armored', 'tr']]);
  });

  test('keeps what was typed', () => {
    expect(parseQuery('D.P.R.K. anti-tank').words).toEqual([
      { input: 'D.P.R.K.', term: 'dprk', acronym: 'd.p.r.k.', capitalized: true },
      { input: 'anti-tank', term: 'antitank', parts: ['anti', 'tank'], prefix: true },
    ]);
  });
});

describe('acronyms', () => {
  const read = (text: string) => tokenize(text).map(({ term, acronym }) => [term, acronym ?? '']);
  test('capitals and dots make an acronym term besides the plain one; lower case does not', () => {
    expect(read('U.S. U. S. US us Us NATO’s d.p.r.k')).toEqual([
      ['us', 'u.s.'],
      ['us', 'u.s.'],
      ['us', 'u.s.'],
      ['us', ''],
      ['us', ''],
      ['nato', 'n.a.t.o.'],
      ['dprk', 'd.p.r.k.'],
    ]);
  });
  test('a long run of capitals is a shouted word, not an acronym', () => {
    expect(read('VLADIVOSTOK')).toEqual([['vladivostok', '']]);
  });
});

describe('editDistance', () => {
  test.each([
    ['vladivostock', 'vladivostok', 1],
    ['pyongayng', 'pyongyang', 1],
    ['kirby', 'kirby', 0],
    ['war', 'warning', 3],
    ['zebra', 'putin', 3],
  ])('%s ↔ %s = %i (limit 2, so 3 means "more")', (a, b, distance) => {
    expect(editDistance(a, b, 2)).toBe(distance);
  });
});

describe('forEachTerm, the index build’s reading', () => {
  const viaTokenize = (text: string) => tokenize(text).flatMap(tokenTerms);
  const viaFastPath = (text: string) => {
    const seen: string[] = [];
    const words = forEachTerm(text, (term) => seen.push(term));
    return { seen, words };
  };

  test.each([
    'Kim, the leader (of North Korea), said: “Yes.” Then—nothing.',
    'The U.S. and D.P.R.K. met; a. b. c. U.S.-made shells, 10,000 rounds, 3.5 km.',
    "Russia's anti-tank guns and officials' O’Brien don't -dash 'quote' trailing- end-",
    'Pérez Øresund Straße naïve café\u00a0here\ttabs\nnew lines  double  spaces',
    '  leading and trailing   ',
    '... !!! ?? -- "" () a',
    'x.y A.B.C ab.cd e.g. i.e. 1.2.3 #hashtag @name 50% $5 C++ co-op',
    'The U. S. Army, NATO’s plan, US and us, J. B. Smith, end. A. Jones, UNHCR, G7 OK',
  ])('reads %j as tokenize does', (text) => {
    const { seen, words } = viaFastPath(text);
    expect(seen).toEqual(viaTokenize(text));
    expect(words).toBe(tokenize(text).length);
  });

  test('reads the real stories as tokenize does', () => {
    for (const doc of realDocuments()) {
      for (const text of [doc.title, ...doc.authors, ...doc.paragraphs])
        expect(viaFastPath(text).seen).toEqual(viaTokenize(text));
    }
  });
});

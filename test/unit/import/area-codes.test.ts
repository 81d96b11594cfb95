import { describe, expect, it } from 'vitest';
import { normalizeAreaCode, normalizeMunicipalityCode, parseAreaCode } from '../../../shared/import/area-codes';

describe('parseAreaCode', () => {
  it('reads StatLine codes padded with spaces', () => {
    expect(parseAreaCode('WK036300  ')).toEqual({
      code: 'WK036300',
      level: 'wijk',
      municipalityCode: 'GM0363',
      wijkCode: 'WK036300',
    });
  });

  it('derives the wijk and municipality of a buurt', () => {
    expect(parseAreaCode('BU03630000')).toEqual({
      code: 'BU03630000',
      level: 'buurt',
      municipalityCode: 'GM0363',
      wijkCode: 'WK036300',
    });
  });

  it('reads a municipality code as its own municipality, with no wijk', () => {
    expect(parseAreaCode('GM0363    ')).toEqual({
      code: 'GM0363',
      level: 'gemeente',
      municipalityCode: 'GM0363',
      wijkCode: null,
    });
  });

  it('uppercases lowercase codes', () => {
    expect(normalizeAreaCode(' wk026801 ')).toBe('WK026801');
  });

  it.each(['WK03630', 'WK0363000', 'BU0363000', 'GM363', 'NL00', 'WK 036300', '036300', ''])(
    'rejects %j, which is not a CBS code',
    (raw) => {
      expect(parseAreaCode(raw)).toBeNull();
    },
  );
});

describe('normalizeMunicipalityCode', () => {
  it.each(['GM0268', 'gm0268', '0268', '268', ' 268 ', 'GM268'])('reads %j as Nijmegen, GM0268', (raw) => {
    expect(normalizeMunicipalityCode(raw)).toBe('GM0268');
  });

  it.each(['Nijmegen', '12345', 'GM02680', 'WK026801', '', 'GM', '2,68'])('reads %j as no municipality', (raw) => {
    expect(normalizeMunicipalityCode(raw)).toBeNull();
  });
});

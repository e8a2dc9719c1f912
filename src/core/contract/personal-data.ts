/**
 * The personal-data rule every backend applies to titles and bodies (the in-browser adapter, which loads it with its
 * first post, and the reference server): what src/core/personal-data.ts finds is refused unless the writer chose
 * to keep it (`allowPersonalData`). Apart from input.ts so that the detector loads only where posts are written.
 */
import { MajlisError } from '../adapter.js';
import { findPersonalData } from '../personal-data.js';
import type { PersonalDataKind } from '../personal-data.js';

const KIND_NAMES: Readonly<Record<PersonalDataKind, string>> = {
  phone: 'a phone number',
  email: 'an e-mail address',
  iban: 'an IBAN',
  imei: 'an IMEI',
  iccid: 'an ICCID',
};

/**
 * Refuses personal data in a title or body, unless the writer chose to keep it (`allowed`): MajlisError `invalid`
 * naming the field and the kinds found, never the data itself; reason `personal-data`.
 */
export function checkPersonalData(value: string, field: string, allowed: boolean | undefined): void {
  if (allowed === true) return;
  const kinds = [...new Set(findPersonalData(value).map((match) => KIND_NAMES[match.kind]))];
  if (kinds.length > 0) {
    throw new MajlisError(
      'invalid',
      `${field} contains personal data (${kinds.join(', ')}): mask it, or send allowPersonalData: true to keep it`,
      { field, reason: 'personal-data' },
    );
  }
}

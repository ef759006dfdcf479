/**
 * Which entry each form of one lexicon kind belongs to, so that a user entry cannot quietly
 * take a form ("GPS", "车架号") that the matcher would then give to it instead of the entry
 * that held it. Forms are compared by the matcher's key (`formKey`): "VINs" is "VIN".
 */
import { formKey, matchedForms } from './forms.js';
import { LexiconError } from './schema.js';

interface Owner {
  id: string;
  file: string;
}

export class FormOwners {
  private readonly owners = new Map<string, Owner>();

  constructor(private readonly kind: string) {}

  /** Records the forms of an entry (a later entry takes a form over, as in the matcher). */
  add(entry: object, file: string): void {
    const e = entry as Record<string, unknown> & { id: string };
    for (const { form } of matchedForms(this.kind, e)) {
      const key = formKey(form);
      if (key !== null) this.owners.set(key, { id: e.id, file });
    }
  }

  /** Forgets the forms of an entry that is being replaced. */
  remove(id: string): void {
    for (const [key, owner] of this.owners) if (owner.id === id) this.owners.delete(key);
  }

  /**
   * Throws when a form of `entry` already belongs to another entry, unless the entry says
   * `override: true` (it then takes the form over). `file` and `where` name it in the message.
   */
  check(entry: object, file: string, where: string): void {
    const e = entry as Record<string, unknown> & { id: string; override?: boolean };
    if (e.override === true) return;
    for (const { field, form } of matchedForms(this.kind, e)) {
      const key = formKey(form);
      const owner = key === null ? undefined : this.owners.get(key);
      if (owner && owner.id !== e.id) {
        const of = owner.file === file ? 'an earlier entry of this file' : owner.file;
        throw new LexiconError(file, where, field, `${JSON.stringify(form)} is already a form of ${owner.id} (${of}); set "override": true to take it over, or remove it`);
      }
    }
  }
}

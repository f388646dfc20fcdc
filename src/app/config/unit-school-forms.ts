import { DomainError, forbidden } from '../../domain/errors';
import type { Actor } from '../../domain/identity';
import type { SchoolForm } from '../../domain/school-forms';
import type { ListStore } from '../ports/list-store';
import type { Directory } from '../directory/directory';
import type { SchoolUnit } from '../store/records';

const view = (u: SchoolUnit) => ({
  unitId: u.id,
  name: u.name,
  schoolForm: u.schoolForm,
  schoolForms: u.schoolForms ?? [u.schoolForm],
  byHand: u.schoolFormsByHand === true,
});

/**
 * The admin sets a unit's school forms by hand (where Skolenhetsregistret is not used, or is
 * wrong): the first is the unit's own, which decides its goal areas and question set.
 */
export class UnitSchoolForms {
  constructor(
    private readonly store: ListStore,
    private readonly directory: Directory,
  ) {}

  async list() {
    return (await this.directory.allUnits()).map(view);
  }

  async set(actor: Actor, unitId: string, schoolForms: SchoolForm[]) {
    if (!actor.appRoles.includes('admin')) throw forbidden('Enheternas skolformer ändras av systemförvaltaren.');
    if (new Set(schoolForms).size !== schoolForms.length) throw new DomainError('VALIDATION_FAILED', 'Samma skolform står två gånger.');
    await this.directory.unit(unitId);
    await this.store.update('units', unitId, {
      schoolForm: schoolForms[0],
      schoolForms: JSON.stringify(schoolForms),
      schoolFormsByHand: 'admin', // kept by the directory import from now on
      modifiedById: actor.userId,
    });
    return view(await this.directory.unit(unitId));
  }
}

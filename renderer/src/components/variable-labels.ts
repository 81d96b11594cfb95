import type { VariableSummary } from '../../../shared/contract/channels';
import type { CommonKey } from '../i18n/common-texts';

export type VariableType = VariableSummary['type'];
export type VariableRole = NonNullable<VariableSummary['role']>;
/** A role as a choice in a list, where having none is one of the choices. */
export type RoleChoice = VariableRole | 'none';

/** The names of types and roles as the wizard and the variable view show them, in this order. */
export const typeLabels: Record<VariableType, CommonKey> = {
  number: 'type.number',
  category: 'type.category',
  text: 'type.text',
  date: 'type.date',
};

export const roleLabels: Record<RoleChoice, CommonKey> = {
  none: 'role.none',
  id: 'role.id',
  area_code: 'role.area_code',
  area_name: 'role.area_name',
  weight: 'role.weight',
};

/** The tab's navigation by role: where each person lands without a view in the URL, and that it is an entry of their menu. */
import type { Me } from '../../tabs/src/api/types';
import { landingView, navFor } from '../../tabs/src/shell/app-nav';

const person = (roles: Me['roles'], memberships: Me['memberships'] = []): Me => ({ id: 'x', displayName: 'X', roles, memberships });

it.each([
  ['the organiser level on Översikt', person(['organiser']), 'overview', 'Översikt'],
  ['an organiser who is also admin on Översikt', person(['organiser', 'admin']), 'overview', 'Översikt'],
  ['a principal on their units', person([], [{ unitId: 'u1', role: 'principal' }]), null, 'Min enhet'],
  ['a pure admin on the year wheel', person(['admin']), 'wheel', 'Årshjul'],
  ['the board on the intranet', person(['board']), 'intranet', 'Intranät'],
] as const)('lands %s', (_, me, view, label) => {
  expect(landingView(me)).toBe(view);
  expect(navFor(me).find((e) => e.view === view)?.label).toBe(label);
});

it('puts the organiser’s landing first in its menu, with "Enheter" still there', () => {
  const nav = navFor(person(['organiser'])).map((e) => e.label);
  expect(nav[0]).toBe('Översikt');
  expect(nav).toContain('Enheter');
});

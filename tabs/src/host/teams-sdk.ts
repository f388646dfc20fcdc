/**
 * The parts of teams-js the tabs use. Imported by name so the bundler leaves out the rest of the
 * SDK (importing the whole namespace more than tripled the chunk loaded at start in Teams).
 */
export { app, authentication, meeting, pages } from '@microsoft/teams-js';

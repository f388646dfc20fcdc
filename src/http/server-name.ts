/** The name restify gives every answer in its `Server` header; an early route's own answers carry it too (early-routes.ts). */
export const SERVER_NAME = 'ska-i-teams';

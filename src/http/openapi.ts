import { z } from 'zod';
import { isFileResponse, isRaw, type Route } from './route';
import { ErrorResponse } from './schemas';

/** Requests are described as they may be sent (input), answers as they are sent (output). */
const jsonSchema = (schema: z.ZodType, io: 'input' | 'output' = 'input') => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};

const METHOD: Record<string, string> = { get: 'get', post: 'post', put: 'put', patch: 'patch', del: 'delete' };

/** The OpenAPI 3.1 document, generated from the same schemas that validate the requests. */
export function buildOpenApi(routes: Route[], serverUrl: string): unknown {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorContent = { 'application/json': { schema: jsonSchema(ErrorResponse) } };
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const op: Record<string, unknown> = {
      summary: r.summary,
      tags: [r.tag],
      'x-access-policy': r.policy,
      security: r.policy.kind === 'public' || r.policy.kind === 'devOnly' || r.policy.kind === 'botFramework' ? [] : [{ bearer: [] }],
    };
    if (isRaw(r)) {
      op.responses = { 200: { description: 'Protokollets eget svar' } };
    } else {
      const params = r.params ? (jsonSchema(r.params) as { properties?: Record<string, unknown> }) : undefined;
      op.parameters = Object.entries(params?.properties ?? {}).map(([name, schema]) => ({ name, in: 'path', required: true, schema }));
      if (r.ifMatch) (op.parameters as unknown[]).push({ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } });
      if (r.body) op.requestBody = { required: true, content: { 'application/json': { schema: jsonSchema(r.body) } } };
      const responses: Record<string, unknown> = {};
      if (r.response === 'noContent') responses[204] = { description: 'Klart, inget innehåll' };
      else if (isFileResponse(r.response))
        responses[200] = { description: 'En fil', content: { [r.response.file]: { schema: { type: 'string', format: 'binary' } } } };
      else
        responses[200] = {
          description: 'OK',
          content: r.response ? { 'application/json': { schema: jsonSchema(r.response, 'output') } } : undefined,
        };
      for (const [status, description] of Object.entries(r.errors ?? {})) responses[status] = { description, content: errorContent };
      if (r.policy.kind !== 'public' && r.policy.kind !== 'devOnly') {
        responses[401] ??= { description: 'Inte inloggad', content: errorContent };
        responses[403] ??= { description: 'Saknar behörighet', content: errorContent };
      }
      op.responses = responses;
    }
    (paths[path] ??= {})[METHOD[r.method]] = op;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'SKA i Teams – API',
      version: '0.1.0',
      description: 'Systematiskt kvalitetsarbete: enheter, åtagandeplaner, läsårsrapporter.',
    },
    servers: [{ url: serverUrl }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  };
}

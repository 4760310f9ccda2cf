import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * A strict JSON-Schema (2020-12) validator holding every schema a built site
 * publishes under `api/schemas/`, keyed by each schema's `$id`.
 */
export function builtSchemaValidator(siteDir: string): (schemaId: string) => ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const dir = join(siteDir, 'api/schemas');
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.json')))
    ajv.addSchema(JSON.parse(readFileSync(join(dir, file), 'utf8')) as object);
  return (schemaId) => {
    const validate = ajv.getSchema(schemaId);
    if (!validate) throw new Error(`no published schema has the $id ${schemaId}`);
    return validate;
  };
}

/** Every JSON file under a built site's `api/`, as site paths (`/api/index.json`). */
export const apiFiles = (siteDir: string): string[] =>
  readdirSync(join(siteDir, 'api'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .map((file) => `/api/${file.replaceAll('\\', '/')}`)
    .sort();

import type { APIRoute } from 'astro';
import { apiRoot, jsonResponse } from '../../lib/api/site-api';

/** The API's entry point: counts, the first page of each list, every schema. */
export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The API needs the `site` setting.');
  return jsonResponse(await apiRoot(site));
};

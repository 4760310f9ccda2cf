import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, schemaPaths } from '../../../lib/api/site-api';

export const getStaticPaths = (() => schemaPaths(new URL(import.meta.env.SITE))) satisfies GetStaticPaths;

/** The JSON Schema of one of the API's file shapes. */
export const GET: APIRoute = ({ props }) => jsonResponse(props['schema']);

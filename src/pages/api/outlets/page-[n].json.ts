import type { APIRoute, GetStaticPaths } from 'astro';
import { groupListPaths, jsonResponse } from '../../../lib/api/site-api';

export const getStaticPaths = (() => groupListPaths('outlets', new URL(import.meta.env.SITE))) satisfies GetStaticPaths;

/** A page of the outlets, by name, with their story counts and date spans. */
export const GET: APIRoute = ({ props }) => jsonResponse(props['page']);

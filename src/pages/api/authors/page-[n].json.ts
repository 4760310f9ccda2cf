import type { APIRoute, GetStaticPaths } from 'astro';
import { groupListPaths, jsonResponse } from '../../../lib/api/site-api';

export const getStaticPaths = (() => groupListPaths('authors', new URL(import.meta.env.SITE))) satisfies GetStaticPaths;

/** A page of the authors, by name, with their story counts and date spans. */
export const GET: APIRoute = ({ props }) => jsonResponse(props['page']);

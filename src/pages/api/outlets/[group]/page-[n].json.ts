import type { APIRoute, GetStaticPaths } from 'astro';
import { groupPagePaths, jsonResponse } from '../../../../lib/api/site-api';

export const getStaticPaths = (() => groupPagePaths('outlets', new URL(import.meta.env.SITE))) satisfies GetStaticPaths;

/** A page of one outlet's stories, newest first. */
export const GET: APIRoute = ({ props }) => jsonResponse(props['page']);

import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, storiesPagePaths } from '../../../lib/api/site-api';

export const getStaticPaths = (() => storiesPagePaths(new URL(import.meta.env.SITE))) satisfies GetStaticPaths;

/** A page of every story, newest first. */
export const GET: APIRoute = ({ props }) => jsonResponse(props['page']);

import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse, storyFilePaths } from '../../../lib/api/site-api';

export const getStaticPaths = (() => storyFilePaths(new URL(import.meta.env.SITE))) satisfies GetStaticPaths;

/** One story: metadata, paragraphs, thread. */
export const GET: APIRoute = ({ props }) => jsonResponse(props['story']);

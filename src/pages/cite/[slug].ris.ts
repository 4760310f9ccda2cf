import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_TITLE } from '../../consts';
import { keyedStoryPaths, metadataKey, type Article } from '../../lib/articles';
import { risRecord } from '../../lib/meta/ris';
import { absoluteUrl, storyPath } from '../../lib/routes';

export const getStaticPaths = (() => keyedStoryPaths(metadataKey)) satisfies GetStaticPaths;

/** The story's RIS record, for reference managers. */
export const GET: APIRoute<{ article: Article }> = ({ props, site }) => {
  if (!site) throw new Error('The `site` setting is required for citations.');
  const { article } = props;
  return new Response(risRecord(article, absoluteUrl(storyPath(article.id), site), SITE_TITLE), {
    headers: { 'content-type': 'application/x-research-info-systems; charset=utf-8' },
  });
};

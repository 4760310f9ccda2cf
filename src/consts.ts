/** The archive's name, shown in every page's header and title. */
export const SITE_TITLE = 'The Wire Archive';
/** One line on what the archive is: listings, feeds and share cards use it. */
export const SITE_DESCRIPTION =
  'Faithful, verbatim copies of news articles: browse them by month, outlet and author, search them by keyword, link to any story or paragraph.';
/** Stories per listing page; longer listings are paginated. */
export const PAGE_SIZE = 20;
/** Stories on the home page: it stays small however large the archive grows. */
export const HOME_SIZE = 20;
/** Stories in each feed (site-wide and per outlet): the newest ones. */
export const FEED_SIZE = 50;
/** Items per page of the JSON API's paged lists: a page stays near 100 KB however large the archive grows. */
export const API_PAGE_SIZE = 100;

/**
 * Whether a story's text already opens with its dateline ("WASHINGTON – Kim
 * Jong Un…"), so the page need not print "Dateline: WASHINGTON" above it.
 * Case and the dash that follows are ignored; only the opening words count.
 */
export function opensWithDateline(body: string, dateline: string | undefined): boolean {
  if (!dateline) return false;
  const opening = body.trimStart().slice(0, dateline.length + 1);
  const name = dateline.trim().toLocaleUpperCase('en');
  return opening.toLocaleUpperCase('en').startsWith(name) && !/[\p{L}\p{N}]/u.test(opening.charAt(name.length));
}

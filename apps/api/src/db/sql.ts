/** Escapes LIKE/ILIKE wildcards so a search matches the text as typed. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (match) => `\\${match}`);

/**
 * Where the drawer reads a file a record's history names (a drawn signature, a photo): each record's own route, which
 * checks that the caller may read the record and that the file is the record's. A record not listed here has its
 * files said to be kept, not shown.
 */
const FILE_PATHS: Record<string, (id: string, file: string) => string> = {
  order: (id, file) => `/api/orders/${id}/images/${file}`,
  agreement: (id, file) => `/api/agreements/${id}/images/${file}`,
  infusion_consent: (id) => `/api/infusion/consents/${id}/signature`,
  cleaning_rectification: (id, file) => `/api/cleaning/rectifications/${id}/photos/${file}`,
};

/** The address of a file of a record in the history drawer, or undefined where the record's files have no route. */
export const historyFilePath = (entity: string, id: string, file: string): string | undefined => FILE_PATHS[entity]?.(id, file);

/**
 * The id scheme a store's records follow, kept in the store (zhnews_meta) so an older store is
 * recognised and migrated once: "source-v1" is src/pipeline/hash.ts's recordId (before 0.2,
 * ids hashed the clean text, and a store kept one record for many sources).
 */
export const ID_SCHEME = 'source-v1';

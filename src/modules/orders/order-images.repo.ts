import type { Kysely } from 'kysely';
import { prepared } from '../../platform/db/prepared.js';
import type { Database } from '../../platform/db/schema.js';

type Db = Kysely<Database>;

/** The files kept with orders (signatures, photos): their metadata rows; the bytes live in the blob store. */
export async function insertBlob(
  db: Db,
  tenantId: string,
  b: { id: string; contentType: string; size: number; sha256: string; at: string },
) {
  await blobInserter(db, { tenantId, ...b });
}

const blobInserter = prepared((db, a: { tenantId: string; id: string; contentType: string; size: number; sha256: string; at: string }) =>
  db
    .insertInto('blobs')
    .values({ tenant_id: a.tenantId, id: a.id, content_type: a.contentType, size: a.size, sha256: a.sha256, created_at: a.at }),
);

export async function findBlob(db: Db, tenantId: string, id: string) {
  return db.selectFrom('blobs').selectAll().where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
}

export async function insertPhoto(db: Db, tenantId: string, orderId: string, blobId: string, by: string, at: string) {
  await db
    .insertInto('order_photos')
    .values({ tenant_id: tenantId, order_id: orderId, blob_id: blobId, added_by: by, added_at: at })
    .execute();
}

const photosOf = prepared((db, a: { tenantId: string; orderId: string }) =>
  db
    .selectFrom('order_photos')
    .select(['blob_id', 'added_by', 'added_at'])
    .where('tenant_id', '=', a.tenantId)
    .where('order_id', '=', a.orderId)
    .orderBy('added_at'),
);

export async function listPhotos(db: Db, tenantId: string, orderId: string) {
  return (await photosOf(db, { tenantId, orderId })).rows;
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The GPU models each node reports on chain (hardware_nodes_all), in its snapshot, so the node
 * lists' GPU filter matches what the node table shows. Lower-cased, one model per line. A trigram
 * GIN index serves the filter's substring ILIKE on 100k nodes (a B-tree cannot serve `%text%`).
 * pg_trgm ships with PostgreSQL (contrib) and is a trusted extension, so the database owner may
 * create it; the embedded PostgreSQL package includes it too.
 */
export class ReportedGpuModels1764374400000 implements MigrationInterface {
  name = 'ReportedGpuModels1764374400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`ALTER TABLE node_stats_cache ADD COLUMN gpu_models text`);
    await q.query(`CREATE INDEX node_stats_cache_gpu_models_trgm ON node_stats_cache USING gin (gpu_models gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS node_stats_cache_gpu_models_trgm`);
    await q.query(`ALTER TABLE node_stats_cache DROP COLUMN IF EXISTS gpu_models`);
  }
}

import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The starting data model from PRODUCT.md, with exact money and checked enums. */
export class InitialSchema1763769600000 implements MigrationInterface {
  name = 'InitialSchema1763769600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND length(email) <= 254),
        password_hash text NOT NULL,
        role text NOT NULL DEFAULT 'user' CHECK (role IN ('user', 'admin')),
        telegram text CHECK (length(telegram) <= 64),
        discord text CHECK (length(discord) <= 64),
        currency_preference text NOT NULL DEFAULT 'USD' CHECK (currency_preference IN ('USD', 'EUR', 'GNK')),
        notification_prefs jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_users_email" ON users (email)`);
    await q.query(`CREATE INDEX "IDX_users_created_at" ON users (created_at, id)`);

    await q.query(`
      CREATE TABLE nodes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        identifier text NOT NULL CHECK (length(identifier) BETWEEN 1 AND 128),
        identifier_type text NOT NULL CHECK (identifier_type IN ('wallet', 'node_id', 'operator', 'validator')),
        display_name text CHECK (length(display_name) <= 100),
        gpu_type text,
        region text,
        gcore_instance_id text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_nodes_identifier" ON nodes (identifier)`);
    await q.query(`CREATE INDEX "IDX_nodes_gpu_type" ON nodes (gpu_type)`);
    await q.query(`CREATE INDEX "IDX_nodes_created_at" ON nodes (created_at, id)`);

    await q.query(`
      CREATE TABLE user_nodes (
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        node_id uuid NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
        assigned_at timestamptz NOT NULL DEFAULT now(),
        assigned_by uuid REFERENCES users (id) ON DELETE SET NULL,
        PRIMARY KEY (user_id, node_id)
      )`);
    // One owner per node: a concurrent second assignment fails on this index, not silently.
    await q.query(`CREATE UNIQUE INDEX "UQ_user_nodes_node" ON user_nodes (node_id)`);

    await q.query(`
      CREATE TABLE node_stats_cache (
        node_id uuid PRIMARY KEY REFERENCES nodes (id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN ('healthy', 'unhealthy', 'jailed', 'offline')),
        status_reason text,
        earnings_day numeric(30, 9),
        earnings_total numeric(30, 9),
        uptime_percent numeric(5, 2) CHECK (uptime_percent BETWEEN 0 AND 100),
        tokens_per_sec double precision,
        jobs_day integer,
        active_model text,
        voting_weight bigint,
        source text NOT NULL CHECK (source IN ('hyperfusion', 'hashiro', 'gonka_api')),
        fetched_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX "IDX_node_stats_cache_fetched_at" ON node_stats_cache (fetched_at)`);
    await q.query(`CREATE INDEX "IDX_node_stats_cache_status" ON node_stats_cache (status)`);

    await q.query(`
      CREATE TABLE earnings_history (
        id bigserial PRIMARY KEY,
        node_id uuid NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
        epoch integer NOT NULL CHECK (epoch >= 0),
        date date NOT NULL,
        settled_at timestamptz NOT NULL,
        earnings_gnk numeric(30, 9) NOT NULL CHECK (earnings_gnk >= 0),
        claimed boolean NOT NULL DEFAULT false,
        source text NOT NULL CHECK (source IN ('hyperfusion', 'hashiro', 'gonka_api')),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX "UQ_earnings_history_node_epoch" ON earnings_history (node_id, epoch)`);
    await q.query(`CREATE INDEX "IDX_earnings_history_node_date" ON earnings_history (node_id, date DESC)`);

    await q.query(`
      CREATE TABLE node_status_events (
        id bigserial PRIMARY KEY,
        node_id uuid NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
        at timestamptz NOT NULL,
        old_status text CHECK (old_status IN ('healthy', 'unhealthy', 'jailed', 'offline')),
        new_status text NOT NULL CHECK (new_status IN ('healthy', 'unhealthy', 'jailed', 'offline')),
        reason text
      )`);
    await q.query(`CREATE INDEX "IDX_node_status_events_node_at" ON node_status_events (node_id, at DESC)`);

    await q.query(`
      CREATE TABLE support_requests (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        type text NOT NULL CHECK (type IN ('new_node', 'support', 'other')),
        gpu_type text CHECK (length(gpu_type) <= 64),
        quantity integer NOT NULL DEFAULT 1 CHECK (quantity BETWEEN 1 AND 100),
        budget text CHECK (length(budget) <= 200),
        network text NOT NULL DEFAULT 'gonka' CHECK (network IN ('gonka')),
        comments text CHECK (length(comments) <= 2000),
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'in_progress', 'completed', 'rejected')),
        admin_notes text CHECK (length(admin_notes) <= 2000),
        assigned_to uuid REFERENCES users (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX "IDX_support_requests_user" ON support_requests (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX "IDX_support_requests_status" ON support_requests (status, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['support_requests', 'node_status_events', 'earnings_history', 'node_stats_cache', 'user_nodes', 'nodes', 'users']) {
      await q.query(`DROP TABLE IF EXISTS ${t}`);
    }
  }
}

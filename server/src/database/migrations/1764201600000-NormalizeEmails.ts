import type { MigrationInterface, QueryRunner } from 'typeorm';
import { normalizeEmail } from '../../modules/users/email.js';
import { EMAIL_MAX_LENGTH } from '../../modules/users/users.constants.js';

interface StoredEmail {
  id: string;
  email: string;
}

/**
 * Stored emails in the form sign-up and sign-in now use (NFKC, lower case, trimmed), computed by the
 * app's own normalizeEmail (PostgreSQL's lower() depends on the database locale). No account is ever
 * deleted or merged. When several rows share a normalized form, exactly one gets it: the row already
 * stored in that form if there is one, else the oldest; the others keep their email unchanged (they
 * can no longer sign in by email, since sign-in normalizes what is typed) and are listed in a warning
 * for an admin to resolve. A form longer than the column allows is left unchanged as well.
 */
export class NormalizeEmails1764201600000 implements MigrationInterface {
  name = 'NormalizeEmails1764201600000';

  async up(q: QueryRunner): Promise<void> {
    const rows: StoredEmail[] = await q.query(`SELECT id, email FROM users ORDER BY created_at, id`);
    const byForm = new Map<string, StoredEmail[]>();
    for (const row of rows) {
      const form = normalizeEmail(row.email);
      byForm.set(form, [...(byForm.get(form) ?? []), row]);
    }
    const leftUnchanged: string[] = [];
    for (const [form, group] of byForm) {
      if (group.some((row) => row.email === form)) {
        leftUnchanged.push(...group.filter((row) => row.email !== form).map((row) => `${row.id} (${row.email}; ${form} is taken)`));
        continue;
      }
      const [oldest, ...rest] = group;
      leftUnchanged.push(...rest.map((row) => `${row.id} (${row.email}; ${form} went to the older account ${oldest.id})`));
      if (form.length > EMAIL_MAX_LENGTH) leftUnchanged.push(`${oldest.id} (${oldest.email}; normalized it is too long)`);
      else await q.query(`UPDATE users SET email = $1 WHERE id = $2`, [form, oldest.id]);
    }
    if (leftUnchanged.length) {
      // Migrations run before the app's logger exists; stderr reaches the same place as its logs.
      console.warn(
        `NormalizeEmails: ${leftUnchanged.length} account email(s) left unchanged because their normalized form collides or is too long: ${leftUnchanged.join(', ')}`,
      );
    }
  }

  async down(): Promise<void> {
    // The original spellings are not kept; normalized emails stay valid for the old code too.
  }
}

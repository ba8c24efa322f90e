import { type FormEvent, useState } from 'react';
import type { PlaygroundClient, PlaygroundSession } from './playground-client';

/** Above the editor: sign in with email + password, then every request carries the bearer token. */
export function SignInBar({ client }: { client: PlaygroundClient }) {
  const [session, setSession] = useState<PlaygroundSession | null>(client.session);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const signIn = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      setSession(await client.signIn(String(form.get('email')), String(form.get('password'))));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const signOut = async () => {
    await client.signOut();
    setSession(null);
  };

  if (session)
    return (
      <div className="playground-bar">
        <span data-testid="playground-signed-in">
          Signed in as <strong>{session.email}</strong> — requests send <code>Authorization: Bearer …</code>
        </span>
        <button type="button" onClick={signOut}>
          Sign out
        </button>
      </div>
    );
  return (
    <form className="playground-bar" onSubmit={signIn} aria-label="Sign in">
      <span>Sign in to send requests as a user:</span>
      <input name="email" type="email" placeholder="Email" aria-label="Email" autoComplete="username" required />
      <input name="password" type="password" placeholder="Password" aria-label="Password" autoComplete="current-password" required />
      <button type="submit" disabled={busy}>
        Sign in
      </button>
      {error && (
        <span role="alert" className="playground-error">
          {error}
        </span>
      )}
    </form>
  );
}

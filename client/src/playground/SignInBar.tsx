import { type FormEvent, useState } from 'react';
import { ApiTokenInput } from './ApiTokenInput';
import type { PlaygroundApiToken, PlaygroundClient, PlaygroundSession } from './playground-client';

/**
 * Above the editor: sign in with email + password, or paste an API token; then every request
 * carries `Authorization: Bearer …` (one credential at a time, memory only).
 */
export function SignInBar({ client }: { client: PlaygroundClient }) {
  const [session, setSession] = useState<PlaygroundSession | null>(client.session);
  const [apiToken, setApiToken] = useState<PlaygroundApiToken | null>(client.apiToken);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const signIn = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    setError(null);
    try {
      setSession(await client.signIn(String(form.get('email')), String(form.get('password'))));
      setApiToken(null);
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
  const forgetToken = () => {
    client.forgetApiToken();
    setApiToken(null);
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
  if (apiToken)
    return (
      <div className="playground-bar">
        <span data-testid="playground-api-token">
          Using an API token of <strong>{apiToken.email}</strong> (<code>{apiToken.token.slice(0, 10)}…</code>) — requests send{' '}
          <code>Authorization: Bearer …</code>
        </span>
        <button type="button" onClick={forgetToken}>
          Forget token
        </button>
      </div>
    );
  return (
    <>
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
      <ApiTokenInput client={client} onUse={setApiToken} />
    </>
  );
}

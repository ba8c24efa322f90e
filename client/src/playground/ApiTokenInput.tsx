import { type FormEvent, useState } from 'react';
import type { PlaygroundApiToken, PlaygroundClient } from './playground-client';

/** Paste a personal API token (profile → API tokens): checked with `me`, then sent with every request. Memory only. */
export function ApiTokenInput({ client, onUse }: { client: PlaygroundClient; onUse(token: PlaygroundApiToken): void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const use = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    setBusy(true);
    setError(null);
    try {
      onUse(await client.setApiToken(String(new FormData(form).get('apiToken') ?? '')));
      form.reset();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="playground-bar" onSubmit={use} aria-label="Use an API token">
      <span>…or paste an API token:</span>
      {/* type=password: a token on screen is a token in the next screenshot. */}
      <input name="apiToken" type="password" placeholder="mgk_…" aria-label="API token" autoComplete="off" spellCheck={false} required />
      <button type="submit" disabled={busy}>
        Use token
      </button>
      {error && (
        <span role="alert" className="playground-error">
          {error}
        </span>
      )}
    </form>
  );
}

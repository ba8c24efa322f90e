// The portal's GraphQL API as the e2e stories call it from the test process (not the browser):
// one place for the request, its bearer token and the "no errors" check.
import assert from 'node:assert/strict';

/** POSTs `query` to `${base}/graphql`; fails the test on any GraphQL error and returns `data`. */
export async function gql(base, query, token, variables) {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await res.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** A fresh access token for `user`. */
export async function login(base, { email, password }) {
  const data = await gql(base, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', undefined, { input: { email, password } });
  return data.login.accessToken;
}

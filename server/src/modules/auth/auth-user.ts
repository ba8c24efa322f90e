/** Who is calling, as proven by the access token. */
export interface AuthUser {
  id: string;
  role: 'user' | 'admin';
  email: string;
}

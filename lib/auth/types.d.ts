import 'next-auth';
import 'next-auth/jwt';

declare module 'next-auth' {
  interface Session {
    user: { id: string; role: 'learner' | 'teacher'; email?: string | null; name?: string | null; image?: string | null };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: string;
    /** The user's session version when the token was issued (lib/auth/token.ts). */
    sv?: number;
  }
}

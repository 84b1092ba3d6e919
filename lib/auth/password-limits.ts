/**
 * Password length limits, apart from the zod schemas so the sign-in form can show them
 * without shipping zod to the browser (whose eval probe the CSP would report).
 */
export const passwordMin = 8;
export const passwordMax = 128;

import type en from './messages/en.json';

/** A top-level key of the message catalogues. */
export type Namespace = keyof typeof en;

/**
 * The namespaces every page ships to the browser (lib/i18n/client-messages.ts): the shell's
 * language and theme menus, and the error page's.
 */
export const SHELL_NAMESPACES: readonly Namespace[] = ['common', 'locale', 'theme'];

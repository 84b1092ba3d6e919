import { ClientMessages } from '@/components/i18n/client-messages';

/** Only ships this area's messages to the browser; each page checks who is asking itself. */
export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['charts']}>{children}</ClientMessages>;
}

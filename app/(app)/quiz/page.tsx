import { ComingSoon } from '@/components/ui/coming-soon';
import { requirePageUser } from '@/lib/auth/session';

export default async function Page() {
  await requirePageUser();
  return <ComingSoon titleKey="quiz" />;
}

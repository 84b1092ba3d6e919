import 'server-only';
import { PASSING_GRADE } from '@/lib/srs/stats-summary';
import { Prisma } from './generated/client';

/**
 * lib/srs's pass rule (isPass: grade ≥ PASSING_GRADE) as a SQL condition on a grade column,
 * so that a recall counted in the database and one counted in Node can never drift apart.
 */
export const passedSql = (grade: Prisma.Sql): Prisma.Sql => Prisma.sql`${grade} >= ${PASSING_GRADE}`;

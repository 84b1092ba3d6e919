import { NextResponse } from 'next/server';

/** Liveness for load balancers; says nothing about users or data. */
export function GET() {
  return NextResponse.json({ ok: true });
}

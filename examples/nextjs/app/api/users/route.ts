import { NextResponse } from 'next/server';
import { db } from '../../../lib/db';

export async function GET() {
  const users = await db.user.findMany();
  return NextResponse.json(users);
}

export async function POST(request: Request) {
  const body = await request.json();
  if (!body.email) {
    return NextResponse.json({ error: 'An email is required' }, { status: 400 });
  }
  const user = await db.user.create({ data: body });
  // Mistake (require-created-status): a create answered with the default 200 OK.
  return NextResponse.json(user);
}

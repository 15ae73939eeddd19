import { NextResponse, after } from 'next/server';
import { notFound } from 'next/navigation';
import { db } from '../../../../lib/db';

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  const user = await db.user.findUnique({ where: { id } });
  // Mistake (no-status-as-body): 404 becomes a JSON body sent with 200 OK.
  if (!user) return NextResponse.json(404);
  return NextResponse.json(user);
}

export async function DELETE(request: Request, { params }: Context) {
  const { id } = await params;
  const user = await db.user.findUnique({ where: { id } });
  if (!user) notFound();
  await db.user.delete({ where: { id } });
  after(() => db.auditLog.create({ data: { action: 'user.deleted', id } }));
  return new NextResponse(null, { status: 204 });
}

import { NextResponse, type NextRequest } from 'next/server';

export function middleware(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/api/admin') && !request.headers.get('x-admin-key')) {
    // Mistake (require-error-status): a refused request that goes out as 200 OK.
    return NextResponse.json({ error: 'Missing admin key' });
  }
  if (!request.cookies.has('session') && !request.nextUrl.pathname.startsWith('/api')) {
    return NextResponse.redirect(new URL('/sign-in', request.url));
  }
  return NextResponse.next();
}

export const config = { matcher: ['/api/:path*', '/dashboard/:path*'] };

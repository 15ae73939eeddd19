// An older Worker in the service-worker syntax: answers CORS preflights, proxies the rest.
addEventListener('fetch', (event) => {
  if (event.request.method === 'OPTIONS') {
    event.respondWith(new Response(null, { status: 204, headers: { 'Access-Control-Allow-Origin': '*' } }));
  }
  // Deliberate mistake (no-status-after-send): OPTIONS reaches a second respondWith, which throws.
  event.respondWith(handleRequest(event.request));
});

async function handleRequest(request) {
  const upstream = await fetch(request);
  if (upstream.status >= 500) return new Response('Upstream unavailable', { status: 502 });
  return upstream;
}

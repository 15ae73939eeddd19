// A Deno server (also a Supabase Edge Function): greets a user, with CORS.
const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization, content-type',
};

Deno.serve({ port: 8000 }, async (req) => {
  if (req.method === 'OPTIONS') return new Response('ok', { headers: corsHeaders });
  if (req.method !== 'POST') return new Response(null, { status: 405, headers: corsHeaders });

  try {
    const { name } = await req.json();
    if (!name) {
      return Response.json({ error: 'name is required' }, { status: 400, headers: corsHeaders });
    }
    return Response.json({ message: `Hello ${name}!` }, { headers: corsHeaders });
  } catch (error) {
    // Deliberate mistake (require-error-status): the failure goes out as 200 OK.
    return new Response(JSON.stringify({ error: error.message }), {
      headers: { ...corsHeaders, 'Content-Type': 'application/json' },
    });
  }
});

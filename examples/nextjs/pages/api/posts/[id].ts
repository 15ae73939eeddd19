import type { NextApiRequest, NextApiResponse } from 'next';
import { db } from '../../../lib/db';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'GET') {
    res.setHeader('Allow', 'GET');
    return res.status(405).end();
  }
  const post = await db.post.findUnique({ where: { id: String(req.query.id) } });
  if (!post) {
    res.status(404).json({ error: 'Post not found' });
    // Mistake (no-status-after-send): no return, so the send below runs too.
  }
  res.json(post);
}

import type { NextApiRequest, NextApiResponse } from 'next';
import { db } from '../../../lib/db';

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  switch (req.method) {
    case 'GET':
      return res.json(await db.post.findMany());
    case 'POST': {
      if (!req.body?.title) {
        // Mistake (require-error-status): a validation error that goes out as 200 OK.
        return res.json({ error: 'A title is required' });
      }
      const post = await db.post.create({ data: req.body });
      return res.status(201).json(post);
    }
    default:
      res.setHeader('Allow', ['GET', 'POST']);
      return res.status(405).end();
  }
}

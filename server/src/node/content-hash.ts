/** The content hash of an article text: its key in the index cache and its disk version (native SHA-1 of its UTF-8). */
import { createHash } from 'node:crypto';

export const contentHash = (text: string): string => createHash('sha1').update(text).digest('base64');

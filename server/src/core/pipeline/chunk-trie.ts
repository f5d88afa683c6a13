/**
 * Values kept per chunk of tokens, found by walking the chunk's tokens one at a time: each step a
 * lookup by a small integer (the token's lexeme, its kind and the gap before it), where a key string
 * of the whole chunk had to be built, flattened and hashed for every mention. Two chunks are told
 * apart by what the entity stage's chunk infos read of them: whether the line shouts, each token's
 * kind and text, and each gap between tokens (none, one character, more).
 *
 * Bounded: emptied when it holds `max` values (values already handed out stay with their holders).
 */
import type { Token } from '../types';
import { lexOf } from './token-fold';

/**
 * A node's first child is held in two fields, its others in a map: most nodes of names have one
 * child (a name goes on in one way), and a map made per node cost an allocation and a hashed lookup
 * where a compare does.
 */
class Node<T> {
  value: T | undefined = undefined;
  /** The first child's step key (-1 for none) and node. */
  key1 = -1;
  next1: Node<T> | undefined = undefined;
  next: Map<number, Node<T>> | undefined = undefined;
}

/** A token kind's number: compares of the kind string, not a keyed load from a table by it. */
function kindCode(kind: Token['kind']): number {
  return kind === 'word' ? 0 : kind === 'punct' ? 1 : 2;
}

// Tried (s16): the root's nodes kept on the first word's lexeme (read anyway for its id) instead of
// the root map's lookup by id: no gain in an interleaved A/B over novel cold-corpus docs (1.006 vs
// the base's own 1.009 noise line, 10 rounds of 500), and stale roots would keep an emptied trie's
// values alive. The map stays.

export class ChunkTrie<T> {
  private root = new Map<number, Node<T>>();
  private size = 0;
  constructor(private readonly max: number) {}

  /** The value of tokens first..last (inclusive) in a line that shouts or not, made by `make` on first ask. */
  get(tokens: readonly Token[], first: number, last: number, shouting: boolean, make: (tokens: readonly Token[], first: number, last: number) => T): T {
    let t = tokens[first];
    const key0 = lexOf(t).id * 8 + kindCode(t.kind) * 2 + (shouting ? 1 : 0);
    let node: Node<T> | undefined = this.root.get(key0);
    if (node === undefined) this.root.set(key0, (node = new Node<T>()));
    for (let k = first + 1; k <= last; k++) {
      const p = t;
      t = tokens[k];
      const gap = t.start - p.end;
      const key = lexOf(t).id * 16 + kindCode(t.kind) * 4 + (gap === 0 ? 0 : gap === 1 ? 1 : 2);
      let next: Node<T> | undefined = node.key1 === key ? node.next1 : node.next?.get(key);
      if (next === undefined) {
        next = new Node<T>();
        if (node.key1 === -1) { node.key1 = key; node.next1 = next; }
        else (node.next ??= new Map()).set(key, next);
      }
      node = next;
    }
    let v = node.value;
    if (v === undefined) {
      if (this.size >= this.max) {
        this.root = new Map();
        this.size = 0;
        return make(tokens, first, last); // the path just walked went with the old root
      }
      this.size++;
      node.value = v = make(tokens, first, last);
    }
    return v;
  }
}
